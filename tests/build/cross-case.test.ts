import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { CASE_RECORDS } from '../../src/lib/content/registry.ts';
import { pinyinPlaceOrder } from '../../src/lib/library/facets.ts';
import {
  DEFAULT_CASES,
  decodePickerIndex,
  type PickerIndex,
} from '../../src/lib/content/compare-selection.ts';
import { allPageUrls } from '../helpers/html.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { DIST } from '../helpers/paths.ts';
import { CHUNK_SIZE, PAGE_SIZE, type TimelineIndex } from '../../src/lib/content/timeline-view.ts';

const data = loadSiteData(ROOT);
/** Provinces in the order the registry first names them (the picker's groups). */
const REGISTRY_PROVINCES = [...new Set(CASE_RECORDS.map((c) => c.province))];
const groupRank = (province: string) => REGISTRY_PROVINCES.indexOf(province);

describe('compare page without JS', () => {
  const page = readPage('/topics/compare/');
  const tables = page.$$('[data-compare-table]');

  it('carries the default comparison only: the default cases’ columns in both tables', () => {
    expect(tables).toHaveLength(2);
    const heads = page
      .$$('[data-compare-table] th[data-case]')
      .map((th) => String(th.properties['dataCase']));
    expect(heads).toEqual([...DEFAULT_CASES, ...DEFAULT_CASES]);
    for (const slug of DEFAULT_CASES) {
      // six fields + key figures, and eight outline sections
      expect(page.$$(`[data-compare-table] td[data-case="${slug}"]`)).toHaveLength(7 + 8);
    }
    // Without JS it says so and points to the 案例库 for the other cases.
    expect(page.html).toMatch(
      /<noscript>.*未启用脚本时只能对照下面这 3 个案例[^<]*<a href="\/cases\/">案例库<\/a>/s,
    );
  });

  it('has every other case’s column in a JSON file of its own, the same cells as the page would write', () => {
    for (const slug of CASE_SLUGS) {
      const column = JSON.parse(
        readFileSync(join(DIST, 'topics/compare/columns', `${slug}.json`), 'utf8'),
      ) as {
        base: string;
        slug: string;
        city: string;
        fields: string[];
        outline: string[];
      };
      expect(column.base).toBe('/');
      expect([column.slug, column.fields.length, column.outline.length]).toEqual([slug, 7, 8]);
      expect(column.city).toBe(CASE_RECORDS.find((c) => c.slug === slug)?.city);
      if ((DEFAULT_CASES as readonly string[]).includes(slug)) {
        const inPage = page
          .$$(`[data-compare-table="fields"] td[data-case="${slug}"]`)
          .map((td) => toHtml(td.children));
        expect(inPage).toEqual(
          column.fields.map((html) => toHtml(fromHtml(html, { fragment: true }).children)),
        );
      }
    }
  });

  it('links every filled cell to a passage that exists on the case page', () => {
    const links = page
      .$$('[data-compare-table] td a[href^="/cases/"]')
      .map((a) => String(a.properties['href']));
    expect(links.length).toBeGreaterThan(40);
    for (const href of new Set(links)) {
      const [path, anchor] = href.split('#');
      const target = readPage(path ?? '/');
      expect(target.$(`[id="${decodeURIComponent(anchor ?? '')}"]`), href).toBeDefined();
    }
  });

  it('shows figures from the data, never a bare id', () => {
    expect(page.html).not.toContain(':fig[');
    expect(page.$$('[data-figure-ref]').length).toBeGreaterThan(28);
  });

  it('shows — where a case does not address an aspect, and says 材料未涉及 to screen readers', () => {
    const absent = page.$$('[data-compare-table] .compare-absent');
    expect(absent.length).toBeGreaterThan(0);
    for (const cell of absent) expect(page.textOf(cell)).toBe('—材料未涉及');
    expect(page.text('main')).toContain('“—”表示该地的材料没有涉及这一方面');
  });

  it('the picker is in the page as the script shows it (the default cases chosen), hidden only without JavaScript', () => {
    const picker = page.$('[data-compare-picker]')!;
    expect(picker.properties['hidden']).toBeUndefined();
    const chosen = page.$$('[data-compare-chosen] li').map((li) => String(li.properties['dataCase']));
    expect(chosen).toEqual([...DEFAULT_CASES]);
    expect(page.textOf(page.$('[data-compare-status]')!)).toBe(
      `正在对照 ${DEFAULT_CASES.length} 个案例（最多 4 个）。`,
    );
    expect(page.html).toMatch(/<noscript><style>[^<]*\.compare-picker\s*\{\s*display: none/);
  });

  it('names each province of the registry with its count, in pinyin order, and lists every case in the file the picker fetches', () => {
    const options = page.$$('[data-compare-province] option').filter((o) => o.properties['value'] !== '');
    // The select lists them by pinyin; the list file keeps the registry's order (the columns' order).
    const provinces = [...REGISTRY_PROVINCES].sort(pinyinPlaceOrder());
    expect(options.map((o) => String(o.properties['value']))).toEqual(provinces);
    expect(options.map((o) => page.textOf(o))).toEqual(
      provinces.map((p) => `${p}（${CASE_RECORDS.filter((c) => c.province === p).length} 个）`),
    );
    // The page itself holds no case's option: the second step is filled from the list when a province is chosen.
    expect(page.$$('[data-compare-select] option').map((o) => String(o.properties['value']))).toEqual(['']);
    const list = JSON.parse(readFileSync(join(DIST, 'topics/compare/cases.json'), 'utf8')) as PickerIndex;
    expect(decodePickerIndex(list).flatMap((g) => g.cases.map((c) => c.slug))).toEqual(
      [...CASE_RECORDS].sort((a, b) => groupRank(a.province) - groupRank(b.province)).map((c) => c.slug),
    );
    expect(list.provinces.map((g) => g.province)).toEqual(REGISTRY_PROVINCES);
    for (const { province, cases } of decodePickerIndex(list))
      for (const c of cases)
        expect(
          CASE_RECORDS.find((r) => r.slug === c.slug),
          c.slug,
        ).toMatchObject({ province, city: c.city });
  });
});

describe('timeline', () => {
  const page = readPage('/reference/timeline/');
  const script = page.$('[data-timeline-index]')!.children[0];
  const index = JSON.parse(script?.type === 'text' ? script.value : '{}') as TimelineIndex;

  it('writes the first page of events in date order, each with its source, and indexes every event', () => {
    const items = page.$$('[data-timeline] li[data-city]');
    expect(items).toHaveLength(Math.min(PAGE_SIZE, data.events.size));
    const dates = page.$$('[data-timeline] time').map((t) => String(t.properties['dateTime']));
    expect(dates).toEqual([...dates].sort());
    for (const item of items) expect(page.textOf(item)).toContain('出处：');
    expect(index.events).toHaveLength(data.events.size);
    expect(index.events.map(([date]) => date)).toEqual(
      [...data.events.values()].map((e) => e.value.date).sort(),
    );
  });

  it('has every event’s text in the files the script fetches, in the index’s order', () => {
    const items = Array.from({ length: Math.ceil(index.events.length / CHUNK_SIZE) }, (_, chunk) => {
      const file = JSON.parse(
        readFileSync(join(DIST, 'reference/timeline/events', `${chunk}.json`), 'utf8'),
      ) as {
        items: string[];
      };
      return file.items;
    }).flat();
    expect(items).toHaveLength(index.events.length);
    items.forEach((html, i) => {
      const [date, place] = index.events[i]!;
      expect(html).toContain(`datetime="${date}"`);
      expect(html).toContain(`data-city="${index.places[place]![0]}"`);
    });
  });

  it('offers province, city and year with counts', () => {
    const options = (name: string) =>
      page.$$(`[data-timeline-filter] select[name="${name}"] option`).map((o) => page.textOf(o));
    expect(options('province')[0]).toBe('全部省份');
    expect(
      options('year')
        .slice(1)
        .every((label) => /^\d{4}年（\d+）$/.test(label)),
    ).toBe(true);
    const years = options('year')
      .slice(1)
      .map((label) => Number(/（(\d+)）/.exec(label)![1]));
    expect(years.reduce((a, b) => a + b, 0)).toBe(data.events.size);
    expect(options('city').length).toBe(new Set([...data.events.values()].map((e) => e.value.city)).size + 1);
  });
});

describe('controls that scripts work are in the page as shown, so nothing moves when the script starts', () => {
  it.each([
    [
      '/reference/timeline/',
      '[data-timeline-filter]',
      '.timeline-filter',
      '[data-timeline-count]',
      /^共 \d+ 个事件(，第 1 \/ \d+ 页)?$/,
    ],
    [
      '/reference/figures/changsha/',
      '[data-figures-tools]',
      '.figures-tools',
      '[data-figures-count]',
      /^显示 (\d+) \/ \1 条$/,
    ],
  ])(
    '%s: shown, its count written, hidden only without JavaScript',
    (url, control, className, count, text) => {
      const page = readPage(url);
      expect(page.$(control)?.properties['hidden']).toBeUndefined();
      expect(page.textOf(page.$(count)!)).toMatch(text);
      expect(page.html).toMatch(new RegExp(`<noscript><style>[^<]*\\${className}\\s*\\{\\s*display: none`));
    },
  );
});

describe('links both ways', () => {
  it('every case page lists the topic pages that link to it', () => {
    const topicPages = allPageUrls().filter((u) => u.startsWith('/topics/') && u !== '/topics/');
    for (const slug of CASE_SLUGS) {
      const linking = topicPages.filter(
        (url) => readPage(url).$$(`main a[href^="/cases/${slug}/"]`).length > 0 && url !== '/topics/compare/',
      );
      const listed = readPage(`/cases/${slug}/`)
        .$$('.case-meta a[href^="/topics/"]')
        .map((a) => String(a.properties['href']));
      expect(new Set(listed), slug).toEqual(new Set(linking));
    }
  });
});
