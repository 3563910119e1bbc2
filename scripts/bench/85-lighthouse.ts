/**
 * Lighthouse (mobile: its default phone, slow 4G and 4× CPU, simulated) on
 * each page type of the phone section: the four category scores, and what
 * lies behind the performance score — first and largest paint (simulated,
 * and as observed unthrottled), blocking time, layout shift, the requests
 * the first paint waited for (render-blocking stylesheets), the main
 * thread's work and the element count.
 * Printed, not budgeted: the performance score depends on how busy the
 * machine is (the issue asks ≥ 95 everywhere and 100 on home and case pages
 * on an idle machine); the exact figures behind it (layout shift, element
 * counts, blocking CSS bytes) are budgeted in 80-phone.ts and the tests.
 *
 * The pages are served gzipped, as the README's nginx setup serves them:
 * Lighthouse simulates the download of the bytes sent, and uncompressed
 * pages would be timed as a host never sends them.
 *
 * Lighthouse 12.2's largest-paint-element and render-blocking audits fail
 * on the trace of current Chromium ("frame_sequence"), so the figures come
 * from the audits that work: metrics, network-requests, mainthread-work-
 * breakdown, dom-size.
 *
 * The machine's load average is printed at the start and the end.
 *
 * LIGHTHOUSE=0 leaves this section out; LIGHTHOUSE_PAGES=首页,案例 runs only
 * those page types; LIGHTHOUSE_RUNS=2 runs each page that many times.
 */
import { availableParallelism, loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveDist } from '../lib/serve.ts';
import { PHONE_PAGES } from './80-phone.ts';
import type { BenchContext } from './context.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

type Audits = Record<
  string,
  { score: number | null; scoreDisplayMode?: string; numericValue?: number; details?: unknown }
>;
type Row = Record<string, unknown>;

const rows = (audits: Audits, id: string): Row[] =>
  ((audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []) as Row[];
const ms = (value: unknown) => `${Math.round(Number(value ?? 0))}`;
const kb = (bytes: unknown) => `${(Number(bytes ?? 0) / 1024).toFixed(1)} KB`;
const fileName = (url: unknown) => String(url).replace(/^.*\/(?=[^/]+$)/, '');
/** The machine's load (1, 5 and 15 minutes): scores taken on a busy machine are lower, and say so. */
const load = () =>
  `负载 ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`;

/** Where the time went, in four lines under the scores. */
function diagnostics(audits: Audits): string {
  const metric = (id: string) => audits[id]?.numericValue;
  const observed = rows(audits, 'metrics')[0] ?? {};
  const fcp = Number(observed['observedFirstContentfulPaint'] ?? 0);
  // The stylesheets the first paint waited for (the site's scripts are modules, which never block it).
  const blocking = rows(audits, 'network-requests')
    .filter(
      (r) =>
        r['resourceType'] === 'Stylesheet' &&
        r['priority'] === 'VeryHigh' &&
        Number(r['networkRequestTime']) <= fcp,
    )
    .map((r) => `${fileName(r['url'])} ${kb(r['transferSize'])}`)
    .join('，');
  const work = rows(audits, 'mainthread-work-breakdown')
    .slice(0, 3)
    .map((r) => `${String(r['groupLabel'] ?? r['group'])} ${ms(r['duration'])}`)
    .join('，');
  return [
    `FCP ${ms(metric('first-contentful-paint'))} ms  LCP ${ms(metric('largest-contentful-paint'))} ms  ` +
      `TBT ${ms(metric('total-blocking-time'))} ms  CLS ${(metric('cumulative-layout-shift') ?? 0).toFixed(3)}  ` +
      `SI ${ms(metric('speed-index'))} ms（不限速实测 FCP ${ms(fcp)} ms，LCP ${ms(observed['observedLargestContentfulPaint'])} ms）`,
    `阻塞首次绘制的样式表：${blocking || '无'}`,
    `主线程（ms）：${work}；元素 ${ms(metric('dom-size'))}`,
  ].join('\n        ');
}

export async function run({ dist }: BenchContext): Promise<void> {
  if (process.env['LIGHTHOUSE'] === '0') return;
  const only = process.env['LIGHTHOUSE_PAGES']?.split(',').filter(Boolean);
  const runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? '1');
  // Gzipped, as a real host sends it (README, 部署): Lighthouse times downloads by the bytes sent.
  const server = await serveDist(dist, { gzip: true });
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log(`\nLighthouse 手机模式（性能 / 无障碍 / 最佳做法 / SEO），开始时${load()}`);
    for (const { type, url } of PHONE_PAGES) {
      if (only && !only.includes(type)) continue;
      for (let n = 0; n < runs; n += 1) {
        const result = await lighthouse(`${server.url}${url}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const audits = (result?.lhr.audits ?? {}) as Audits;
        const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
        const failing = Object.entries(audits)
          .filter(([, a]) => a.scoreDisplayMode === 'binary' && a.score === 0)
          .map(([id]) => id);
        console.log(
          `${type.padEnd(6, '　')}  ${scores.map((s) => String(s).padStart(3)).join(' / ')}  ${url}${failing.length ? `  未通过：${failing.join('、')}` : ''}`,
        );
        console.log(`        ${diagnostics(audits)}`);
      }
    }
    console.log(`结束时${load()}；负载高于 CPU 核数（${availableParallelism()}）时分数偏低。`);
  } finally {
    chrome.kill();
    await server.close();
  }
}
