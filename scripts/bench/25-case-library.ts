/**
 * The 案例库 at scale: from the built page's own data, libraries of 100 and
 * 1,000 cases are generated (the real cases repeated with other places,
 * years, theme sets and model types) and measured with the page's own
 * functions: the embedded data's size (raw and gzip), the page's element
 * count (the built page's shell plus the list and facets that many cases
 * give), a filter's redraw work in the browser and the build's 相关案例
 * ranking, both as CPU time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeLibrary, encodeLibrary, type CompactLibrary } from '../../src/lib/library/compact.ts';
import {
  DEFAULT_STATE,
  FACET_KEYS,
  PAGE_SIZE,
  facetValues,
  placeCollation,
  viewOf,
  type LibraryCase,
} from '../../src/lib/library/facets.ts';
import { relatedCases } from '../../src/lib/library/related.ts';
import { MODEL_TYPES, THEMES } from '../../src/lib/schemas/vocabulary.ts';
import { kb, time, type BenchContext } from './context.ts';
import { PHONE_BUDGETS } from './80-phone.ts';

/** Every page's element budget (the phone budget) and the embedded data's, gzip. */
const ELEMENT_BUDGET = PHONE_BUDGETS.elements;
const DATA_BUDGET_GZIP = 48 * 1024;

const PROVINCES = [
  ...'北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆'.split(
    ' ',
  ),
];
const LEVELS = ['市', '区', '街道', '社区'];

/** N cases made from the real ones: the i-th takes case i mod 7's title and themes, with other facets. */
function syntheticLibrary(real: readonly LibraryCase[], size: number): LibraryCase[] {
  return Array.from({ length: size }, (_, i) => {
    const base = real[i % real.length]!;
    const city = `${base.city.slice(0, 2)}${i}`;
    return {
      ...base,
      slug: `${base.slug}-${i}`,
      title: base.title.replace(base.city, city),
      city,
      province: PROVINCES[(i * 7) % PROVINCES.length]!,
      level: LEVELS[i % LEVELS.length]!,
      year: i % 17 === 0 ? undefined : 2008 + (i % 16),
      themes: THEMES.filter((_, t) => (i >> t) % 3 !== 0 || t === i % THEMES.length),
      modelType: i % 11 === 0 ? undefined : MODEL_TYPES[i % MODEL_TYPES.length],
      order: i,
      cityRank: (i * 389) % size,
    };
  });
}

const elements = (html: string) => (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;

export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const html = readFileSync(join(dist, 'cases/index.html'), 'utf8');
  const json = /<script type="application\/json" data-library-data>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('dist/cases/index.html 中没有案例库数据');
  const real = decodeLibrary((JSON.parse(json) as { library: CompactLibrary }).library);
  const collate = placeCollation(new Intl.Collator('zh-Hans-CN-u-co-pinyin'));
  // The page's elements apart from its list items (3 each) and facet values (3 each).
  const shell =
    elements(html) - 3 * real.length - 3 * Object.values(facetValues(real, collate)).flat().length;
  const overBudget: string[] = [];

  console.log('\n案例库（按真实案例生成的大库）');
  console.log('案例数 | 元素数 | 内嵌数据 | gzip | 筛选重绘 CPU | 相关案例排序 CPU');
  for (const size of [real.length, 100, 1000]) {
    const cases = size === real.length ? real : syntheticLibrary(real, size);
    const data = JSON.stringify({ library: encodeLibrary(cases), offered: facetValues(cases, collate) });
    const gzip = gzipSync(data).length;
    const values = Object.values(facetValues(cases, collate)).flat().length;
    const count = shell + 3 * Math.min(size, PAGE_SIZE) + 3 * values;
    const filter = {
      ...DEFAULT_STATE,
      filters: { theme: ['网格化治理'], level: ['区', '街道'] },
      sort: 'city' as const,
    };
    const redraw = time('filter', 20, () => viewOf(cases, filter));
    const terms = cases.map((c, i) => ({
      slug: c.slug,
      themes: c.themes,
      terms: [`t${i % 97}`, `t${i % 13}`],
    }));
    const ranking = time('related', size > 100 ? 2 : 10, () => relatedCases(terms));
    console.log(
      `${size} | ${count} | ${kb(data.length)} | ${kb(gzip)} | ${redraw.cpu.toFixed(2)} ms | ${ranking.cpu.toFixed(0)} ms`,
    );
    if (count > ELEMENT_BUDGET)
      overBudget.push(`案例库 ${size} 个案例时 ${count} 个元素（预算 ${ELEMENT_BUDGET}）`);
    if (gzip > DATA_BUDGET_GZIP)
      overBudget.push(`案例库 ${size} 个案例时内嵌数据 ${kb(gzip)}（预算 ${kb(DATA_BUDGET_GZIP)}）`);
  }
  console.log(
    `（每页 ${PAGE_SIZE} 个；分面：${FACET_KEYS.length} 个；元素数 = 本页其余部分 ${shell} + 列表 + 分面）`,
  );
  return { overBudget };
}
