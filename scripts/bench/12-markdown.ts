/**
 * Markdown rendering of each case page (issue 16: build cost per case): the
 * site's processor (src/lib/markdown/processor.ts) beside Astro's own
 * `unified()` pipeline with the same plugins, both as the build configures
 * them (Starlight's plugins included). CPU milliseconds per render, the
 * least of RUNS renders taken in turns after a warm-up (the work is the same
 * every time; the least is the one the other jobs on the shared machine and
 * the garbage of earlier renders disturbed least), and whether the two gave
 * the same HTML. `BENCH_ONLY=markdown npm run bench` runs this alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  parseFrontmatter,
  unified,
  type MarkdownRenderer,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import type { BenchContext } from './context.ts';
import { siteMarkdown } from '../lib/site-markdown.ts';

const RUNS = 15;
const WARM_UP = 2;

/** CPU milliseconds of one render, and its HTML. */
async function timedRender(renderer: MarkdownRenderer, content: string, options: object) {
  const start = process.cpuUsage();
  const { code } = await renderer.render(content, options);
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, code };
}

export async function run({ root }: BenchContext): Promise<void> {
  const { processor, shared } = await siteMarkdown();
  const site = await processor.createRenderer(shared);
  const astro = await unified(processor.options as UnifiedProcessorOptions).createRenderer(shared);
  const dir = join(root, 'content/docs/cases');
  const rows: Record<string, Record<string, string>> = {};
  let siteTotal = 0;
  let astroTotal = 0;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const path = join(dir, name);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    const options = { frontmatter, fileURL: pathToFileURL(path) };
    const times = { site: [] as number[], astro: [] as number[] };
    let same = true;
    for (let i = 0; i < WARM_UP + RUNS; i += 1) {
      const ours = await timedRender(site, content, options);
      const theirs = await timedRender(astro, content, options);
      same &&= ours.code === theirs.code;
      if (i < WARM_UP) continue;
      times.site.push(ours.ms);
      times.astro.push(theirs.ms);
    }
    siteTotal += Math.min(...times.site);
    astroTotal += Math.min(...times.astro);
    rows[name] = {
      'Astro 流程': Math.min(...times.astro).toFixed(1),
      本站处理器: Math.min(...times.site).toFixed(1),
      输出: same ? '相同' : '不同！',
    };
  }
  rows['合计'] = { 'Astro 流程': astroTotal.toFixed(0), 本站处理器: siteTotal.toFixed(0), 输出: '' };
  console.log(`\n案例页 Markdown 渲染（每页 CPU 毫秒，${RUNS} 次中最少的一次）`);
  console.table(rows);
}
