/**
 * Readers see reader text only, in Chinese typography: across every built
 * page (visible text, aria-label, title, alt) and the search index's text,
 * no internal id, file name or command, and no straight quote beside a
 * Chinese character. Maintainers' pages (audience: 维护者) are the one place
 * ids may appear; they stay out of the sidebar and of search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import type { Root } from 'hast';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { idLikeTokens } from '../../src/lib/content/reader-text.ts';
import { misplacedQuotes } from '../../src/lib/content/quotes.ts';
import { detokenize } from '../../src/lib/search/tokens.ts';
import { sitePathOfEntry } from '../../src/lib/routes.ts';
import { markupRatio, READING_BUDGETS } from '../../scripts/bench/20-reading.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const DOCS = join(ROOT, 'content/docs');

/** URLs of the maintainers' pages, from their frontmatter. */
const maintainersPages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file))
  .filter((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(DOCS, file), 'utf8'))?.[1] ?? '';
    return (parse(front) as { audience?: string } | null)?.audience === '维护者';
  })
  .map(sitePathOfEntry);

/** What a reader can read on a page: its text, and the labels and titles tools read out. */
function readerText(tree: Root, { withCode = true } = {}): string[] {
  const prose = withCode ? tree : withoutCode(tree);
  const texts = [toText(prose)];
  visit(tree, 'element', (node) => {
    for (const name of ['ariaLabel', 'title', 'alt', 'placeholder']) {
      const value = node.properties[name];
      if (typeof value === 'string') texts.push(value);
    }
  });
  return texts;
}

/** The page without its code samples (<pre>, <code>), whose quotes are syntax. */
function withoutCode(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !['pre', 'code'].includes(node.tagName)) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
  return copy;
}

/** The search index's stored text of each result (what its excerpts are cut from), by URL. */
function indexedTexts(): Array<{ url: string; text: string }> {
  const dir = join(DIST, 'pagefind/fragment');
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      url: string;
      content: string;
      meta: Record<string, string>;
    };
    return {
      url: fragment.url,
      text: [fragment.content, ...Object.values(fragment.meta)].map(detokenize).join('\n'),
    };
  });
}

describe('reader text', () => {
  const readerPages = allPageUrls().filter((url) => !maintainersPages.includes(url));

  it('finds the maintainers’ pages: the 作者指南 and the 编写方法, under 关于', () => {
    expect(maintainersPages.sort()).toEqual(['/about/authoring/', '/about/method/']);
  });

  it('shows no id, file name or command on any reader page (text, aria-label, title)', () => {
    const found: Record<string, string[]> = {};
    for (const url of readerPages) {
      const tokens = idLikeTokens(readerText(readPage(url).tree).join('\n'));
      if (tokens.length > 0) found[url] = tokens;
    }
    expect(found).toEqual({});
  });

  it('shows no id, file name or command in the search index’s text', () => {
    const found: Record<string, string[]> = {};
    for (const { url, text } of indexedTexts()) {
      const tokens = idLikeTokens(text);
      if (tokens.length > 0) found[url] = tokens;
    }
    expect(found).toEqual({});
  });

  it('keeps the maintainers’ pages out of the sidebar and out of search', () => {
    const sidebarLinks = readPage('/cases/')
      .$$('#starlight__sidebar a')
      .map((a) => String(a.properties['href']));
    const indexed = new Set(indexedTexts().map(({ url }) => url.split('#')[0]));
    for (const url of maintainersPages) {
      expect(url.startsWith('/about/'), url).toBe(true);
      expect(sidebarLinks, url).not.toContain(url);
      expect(indexed.has(url), url).toBe(false);
    }
    // …and reachable from 资料来源.
    const fromSources = readPage('/about/sources/')
      .$$('main a')
      .map((a) => String(a.properties['href']));
    expect(fromSources).toEqual(expect.arrayContaining(maintainersPages));
  });

  it('has no straight quote beside a Chinese character on any page, code samples aside', () => {
    const found: Record<string, string[]> = {};
    for (const url of allPageUrls()) {
      const slips = readerText(readPage(url).tree, { withCode: false }).flatMap((text) =>
        misplacedQuotes(text).map((q) => text.slice(Math.max(0, q.index - 8), q.index + 9)),
      );
      if (slips.length > 0) found[url] = slips;
    }
    expect(found).toEqual({});
  });
});

describe('typography and weight', () => {
  const css = readdirSync(join(DIST, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'))
    .join('\n');

  it('declares one font stack, naming the Chinese system fonts before the generic families', () => {
    const stacks = [...css.matchAll(/--sl-font:([^;}]+)/g)].map((m) => m[1]!.trim());
    expect(stacks).toHaveLength(1);
    const stack = stacks[0]!;
    const names = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'];
    for (const name of names) expect(stack).toContain(name);
    const lastFont = Math.max(...names.map((name) => stack.indexOf(name)));
    for (const generic of ['system-ui', 'sans-serif'])
      expect(stack.indexOf(generic)).toBeGreaterThan(lastFont);
    // No other rule names a font family of its own: everything reads the one stack.
    const families = [...css.matchAll(/font-family:([^;}]+)/g)].map((m) => m[1]!.trim());
    expect(
      families.filter((f) => !f.startsWith('var(') && !/^(inherit|monospace|ui-monospace)/.test(f)),
    ).toEqual([]);
  });

  // The budget, 1.5, on every case page (1.42–1.49 now: 池州 1.487, 济宁 1.484, 广州 1.462; it
  // was 1.59, 1.87, 2.02 and, before that, 2.40). The page carries what a reader needs and no more:
  // terms and figures without ids or ARIA (the tooltip script adds them), markers numbered by passage
  // and found by their link (src/lib/markdown/markup.ts), bare headings (the page module makes their
  // text the link), diagram sources in their own files (/diagrams/<key>.txt), aside icons and scroll
  // hints drawn by CSS, one module script tag (the page module loads each part, the offline
  // registration and the theme select), no wrapper boxes or utility classes in the page frame.
  it('keeps each case page’s HTML within 1.5 times the gzip size of its text', () => {
    const ratios = Object.fromEntries(
      CASE_SLUGS.map((slug) => [slug, markupRatio(readPage(`/cases/${slug}/`).html).ratio]),
    );
    for (const [slug, ratio] of Object.entries(ratios))
      expect(ratio, slug).toBeLessThanOrEqual(READING_BUDGETS.markupRatio);
  });
});
