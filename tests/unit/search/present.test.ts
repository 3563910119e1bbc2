import { describe, expect, it } from 'vitest';
import {
  contextOf,
  excerptPieces,
  excerptWindow,
  presentResult,
  wordsToMark,
} from '../../../src/lib/search/present.ts';
import { indexWordsOf } from '../../../src/lib/search/plan.ts';
import type { PagefindFragment } from '../../../src/lib/search/pagefind-types.ts';
import { splitWords, tokenizeForIndex } from '../../../src/lib/search/tokens.ts';

const body = '长沙社区“大党委”由社区党组织牵头。后来设了网格党支部。';
const content = tokenizeForIndex(`大党委. ${body}`).trim().replace(/\s+/g, ' ');
const words = splitWords(content);
const at = (word: string, from = 0) => words.indexOf(word, from);

function fragment(locations: number[]): PagefindFragment {
  return {
    url: '/cases/x/',
    content,
    word_count: words.length,
    filters: { 类型: ['案例'], 城市: ['长沙'] },
    meta: { title: tokenizeForIndex('大党委').trim() },
    anchors: [
      { element: 'h1', id: '_top', text: tokenizeForIndex('大党委').trim(), location: 0 },
      { element: 'h2', id: '网格', text: tokenizeForIndex('网格').trim(), location: at('后来') },
    ],
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 1 })),
    locations,
  };
}

describe('presenting a result', () => {
  it('reads back the title and says what the page is', () => {
    const view = presentResult(fragment([at('大党', 3), at('党委', 3)]));
    expect(view.title).toBe('大党委');
    expect(view.context).toBe('案例 · 长沙');
    expect(contextOf({ 类型: ['专题'] })).toBe('专题');
    expect(contextOf({ 类型: ['专题'], 城市: ['济宁', '池州'] })).toBe('专题 · 济宁、池州');
    // Many cities: a few named, the rest counted, so the line fits a phone.
    const seven = ['长沙', '池州', '广州', '济宁', '南昌西湖区', '上海', '漳州'];
    expect(contextOf({ 类型: ['专题'], 城市: seven })).toBe('专题 · 长沙、池州、广州等7地');
    expect(contextOf({ 类型: ['专题'], 城市: seven.slice(0, 4) })).toBe('专题 · 长沙、池州、广州、济宁');
  });

  it('marks both characters of each matched bigram', () => {
    const view = presentResult(fragment([at('大党', 3), at('党委', 3)]));
    const text = view.excerpt.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
    expect(text).toContain('社区“[大党委]”由社区党组织牵头');
  });

  it('builds the excerpt in the body, not on the title, and names the section', () => {
    const view = presentResult(fragment([0, 1, at('网格'), at('格党')]));
    expect(view.excerpt.some((p) => p.hit && p.text.includes('网格党'))).toBe(true);
    expect(view.section).toEqual({ title: '网格', url: '/cases/x/#网格' });
  });

  it('prefers the window where the matched words follow each other', () => {
    const filler = Array.from({ length: 120 }, (_, i) => `w${i}`);
    const spaced = [...filler];
    spaced[5] = '大党';
    spaced[60] = '党委';
    spaced[100] = '大党';
    spaced[101] = '党委';
    const locations = [5, 60, 100, 101].map((location) => ({ location, weight: 1, balanced_score: 1 }));
    expect(excerptWindow(locations, spaced).focus).toBe(100);
  });

  it('adds an ellipsis where the text is cut', () => {
    const pieces = excerptPieces(words, 2, 6, new Set());
    expect(pieces[0]?.text.startsWith('…')).toBe(true);
    expect(pieces.at(-1)?.text.endsWith('…')).toBe(true);
  });
});

describe('what an excerpt marks', () => {
  const text = tokenizeForIndex('综合党委之下设社区“大党委”，社区大党委由社区党组织牵头。').trim();
  const all = splitWords(text);
  const positionsOf = (word: string) => all.flatMap((w, i) => (w === word ? [i] : []));
  // What Pagefind reports for 大党委: every 大党 and every 党委.
  const matched = new Set([...positionsOf('大党'), ...positionsOf('党委')]);
  const read = (marks: Set<number>) =>
    excerptPieces(all, 0, all.length, marks)
      .map((p) => (p.hit ? `[${p.text}]` : p.text))
      .join('');

  it('marks a term where it occurs whole, not its bigrams inside other words', () => {
    const marks = wordsToMark(all, 0, all.length, matched, [{ whole: [indexWordsOf('大党委')], parts: [] }]);
    expect(read(marks)).toBe('综合党委之下设社区“[大党委]”，社区[大党委]由社区党组织牵头。');
  });

  it('falls back to the parts of a compound term, then to what Pagefind matched', () => {
    const compound = {
      whole: [indexWordsOf('街道大党委')],
      parts: [indexWordsOf('街道'), indexWordsOf('大党委')],
    };
    expect(read(wordsToMark(all, 0, all.length, matched, [compound]))).toContain('社区“[大党委]”');
    const absent = { whole: [indexWordsOf('大工委')], parts: [] };
    expect(read(wordsToMark(all, 0, all.length, matched, [absent]))).toContain('综合[党委]');
    expect(read(wordsToMark(all, 0, all.length, matched, []))).toContain('综合[党委]');
  });

  it('marks every term of a multi-term query, each by its own best form', () => {
    const marks = wordsToMark(all, 0, all.length, matched, [
      { whole: [indexWordsOf('综合党委')], parts: [] },
      { whole: [indexWordsOf('党组织')], parts: [] },
    ]);
    expect(read(marks)).toBe('[综合党委]之下设社区“大党委”，社区大党委由社区[党组织]牵头。');
  });
});
