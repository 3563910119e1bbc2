/**
 * The pages a lecture can be built from: every case and topic page with its
 * h2 sections, computed at build time from the docs collection (the same
 * headings Starlight renders, so section ids match the pages' anchors).
 */
import { getCollection, render } from 'astro:content';
import type { CataloguePage } from '../lib/teaching/lecture.ts';
import { bySidebarOrder } from '../lib/content/order.ts';
import { sitePathOfEntry } from '../lib/routes.ts';

const KINDS = ['案例', '专题'];

export async function lectureCatalogue(): Promise<CataloguePage[]> {
  const entries = (await getCollection('docs', (e) => KINDS.includes(e.data.kind))).sort(
    (a, b) => KINDS.indexOf(a.data.kind) - KINDS.indexOf(b.data.kind) || bySidebarOrder(a.data, b.data),
  );
  return Promise.all(
    entries.map(async (entry) => {
      const { headings } = await render(entry);
      return {
        key: entry.id,
        url: sitePathOfEntry(entry.id),
        title: entry.data.title,
        kind: entry.data.kind,
        sections: headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, title: h.text })),
      };
    }),
  );
}
