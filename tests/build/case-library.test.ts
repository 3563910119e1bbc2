/**
 * The 案例库 page and 相关案例 as built for the real site: the facet counts
 * the server writes equal those worked out here from the case registry and
 * the case pages' frontmatter, the first page lists the cases, the embedded
 * data is there, and every case page ends with up to five related cases,
 * each with its reason and a working link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { fileForUrl, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { CASE_RECORDS } from '../../src/lib/content/registry.ts';
import { yearOf } from '../helpers/material-year.ts';

const themesOf = (slug: string): string[] => {
  const text = readFileSync(join(ROOT, 'content/docs/cases', `${slug}.md`), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return (parseYaml(frontmatter) as { themes?: string[] }).themes ?? [];
};

/** How many registry cases have each value, by a field of the record (or of the page). */
function expectedCounts(valuesOf: (record: (typeof CASE_RECORDS)[number]) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const record of CASE_RECORDS)
    for (const value of new Set(valuesOf(record))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('案例库 page', () => {
  const page = readPage('/cases/');
  /** The value → count pairs a facet shows. */
  const shownCounts = (facet: string) =>
    new Map(
      page
        .$$(`[data-facet="${facet}"] label`)
        .map((label) => [
          String(select('input', label)?.properties['value']),
          Number(toText(select('[data-count]', label)!)),
        ]),
    );

  it('counts each facet value as the registry and the case pages say', () => {
    expect(shownCounts('province')).toEqual(expectedCounts((r) => [r.province]));
    expect(shownCounts('level')).toEqual(expectedCounts((r) => [r.level]));
    expect(shownCounts('year')).toEqual(expectedCounts((r) => [String(yearOf(r) ?? '未注明')]));
    expect(shownCounts('type')).toEqual(expectedCounts((r) => [r.modelType ?? '未分类']));
    const themes = shownCounts('theme');
    expect(new Map([...themes].sort())).toEqual(new Map([...expectedCounts((r) => themesOf(r.slug))].sort()));
  });

  it('finds a year in the source of, and records a model type for, every real case', () => {
    for (const record of CASE_RECORDS) {
      expect(yearOf(record), record.slug).toBeGreaterThan(2000);
      expect(record.modelType, record.slug).toBeDefined();
    }
  });

  it('lists every case on its first page, linked, with the count in the live region', () => {
    const links = page.$$('[data-library-list] li a').map((a) => String(a.properties['href']));
    expect(links).toEqual(CASE_RECORDS.map((r) => `/cases/${r.slug}/`));
    for (const href of links) expect(existsSync(fileForUrl(href)), href).toBe(true);
    expect(page.text('[data-library-status]').trim()).toBe(`共 ${CASE_RECORDS.length} 个案例`);
    expect(page.$('[data-library-status]')?.properties['ariaLive']).toBe('polite');
  });

  it('embeds the library as compact data', () => {
    const json = page.$('script[data-library-data]');
    const data = JSON.parse(page.textOf(json!)) as { library: { rows: unknown[][] } };
    expect(data.library.rows.map((row) => row[0])).toEqual(CASE_RECORDS.map((r) => r.slug));
  });
});

describe.each(CASE_RECORDS.map((r) => r.slug))('相关案例 on case page %s', (slug) => {
  const page = readPage(`/cases/${slug}/`);
  const items = page.$$('.related-cases li');

  it('lists up to five other cases, each with a reason and a working link', () => {
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    for (const item of items) {
      const href = String(select('a', item)?.properties['href'] ?? '');
      expect(href).not.toBe(`/cases/${slug}/`);
      expect(existsSync(fileForUrl(href)), href).toBe(true);
      expect(page.textOf(item)).toMatch(/共同(主题|术语)：/);
    }
  });
});
