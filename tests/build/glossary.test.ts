/**
 * The built glossary page: every term with its anchor, the A–Z index, figures
 * from the data, sources, related terms and backlinks that agree with the
 * :term markup actually rendered on the case and topic pages; and every alias
 * resolved by the site's own Markdown pipeline.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
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
import { remarkPluginsFor } from '../../src/loaders/markdown.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const data = loadSiteData(ROOT);
const entries = [...data.glossary.values()].map((l) => l.value);
const page = readPage('/reference/glossary/');
const href = (el: { properties: Record<string, unknown> }) => String(el.properties['href']);
const ids = new Set(page.$$('[id]').map((el) => String(el.properties['id'])));

describe('glossary page', () => {
  const articles = page.$$('article.glossary-entry');

  it('shows every term (at least 80), each under its own anchor, in pinyin order', () => {
    expect(articles.length).toBeGreaterThanOrEqual(80);
    expect(articles.map((a) => String(a.properties['id']))).toEqual(
      groupByInitial(entries).flatMap((g) => g.entries.map((e) => e.id)),
    );
    expect(page.text('[data-glossary-count]')).toBe(String(entries.length));
    for (const entry of entries) {
      const article = page.$(`article[id="${entry.id}"]`);
      expect(article, entry.id).toBeDefined();
      expect(page.textOf(page.$(`article[id="${entry.id}"] h3`)!)).toBe(entry.term);
      expect(page.text(`article[id="${entry.id}"] .glossary-entry__short`)).toBe(entry.short);
      expect(page.text(`article[id="${entry.id}"] [data-glossary-full]`).length).toBeGreaterThan(20);
    }
  });

  it('has an A–Z index whose links all land on a letter group of the page', () => {
    const links = page.$$('[data-glossary-index] a');
    expect(links.length).toBeGreaterThanOrEqual(15);
    for (const link of links) {
      const target = href(link).replace(/^#/, '');
      expect(ids.has(target), href(link)).toBe(true);
      const group = page.$(`section[aria-labelledby="${target}"]`);
      expect(group, target).toBeDefined();
      expect(page.textOf(link)).toBe(String(group?.properties['dataGlossaryLetter']));
    }
    expect(page.$$('section.glossary-group').length).toBe(links.length);
  });

  it('leaves no directive unrendered and shows each figure from the data', () => {
    expect(page.html).not.toContain(':fig[');
    expect(page.html).not.toContain(':term[');
    const expected = groupByInitial(entries)
      .flatMap((g) => g.entries)
      .flatMap((e) => [...e.full.matchAll(/:fig\[([^\]]*)\]/g)].map((m) => m[1]));
    const shown = page.$$('[data-glossary-full] [data-figure-id]');
    expect(shown.map((f) => String(f.properties['dataFigureId']))).toEqual(expected);
    const figuresPage = readPage('/reference/figures/');
    for (const figure of shown) {
      const id = String(figure.properties['dataFigureId']);
      const link = selectAll('a', figure)[0];
      expect(link && href(link)).toBe(`/reference/figures/#figure-row-${id}`);
      expect(figuresPage.$(`[id="figure-row-${id}"]`), id).toBeDefined();
    }
    // 不超过11人, as the source writes it, where the entry cites xh-ddw-max.
    expect(page.text('article[id="da-dang-wei"] [data-figure-id="xh-ddw-max"] a')).toBe('不超过11人');
  });

  it('links every source to its section on the sources page, and every related term to its anchor', () => {
    const sourcesPage = readPage('/about/sources/');
    const sourceLinks = page.$$('[data-glossary-sources] a');
    expect(sourceLinks.length).toBe(entries.reduce((n, e) => n + e.sources.length, 0));
    for (const link of sourceLinks) {
      const [path, anchor] = href(link).split('#');
      expect(path).toBe('/about/sources/');
      expect(sourcesPage.$(`[id="${anchor}"]`), href(link)).toBeDefined();
    }
    for (const link of page.$$('[data-glossary-related] a')) {
      expect(ids.has(href(link).replace(/^#/, '')), href(link)).toBe(true);
    }
  });

  it('lists as backlinks exactly the case and topic pages that render the term, plus the listed cases', () => {
    const renderedOn = new Map<string, Set<string>>();
    const candidates = allPageUrls().filter((u) => /^\/(cases|topics)\/[^/]+\/$/.test(u));
    for (const url of candidates) {
      const built = readPage(url);
      // The compare page quotes case passages in its tables; those terms belong to the case pages.
      const quoted = new Set(built.$$('[data-compare-table] .site-term'));
      for (const term of built.$$('main .site-term[data-term]').filter((t) => !quoted.has(t))) {
        const id = String(term.properties['dataTerm']);
        renderedOn.set(id, (renderedOn.get(id) ?? new Set()).add(url));
      }
    }
    for (const entry of entries) {
      const rendered = [...(renderedOn.get(entry.id) ?? [])];
      const expectedCases = new Set([
        ...rendered.filter((u) => u.startsWith('/cases/')),
        ...entry.cases.map((slug) => `/cases/${slug}/`),
      ]);
      const expectedTopics = new Set(rendered.filter((u) => u.startsWith('/topics/')));
      const cases = page.$$(`article[id="${entry.id}"] [data-glossary-cases] a`).map(href);
      const topics = page.$$(`article[id="${entry.id}"] [data-glossary-topics] a`).map(href);
      expect(new Set(cases), entry.id).toEqual(expectedCases);
      expect(new Set(topics), entry.id).toEqual(expectedTopics);
    }
    // The sample the issue names.
    const daDangWei = page.$$('article[id="da-dang-wei"] [data-glossary-cases] a');
    expect(daDangWei.map(href)).toContain('/cases/nanchang-xihu/');
    expect(daDangWei.map((a) => page.textOf(a))).toContain('南昌西湖区：社区“大党委”与“1+1+N+X”组织设置');
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
      const shown = page.$$(`article[id="${entry.id}"] [data-glossary-rules] li li a`).map(href);
      expect(shown, entry.id).toEqual(expected);
      for (const link of shown) {
        const [path, anchor] = link.split('#');
        expect(readPage(path ?? '').$(`[id="${anchor}"]`), link).toBeDefined();
      }
    }
  });
});

describe('terms on the case pages', () => {
  it('every case page marks terms, and each tooltip links to an anchor of the glossary', () => {
    for (const slug of CASE_SLUGS) {
      const terms = readPage(`/cases/${slug}/`).$$('main .site-term');
      expect(terms.length, slug).toBeGreaterThan(10);
      for (const term of terms) {
        const link = selectAll('a', term)[0];
        const target = link ? href(link) : '';
        expect(target).toBe(`/reference/glossary/#${String(term.properties['dataTerm'])}`);
        expect(ids.has(target.split('#')[1] ?? ''), target).toBe(true);
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
    const rendered = selectAll('.site-term', fromHtml(code, { fragment: true }));
    expect(rendered).toHaveLength(names.length);
    rendered.forEach((term, i) => {
      const { name, id } = names[i]!;
      const link = selectAll('a', term)[0];
      expect(term.properties['dataTerm'], name).toBe(id);
      expect(link && href(link), name).toBe(`/reference/glossary/#${id}`);
      expect(ids.has(id), id).toBe(true);
    });
  });
});
