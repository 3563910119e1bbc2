/**
 * Mermaid bytes a reader's browser loads: on a page with a diagram (after
 * scrolling it into view) and on pages without one (which must load none).
 * Measured in Chromium; a JS response counts as Mermaid when its file is
 * reachable only through the diagram loader's dynamic import (see
 * mermaidChunks), so shared helpers of other pages are never counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { kb, type BenchContext } from './context.ts';
import { createRoutes } from '../../src/lib/routes.ts';

/** Pages of the root build the bench serves (site paths). */
const sitePaths = createRoutes('/');

/** Built file name of the diagram loader (src/components/markdown/diagram-loader.ts, imported by the page module on pages with a diagram). */
const LOADER = /^diagram-loader\./;

/** File names (in dist/_astro) a chunk imports: statically, and dynamically or as preloaded deps. */
function importsOf(dist: string, file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(dist, '_astro', file), 'utf8');
  const name = (path: string) => path.replace(/^(\.\/|_astro\/|\/_astro\/)/, '');
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) =>
    name(m[1]!),
  );
  const dynamic = [
    ...[...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => name(m[1]!)),
    // Vite's preload list of a dynamic import (__vite__mapDeps).
    ...[...code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)].map((m) => name(m[1]!)),
  ];
  return { static: statics, dynamic };
}

/** Every chunk reachable from `start`, following static imports only or all imports. */
function closure(dist: string, start: string[], follow: 'static' | 'all'): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = importsOf(dist, file);
    queue.push(...imports.static, ...(follow === 'all' ? imports.dynamic : []));
  }
  return seen;
}

/** Local scripts a page references up front (script src and module preloads). */
function pageScripts(html: string): string[] {
  return [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*href)="\/_astro\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
}

function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
}

/**
 * The chunks only Mermaid needs: reachable from the dynamic imports of the
 * diagram loader (and of the chunks it loads up front), minus what any page
 * loads up front anyway — the loader itself and every other page script.
 */
export function mermaidChunks(dist: string): Set<string> {
  const loader = readdirSync(join(dist, '_astro')).find((f) => LOADER.test(f));
  if (!loader) return new Set();
  const own = closure(dist, [loader], 'static');
  const lazy = closure(
    dist,
    [...own].flatMap((f) => importsOf(dist, f).dynamic),
    'all',
  );
  const others = new Set(
    htmlPages(dist).flatMap((file) => pageScripts(readFileSync(file, 'utf8')).filter((s) => !LOADER.test(s))),
  );
  const upFront = closure(dist, [...others], 'static');
  return new Set([...lazy].filter((f) => !own.has(f) && !upFront.has(f)));
}

export interface MermaidLoad {
  url: string;
  diagrams: number;
  rendered: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
}

/** Open a page, scroll through it so every diagram is drawn, and count Mermaid responses. */
export async function measureMermaid(
  browser: Browser,
  base: string,
  dist: string,
  url: string,
): Promise<MermaidLoad> {
  const chunks = mermaidChunks(dist);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const loaded: Array<{ file: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const file = new URL(response.url()).pathname.replace(/^\/_astro\//, '');
    if (!chunks.has(file)) return;
    loaded.push({ file, bytes: (await response.body()).length });
  });
  await page.goto(`${base}${url}`, { waitUntil: 'load' });
  const diagrams = await page.locator('[data-diagram-key]').count();
  for (let i = 0; i < diagrams; i += 1) {
    await page.locator('[data-diagram-key]').nth(i).scrollIntoViewIfNeeded();
    await page
      .waitForSelector(`[data-diagram-key] >> nth=${i} >> svg`, { timeout: 30_000 })
      .catch(() => undefined);
  }
  await page.waitForLoadState('networkidle');
  const rendered = await page.locator('[data-diagram-key][data-state="rendered"]').count();
  await page.close();
  const files = [...new Set(loaded.map((l) => l.file))];
  return {
    url,
    diagrams,
    rendered,
    requests: loaded.length,
    bytes: loaded.reduce((sum, l) => sum + l.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, '_astro', f))).length, 0),
  };
}

/** Bench section: Mermaid bytes on a page with diagrams and on pages without. */
export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const overBudget: string[] = [];
  try {
    const rows: MermaidLoad[] = [];
    for (const url of [sitePaths.about('authoring'), sitePaths.home(), sitePaths.sources()]) {
      rows.push(await measureMermaid(browser, server.url, dist, url));
    }
    console.log('\nMermaid 加载量（Chromium 实测；有图示的页面滚动到每个图示之后）');
    console.table(
      Object.fromEntries(
        rows.map((r) => [
          r.url,
          {
            图示: r.diagrams,
            已绘制: r.rendered,
            请求数: r.requests,
            传输: kb(r.bytes),
            gzip: kb(r.gzipBytes),
          },
        ]),
      ),
    );
    // Budget: a page without diagrams loads no Mermaid at all.
    for (const r of rows) {
      if (r.diagrams === 0 && r.bytes > 0)
        overBudget.push(`${r.url} 没有图示却加载了 ${kb(r.bytes)} Mermaid`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { overBudget };
}
