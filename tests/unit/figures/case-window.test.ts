import { describe, expect, it } from 'vitest';
import { CASE_WINDOW, windowAround } from '../../../src/lib/figures/case-window.ts';

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

describe("a case's figures page links the cases beside it", () => {
  it('links every case while the library is small', () => {
    expect(windowAround(letters(7), 3)).toEqual(letters(7));
    expect(windowAround(letters(3), 0)).toEqual(['a', 'b', 'c']);
  });

  it('centres the window on the case, and keeps its size at either end', () => {
    const items = letters(20);
    expect(windowAround(items, 10)).toEqual(['h', 'i', 'j', 'k', 'l', 'm', 'n']);
    expect(windowAround(items, 0)).toEqual(letters(CASE_WINDOW));
    expect(windowAround(items, 19)).toEqual(items.slice(-CASE_WINDOW));
    for (let i = 0; i < items.length; i += 1) {
      const shown = windowAround(items, i);
      expect(shown).toHaveLength(CASE_WINDOW);
      expect(shown).toContain(items[i]);
    }
  });

  it('does not grow with the library', () => {
    expect(windowAround(letters(26), 12, 5)).toEqual(['k', 'l', 'm', 'n', 'o']);
    expect(
      windowAround(
        Array.from({ length: 1000 }, (_, i) => i),
        500,
      ),
    ).toHaveLength(CASE_WINDOW);
  });

  it('shows the first cases for a page that is not one of them', () => {
    expect(windowAround(letters(20), -1)).toEqual(letters(CASE_WINDOW));
  });
});
