/**
 * Brings the pages of a lecture into this document: fetches each page once
 * (same site, no server beyond the static files), takes its rendered content
 * and teaching notes, describes its blocks (src/lib/teaching/blocks.ts) and
 * parks the content in a hidden holder, from where slides and the handout
 * take the elements. Ids are prefixed per page so two pages never clash, and
 * in-page links follow their targets; links to parts not brought in go back
 * to the original page.
 */
import type { PageNotes } from '../../../lib/schemas/teaching.ts';
import {
  contentElements,
  describeBlock,
  type Block,
  type ElementLike,
} from '../../../lib/teaching/blocks.ts';
import type { CataloguePage } from '../../../lib/teaching/lecture.ts';
import { domElement } from '../present/dom-tree.ts';
import { readNotes } from '../present/notes-view.ts';
import { routes } from '../../../lib/routes.ts';
import { DIAGRAM_CANVAS, TOOLTIP_HOST } from '../../../lib/markdown/markup.ts';

export interface LoadedPage {
  key: string;
  url: string;
  title: string;
  description?: string;
  blocks: Block[];
  /** The elements behind `blocks`, in the same order. */
  elements: ElementLike[];
  notes: PageNotes | undefined;
}

function prefixIds(root: Element, prefix: string, pageUrl: string): void {
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) {
    ids.add(el.id);
    el.id = `${prefix}${el.id}`;
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = decodeURIComponent((link.getAttribute('href') ?? '#').slice(1));
    link.setAttribute('href', ids.has(target) ? `#${prefix}${target}` : `${pageUrl}#${target}`);
  }
  for (const attribute of ['aria-describedby', 'aria-labelledby', 'for']) {
    for (const el of root.querySelectorAll(`[${attribute}]`)) {
      const value = (el.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .map((id) => (ids.has(id) ? `${prefix}${id}` : id))
        .join(' ');
      el.setAttribute(attribute, value);
    }
  }
}

async function loadPage(page: CataloguePage, index: number, holder: HTMLElement): Promise<LoadedPage> {
  const url = routes.page(page.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${page.title}：读取失败（${response.status}）`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const content = doc.querySelector('.sl-markdown-content');
  if (!content) throw new Error(`${page.title}：页面中没有正文`);
  const imported = document.importNode(content, true);
  imported.setAttribute('data-lecture-page', page.key);
  holder.append(imported);
  const elements = contentElements(domElement(imported));
  // Blocks first: section ids must be read before ids get their page prefix.
  const blocks = elements.map(describeBlock);
  prefixIds(imported, `p${index}-`, url);
  const description = doc.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  return {
    key: page.key,
    url: page.url,
    title: page.title,
    ...(description ? { description } : {}),
    blocks,
    elements,
    notes: readNotes(doc),
  };
}

/** Load every page the lecture uses, once each, in parallel. */
export async function loadPages(
  keys: string[],
  catalogue: CataloguePage[],
): Promise<Map<string, LoadedPage>> {
  const holder = document.createElement('div');
  holder.hidden = true;
  holder.setAttribute('data-lecture-holder', '');
  document.body.append(holder);
  const unique = [...new Set(keys)];
  const pages = unique
    .map((key) => catalogue.find((p) => p.key === key))
    .filter((p): p is CataloguePage => p !== undefined);
  const loaded = await Promise.all(pages.map((page, i) => loadPage(page, i, holder)));
  // Diagrams and tooltips are driven by scripts that look for their elements when they start, so they start now.
  if (holder.querySelector(DIAGRAM_CANVAS)) await import('../../markdown/diagram-loader.ts');
  if (holder.querySelector(TOOLTIP_HOST))
    (await import('../../markdown/tooltips.ts')).describeTooltips(holder);
  return new Map(loaded.map((p) => [p.key, p]));
}
