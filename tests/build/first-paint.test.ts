/**
 * What a phone must download before it paints a page (issue: fast and still
 * on a phone): the render-blocking CSS of every built page stays within
 * budget, fonts come from the system, and print styles apply only to print.
 *
 * Render-blocking CSS is every <link rel="stylesheet"> not limited to print
 * (one in the body holds up what follows it) and the <style> of the head,
 * counted gzipped, as a host sends them (README, 部署). The site's stylesheet
 * is one file on every page, cached after the first. A first-screen part
 * split off it (the rest loaded without blocking) was measured and left out:
 * the rules that can apply to the top of a page (header, sidebar, headings,
 * figures, tooltips) are 22–41 KB of its 58 KB, so the part is not small;
 * served gzipped, the 11.5 KB stylesheet arrives while the page's own HTML
 * is still downloading; and the full stylesheet arriving after the paint
 * restyled and re-laid out the whole page, which on a phone with the CPU
 * slowed 4× moved a case page's largest paint from about 0.9 s to 1.4 s.
 * Inlining the part instead would add 5–8 KB gzip to every page, against
 * the markup budget of tests/build/reader-text.test.ts.
 *
 * Starlight's print styles were a second, print-only stylesheet linked from
 * every page's head; they are in the site stylesheet now, under @media print
 * (src/integrations/starlight-page-edits.ts): about 0.4 KB gzip more in the
 * one cached stylesheet (its whole 1 KB file, and the link in every page,
 * less).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';

/** Gzipped bytes: the site's stylesheet on every page, and all render-blocking CSS of any one page. */
const BLOCKING_CSS_BUDGET = { siteStylesheet: 12 * 1024, page: 16 * 1024 } as const;

const URLS = allPageUrls();
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;
/** A <style>'s CSS (its text child, which innerText-style helpers skip). */
const styleText = (style: Element) => style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const cssFile = (href: string) => readFileSync(join(DIST, href.replace(/^.*?\/_astro\//, '_astro/')));

interface PageCss {
  url: string;
  /** Every stylesheet the page links, print ones included. */
  linked: string[];
  /** The ones that block rendering (not media="print"). */
  blocking: string[];
  /** Its <style> elements' CSS: the head's, and any a page carries in its body. */
  headStyle: string;
  bodyStyle: string;
}

function cssOf(url: string): PageCss {
  const page = readPage(url);
  const links = page.$$('link[rel~=stylesheet]');
  const head = page.$('head');
  const body = page.$('body');
  return {
    url,
    linked: links.map((link) => String(link.properties['href'])),
    blocking: links
      .filter((link) => String(link.properties['media'] ?? 'all') !== 'print')
      .map((link) => String(link.properties['href'])),
    headStyle: head ? selectAll('style', head).map(styleText).join('') : '',
    bodyStyle: body ? selectAll('style', body).map(styleText).join('') : '',
  };
}

/** Gzipped bytes of what holds up the page's first paint. */
const blockingBytes = (page: PageCss): number =>
  page.blocking.reduce((sum, href) => sum + gzipped(cssFile(href)), 0) +
  (page.headStyle ? gzipped(page.headStyle) : 0);

describe('first paint', () => {
  const pages = URLS.map(cssOf);

  it(`holds every page's render-blocking CSS within ${BLOCKING_CSS_BUDGET.page / 1024} KB gzip`, () => {
    expect(pages.length).toBeGreaterThan(50);
    const sized = pages.map((page) => ({ url: page.url, bytes: blockingBytes(page) }));
    const heaviest = [...sized].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(`阻塞渲染的样式最多：${heaviest.url} ${(heaviest.bytes / 1024).toFixed(1)} KB（gzip）`);
    expect(sized.filter((p) => p.bytes > BLOCKING_CSS_BUDGET.page).map((p) => `${p.url} ${p.bytes}`)).toEqual(
      [],
    );
  });

  it(`links one site stylesheet on every page, within ${BLOCKING_CSS_BUDGET.siteStylesheet / 1024} KB gzip`, () => {
    const [first, ...rest] = pages.map((p) => new Set(p.blocking));
    const shared = [...first!].filter((href) => rest.every((links) => links.has(href)));
    expect(shared).toHaveLength(1);
    const bytes = gzipped(cssFile(shared[0]!));
    console.log(`全站样式表 ${shared[0]}：${(bytes / 1024).toFixed(1)} KB（gzip）`);
    expect(bytes).toBeLessThanOrEqual(BLOCKING_CSS_BUDGET.siteStylesheet);
  });

  it('keeps the print styles in the site stylesheet, under @media print (no second link in every head)', () => {
    expect(pages.flatMap((p) => p.linked.filter((href) => /\/print\.[^/]+\.css$/.test(href)))).toEqual([]);
    const [site] = pages[0]!.blocking;
    // Starlight's print colours (light on paper), only for print.
    expect(cssFile(site!).toString('utf8')).toMatch(/@media print\s*\{\s*:root\s*\{\s*--sl-color-white:/);
  });

  it('uses the system fonts only: no @font-face, no font files, no font preloads', () => {
    const stylesheets = [...new Set(pages.flatMap((p) => p.linked))].map((href) =>
      cssFile(href).toString('utf8'),
    );
    const styles = pages.flatMap((p) => [p.headStyle, p.bodyStyle]);
    expect([...stylesheets, ...styles].filter((css) => /@font-face/i.test(css))).toEqual([]);
    const fontFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(woff2?|ttf|otf|eot)$/i.test(f),
    );
    expect(fontFiles).toEqual([]);
    expect(URLS.filter((url) => readPage(url).$$('link[rel~=preload][as=font]').length > 0)).toEqual([]);
  });
});
