/**
 * `npm run bench:surfaces -- DIST [DIST…]`
 *
 * The pages that list cases, measured in a built site (a synthetic library
 * that `npm run bench:scale -- --keep` left, or dist/): elements and gzip
 * size of the topic pages, the compare page, the figures pages, the glossary,
 * the 案例库 and the timeline, and the size of figures.csv — each against
 * the budget of 1,500 elements a page (issue 16). Reads only; prints a
 * table per site, with the number of cases it was built with.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';

/** Issue 16's budget for what a phone lays out. */
const MAX_ELEMENTS = 1500;

interface Surface {
  name: string;
  /** Pages under dist (folders with an index.html); the largest is reported, with how many there are. */
  pages: string[];
}

const folders = (dist: string, dir: string): string[] =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dist, dir, d.name, 'index.html')))
        .map((d) => `${dir}/${d.name}`)
    : [];

function surfaces(dist: string): Surface[] {
  return [
    { name: '专题页', pages: folders(dist, 'topics').filter((p) => p !== 'topics/compare') },
    { name: '专题总览', pages: ['topics'] },
    { name: '案例对照', pages: ['topics/compare'] },
    { name: '数据一览（首页）', pages: ['reference/figures'] },
    { name: '数据一览（各案例）', pages: folders(dist, 'reference/figures') },
    { name: '术语表（索引）', pages: ['reference/glossary'] },
    { name: '术语表（各字母）', pages: folders(dist, 'reference/glossary') },
    { name: '案例库', pages: ['cases'] },
    { name: '时间线', pages: ['reference/timeline'] },
  ];
}

const elements = (html: string): number => findAll(() => true, parseDocument(html).children).length;

function measurePage(dist: string, page: string) {
  const html = readFileSync(join(dist, page, 'index.html'));
  return { page, elements: elements(html.toString('utf8')), gzKB: gzipSync(html).length / 1024 };
}

function report(dist: string): void {
  const registry = join(dist, '..', 'content/data/cases.json');
  const cases = existsSync(registry) ? (JSON.parse(readFileSync(registry, 'utf8')) as unknown[]).length : '?';
  console.log(`\n${dist}（${cases} 个案例）`);
  console.log(
    '页面'.padEnd(14),
    '页数'.padStart(5),
    '最多元素'.padStart(8),
    '最大 gz KB'.padStart(10),
    ' 最大的页',
  );
  for (const { name, pages } of surfaces(dist)) {
    if (pages.length === 0) continue;
    const measured = pages.map((page) => measurePage(dist, page));
    const worst = measured.reduce((a, b) => (b.elements > a.elements ? b : a));
    const gz = Math.max(...measured.map((m) => m.gzKB));
    const flag = worst.elements > MAX_ELEMENTS ? `  超过 ${MAX_ELEMENTS}` : '';
    console.log(
      name.padEnd(14),
      String(pages.length).padStart(5),
      String(worst.elements).padStart(8),
      gz.toFixed(1).padStart(10),
      ` ${worst.page}${flag}`,
    );
  }
  const csv = join(dist, 'data/figures.csv');
  if (existsSync(csv)) {
    const bytes = readFileSync(csv);
    console.log(
      `figures.csv：${(bytes.length / 1024).toFixed(1)} KB，gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KB`,
    );
  }
}

const dists = process.argv.slice(2);
if (dists.length === 0) {
  console.error('用法：npm run bench:surfaces -- <dist 目录> [更多 dist 目录]');
  process.exit(1);
}
for (const dist of dists) report(dist);
