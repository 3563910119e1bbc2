/**
 * The measurements behind src/lib/search/EVIDENCE.md, reproducible:
 *
 *   flock /tmp/astro-build.lock node_modules/.bin/node tests/search/evidence.ts
 *
 * Scores the relevance suite and the bytes of a first search for:
 *   - Starlight's default: Pagefind's own index of the built pages (ICU4X
 *     segmentation plus boundary bigrams) and the query segmented the way
 *     pagefind.js does in the browser (Intl.Segmenter), Starlight's ranking;
 *   - our bigram index with the query strategy switched on step by step;
 *   - a few ranking settings around the chosen one.
 * Needs a built site (dist/). Not a test: it prints a table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { DIST } from '../helpers/paths.ts';
import { metrics, runSuite, type QueryOutcome } from './evaluate.ts';
import { openPagefind, type NodePagefind } from './pagefind-node.ts';
import { openNodeSearch } from './node-service.ts';
import { SUITE } from './suite.ts';
import { RANKING } from '../../src/lib/search/engine.ts';
import { DIALOG_LIMIT } from '../../src/components/search/dialog.ts';
import { WEIGHTS } from '../../src/lib/search/plan.ts';
import type { PagefindRanking } from '../../src/lib/search/pagefind-types.ts';
import type { ServiceOptions } from '../../src/lib/search/service.ts';
import { createDictionary } from '../../src/lib/search/dictionary.ts';

/** Starlight 0.42's Pagefind ranking defaults (its schemas/pagefind.js), handed to Pagefind's UI. */
const STARLIGHT_RANKING: PagefindRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
};

/** Results whose page data a first search loads: as many as the dialog shows. */
const SHOWN = DIALOG_LIMIT;

/** Queries whose first search we weigh (cold: nothing loaded but the entry files). */
const BYTE_QUERIES = ['大党委', '网格党支部', '双报到', '863', '长沙 小区党支部'];

interface Row {
  name: string;
  outcomes: QueryOutcome[];
}

/** What pagefind.js does to a query on a zh-CN page before searching. */
function browserSegmented(query: string): string {
  const segmenter = new Intl.Segmenter('zh-cn', { granularity: 'word' });
  return [...segmenter.segment(query.toLowerCase())]
    .map((s) => s.segment.replace(/[\p{P}\s]/gu, ''))
    .filter((s) => s !== '')
    .join(' ');
}

async function buildNativeIndex(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'search-evidence-'));
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind 没有返回索引');
  await index.addDirectory({ path: DIST });
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  return dir;
}

async function nativeRow(dir: string): Promise<{ row: Row; bytes: number[] }> {
  const pf = await openPagefind(dir);
  await pf.pagefind.options({ ranking: STARLIGHT_RANKING });
  const rank = async (query: string) => {
    const response = await pf.pagefind.search(browserSegmented(query));
    return Promise.all((response?.results ?? []).slice(0, 10).map(async (r) => (await r.data()).url));
  };
  const outcomes = await runSuite(SUITE, rank);
  await pf.close();
  const bytes: number[] = [];
  for (const query of BYTE_QUERIES) {
    const cold = await openPagefind(dir);
    await cold.pagefind.options({ ranking: STARLIGHT_RANKING });
    bytes.push(
      await firstSearchBytes(cold, async () => {
        const response = await cold.pagefind.search(browserSegmented(query));
        await Promise.all((response?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
      }),
    );
    await cold.close();
  }
  return { row: { name: 'Starlight 默认（Pagefind 自带中文切分，浏览器切分查询）', outcomes }, bytes };
}

/** Index and fragment bytes a search loads on a fresh instance (the entry, meta and wasm come on top). */
async function firstSearchBytes(pf: NodePagefind, search: () => Promise<void>): Promise<number> {
  const before = pf.requests.length;
  await search();
  return pf.requests
    .slice(before)
    .filter((r) => r.path.includes('/index/') || r.path.includes('/fragment/'))
    .reduce((sum, r) => sum + r.bytes, 0);
}

async function ourRow(
  name: string,
  options: Partial<Pick<ServiceOptions, 'ranking' | 'weights' | 'phraseBonus' | 'dictionary'>>,
): Promise<Row> {
  const search = await openNodeSearch(options);
  const outcomes = await runSuite(SUITE, (query) => search.rank(query));
  await search.close();
  return { name, outcomes };
}

async function ourBytes(): Promise<number[]> {
  const bytes: number[] = [];
  for (const query of BYTE_QUERIES) {
    const search = await openNodeSearch();
    bytes.push(
      await firstSearchBytes(search.pagefind, async () => {
        await search.service.query({ query, filters: {}, offset: 0, limit: SHOWN, facets: false });
      }),
    );
    await search.close();
  }
  return bytes;
}

const f = (x: number) => x.toFixed(3);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

const nativeDir = await buildNativeIndex();
try {
  const native = await nativeRow(nativeDir);
  const noDictionary = createDictionary({ terms: [], aliases: [] });
  const rows: Row[] = [native.row];
  rows.push(
    await ourRow('双字索引，整句作一个短语（无词典、无变体）', {
      weights: { ...WEIGHTS, split: 0, alias: 0 },
      phraseBonus: 0,
      dictionary: noDictionary,
    }),
  );
  rows.push(await ourRow('＋词典切分', { weights: { ...WEIGHTS, split: 0, alias: 0 }, phraseBonus: 0 }));
  rows.push(await ourRow('＋复合词拆分与同义词', { phraseBonus: 0 }));
  rows.push(await ourRow('＋短语加分（现用）', {}));
  rows.push(await ourRow('现用，但用 Starlight 的排序参数', { ranking: STARLIGHT_RANKING }));
  rows.push(await ourRow('现用，pageLength 0.25', { ranking: { ...RANKING, pageLength: 0.25 } }));
  rows.push(await ourRow('现用，不加标题和关键词权重', { ranking: { ...RANKING, metaWeights: {} } }));

  console.log('| 方案 | success@1 | success@3 | MRR |');
  console.log('| --- | --- | --- | --- |');
  for (const { name, outcomes } of rows) {
    const m = metrics(outcomes);
    console.log(`| ${name} | ${f(m.success1)} | ${f(m.success3)} | ${f(m.mrr)} |`);
  }
  const ours = await ourBytes();
  console.log('\n| 首次搜索加载的索引与片段 | ' + BYTE_QUERIES.join(' | ') + ' |');
  console.log('| --- |' + BYTE_QUERIES.map(() => ' --- |').join(''));
  console.log(`| Starlight 默认（前 ${SHOWN} 个结果的片段） | ${native.bytes.map(kb).join(' | ')} |`);
  console.log(`| 现用方案（前 ${SHOWN} 个结果的片段） | ${ours.map(kb).join(' | ')} |`);
  console.log(
    `\nStarlight 默认未排第一的查询：${native.row.outcomes
      .filter((o) => o.rank !== 1)
      .map((o) => o.query)
      .join('、')}`,
  );
} finally {
  rmSync(nativeDir, { recursive: true, force: true });
}
