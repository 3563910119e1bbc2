/**
 * Size figures of the built site: gzip bytes of HTML, JS and CSS per page
 * type (the assets each page references), and the total output size.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type BenchContext } from './context.ts';

export interface SizeRow {
  type: string;
  pages: number;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Page type from its URL: the first path segment, or "home". */
export function pageType(url: string): string {
  const first = url.split('/').filter(Boolean)[0];
  return first ?? 'home';
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
}

/** Local JS and CSS a page loads up front (scripts, module preloads, stylesheets). */
export function referencedAssets(html: string): { js: string[]; css: string[] } {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '').filter((u) => u.startsWith('/'));
  const js = [
    ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

export function measureSizes(dist: string): { rows: SizeRow[]; totalBytes: number; files: number } {
  const byType = new Map<string, { pages: number; html: number; js: number; css: number }>();
  for (const file of htmlFiles(dist)) {
    const url = '/' + relative(dist, file).replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    const { js, css } = referencedAssets(html);
    const sum = (urls: string[]) =>
      urls.reduce((total, u) => total + gz(join(dist, u.split('?')[0] ?? u)), 0);
    const entry = byType.get(pageType(url)) ?? { pages: 0, html: 0, js: 0, css: 0 };
    entry.pages += 1;
    entry.html += gz(file);
    entry.js += sum(js);
    entry.css += sum(css);
    byType.set(pageType(url), entry);
  }
  const rows = [...byType].map(([type, e]) => ({
    type,
    pages: e.pages,
    htmlGzip: Math.round(e.html / e.pages),
    jsGzip: Math.round(e.js / e.pages),
    cssGzip: Math.round(e.css / e.pages),
  }));
  let totalBytes = 0;
  let files = 0;
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dist, f));
    if (s.isFile()) {
      totalBytes += s.size;
      files += 1;
    }
  }
  return { rows: rows.sort((a, b) => a.type.localeCompare(b.type)), totalBytes, files };
}

/** Bench section: page weights by page type and the output total. */
export async function run({ dist }: BenchContext): Promise<void> {
  const sizes = measureSizes(dist);
  console.log('\n页面体积（gzip，按页面类型取平均；JS/CSS 为页面首屏引用的资源）');
  console.table(
    Object.fromEntries(
      sizes.rows.map((r) => [
        r.type,
        { 页面数: r.pages, HTML: kb(r.htmlGzip), JS: kb(r.jsGzip), CSS: kb(r.cssGzip) },
      ]),
    ),
  );
  console.log(`输出目录合计：${kb(sizes.totalBytes)}（${sizes.files} 个文件）`);
}
