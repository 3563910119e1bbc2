/**
 * The page module loads the code of each part a page holds, and only of the
 * parts it holds (src/components/common/page-parts.ts): checked by the
 * requests Chromium makes for a case page, the topics, and pages without
 * such parts. What each part's code then does is tested with the part
 * (toc, markdown-tooltips, markdown-diagram, documents, teaching-* tests).
 */
import { describe, expect, it } from 'vitest';
import { allPageUrls } from '../helpers/html.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { TABLE_FRAME_CLASS, TOOLTIP_HOST } from '../../src/lib/markdown/markup.ts';
import { NOTES_SECTION } from '../../src/lib/teaching/notes-section.ts';

/** Each part: what marks it in a page, and the chunk its code is. */
const PARTS = [
  ['starlight-toc', 'starlight-toc'],
  ['[data-present-button]', 'tools-wiring'],
  ['[data-doc-download]', 'tools-start'],
  [NOTES_SECTION, 'notes-fold'],
  [TOOLTIP_HOST, 'tooltips'],
  [`.${TABLE_FRAME_CLASS}`, 'table-scroll'],
  ['[data-diagram]', 'diagram-loader'],
] as const;

/** Every case page; topics with and without diagrams; pages with none of the parts. */
const URLS = allPageUrls().filter(
  (url) =>
    /^\/cases\/[^/]+\/$/.test(url) ||
    [
      '/',
      '/topics/compare/',
      '/topics/regional/',
      '/topics/organisation/',
      '/planner/',
      '/reference/glossary/',
      '/about/privacy/',
      '/quiz/changsha/',
    ].includes(url),
);

describe('the code of the parts a page holds', () => {
  const site = siteInBrowser();

  it('loads at start for exactly the parts each page holds', async () => {
    expect(URLS.length).toBe(15);
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const url of URLS) {
      const page = await site.newPage();
      // What loads at start: the page never idles here, so the code it fetches once idle
      // (the presentation and print paths, src/components/common/when-idle.ts) stays out.
      await page.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      const chunks: string[] = [];
      page.on('request', (request) => {
        const name = /\/_astro\/([\w-]+)\.[\w-]+\.js$/.exec(request.url())?.[1];
        if (name) chunks.push(name);
      });
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
      for (const [selector, chunk] of PARTS) {
        const holds = (await page.locator(selector).count()) > 0;
        if (holds) seen.add(chunk);
        if (holds !== chunks.includes(chunk))
          wrong.push(`${url} ${chunk}: ${holds ? '有此部分却没有载入' : '没有此部分却载入了'}`);
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
    // Every part is held by some page tested here, so each was seen loading.
    expect([...seen].sort()).toEqual(PARTS.map(([, chunk]) => chunk).sort());
  });
});
