/**
 * The built glossary: a front page listing every term, one page per initial
 * letter with the full entries (anchors, figures from the data, sources,
 * related terms, and backlinks that agree with the :term markup actually
 * rendered on the case and topic pages); and every alias resolved by the
 * site's own Markdown pipeline to the right letter's page.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ruleRefsFrom } from '../../src/lib/glossary/backlinks.ts';
import { namesOf } from '../../src/lib/glossary/names.ts';
import { groupByInitial } from '../../src/lib/glossary/pinyin-index.ts';
import { TERM_CASES_SHOWN } from '../../src/lib/glossary/backlinks.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { remarkPluginsFor } from '../../src/loaders/markdown.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const data = loadSiteData(ROOT);
const entries = [...data.glossary.values()].map((l) => l.value);
const routes = createRoutes('/');
const groups = groupByInitial(entries);
const front = readPage('/reference/glossary/');
const letterPages = groups.map((g) => readPage(routes.glossaryLetter(g.letter)));
const href = (el: { properties: Record<string, unknown> }) => String(el.properties['href']);
/** Every entry's letter page, by entry id. */
const pageOf = new Map(groups.flatMap((g, i) => g.entries.map((e) => [e.id, letterPages[i]!] as const)));
/** "/reference/glossary/d/#da-dang-wei" lands on an element of its page. */
const lands = (url: string): boolean => {
  const [path, anchor] = url.split('#');
  return readPage(path ?? '').$(`[id="${anchor}"]`) !== undefined;
};
/** The entry's page, read by selectors within the entry. */
const inEntry = (id: string) => {
  const page = pageOf.get(id)!;
  return {
    page,
    $$: (selector: string) => page.$$(`article[id="${id}"] ${selector}`),
    text: (selector: string) => page.text(`article[id="${id}"] ${selector}`),
  };
};

