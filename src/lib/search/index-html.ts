/**
 * Prepares a built page for the Pagefind indexer.
 *
 * 1. Every text node, and the value of every `data-pagefind-meta` attribute,
 *    becomes bigram tokens (see tokens.ts). Filters are left alone: their
 *    values are facet labels that the search page sends back verbatim.
 *
 *      <h1>网格党支部</h1>  →  <h1> 网格 格党 党支 支部 部 </h1>
 *
 * 2. Elements of the given classes get a ranking weight
 *    (data-pagefind-weight); elements matching `exclude` are removed.
 *
 * 3. Elements matching `records.select` (e.g. the entries of the glossary)
 *    are taken out of the page and indexed as results of their own, at
 *    page#id, titled by their first heading, with the page's facets; inside
 *    them, `records.drop` removes what is not their text (lists of links to
 *    other pages). A reader searching 大党委 then gets the glossary entry,
 *    not the 130-term page, and loads a kilobyte instead of fifty.
 *
 * Pure string → strings (hast in between); used by the search integration at
 * the end of the build and by the tests.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { tokenizeForIndex } from './tokens.ts';
import { RECORD_FILTER } from './records.ts';

/** Elements (by class) whose words count more in the ranking, and by how much. */
type ClassWeights = Readonly<Record<string, number>>;

export interface RecordRule {
  /** CSS selector of the elements that become results of their own (they need an id). */
  select: string;
  /** CSS selector, within a record, of what to leave out. */
  drop?: string;
}

export interface IndexOptions {
  weights?: ClassWeights;
  records?: RecordRule;
  /** CSS selectors of what to leave out of the index altogether (page furniture). */
  exclude?: readonly string[];
}

export interface IndexDocument {
  /** The URL to index the document under (the page's, or page#id for a record). */
  url: string;
  html: string;
}

/** Elements whose text is code, not prose. */
const SKIP = new Set(['script', 'style', 'template']);

/** The facets and sort key PageFacets.astro renders, copied into every record of the page. */
const FACETS_SELECTOR = '.page-facets';

export function prepareHtmlForIndex(html: string, options: IndexOptions = {}): string {
  const tree = fromHtml(html);
  exclude(tree, options.exclude ?? []);
  return toHtml(transform(tree, options.weights ?? {}));
}

/** The page, and the records split out of it, ready for the indexer. */
export function prepareDocuments(html: string, url: string, options: IndexOptions = {}): IndexDocument[] {
  const tree = fromHtml(html);
  exclude(tree, options.exclude ?? []);
  const records = options.records ? splitRecords(tree, url, options.records) : [];
  const weights = options.weights ?? {};
  return [
    { url, html: toHtml(transform(tree, weights)) },
    ...records.map((r) => ({ url: r.url, html: toHtml(transform(r.tree, weights)) })),
  ];
}

/** One walk for all the selectors (a selector list), not one per selector. */
function exclude(tree: Root, selectors: readonly string[]): void {
  if (selectors.length === 0) return;
  const body = select('[data-pagefind-body]', tree) ?? tree;
  removeAll(tree, new Set(selectAll(selectors.join(', '), body)));
}

function transform(tree: Root, weights: ClassWeights): Root {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text') {
      if (parent?.type === 'element' && SKIP.has(parent.tagName)) return;
      node.value = tokenizeForIndex(node.value);
      return;
    }
    if (node.type === 'element') {
      tokenizeMetaAttribute(node);
      weigh(node, weights);
    }
  });
  return tree;
}

/**
 * Takes the records out of the page tree and returns each as a document of
 * its own: the page's facets, its first heading as <h1>, the rest of it.
 */
function splitRecords(tree: Root, pageUrl: string, rule: RecordRule): Array<{ url: string; tree: Root }> {
  const body = select('[data-pagefind-body]', tree);
  if (!body) return [];
  const facets = select(FACETS_SELECTOR, tree);
  const lang = String(select('html', tree)?.properties['lang'] ?? 'zh-CN');
  const out: Array<{ url: string; tree: Root }> = [];
  const split = new Set<ElementContent>();
  for (const element of selectAll(rule.select, body)) {
    const id = element.properties['id'];
    if (typeof id !== 'string' || id === '') continue;
    if (rule.drop) removeAll(element, new Set(selectAll(rule.drop, element)));
    const heading = select('h1, h2, h3, h4, h5, h6', element);
    if (heading) removeAll(element, new Set([heading]));
    const title = heading ? toText(heading).trim() : id;
    const main: Element = {
      type: 'element',
      tagName: 'main',
      properties: { dataPagefindBody: '' },
      children: [
        ...(facets ? [structuredClone(facets)] : []),
        {
          type: 'element',
          tagName: 'span',
          properties: { dataPagefindFilter: `${RECORD_FILTER.name}:${RECORD_FILTER.value}` },
          children: [],
        },
        { type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: title }] },
        ...element.children,
      ],
    };
    out.push({
      url: `${pageUrl}#${id}`,
      tree: {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'html',
            properties: { lang },
            children: [{ type: 'element', tagName: 'body', properties: {}, children: [main] }],
          },
        ],
      },
    });
    split.add(element);
  }
  removeAll(tree, split);
  return out;
}

/**
 * Remove the given nodes from wherever they are below `root`, in one walk of
 * the tree: a walk per node made a page of thousands of excluded cells (the
 * figures table of a large library) cost the square of its size.
 */
function removeAll(root: Root | Element, targets: ReadonlySet<unknown>): void {
  if (targets.size === 0) return;
  visit(root, (node, index, parent) => {
    if (targets.has(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return ['skip', index];
    }
    return undefined;
  });
}

/**
 * `data-pagefind-meta="key:value"` — tokenize the value so that Pagefind's
 * meta matching (title and keywords boosts) sees the same words as the body.
 * A bare key (value taken from the element's text) needs nothing: the text
 * node is tokenized anyway.
 */
function tokenizeMetaAttribute(node: Element): void {
  const raw = node.properties['dataPagefindMeta'];
  if (typeof raw !== 'string') return;
  const colon = raw.indexOf(':');
  if (colon < 0) return;
  node.properties['dataPagefindMeta'] =
    `${raw.slice(0, colon + 1)}${tokenizeForIndex(raw.slice(colon + 1)).trim()}`;
}

function weigh(node: Element, weights: ClassWeights): void {
  const classes = node.properties['className'];
  if (!Array.isArray(classes) || node.properties['dataPagefindWeight'] !== undefined) return;
  for (const name of classes) {
    const weight = weights[String(name)];
    if (weight !== undefined) {
      node.properties['dataPagefindWeight'] = String(weight);
      return;
    }
  }
}
