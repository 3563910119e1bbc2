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
 * Pure string → strings; used by the search integration at the end of the
 * build and by the tests. Every page of the site passes through here, so the
 * tree is htmlparser2's and the selectors css-select's: with parse5, hast and
 * hast-util-select the same work was about 40 % of the build's cost per case
 * (issue 16), the selectors alone (attribute tests on every element) over
 * half of it.
 */
import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import render from 'dom-serializer';
import { removeElement, textContent } from 'domutils';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
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

/** Characters written as they are (the text is Chinese), markup characters escaped. */
const toHtml = (nodes: AnyNode | AnyNode[]): string => render(nodes, { encodeEntities: 'utf8' });

/** css-select over htmlparser2's tree, typed: what a selector finds is an element. */
const one = (selector: string, root: AnyNode): Element | null => selectOne<AnyNode, Element>(selector, root);
const all = (selector: string, root: AnyNode): Element[] => selectAll<AnyNode, Element>(selector, root);

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * The page as readers get it once it is indexed: without its facets block, which only the indexer
 * reads (hidden; about 0.18 KB gzip on a case page). PageFacets.astro writes it as a div of empty spans.
 */
const FACETS_BLOCK = /<div class="page-facets"[^>]*>(?:<span [^>]*><\/span>)*<\/div>/;

export const withoutFacets = (html: string): string => html.replace(FACETS_BLOCK, '');

export function prepareHtmlForIndex(html: string, options: IndexOptions = {}): string {
  const tree = parseDocument(html);
  exclude(tree, options.exclude ?? []);
  transform(tree.children, options.weights ?? {});
  return toHtml(tree);
}

/** The page, and the records split out of it, ready for the indexer. */
export function prepareDocuments(html: string, url: string, options: IndexOptions = {}): IndexDocument[] {
  const tree = parseDocument(html);
  exclude(tree, options.exclude ?? []);
  const records = options.records ? splitRecords(tree, options.records) : [];
  const weights = options.weights ?? {};
  transform(tree.children, weights);
  // The facets as indexed with the page (tokenized like the rest of it), copied into each record.
  const facets = records.length > 0 ? one(FACETS_SELECTOR, tree) : null;
  const facetsHtml = facets ? toHtml(facets) : '';
  const lang = one('html', tree)?.attribs['lang'] ?? 'zh-CN';
  return [
    { url, html: toHtml(tree) },
    ...records.map((record) => {
      transform(record.element.children, weights);
      return { url: `${url}#${record.id}`, html: recordHtml(lang, facetsHtml, record) };
    }),
  ];
}

/** One pass for all the selectors (a selector list), not one per selector. */
function exclude(tree: Document, selectors: readonly string[]): void {
  if (selectors.length === 0) return;
  const body = one('[data-pagefind-body]', tree) ?? tree;
  for (const element of all(selectors.join(', '), body)) removeElement(element);
}

function transform(nodes: AnyNode[], weights: ClassWeights): void {
  for (const node of nodes) {
    if (isText(node)) {
      const parent = node.parent;
      if (!(parent && isTag(parent) && SKIP.has(parent.name))) node.data = tokenizeForIndex(node.data);
    } else if (isTag(node)) {
      tokenizeMetaAttribute(node);
      weigh(node, weights);
      transform(node.children, weights);
    } else if ('children' in node) {
      transform(node.children, weights);
    }
  }
}

interface SplitRecord {
  id: string;
  title: string;
  /** Taken out of the page: its heading and dropped parts removed. */
  element: Element;
}

/** Takes the records out of the page tree, each with its id and title (its first heading). */
function splitRecords(tree: Document, rule: RecordRule): SplitRecord[] {
  const body = one('[data-pagefind-body]', tree);
  if (!body) return [];
  const out: SplitRecord[] = [];
  for (const element of all(rule.select, body)) {
    const id = element.attribs['id'];
    if (id === undefined || id === '') continue;
    if (rule.drop) for (const dropped of all(rule.drop, element)) removeElement(dropped);
    const heading = one('h1, h2, h3, h4, h5, h6', element);
    if (heading) removeElement(heading);
    const title = heading ? textContent(heading).replace(/\s+/g, ' ').trim() : id;
    removeElement(element);
    out.push({ id, title, element });
  }
  return out;
}

/** A record as a page of its own: the page's facets, its title as <h1>, its content. */
function recordHtml(lang: string, facetsHtml: string, record: SplitRecord): string {
  const filter = `${RECORD_FILTER.name}:${RECORD_FILTER.value}`;
  return (
    `<html lang="${escapeAttribute(lang)}"><body><main data-pagefind-body>${facetsHtml}` +
    `<span data-pagefind-filter="${escapeAttribute(filter)}"></span>` +
    `<h1>${escapeText(tokenizeForIndex(record.title))}</h1>${toHtml(record.element.children)}</main></body></html>`
  );
}

/**
 * `data-pagefind-meta="key:value"` — tokenize the value so that Pagefind's
 * meta matching (title and keywords boosts) sees the same words as the body.
 * A bare key (value taken from the element's text) needs nothing: the text
 * node is tokenized anyway.
 */
function tokenizeMetaAttribute(node: Element): void {
  const raw = node.attribs['data-pagefind-meta'];
  if (raw === undefined) return;
  const colon = raw.indexOf(':');
  if (colon < 0) return;
  node.attribs['data-pagefind-meta'] =
    `${raw.slice(0, colon + 1)}${tokenizeForIndex(raw.slice(colon + 1)).trim()}`;
}

function weigh(node: Element, weights: ClassWeights): void {
  const classes = node.attribs['class'];
  if (classes === undefined || node.attribs['data-pagefind-weight'] !== undefined) return;
  for (const name of classes.split(/\s+/)) {
    const weight = weights[name];
    if (weight !== undefined) {
      node.attribs['data-pagefind-weight'] = String(weight);
      return;
    }
  }
}
