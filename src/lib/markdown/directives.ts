/**
 * Small helpers shared by the directive plugins: options, labels and the
 * directive node types.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { createRoutes, type Routes } from '../routes.ts';
import type { SiteData } from '../data/site-data.ts';
import type { ReadSource } from './problems.ts';

export type { LeafDirective, TextDirective };

/** Options every plugin takes. */
export interface PipelineOptions {
  /**
   * The site's data (figures, glossary, sources), asked for once per page:
   * under `astro dev` it answers with the data files as they are now
   * (src/loaders/markdown.ts supplies it).
   */
  siteData: () => SiteData;
  /**
   * The text of a page's file as on disk, to turn line numbers of the body
   * Astro renders into lines of the file (it renders the body without its
   * frontmatter). Without it, problems are reported at the body's lines.
   */
  readSource?: ReadSource;
  /** Astro's `base` ("/", "/dangjian/"): links the plugins write start with it. Default "/". */
  base?: string;
}

/** The routes for the site the page is built for (the plugins run outside Vite: the base comes from the config). */
export const routesOf = (options: Pick<PipelineOptions, 'base'>): Routes => createRoutes(options.base ?? '/');

/** The text of a directive's [label], trimmed. */
export const labelOf = (node: TextDirective | LeafDirective): string => toString(node).trim();

type DirectiveKind = 'textDirective' | 'leafDirective';
type DirectiveOf<K extends DirectiveKind> = K extends 'textDirective' ? TextDirective : LeafDirective;

/** Where a directive stands. */
export interface DirectiveContext {
  /**
   * Inside a heading: the heading's text also names the section in the table
   * of contents and its anchor, where links and tooltips do not belong.
   */
  inHeading: boolean;
  /** Which section of the page it is in (counting h2 and h3, the table of contents' entries): 0 before the first. */
  section: number;
}

/**
 * Visit every directive of one kind and name; the callback returns the node
 * that replaces it (or undefined to remove it).
 */
export function replaceDirectives<K extends DirectiveKind>(
  tree: Root,
  kind: K,
  name: string,
  replace: (node: DirectiveOf<K>, context: DirectiveContext) => RootContent | undefined,
): void {
  // One plain walk of the page per call (five plugins call this on every page): unist-util-visit
  // builds an ancestors array per node, a cost per case of its own in a library of a thousand.
  const found: Array<{ node: DirectiveOf<K>; parent: Parent; context: DirectiveContext }> = [];
  let section = 0;
  const walk = (parent: Parent, inHeading: boolean): void => {
    for (const node of parent.children) {
      if (node.type === 'heading' && node.depth <= 3) section += 1;
      if (node.type === kind && (node as DirectiveOf<K>).name === name) {
        found.push({ node: node as DirectiveOf<K>, parent, context: { inHeading, section } });
      }
      if ('children' in node) walk(node, inHeading || node.type === 'heading');
    }
  };
  walk(tree, false);
  // Document order, so that numbering and per-page ids follow the text.
  for (const { node, parent, context } of found) {
    const index = parent.children.indexOf(node as RootContent);
    const replacement = replace(node, context);
    if (replacement) parent.children.splice(index, 1, replacement as never);
    else parent.children.splice(index, 1);
  }
}
