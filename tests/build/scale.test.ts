/**
 * A library of thirty synthetic cases (the generator of `npm run bench:scale`)
 * next to the real seven: every page's sidebar stays one link to the 案例库,
 * so a case page weighs the same whatever the size of the library; the
 * 案例库 counts its facets from the registry and restores a filter from the
 * URL with the data it ships; the timeline and the compare page stay one
 * page of events and three columns, growing by a few bytes per case; and a
 * content check of a library with three broken cases names all three, each at
 * file:line with its id, with the count — and the build stops with the same
 * report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScaleSite, type ScaleSite } from '../../scripts/bench/scale/generate.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { decodeLibrary, type CompactLibrary } from '../../src/lib/library/compact.ts';
import { viewOf } from '../../src/lib/library/facets.ts';
import { readState, writeState } from '../../src/lib/library/url-state.ts';
import { PAGE_SIZE as TIMELINE_PAGE, type TimelineIndex } from '../../src/lib/content/timeline-view.ts';
import { CASE_WINDOW } from '../../src/lib/figures/case-window.ts';
import { LIST_ALL_UP_TO, SHOWN_PER_PROVINCE } from '../../src/lib/data/figures-nav.ts';
import {
  DEFAULT_CASES,
  decodePickerIndex,
  type PickerIndex,
} from '../../src/lib/content/compare-selection.ts';

const SYNTHETIC = 30;
/**
 * Elements an added case may add to a page that lists cases, as measured at
 * N = 30 (scripts/bench/scale/surfaces.ts), where the lists are still filling
 * up to their caps: the five closest cases on a topic page, five cases a
 * glossary term, a page of the 案例库, a few cases a province in the figures
 * nav. Past the caps they stop growing (at N = 1,000: `npm run bench:surfaces`
 * on the library `bench:scale --keep` leaves).
 */
