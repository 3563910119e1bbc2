/** The lecture builder lists every section of every case and topic page, as built. */
import { describe, expect, it } from 'vitest';
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

  it('lists every Markdown h2 of those pages, by the id the page gives it', () => {
    let checked = 0;
    for (const url of presentable) {
      const key = url.slice(1, -1);
      if (!pages.includes(key)) continue;
      // Starlight wraps the headings written in Markdown; headings drawn by components (a comparison table) are not sections.
      const ids = readPage(url)
        .$$('.sl-markdown-content > .sl-heading-wrapper > h2')
        .map((h) => String(h.properties['id']));
      for (const id of ids) expect(listed.has(`${key}:${id}`), `${url}#${id}`).toBe(true);
      checked += ids.length;
    }
    // Seven cases with ten outline sections each, plus the topics.
    expect(checked).toBeGreaterThanOrEqual(70);
    expect(listed.size).toBe(checked);
  });

  it('builds presentations and handouts on pages of their own', () => {
    expect(readPage('/lecture/present/').$('[data-lecture-run="present"]')).toBeDefined();
    expect(readPage('/lecture/handout/').$('[data-lecture-run="handout"]')).toBeDefined();
    expect(readPage('/lecture/present/').$('script[data-lecture-catalogue]')).toBeDefined();
  });
});
