/**
 * Figures of one build of a synthetic library (see generate.ts): build time
 * (wall and CPU), the search-index share, peak memory, case-page weight,
 * first-search transfer, query-to-results time and the size of dist/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureSearch } from '../50-search.ts';

export interface BuildFigures {
  status: number | null;
  output: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  /** As the search integration logs it. */
  searchIndexSeconds: number;
}

/** `astro build` of the site at `dir`, under /usr/bin/time for CPU time and peak memory. */
export function timedBuild(root: string, dir: string): BuildFigures {
  const stats = join(dir, '.build-time');
  // A cold build: Astro keeps the content layer (every page's rendered Markdown) under
  // node_modules/.astro and re-renders only pages whose text changed. The copies share
  // node_modules, so without this a build would reuse the pages an earlier copy rendered.
  for (const cached of ['data-store.json', 'data-store'])
    rmSync(join(dir, 'node_modules/.astro', cached), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%U %S %M',
      '-o',
      stats,
      process.execPath,
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      dir,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const [user, sys, rssKB] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const index = /搜索索引完成：.*?用时 ([\d.]+) 秒/.exec(output);
  return {
    status: result.status,
    output,
    wallSeconds,
    cpuSeconds: (user ?? 0) + (sys ?? 0),
    peakRssMB: (rssKB ?? 0) / 1024,
    searchIndexSeconds: index ? Number(index[1]) : Number.NaN,
  };
}

const median = (sorted: number[]): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;

/**
 * Gzip KB of the case pages (not the overview): median and max. With
 * `only`, of those slugs alone — the real cases, whose pages are the same
 * text whatever the size of the library, so that growth shows.
 */
export function caseHtmlGz(
  dist: string,
  only?: ReadonlySet<string>,
): { median: number; max: number; count: number } {
  const dir = join(dist, 'cases');
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (only === undefined || only.has(d.name)))
    .flatMap((d) => {
      try {
        return [gzipSync(readFileSync(join(dir, d.name, 'index.html'))).length / 1024];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a - b);
  return { median: median(sizes), max: sizes.at(-1) ?? 0, count: sizes.length };
}

/** HTML pages in dist/ (the search index and assets excluded). */
export function pageCount(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  ).length;
}

export function distMB(dist: string): number {
  let bytes = 0;
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dist, f));
    if (s.isFile()) bytes += s.size;
  }
  return bytes / 1024 / 1024;
}

/**
 * The search as a reader meets it (the search bench's measure, 50-search.ts):
 * bytes of the first search on a cold case page for the first three of its
 * queries, and the time from a query to its results once the index is loaded.
 */
export async function searchFigures(dist: string): Promise<{
  queries: Array<{ query: string; kb: number }>;
  medianMs: number;
  p90Ms: number;
}> {
  const m = await measureSearch(dist);
  return {
    queries: m.first.slice(0, 3).map(({ query, bytes }) => ({ query, kb: bytes / 1024 })),
    medianMs: m.medianMs,
    p90Ms: m.p90Ms,
  };
}
