import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

describe('site shell', () => {
  const home = readPage('/');

  it('declares Simplified Chinese on the root element', () => {
    expect(home.html).toMatch(/<html[^>]*\slang="zh-CN"/);
  });

  it('has the site title and Chinese UI strings', () => {
    expect(home.text('title')).toContain('城市基层党建案例库');
    // Starlight's own UI strings come from its zh-CN translation.
    expect(home.html).toContain('跳转到内容');
    expect(home.html).toContain('搜索');
  });

  it('explains the three jobs and links to them', () => {
    const main = home.text('main');
    for (const job of ['读案例', '试排班子', '备课讲课']) expect(main).toContain(job);
    const hrefs = home.$$('main a').map((a) => String(a.properties['href']));
    expect(hrefs).toEqual(expect.arrayContaining(['/cases/', '/planner/', '/about/teaching/']));
  });

  it('speaks Chinese to screen readers too: no English interface string left from Starlight', () => {
    const english = /Section titled|Skip to content|On this page|Previous|Next/;
    const leftovers = allPageUrls().filter((url) => english.test(readPage(url).html));
    expect(leftovers).toEqual([]);
    // Heading links are added by the page module (heading-links.ts); the one that needs a label
    // (a heading holding a link) has it in Chinese, as tests/e2e/toc.test.ts checks in the browser.
    const pageModule = /<script type="module" src="\/_astro\/(page\.[^"]+\.js)"/.exec(
      readPage('/cases/changsha/').html,
    )?.[1];
    expect(readFileSync(join(DIST, '_astro', pageModule!), 'utf8')).toContain('小节“{{title}}”的链接');
  });

  it('has the six sidebar groups in order', () => {
    const page = readPage('/cases/');
    const groups = page.$$('#starlight__sidebar details summary').map((summary) => readText(summary).trim());
    expect(groups).toEqual(['案例', '专题', '术语与数据', '规划器', '培训', '关于']);
  });

  it('lists in the sidebar one link to the 案例库 with the count of cases, no case itself; the topics’ overview and the page being read', () => {
    const links = (url: string) =>
      readPage(url)
        .$$('#starlight__sidebar a')
        .map((a) => [String(a.properties['href']), readText(a).trim()]);
    const caseLinks = (url: string) => links(url).filter(([href]) => href!.startsWith('/cases/'));
    const library = ['/cases/', `案例库（${CASE_SLUGS.length} 篇）`];
    expect(caseLinks('/cases/changsha/')).toEqual([library]);
    expect(caseLinks('/reference/glossary/')).toEqual([library]);
    expect(links('/topics/regional/').filter(([href]) => href!.startsWith('/topics/'))).toEqual([
      ['/topics/', expect.stringMatching(/^专题总览（\d+ 篇）$/)],
      ['/topics/regional/', '区域化党建'],
    ]);
  });

  it('lists the trainers’ tools under 培训, each once, marked current on its own page', () => {
    const hrefs = (url: string) =>
      readPage(url)
        .$$('#starlight__sidebar a')
        .map((a) => String(a.properties['href']));
    for (const url of ['/about/teaching/', '/lecture/', '/quiz/']) {
      expect(hrefs('/cases/').filter((href) => href === url)).toHaveLength(1);
      const current = readPage(url).$$('#starlight__sidebar a[aria-current="page"]');
      expect(current.map((a) => String(a.properties['href']))).toEqual([url]);
    }
  });

  it('generates one Pagefind index covering the site', () => {
    // The search integration indexes Chinese itself (bigram segmentation, see
    // src/lib/search/EVIDENCE.md), so Pagefind sees one language-neutral index.
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexes = Object.values(entry.languages);
    expect(indexes).toHaveLength(1);
    expect(indexes[0]?.page_count).toBeGreaterThan(50);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('ships production scripts, without development-only code', () => {
    // A build run with NODE_ENV other than production (Vitest sets "test")
    // bundles Preact's devtools hook and debug paths: heavier, and not what
    // users get. Budgets and browser tests must measure the real thing.
    const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const withDevCode = scripts.filter((f) =>
      readFileSync(join(DIST, '_astro', f), 'utf8').includes('__PREACT_DEVTOOLS__'),
    );
    expect(withDevCode).toEqual([]);
  });
});

function readText(node: import('hast').Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? readText(child) : ''))
    .join('');
}
