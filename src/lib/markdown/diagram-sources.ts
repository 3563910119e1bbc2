/**
 * The Mermaid sources a Markdown page holds (```` ```mermaid ```` fences), read as remark reads
 * them, so that each is byte for byte the text remark-mermaid.ts hashes into the page's key.
 * src/pages/diagrams/[key].txt.ts writes one file for each. Pure: the caller reads the page.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkDirective);

/** Each diagram's source in a page's Markdown, in order. */
export function mermaidSources(markdown: string): string[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const sources: string[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang === 'mermaid') sources.push(node.value);
  });
  return sources;
}
