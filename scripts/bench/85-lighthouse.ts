/**
 * Lighthouse (mobile: its default phone, slow 4G and 4× CPU, simulated) on
 * each page type of the phone section: the four category scores. Printed,
 * not budgeted: the performance score depends on how busy the machine is
 * (the issue asks ≥ 95 everywhere and 100 on home and case pages on an idle
 * machine); the exact figures behind it (layout shift, element counts) are
 * budgeted in 80-phone.ts and the tests. LIGHTHOUSE=0 leaves this section out.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveDist } from '../lib/serve.ts';
import { PHONE_PAGES } from './80-phone.ts';
import type { BenchContext } from './context.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function run({ dist }: BenchContext): Promise<void> {
  if (process.env['LIGHTHOUSE'] === '0') return;
  const server = await serveDist(dist);
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log('\nLighthouse 手机模式（性能 / 无障碍 / 最佳做法 / SEO）');
    for (const { type, url } of PHONE_PAGES) {
      const result = await lighthouse(`${server.url}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
        .map((a) => a.id);
      console.log(
        `${type.padEnd(6, '　')}  ${scores.map((s) => String(s).padStart(3)).join(' / ')}  ${url}${failing.length ? `  未通过：${failing.join('、')}` : ''}`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}
