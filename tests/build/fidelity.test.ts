/**
 * Fidelity: figures taken from the sources by hand (tests/fidelity/*.yaml)
 * must read exactly so in the data and on the built case page, in the right
 * context. scripts/verify-fidelity.ts checks the same lists against the
 * source texts themselves where shared/sources is present.
 */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { readFidelityLists } from '../../scripts/lib/fidelity.ts';
import { readPage, type BuiltPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';

const entries = readFidelityLists();
const data = loadSiteData(ROOT);
const pages = new Map<string, BuiltPage>();
const pageFor = (slug: string) => {
  let page = pages.get(slug);
  if (!page) {
    page = readPage(`/cases/${slug}/`);
    pages.set(slug, page);
  }
  return page;
};

/** Text of the smallest block (list item, table row, paragraph) holding the figure. */
function blocksHolding(page: BuiltPage, figureId: string): string[] {
  const blocks = page.$$('main li, main tr, main p, main dd');
  return blocks
    .filter((block: Element) => selectAll(`[data-figure-id="${figureId}"]`, block).length > 0)
    .map((block: Element) => toText(block));
}

describe('fidelity list', () => {
  it('has at least 60 entries covering every case', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.slug)).size).toBe(7);
  });

  it.each(entries.map((e) => [`${e.slug}: ${e.figure} = ${e.expect}`, e] as const))('%s', (_, entry) => {
    const figure = data.figures.get(entry.figure)?.value;
    expect(figure, `数据中没有 ${entry.figure}`).toBeDefined();
    if (!figure) return;
    expect(formatFigure(figure)).toBe(entry.expect);
    const blocks = blocksHolding(pageFor(entry.slug), entry.figure);
    expect(blocks.length, `案例页 ${entry.slug} 没有显示 ${entry.figure}`).toBeGreaterThan(0);
    expect(blocks.some((text) => text.includes(entry.expect))).toBe(true);
    expect(blocks.some((text) => text.includes(entry.context))).toBe(true);
  });
});
