/**
 * `npm run bench:scale -- --cases N [--json FILE] [--baseline FILE | --skip-baseline] [--dev | --dev-only] [--keep]`
 *
 * How the build grows with the library: generates N synthetic cases from the
 * real ones into a copy of the site (scale/generate.ts), builds it, and
 * prints the figures issue 16 sets goals for. The cost per added case is
 * measured against a build of the same copy with no synthetic case (built
 * first, or read from --baseline, a JSON file an earlier run wrote). Not part
 * of CI: a build of a thousand cases takes minutes. --dev then starts
 * `astro dev` on the same library and times an edit of a case page until
 * the preview shows it (--dev-only: that alone, no build); --keep leaves the
 * copy (under tests/.tmp) to look at.
 *
 * Times are wall-clock and CPU (user + system): on a shared machine the wall
 * time mostly measures the other jobs, so both are printed with the load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../lib/paths.ts';
import { createScaleSite } from './scale/generate.ts';
import { caseHtmlGz, distMB, pageCount, searchFigures, timedBuild } from './scale/measure.ts';
import { measureDevLoop, type DevFigures } from './scale/dev.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

/** Issue 16's goals. */
const GOALS = {
  msPerAddedCase: 60,
  caseGzGrowth: 0.03,
  firstSearchKB: 150,
  searchMs: 100,
  peakRssMB: 4096,
} as const;

interface Figures {
  cases: number;
  pages: number;
  buildSeconds: number;
  msPerAddedCase: number | null;
  searchIndexSeconds: number;
  peakRssMB: number;
  caseHtmlGzKB: { median: number; max: number };
  /** The same for the real cases' pages alone: their growth with the library is the page's own. */
  seedCaseHtmlGzKB: { median: number; max: number };
  firstSearchKB: { max: number; queries: Array<{ query: string; kb: number }> };
  /** From a query leaving the search dialog to its results on screen, the index loaded. */
  searchMs: { median: number; p90: number };
  distMB: number;
  /** Beside the wall-clock figures: CPU seconds (user + system) of the build, and per added case. */
  cpuSeconds: number;
  msCpuPerAddedCase: number | null;
  loadAverage: number[];
  /** With --dev: `astro dev` on the same library, a case page edited three times. */
  dev?: DevFigures;
}

async function measure(cases: number, keep: boolean, baseline?: Figures, dev = false): Promise<Figures> {
  console.log(`\n生成 ${cases} 个合成案例并构建……`);
  const site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), cases);
  try {
    const build = timedBuild(ROOT, site.dir);
    // Astro's log times every page: with --keep it stays beside the copy, to see where the time went.
    if (keep) writeFileSync(join(site.dir, 'build.log'), build.output);
    if (build.status !== 0) {
      console.error(build.output.slice(-6000));
      throw new Error(`构建失败（${cases} 个合成案例）`);
    }
    const dist = join(site.dir, 'dist');
    const gz = caseHtmlGz(dist);
    const seed = caseHtmlGz(dist, new Set(CASE_SLUGS));
    const searched = await searchFigures(dist);
    const queries = searched.queries;
    const perCase = (now: number, before: number | undefined) =>
      baseline && before !== undefined && cases > 0 ? ((now - before) * 1000) / cases : null;
    const figures: Figures = {
      cases,
      pages: pageCount(dist),
      buildSeconds: build.wallSeconds,
      msPerAddedCase: perCase(build.wallSeconds, baseline?.buildSeconds),
      searchIndexSeconds: build.searchIndexSeconds,
      peakRssMB: build.peakRssMB,
      caseHtmlGzKB: { median: gz.median, max: gz.max },
      seedCaseHtmlGzKB: { median: seed.median, max: seed.max },
      firstSearchKB: { max: Math.max(...queries.map((q) => q.kb)), queries },
      searchMs: { median: searched.medianMs, p90: searched.p90Ms },
      distMB: distMB(dist),
      cpuSeconds: build.cpuSeconds,
      msCpuPerAddedCase: perCase(build.cpuSeconds, baseline?.cpuSeconds),
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    };
    if (dev) {
      // The build's figures first: the dev loop on a large library takes a while.
      print(figures, baseline);
      figures.dev = await measureDevLoop(ROOT, site.dir, site.slugs.at(-1) ?? 'changsha');
    }
    if (!keep) site.remove();
    else console.log(`站点副本保留在 ${site.dir}`);
    return figures;
  } catch (error) {
    console.error(`站点副本留在 ${site.dir}`);
    throw error;
  }
}

