/**
 * Fidelity: every figure recorded with the source's own words (`quote`) and
 * the words that must stand beside it (`context`, in content/data/figures)
 * must hold its number in that quote, and show on its case page in that
 * context. `npm run verify-fidelity` checks the quotes against the source
 * texts themselves where they are present.
 */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { readFidelityLists } from '../../scripts/lib/fidelity.ts';
import { readPage, type BuiltPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { chineseNumeral } from '../../src/lib/teaching/numerals.ts';
import { caseOfCity } from '../../src/lib/content/cases.ts';
import { FIGURES, figureIdOf } from '../helpers/figure-id.ts';

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
    .filter((block: Element) => selectAll(FIGURES, block).some((f) => figureIdOf(f) === figureId))
    .map((block: Element) => toText(block));
}

describe('fidelity list', () => {
  it('has at least 60 entries, and quotes the source for every case that records figures', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const casesWithFigures = new Set([...data.figures.values()].map((f) => caseOfCity(f.value.city)));
    expect(new Set(entries.map((e) => e.slug))).toEqual(casesWithFigures);
  });

  it.each(entries.map((e) => [`${e.slug}: ${e.figure} = ${e.expect}`, e] as const))('%s', (_, entry) => {
    const figure = data.figures.get(entry.figure)?.value;
    expect(figure, `数据中没有 ${entry.figure}`).toBeDefined();
    if (!figure) return;
    // The source's words hold the number, in digits or (small counts) in Chinese numerals.
    const spellings = [
      String(figure.value),
      chineseNumeral(figure.value ?? 0),
      figure.value === 2 ? '两' : undefined,
    ];
    expect(
      spellings.some((s) => s && entry.quote.includes(s)),
      `「${entry.quote}」不含 ${figure.value}`,
    ).toBe(true);
    const blocks = blocksHolding(pageFor(entry.slug), entry.figure);
    expect(blocks.length, `案例页 ${entry.slug} 没有显示 ${entry.figure}`).toBeGreaterThan(0);
    expect(blocks.some((text) => text.includes(entry.expect))).toBe(true);
    for (const words of entry.context)
      expect(
        blocks.some((text) => text.includes(words)),
        words,
      ).toBe(true);
  });
});
