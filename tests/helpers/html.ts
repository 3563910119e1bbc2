/**
 * Reading built pages for assertions: parse dist/<path>/index.html into a hast
 * tree and query it with CSS selectors (hast-util-select), the same unified
 * toolchain the site is built with.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { DIST } from './paths.ts';

export interface BuiltPage {
  /** URL path, e.g. "/cases/changsha/". */
  url: string;
  html: string;
  tree: Root;
  $(selector: string): Element | undefined;
  $$(selector: string): Element[];
  /** Visible text of the first match (or of the whole page). */
  text(selector?: string): string;
  /** Visible text of an element. */
  textOf(node: Element): string;
}

export function fileForUrl(url: string): string {
  const clean = url.replace(/^\/+/, '');
  return clean.endsWith('.html') ? join(DIST, clean) : join(DIST, clean, 'index.html');
}

export function readPage(url: string): BuiltPage {
  const html = readFileSync(fileForUrl(url), 'utf8');
  const tree = fromHtml(html);
  return {
    url,
    html,
    tree,
    $: (s) => select(s, tree),
    $$: (s) => selectAll(s, tree),
    textOf: (node) => toText(node),
    text: (s) => {
      const node = s ? select(s, tree) : tree;
      return node ? toText(node) : '';
    },
  };
}

/** Every built HTML page's URL (excluding Pagefind's own files). */
export function allPageUrls(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => '/' + relative(DIST, join(DIST, f)).replace(/index\.html$/, ''))
    .sort();
}