function print(f: Figures, baseline?: Figures): void {
  const fixed = (n: number | null, d = 1) => (n === null ? '—' : n.toFixed(d));
  const seedBefore = baseline?.seedCaseHtmlGzKB ?? baseline?.caseHtmlGzKB;
  const growth = seedBefore ? f.seedCaseHtmlGzKB.median / seedBefore.median - 1 : null;
  console.log(`\n规模测试：${f.cases} 个合成案例（负载 ${f.loadAverage.join(' / ')}）`);
  console.table({
    页面数: { 数值: String(f.pages), 目标: '—' },
    '构建用时（墙钟）': { 数值: `${fixed(f.buildSeconds)} 秒`, 目标: '—' },
    '构建用时（CPU）': { 数值: `${fixed(f.cpuSeconds)} 秒`, 目标: '—' },
    '每增一个案例（墙钟）': {
      数值: `${fixed(f.msPerAddedCase, 0)} ms`,
      目标: `≤ ${GOALS.msPerAddedCase} ms`,
    },
    '每增一个案例（CPU）': { 数值: `${fixed(f.msCpuPerAddedCase, 0)} ms`, 目标: '—' },
    搜索索引: { 数值: `${fixed(f.searchIndexSeconds)} 秒`, 目标: '—' },
    内存峰值: { 数值: `${fixed(f.peakRssMB, 0)} MB`, 目标: `≤ ${GOALS.peakRssMB} MB` },
    '案例页 gzip 中位数': { 数值: `${fixed(f.caseHtmlGzKB.median)} KB`, 目标: '—' },
    '真实案例页 gzip 中位数': {
      数值: `${fixed(f.seedCaseHtmlGzKB.median)} KB${growth === null ? '' : `（${(growth * 100).toFixed(1)}%）`}`,
      目标: `较 0 个合成案例 ≤ +${GOALS.caseGzGrowth * 100}%`,
    },
    '案例页 gzip 最大': { 数值: `${fixed(f.caseHtmlGzKB.max)} KB`, 目标: '—' },
    ...Object.fromEntries(
      f.firstSearchKB.queries.map((q) => [
        `首次搜索“${q.query}”`,
        { 数值: `${fixed(q.kb)} KB`, 目标: `≤ ${GOALS.firstSearchKB} KB` },
      ]),
    ),
    ...(f.searchMs && {
      '查询到结果显示（中位数）': {
        数值: `${fixed(f.searchMs.median, 0)} ms`,
        目标: `≤ ${GOALS.searchMs} ms`,
      },
      '查询到结果显示（90%）': { 数值: `${fixed(f.searchMs.p90, 0)} ms`, 目标: '—' },
    }),
    'dist/ 大小': { 数值: `${fixed(f.distMB)} MB`, 目标: '—' },
    ...(f.dev && {
      'astro dev 启动到首页': { 数值: `${fixed(f.dev.startSeconds)} 秒`, 目标: '—' },
      改一个案例页到预览更新: {
        数值: f.dev.reloadMs.map((ms) => `${(ms / 1000).toFixed(1)} 秒`).join('、'),
        目标: '≤ 2 秒',
      },
    }),
  });
}

/** --dev-only: the authoring loop on a library of `cases` synthetic cases, without building it. */
async function measureDevOnly(cases: number, keep: boolean): Promise<DevFigures> {
  console.log(`\n生成 ${cases} 个合成案例，启动 astro dev……`);
  const site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), cases);
  try {
    const dev = await measureDevLoop(ROOT, site.dir, site.slugs.at(-1) ?? 'changsha');
    const load = loadavg().map((l) => l.toFixed(2));
    console.log(`\nastro dev，${cases} 个合成案例（负载 ${load.join(' / ')}）`);
    console.table({
      'astro dev 启动到第一个案例页': { 数值: `${dev.startSeconds.toFixed(1)} 秒`, 目标: '—' },
      改一个案例页到预览更新: {
        数值: dev.reloadMs.map((ms) => `${(ms / 1000).toFixed(1)} 秒`).join('、'),
        目标: '≤ 2 秒',
      },
    });
    return dev;
  } finally {
    if (!keep) site.remove();
    else console.log(`站点副本保留在 ${site.dir}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      json: { type: 'string' },
      baseline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'dev-only': { type: 'boolean', default: false },
      'skip-baseline': { type: 'boolean', default: false },
    },
  });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 0) {
    console.error(
      '用法：npm run bench:scale -- --cases N [--json 文件] [--baseline 文件 | --skip-baseline] [--dev | --dev-only] [--keep]',
    );
    process.exitCode = 2;
    return;
  }
  if (values['dev-only']) {
    const dev = await measureDevOnly(cases, values.keep);
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ cases, dev }, null, 2)}\n`);
    return;
  }
  const baseline = values.baseline
    ? (JSON.parse(readFileSync(values.baseline, 'utf8')) as Figures)
    : cases > 0 && !values['skip-baseline']
      ? await measure(0, false)
      : undefined;
  if (baseline && !values.baseline) print(baseline);
  const figures = await measure(cases, values.keep, baseline, values.dev);
  print(figures, baseline);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
}

// `npm run bench` imports every module of this folder, looking for sections: run only when started.
if (import.meta.main) await main();