describe('glossary pages', () => {
  it('the front page counts and lists every term (at least 80) in pinyin order, each linked to its entry', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(front.text('[data-glossary-count]')).toBe(String(entries.length));
    const links = front.$$('[data-glossary-all] a[data-glossary-term]');
    expect(links.map((a) => String(a.properties['dataGlossaryTerm']))).toEqual(
      groups.flatMap((g) => g.entries.map((e) => e.id)),
    );
    for (const link of links) expect(lands(href(link)), href(link)).toBe(true);
    // The list repeats the short definitions: search finds them in the entries.
    expect(front.$('[data-glossary-all][data-pagefind-ignore]')).toBeDefined();
    expect(front.$$('article.glossary-entry')).toHaveLength(0);
  });

  it("puts every term on its letter's page, under its own anchor, in pinyin order", () => {
    groups.forEach((group, i) => {
      const page = letterPages[i]!;
      expect(page.$$('article.glossary-entry').map((a) => String(a.properties['id']))).toEqual(
        group.entries.map((e) => e.id),
      );
    });
    for (const entry of entries) {
      const { page, text } = inEntry(entry.id);
      expect(page.textOf(page.$(`article[id="${entry.id}"] h3`)!)).toBe(entry.term);
      expect(text('.glossary-entry__short')).toBe(entry.short);
      expect(text('[data-glossary-full]').length).toBeGreaterThan(20);
    }
  });

  it("has an A–Z bar on every glossary page whose links all reach a letter page with that letter's group", () => {
    for (const page of [front, ...letterPages]) {
      const links = page.$$('[data-glossary-index] a');
      expect(links.length).toBe(groups.length);
      for (const link of links) {
        const letter = String(link.properties['dataGlossaryLetterLink']);
        const target = readPage(href(link));
        expect(target.$(`section[data-glossary-letter="${letter}"]`), href(link)).toBeDefined();
      }
    }
    // Each letter page marks its own letter as the current page.
    groups.forEach((group, i) => {
      const current = letterPages[i]!.$$('[data-glossary-index] a[aria-current="page"]');
      expect(current.map((a) => String(a.properties['dataGlossaryLetterLink']))).toEqual([group.letter]);
    });
  });

  it("leaves no directive unrendered and shows each figure from the data, linked to its case's figures table", () => {
    for (const page of letterPages) {
      expect(page.html).not.toContain(':fig[');
      expect(page.html).not.toContain(':term[');
    }
    const expected = groups
      .flatMap((g) => g.entries)
      .flatMap((e) => [...e.full.matchAll(/:fig\[([^\]]*)\]/g)].map((m) => m[1]));
    const shown = letterPages.flatMap((page) => page.$$('[data-glossary-full] [data-figure-id]'));
    expect(shown.map((f) => String(f.properties['dataFigureId']))).toEqual(expected);
    for (const figure of shown) {
      const id = String(figure.properties['dataFigureId']);
      const link = selectAll('a', figure)[0];
      expect(link && href(link)).toMatch(new RegExp(`^/reference/figures/[a-z-]+/#figure-row-${id}$`));
      expect(lands(link ? href(link) : ''), id).toBe(true);
    }
    // 不超过11人, as the source writes it, where the entry cites xh-ddw-max.
    expect(inEntry('da-dang-wei').text('[data-figure-id="xh-ddw-max"] a')).toBe('不超过11人');
  });

  it('links every source to its section on the sources page, and every related term to its entry', () => {
    const sourcesPage = readPage('/about/sources/');
    const sourceLinks = letterPages.flatMap((page) => page.$$('[data-glossary-sources] a'));
    expect(sourceLinks.length).toBe(entries.reduce((n, e) => n + e.sources.length, 0));
    for (const link of sourceLinks) {
      const [path, anchor] = href(link).split('#');
      expect(path).toBe('/about/sources/');
      expect(sourcesPage.$(`[id="${anchor}"]`), href(link)).toBeDefined();
    }
    for (const entry of entries) {
      const related = inEntry(entry.id).$$('[data-glossary-related] a').map(href);
      expect(related, entry.id).toEqual(
        entry.related.map((id) => routes.glossary(entries.find((e) => e.id === id)!)),
      );
      for (const link of related) expect(lands(link), link).toBe(true);
    }
  });

  it('lists as backlinks the case and topic pages that render the term, plus the listed cases; many cases as a count', () => {
    const renderedOn = new Map<string, Set<string>>();
    const candidates = allPageUrls().filter((u) => /^\/(cases|topics)\/[^/]+\/$/.test(u));
    for (const url of candidates) {
      const built = readPage(url);
      // The compare page quotes case passages in its tables; those terms belong to the case pages.
      const quoted = new Set(built.$$('[data-compare-table] .term'));
      for (const term of built.$$('main .term').filter((t) => !quoted.has(t))) {
        // The entry's id is the fragment of the term's link to the glossary.
        const id = String(select('a', term)?.properties['href']).split('#')[1] ?? '';
        renderedOn.set(id, (renderedOn.get(id) ?? new Set()).add(url));
      }
    }
    for (const entry of entries) {
      const rendered = [...(renderedOn.get(entry.id) ?? [])];
      const listed = entry.cases.map((slug) => `/cases/${slug}/`);
      const expectedCases = new Set([...rendered.filter((u) => u.startsWith('/cases/')), ...listed]);
      const expectedTopics = new Set(rendered.filter((u) => u.startsWith('/topics/')));
      const { $$ } = inEntry(entry.id);
      const cases = $$('[data-glossary-cases] a:not([data-glossary-more])').map(href);
      const topics = $$('[data-glossary-topics] a').map(href);
      // At most TERM_CASES_SHOWN cases by name, those the entry lists first; the rest behind “全部 N 个”.
      expect(cases.length, entry.id).toBe(Math.min(expectedCases.size, TERM_CASES_SHOWN));
      for (const url of cases) expect(expectedCases.has(url), `${entry.id} ${url}`).toBe(true);
      expect(cases.slice(0, Math.min(listed.length, TERM_CASES_SHOWN)), entry.id).toEqual(
        expect.arrayContaining(listed.slice(0, TERM_CASES_SHOWN)),
      );
      const more = $$('[data-glossary-more]');
      if (expectedCases.size > TERM_CASES_SHOWN) {
        expect(
          more.map((a) => inEntry(entry.id).page.textOf(a)),
          entry.id,
        ).toEqual([`全部 ${expectedCases.size} 个`]);
        expect(href(more[0]!)).toBe(
          `/search/?q=${encodeURIComponent(entry.term)}&kind=${encodeURIComponent('案例')}`,
        );
      } else {
        expect(more, entry.id).toHaveLength(0);
      }
      expect(new Set(topics), entry.id).toEqual(expectedTopics);
    }
    // The sample the issue names.
    const daDangWei = inEntry('da-dang-wei');
    const caseLinks = daDangWei.$$('[data-glossary-cases] a');
    expect(caseLinks.map(href)).toContain('/cases/nanchang-xihu/');
    expect(caseLinks.map((a) => daDangWei.page.textOf(a))).toContain(
      '南昌西湖区：社区“大党委”与“1+1+N+X”组织设置',
    );
  });
});

