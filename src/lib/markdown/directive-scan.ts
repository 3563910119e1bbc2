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
 * a new text, read again.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

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

/** By page body (as Astro's content layer keeps it: frontmatter off, trimmed). */
const scanned = new Map<string, PageDirectives>();
/** A long `astro dev` session keeps each edited version: start over past a few libraries' worth. */
const MAX_REMEMBERED = 5000;

/** The directives of a page, given its file's text or its body. */
export function pageDirectives(markdown: string): PageDirectives {
  const body = markdown.replace(FRONTMATTER, '').trim();
  const known = scanned.get(body);
  if (known) return known;
  const tree = parser.parse(body) as Root;
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
  const found = { termLabels, figureIds: [...figureIds], tableCities };
  if (scanned.size >= MAX_REMEMBERED) scanned.clear();
  scanned.set(body, found);
  return found;
}
