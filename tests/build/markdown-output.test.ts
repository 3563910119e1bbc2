/**
 * Whole-site checks of the Markdown pipeline's output: no directive syntax
 * survives into any page, generated ids are unique, and the client scripts
 * ship only to pages that need them.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { CITE_MARKER } from '../../src/lib/markdown/markup.ts';

/** Directive syntax that must never reach a reader. */
const LEFTOVERS = [':fig[', ':cite[', ':term[', ':anchor{', '::figure-table', '::source-list'];
/** Text inside these is code or script, where the syntax may be shown on purpose. */
const SKIP = new Set(['pre', 'code', 'script', 'style', 'template']);

function visibleText(node: Root | RootContent, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element' && SKIP.has(node.tagName)) return out;
  if ('children' in node) for (const child of node.children) visibleText(child, out);
  return out;
}

const pages = allPageUrls().map((url) => readPage(url));

describe('built pages', () => {
  it('are many', () => expect(pages.length).toBeGreaterThan(5));

  it('contain no unrendered directive syntax (outside code)', () => {
    const found = pages.flatMap((page) => {
      const text = visibleText(page.tree).join('');
      return LEFTOVERS.filter((s) => text.includes(s)).map((s) => `${page.url}: ${s}`);
    });
    expect(found).toEqual([]);
  });

  it('have unique anchor and directive ids', () => {
    const duplicates = pages.flatMap((page) => {
      const ids = page
        .$$(
          // A citation marker has an id only where its section's “↩” returns to (its first marker).
          ':is(span, div)[id]:empty, sup > a[id], .source-list li, [data-figure-row]',
        )
        .map((el: Element) => String(el.properties['id']));
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${page.url}#${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('point every figure, citation and tooltip link at an element that exists', () => {
    const idsByUrl = new Map(
      pages.map((page) => [page.url, new Set(page.$$('[id]').map((el) => String(el.properties['id'])))]),
    );
    const broken = pages.flatMap((page) => {
      const links = page
        .$$('.fig > a, sup > a, a.site-sources__back')
        .map((a) => decodeURIComponent(String(a.properties['href'])));
      const missing = links.filter((href) => {
        const [path = '', fragment = ''] = href.split('#');
        // Figures and citations quoted from another page link back to that page's sources.
        return !idsByUrl.get(path || page.url)?.has(fragment);
      });
      // A tooltip is the <small> right after its link (the tooltip script makes it the link's description).
      const untipped = page
        .$$('.sl-markdown-content :is(.term, .fig)')
        .filter((host) => selectAll(':scope > a + small', host).length !== 1)
        .map((host) => toText(host));
      return [...missing, ...untipped].map((ref) => `${page.url} → ${ref}`);
    });
    expect(broken).toEqual([]);
  });

  // Which pages load the diagram and tooltip scripts (those that hold diagrams or tooltips) is
  // checked in the browser: tests/e2e/page-parts.test.ts.
  it('never load Mermaid itself up front', () => {
    for (const page of pages) {
      const scripts = page
        .$$('script[src], link[rel="modulepreload"]')
        .map((s) => String(s.properties['src'] ?? s.properties['href']));
      expect(
        scripts.filter((src) => /mermaid/i.test(src)),
        page.url,
      ).toEqual([]);
    }
  });

  it('write no superscript but citation markers, which are found by that (CITE_MARKER, no class)', () => {
    let markers = 0;
    for (const page of pages) {
      const sups = page.$$('main sup:not([hidden])');
      // Each superscript holds one link, to a passage in the page's own source list.
      for (const sup of sups) {
        const links = selectAll(':scope > a', sup);
        expect(links, page.url).toHaveLength(1);
        const fragment = decodeURIComponent(String(links[0]!.properties['href'])).replace(/^#/, '');
        expect(page.$(`.source-list li[id="${fragment}"]`), `${page.url}#${fragment}`).toBeDefined();
      }
      expect(page.$$(`main ${CITE_MARKER}`), page.url).toHaveLength(sups.length);
      markers += sups.length;
    }
    expect(markers).toBeGreaterThan(300);
  });

  it('number each marker as its passage is numbered in the source list, which paper shows', () => {
    let markers = 0;
    for (const page of pages) {
      // The number each passage has in the list: its <ol> counts on from `start`, or from a `value`.
      const numberOf = new Map<string, number>();
      for (const list of page.$$('.source-list ol')) {
        let n = Number(list.properties['start'] ?? 1) - 1;
        for (const item of selectAll(':scope > li', list)) {
          n = item.properties['value'] === undefined ? n + 1 : Number(item.properties['value']);
          numberOf.set(String(item.properties['id']), n);
        }
      }
      // Passages are numbered once each, in order of first appearance: 1, 2, 3, … with no gap.
      expect(
        [...numberOf.values()].sort((x, y) => x - y),
        page.url,
      ).toEqual([...numberOf.values()].map((_, i) => i + 1));
      for (const marker of page.$$('.sl-markdown-content sup > a')) {
        const fragment = decodeURIComponent(String(marker.properties['href'])).replace(/^#/, '');
        expect(toText(marker), `${page.url}#${fragment}`).toBe(`[${numberOf.get(fragment)}]`);
        // The marker reads as its number, as a footnote's does: no label of its own.
        expect(marker.properties['ariaLabel']).toBeUndefined();
        markers += 1;
      }
    }
    expect(markers).toBeGreaterThan(300);
  });
});