describe('rules as backlinks', () => {
  it('links every rule whose title or statement names the term, at its anchor on the rule pack page', () => {
    const dir = join(ROOT, 'content/data/rules');
    const rules = ruleRefsFrom(
      readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => ({
          id: f,
          data: parse(readFileSync(join(dir, f), 'utf8')) as unknown,
          filePath: `content/data/rules/${f}`,
        })),
    );
    for (const entry of entries) {
      const names = namesOf(entry);
      const expected = rules
        .filter((r) => names.some((n) => r.title.includes(n) || r.statement.includes(n)))
        .map((r) => `/rules/${r.pack}/#${r.id}`);
      const shown = inEntry(entry.id).$$('[data-glossary-rules] a[data-glossary-rule]').map(href);
      expect(shown, entry.id).toEqual(expected);
      for (const link of shown) {
        const [path, anchor] = link.split('#');
        expect(readPage(path ?? '').$(`[id="${anchor}"]`), link).toBeDefined();
      }
    }
  });
});

describe('terms on the case pages', () => {
  it("every case page marks terms, and each tooltip links to the entry on its letter's page", () => {
    for (const slug of CASE_SLUGS) {
      const terms = readPage(`/cases/${slug}/`).$$('main .term');
      expect(terms.length, slug).toBeGreaterThan(10);
      for (const term of terms) {
        const link = selectAll('a', term)[0];
        const target = link ? href(link) : '';
        // The entry is the one the tooltip defines; the link must lead to that same entry.
        const tip = toText(selectAll('small', term)[0]!);
        const entry = entries.find((e) => tip === `${e.term}：${e.short}`);
        expect(entry, tip).toBeDefined();
        expect(target).toBe(routes.glossary(entry!));
        expect(lands(target), target).toBe(true);
      }
    }
  });
});

describe('every alias resolves', () => {
  it('through the same :term lookup the site uses, to the entry whose anchor is on the page', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkDirective, ...remarkPluginsFor(ROOT)] as never,
      syntaxHighlight: false,
      smartypants: false,
    });
    const names = entries.flatMap((e) => namesOf(e).map((name) => ({ name, id: e.id })));
    // Each name in a section of its own: a term is linked at its first use in a section only.
    const markdown = names.map(({ name }, i) => `## ${i}\n\n:term[${name}]`).join('\n\n');
    const { code } = await processor.render(markdown, {
      fileURL: pathToFileURL(join(ROOT, 'tests/.tmp/glossary-aliases.md')),
    });
    const rendered = selectAll('.term', fromHtml(code, { fragment: true }));
    expect(rendered).toHaveLength(names.length);
    rendered.forEach((term, i) => {
      const { name, id } = names[i]!;
      const link = selectAll('a', term)[0];
      expect(link && href(link).split('#')[1], name).toBe(id);
      const entry = entries.find((e) => e.id === id)!;
      expect(link && href(link), name).toBe(routes.glossary(entry));
      expect(lands(routes.glossary(entry)), id).toBe(true);
    });
  });
});