const PER_CASE = { topics: 1, topicsIndex: 0, glossary: 4, library: 3, figures: 3 };
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function run(site: ScaleSite, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: site.dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv({ FORCE_COLOR: '0' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const pageHtml = (dist: string, url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

/** The sidebar's links into /cases/, as [href, text]. */
function caseLinks(html: string): string[][] {
  return selectAll('#starlight__sidebar a', fromHtml(html))
    .map((a) => [String(a.properties['href']), toText(a).trim()])
    .filter(([href]) => href!.startsWith('/cases/'));
}

/**
 * A page as it can be compared across the two builds: the one part that
 * legitimately follows the number of cases, the count in the sidebar (and
 * Starlight's hash of the sidebar), set aside; and what hashes the code's own files, whose paths differ in the
 * copy (Astro's scoped-style class names, the names of the style and script
 * files, the CSP hashes of inline scripts), made equal — each is the same
 * length whatever it hashes.
 */
const comparable = (html: string) =>
  html
    .replace(/案例库（\d+ 篇）/g, '案例库（N 篇）')
    // Starlight's hash of the sidebar (it keeps the sidebar's state per sidebar): it hashes the count too.
    .replace(/(<sl-sidebar-state-persist data-hash=")[a-z0-9]+"/g, '$1x"')
    .replace(/astro-[a-z0-9]{8}\b/g, 'astro-xxxxxxxx')
    .replace(/(\/_astro\/[^"'\s]*?\.)[A-Za-z0-9_-]{8}(\.(?:css|js))/g, '$1xxxxxxxx$2')
    .replace(/sha256-[A-Za-z0-9+/]{43}=/g, 'sha256-x');

/**
 * A real case page without its 相关案例: the five cases most like it, which
 * a larger library legitimately changes (the section keeps its size class:
 * five entries), so that what remains must not change at all.
 */
const withoutRelated = (html: string) =>
  html.replace(/<section class="related-cases[^"]*"[\s\S]*?<\/section>/, '');

/** Where two texts first differ, with some context, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i === a.length && i === b.length
    ? ''
    : `…${a.slice(i - 60, i + 60)}… ≠ …${b.slice(i - 60, i + 60)}…`;
}

describe(`a library of ${SYNTHETIC} synthetic cases besides the real ones`, () => {
  let site: ScaleSite;
  let build: { status: number | null; output: string };
  let dist: string;
  let registry: Array<{ slug: string; province: string; level: string }>;
  beforeAll(() => {
    site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), SYNTHETIC);
    build = run(site, [ASTRO, 'build', '--root', site.dir]);
    dist = join(site.dir, 'dist');
    registry = JSON.parse(readFileSync(join(site.dir, 'content/data/cases.json'), 'utf8')) as typeof registry;
  }, 1_200_000);
  afterAll(() => site?.remove());

  it('builds', () => {
    expect(build.output).not.toMatch(/内容检查发现/);
    expect(build.status).toBe(0);
  });

  it('lists no case in the sidebar, real or synthetic: one link to the 案例库 with the count of all', () => {
    const total = CASE_SLUGS.length + SYNTHETIC;
    const library = [['/cases/', `案例库（${total} 篇）`]];
    // (The home page has no sidebar.)
    for (const url of [
      'cases/changsha',
      `cases/${site.slugs[17]}`,
      'cases',
      'reference/glossary',
      'topics',
    ]) {
      expect(caseLinks(pageHtml(dist, url)), url).toEqual(library);
    }
  });

  it('gives every real case page the same HTML as in the library of seven, the count and 相关案例 aside', () => {
    for (const slug of CASE_SLUGS) {
      const small = withoutRelated(pageHtml(DIST, `cases/${slug}`));
      const large = withoutRelated(pageHtml(dist, `cases/${slug}`));
      expect(Buffer.byteLength(large) - Buffer.byteLength(small), slug).toBeLessThanOrEqual(
        String(CASE_SLUGS.length + SYNTHETIC).length - String(CASE_SLUGS.length).length,
      );
      expect(firstDifference(comparable(large), comparable(small)), slug).toBe('');
    }
  });

  it('counts each province and level of the registry on the 案例库 page, as the page ships them', () => {
    const html = pageHtml(dist, 'cases');
    const tree = fromHtml(html);
    for (const facet of ['province', 'level'] as const) {
      const expected = new Map<string, number>();
      for (const c of registry) expected.set(c[facet], (expected.get(c[facet]) ?? 0) + 1);
      const shown = new Map(
        selectAll(`fieldset[data-facet="${facet}"] label`, tree).map((label) => {
          const box = select('input', label) as Element;
          return [String(box.properties['value']), Number(toText(select('[data-count]', label)!))];
        }),
      );
      expect(shown, facet).toEqual(expected);
    }
    const data = shippedJson<{ library: CompactLibrary }>(html, 'data-library-data');
    expect(decodeLibrary(data.library).map((c) => c.slug)).toEqual(registry.map((c) => c.slug));
  });

  it('restores a filter from the URL with the data the page ships: the same cases as the registry says', () => {
    const html = pageHtml(dist, 'cases');
    const { library, offered } = shippedJson<{
      library: CompactLibrary;
      offered: Parameters<typeof readState>[1];
    }>(html, 'data-library-data');
    const cases = decodeLibrary(library);
    const { province, level } = registry.find((c) => c.slug === site.slugs[5])!;
    const url = `?${new URLSearchParams({ province, level, page: '1' })}`;
    const state = readState(new URLSearchParams(url), offered);
    expect(writeState(state)).toBe(`?${new URLSearchParams({ province, level })}`);
    const view = viewOf(cases, { ...state, page: 1 });
    const expected = registry.filter((c) => c.province === province && c.level === level).map((c) => c.slug);
    expect(view.total).toBe(expected.length);
    expect(view.items.map((c) => c.slug)).toEqual(expected.slice(0, view.items.length));
    expect(view.items.map((c) => c.slug)).toContain(site.slugs[5]);
    // A value no facet offers (an old link) is dropped rather than emptying the list.
    expect(readState(new URLSearchParams('?province=火星'), offered).filters).toEqual({});
  });

  it('keeps the timeline to one page of events, its index a few bytes per event', () => {
    const small = pageHtml(DIST, 'reference/timeline');
    const large = pageHtml(dist, 'reference/timeline');
    const events = (parseYaml(readFileSync(join(site.dir, 'content/data/events.yaml'), 'utf8')) as unknown[])
      .length;
    const index = shippedJson<TimelineIndex>(large, 'data-timeline-index');
    expect(index.events).toHaveLength(events);
    expect(events).toBeGreaterThan(SYNTHETIC);
    expect(selectAll('[data-timeline] li', fromHtml(large))).toHaveLength(TIMELINE_PAGE);
    // Elements: one page of events and the selects, whatever the library (the budget is 1 500 at N = 1 000).
    expect(elementCount(large) - elementCount(small)).toBeLessThanOrEqual(TIMELINE_PAGE * 8 + SYNTHETIC / 3);
    const perCase = (gzBytes(large) - gzBytes(small)) / SYNTHETIC;
    expect(perCase).toBeLessThanOrEqual(40);
  });

  it("keeps each case's own pages from growing with the library: the figures page links the cases beside it, the quiz prints itself", () => {
    const last = site.slugs.at(-1)!;
    const figuresPage = fromHtml(pageHtml(dist, `reference/figures/${last}`));
    const linked = selectAll('[data-figures-cases] a[href^="/reference/figures/"]', figuresPage);
    // The seven cases around it (itself the current one) and the front page, which lists them all.
    expect(linked.filter((a) => a.properties['dataFiguresAll'] === undefined)).toHaveLength(CASE_WINDOW);
    expect(select('[data-figures-cases] [aria-current="page"]', figuresPage)).toBeDefined();
    expect(
      select('[data-figures-cases] a[data-figures-all][href="/reference/figures/"]', figuresPage),
    ).toBeDefined();
    // The front page goes by province at this size: see the test of the pages that list cases.
    // The same size as a real case's figures page at seven cases, give or take its own rows.
    const real = (d: string) => gzBytes(pageHtml(d, 'reference/figures/changsha'));
    expect(Math.abs(real(dist) - real(DIST))).toBeLessThan(400);
    // One page per quiz: the handout is its print stylesheet's.
    expect(existsSync(join(dist, 'quiz', last, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'quiz', last, 'print'))).toBe(false);
  });

  it('keeps the compare page to the default columns and its picker to the provinces, each case’s column and the case list in files', () => {
    const small = pageHtml(DIST, 'topics/compare');
    const large = pageHtml(dist, 'topics/compare');
    const heads = selectAll('[data-compare-table] th[data-case]', fromHtml(large));
    expect(heads.map((th) => String(th.properties['dataCase']))).toEqual([
      ...DEFAULT_CASES,
      ...DEFAULT_CASES,
    ]);
    // The picker names provinces, not cases: one option per province the library did not have, none per case.
    const provinces = (list: Array<{ province: string }>) => new Set(list.map((c) => c.province)).size;
    const newProvinces = provinces(registry) - provinces(registry.slice(0, CASE_SLUGS.length));
    expect(newProvinces).toBeGreaterThan(0);
    expect(elementCount(large) - elementCount(small)).toBe(newProvinces);
    const picker = (html: string) => selectAll('[data-compare-picker] *', fromHtml(html)).length;
    // China has 34 provincial-level units: the picker's bound however many cases the library holds.
    expect(picker(large)).toBeLessThanOrEqual(
      picker(small) - provinces(registry.slice(0, CASE_SLUGS.length)) + 34,
    );
    expect((gzBytes(large) - gzBytes(small)) / SYNTHETIC).toBeLessThanOrEqual(8);
    const list = JSON.parse(readFileSync(join(dist, 'topics/compare/cases.json'), 'utf8')) as PickerIndex;
    expect(
      decodePickerIndex(list)
        .flatMap((g) => g.cases.map((c) => c.slug))
        .sort(),
    ).toEqual(registry.map((c) => c.slug).sort());
    for (const slug of site.slugs) {
      const column = JSON.parse(
        readFileSync(join(dist, 'topics/compare/columns', `${slug}.json`), 'utf8'),
      ) as {
        outline: string[];
      };
      expect(column.outline, slug).toHaveLength(8);
    }
  });
  it('keeps each page that lists cases within 1,500 elements, and the figures nav to a few cases per province', () => {
    const largest = (d: string, pages: string[]) =>
      Math.max(...pages.map((url) => elementCount(pageHtml(d, url))));
    const letters = (d: string) =>
      readdirSync(join(d, 'reference/glossary'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `reference/glossary/${e.name}`);
    const topics = (d: string) =>
      readdirSync(join(d, 'topics'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'compare')
        .map((e) => `topics/${e.name}`);
    const surfaces: Array<[string, (d: string) => string[], number]> = [
      ['topic pages', topics, PER_CASE.topics],
      ['topics index', () => ['topics'], PER_CASE.topicsIndex],
      ['figures front page', () => ['reference/figures'], PER_CASE.figures],
      ['figures of a case', () => ['reference/figures/changsha'], PER_CASE.figures],
      ['glossary index', () => ['reference/glossary'], PER_CASE.glossary],
      ['glossary letters', letters, PER_CASE.glossary],
      ['案例库', () => ['cases'], PER_CASE.library],
    ];
    for (const [name, pages, perCase] of surfaces) {
      const large = largest(dist, pages(dist));
      expect(large, name).toBeLessThanOrEqual(1500);
      expect((large - largest(DIST, pages(DIST))) / SYNTHETIC, name).toBeLessThanOrEqual(perCase);
    }
    // The figures front page: past LIST_ALL_UP_TO cases, a few a province and “全部 N 个”, whatever the library.
    expect(registry.length).toBeGreaterThan(LIST_ALL_UP_TO);
    const front = fromHtml(pageHtml(dist, 'reference/figures'));
    const rows = selectAll('[data-figures-cases] dl > div', front);
    expect(rows.map((row) => toText(select('dt', row)!))).toEqual([
      ...new Set(registry.map((c) => c.province)),
    ]);
    for (const row of rows) {
      const province = toText(select('dt', row)!);
      const total = registry.filter((c) => c.province === province).length;
      const links = selectAll('a', row).map((a) => String(a.properties['href']));
      const more = links.filter((href) => href.startsWith('/cases/?'));
      expect(links.length - more.length, province).toBe(Math.min(total, SHOWN_PER_PROVINCE));
      expect(more, province).toEqual(
        total > SHOWN_PER_PROVINCE ? [`/cases/?${new URLSearchParams({ province })}`] : [],
      );
    }
  });
});

/** The JSON a page ships in a <script type="application/json"> marked with `attribute`. */
function shippedJson<T>(html: string, attribute: string): T {
  const script = select(`script[${attribute}]`, fromHtml(html));
  const text = script?.children[0];
  return JSON.parse(text?.type === 'text' ? text.value : 'null') as T;
}

/** Elements in a page's HTML (what a phone has to lay out). */
const elementCount = (html: string) => selectAll('*', fromHtml(html)).length;
const gzBytes = (html: string) => gzipSync(html).length;

/** Three mistakes, each in its own synthetic case, each naming an id. */
const BREAKS = [
  {
    index: 3,
    find: /:fig\[([a-z0-9-]+)\]/,
    id: (m: string) => `${m}-typo`,
    wrap: (id: string) => `:fig[${id}]`,
  },
  { index: 12, find: /:term\[([^\]]+)\]/, id: () => '不存在的术语', wrap: (id: string) => `:term[${id}]` },
  {
    index: 25,
    find: /:cite\[([a-z0-9-]+)#/,
    id: () => 'no-such-source',
    wrap: (id: string) => `:cite[${id}#`,
  },
] as const;

describe('three broken cases among thirty', () => {
  let site: ScaleSite;
  const planted: Array<{ file: string; line: number; id: string }> = [];
  beforeAll(() => {
    site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), SYNTHETIC);
    for (const b of BREAKS) {
      const file = `content/docs/cases/${site.slugs[b.index]}.md`;
      const text = readFileSync(join(site.dir, file), 'utf8');
      const match = b.find.exec(text)!;
      const id = b.id(match[1]!);
      writeFileSync(join(site.dir, file), text.replace(match[0], b.wrap(id)));
      planted.push({ file, line: text.slice(0, match.index).split('\n').length, id });
    }
  }, 120_000);
  afterAll(() => site?.remove());

  const expectAllThree = (output: string) => {
    expect(output).toContain('内容检查发现 3 处问题');
    for (const { file, line, id } of planted) {
      const reported = output.split('\n').find((l) => l.includes(`${file}:${line}`));
      expect(reported, `${file}:${line}`).toBeDefined();
      expect(reported).toContain(id);
    }
  };

  it('check:content lists all three, with file, line and id, and the count', () => {
    const check = run(site, [join(site.dir, 'scripts/check-content.ts')]);
    expect(check.status).toBe(1);
    expectAllThree(check.output);
  }, 120_000);

  it('the build stops before building anything, with the same report', () => {
    const build = run(site, [ASTRO, 'build', '--root', site.dir]);
    expect(build.status).not.toBe(0);
    expectAllThree(build.output);
    expect(build.output).not.toMatch(/搜索索引完成/);
  }, 300_000);
});
