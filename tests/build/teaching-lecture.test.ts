/** The lecture builder lists every section of every case and topic page, as built. */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { allPageUrls, readPage } from '../helpers/html.ts';

const presentable = allPageUrls().filter((url) => /^\/(cases|topics)\/[^/]+\/$/.test(url));

describe('/lecture/', () => {
  const page = readPage('/lecture/');
  const listed = new Set(
    page.$$('[data-catalogue-section]').map((el) => String(el.properties['dataCatalogueSection'])),
  );
  const pages = page.$$('[data-catalogue-page]').map((el) => String(el.properties['dataCataloguePage']));

  it('lists every case and topic page', () => {
    expect(presentable.length).toBeGreaterThanOrEqual(7);
    expect(pages.map((key) => `/${key}/`).sort()).toEqual(
      presentable.filter((u) => readPage(u).$('[data-present-button]')).sort(),
    );
  });

  /**
   * Whether a heading's id is the one Markdown gives it, a slug of its text (every character of the id
   * is from the text, or a hyphen): headings drawn by components name their own ids ("fields").
   */
  const idFromText = (id: string, text: string): boolean =>
    [...id.replace(/-\d+$/, '')].every((ch) => ch === '-' || text.toLowerCase().includes(ch));

  it('lists every Markdown h2 of those pages, by the id the page gives it', () => {
    let checked = 0;
    for (const url of presentable) {
      const key = url.slice(1, -1);
      if (!pages.includes(key)) continue;
      // Headings are bare, right inside the content; those drawn by components (a comparison table)
      // are not sections.
      const ids = readPage(url)
        .$$('.sl-markdown-content > h2')
        .filter((h) => idFromText(String(h.properties['id']), toText(h)))
        .map((h) => String(h.properties['id']));
      for (const id of ids) expect(listed.has(`${key}:${id}`), `${url}#${id}`).toBe(true);
      checked += ids.length;
    }
    // Seven cases with ten outline sections each, plus the topics.
    expect(checked).toBeGreaterThanOrEqual(70);
    expect(listed.size).toBe(checked);
  });

  it('draws the catalogue as plain HTML beside the island, which hydrates the plan only', () => {
    // Hydrating a button for every section of every page was the page's one long task on a phone.
    const islands = page.$$('astro-island');
    expect(islands).toHaveLength(1);
    const hydrated = selectAll('*', islands[0]!).length;
    expect(hydrated, 'elements the island hydrates').toBeLessThanOrEqual(60);
    expect(selectAll('[data-catalogue-section], [data-catalogue-page]', islands[0]!)).toEqual([]);
    expect(String(islands[0]!.properties['props'] ?? '').length, 'island props').toBeLessThan(100);
    // Every 添加 button sits in the item it adds, named for screen readers, and the data is there.
    const buttons = page.$$('[data-lecture-add]');
    expect(buttons.length).toBe(listed.size + pages.length);
    for (const b of buttons) expect(String(b.properties['ariaLabel'])).toMatch(/^添加(整页|一节)：/);
    expect(page.$('script[data-lecture-catalogue]')).toBeDefined();
  });

  it('builds presentations and handouts on pages of their own', () => {
    expect(readPage('/lecture/present/').$('[data-lecture-run="present"]')).toBeDefined();
    expect(readPage('/lecture/handout/').$('[data-lecture-run="handout"]')).toBeDefined();
    expect(readPage('/lecture/present/').$('script[data-lecture-catalogue]')).toBeDefined();
  });
});
