/**
 * The directives a Markdown page holds, read without rendering it: the terms
 * it marks (`:term[…]`, for the glossary's backlinks and the case library's
 * related cases), the figures it cites (`:fig[id]`) and its figure tables
 * (`::figure-table{city="…"}`, for the figures table's links and the unused
 * figures warning). Parsed as Markdown with directives, so that a directive in
 * a code sample does not count.
 *
 * One parse per page text, whoever asks first: three readers asked for every
 * case page, and the parse was their whole cost (issue 16). A changed page is
 * a new text, read again. The site's renderer parses every page anyway:
 * remarkRecordDirectives, the first of its plugins, records what it finds
 * there, so that a rendered page is not parsed a second time for this.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface PageDirectives {
  /** Labels of `:term[…]`, in order, repeats kept. */
  termLabels: readonly string[];
  /** Figure ids cited with `:fig[id]`, in order of first appearance. */
  figureIds: readonly string[];
  /** Cities of the page's `::figure-table{city="…"}`, in order. */
  tableCities: readonly string[];
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

const parser = unified().use(remarkParse).use(remarkDirective);

/**
 * By digest of the page body (as Astro's content layer keeps it: frontmatter off, trimmed). One map
 * for the process: the renderer records into its copy of this module (loaded with the config), the
 * pages read from theirs (in the build's bundle).
 */
const SCANNED = Symbol.for('dangjian.page-directives');
const scanned = ((globalThis as Record<symbol, Map<string, PageDirectives> | undefined>)[SCANNED] ??=
  new Map());
/** A long `astro dev` session keeps each edited version: start over past a few libraries' worth. */
const MAX_REMEMBERED = 5000;

/** A digest rather than the text: a thousand case pages' text would stay in memory all build long. */
const keyOf = (markdown: string): string =>
  createHash('sha1').update(markdown.replace(FRONTMATTER, '').trim()).digest('base64');

function remember(key: string, found: PageDirectives): void {
  if (scanned.size >= MAX_REMEMBERED) scanned.clear();
  scanned.set(key, found);
}

/** The directives in a page's tree as parsed (before any plugin replaces them). */
function directivesIn(tree: Root): PageDirectives {
  const termLabels: string[] = [];
  const figureIds = new Set<string>();
  const tableCities: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'textDirective' && node.name === 'term') termLabels.push(toString(node).trim());
    if (node.type === 'textDirective' && node.name === 'fig') figureIds.add(toString(node).trim());
    if (node.type === 'leafDirective' && node.name === 'figure-table' && node.attributes?.['city']) {
      tableCities.push(node.attributes['city']);
    }
  });
  return { termLabels, figureIds: [...figureIds], tableCities };
}

/** The directives of a page, given its file's text or its body. */
export function pageDirectives(markdown: string): PageDirectives {
  const key = keyOf(markdown);
  const known = scanned.get(key);
  if (known) return known;
  const found = directivesIn(parser.parse(markdown.replace(FRONTMATTER, '').trim()) as Root);
  remember(key, found);
  return found;
}

/**
 * Remark plugin, first in the site's pipeline: records the directives of the page being rendered,
 * as pageDirectives would find them, before the other plugins replace them. Markdown pages only:
 * an MDX page's tree is parsed another way (JSX, expressions) than the scan reads its text.
 */
export function remarkRecordDirectives() {
  return (tree: Root, file: VFile): void => {
    if (file.path?.endsWith('.mdx')) return;
    remember(keyOf(String(file.value)), directivesIn(tree));
  };
}
