/**
 * Whole-site checks of the Markdown pipeline's output: no directive syntax
 * survives into any page, generated ids are unique, and the client scripts
 * ship only to pages that need them.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { citedPassage } from '../helpers/cited-passage.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';

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
          '.site-anchor, :is(.site-term, .site-fig) [role="tooltip"], sup.site-cite > a[id], [data-source-list] li, [data-figure-row]',
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
        .$$('a.site-fig__value, sup.site-cite > a, a.site-sources__back')
        .map((a) => decodeURIComponent(String(a.properties['href'])));
      const missing = links.filter((href) => {
        const [path = '', fragment = ''] = href.split('#');
        // Figures and citations quoted from another page link back to that page's sources.
        return !idsByUrl.get(path || page.url)?.has(fragment);
      });
      const described = page
        .$$(':is(.site-term, .site-fig) > a')
        .map((a) => String(a.properties['ariaDescribedBy']))
        .filter((id) => !idsByUrl.get(page.url)?.has(id));
      return [...missing, ...described].map((ref) => `${page.url} → ${ref}`);
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

  it('mark a figure as cited beside exactly when its paragraph or cell cites the same passage', () => {
    const site = loadSiteData(ROOT);
    let beside = 0;
    let own = 0;
    for (const page of pages) {
      for (const block of page.$$('.sl-markdown-content :is(p, td)')) {
        const cited = new Set(
          selectAll('sup.site-cite > a', block).map((a) => citedPassage(a.properties['href'])),
        );
        for (const figure of selectAll('.site-fig[data-figure-id]', block)) {
          const record = site.figures.get(String(figure.properties['dataFigureId']))!.value;
          const passage = `${record.source}#${record.section}`;
          const marked = figure.properties['dataCitedBeside'] !== undefined;
          expect(marked, `${page.url} ${record.id}`).toBe(cited.has(passage));
          if (marked) beside += 1;
          else own += 1;
        }
      }
    }
    // Both kinds occur: most figures sit beside their passage's marker, some cite another.
    expect(beside).toBeGreaterThan(100);
    expect(own).toBeGreaterThan(0);
  });

  it('name the cited section in each marker, for print only', () => {
    const page = readPage('/cases/changsha/');
    const marker = page.$('sup.site-cite')!;
    const link = selectAll('a', marker)[0]!;
    const [source, section] = citedPassage(link.properties['href'])!.split('#');
    const title = loadSiteData(ROOT)
      .sources.get(source!)!
      .value.sections.find((s) => s.id === section)!.title;
    // In an attribute that the print stylesheet shows after the number (markdown.css), not in an element.
    expect(marker.properties['dataSection']).toBe(title);
    expect(link.properties['ariaLabel']).toMatch(/^出处\[\d+\]$/);
  });
});
