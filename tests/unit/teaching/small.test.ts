import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../../src/lib/teaching/grade.ts';
import { clampSlide, deckAction } from '../../../src/lib/teaching/keys.ts';
import { chineseNumeral, rewriteNumeral } from '../../../src/lib/teaching/numerals.ts';
import { plainDirectives } from '../../../src/lib/teaching/plain-text.ts';
import { hashSeed, pick, seededRandom, shuffle } from '../../../src/lib/teaching/random.ts';
import { loadedFigureSchema } from '../../../src/lib/schemas/data.ts';
import { correctKeys } from '../../../src/lib/teaching/quiz-answer.ts';
import { jsonForScript } from '../../../src/lib/teaching/script-json.ts';

describe('gradeAnswer', () => {
  it('is right only for exactly the right options', () => {
    expect(gradeAnswer('B', ['B'])).toMatchObject({ correct: true, correctKeys: ['B'] });
    expect(gradeAnswer('B', ['A'])).toMatchObject({ correct: false, wrongChosen: ['A'], missed: ['B'] });
    expect(gradeAnswer('ACD', ['A', 'C'])).toMatchObject({ correct: false, missed: ['D'] });
    expect(gradeAnswer('ACD', ['D', 'C', 'A'])).toMatchObject({ correct: true });
    expect(gradeAnswer('AC', ['A', 'B', 'C'])).toMatchObject({ correct: false, wrongChosen: ['B'] });
  });
});

describe('deck keys', () => {
  it('map arrows, space and page keys to moving, F to full screen, N to notes, Esc to leave', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(deckAction(key)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(deckAction(key)).toBe('prev');
    expect(deckAction('Home')).toBe('first');
    expect(deckAction('End')).toBe('last');
    expect(deckAction('f')).toBe('fullscreen');
    expect(deckAction('F')).toBe('fullscreen');
    expect(deckAction('n')).toBe('notes');
    expect(deckAction('Escape')).toBe('exit');
    expect(deckAction('x')).toBeUndefined();
  });

  it('leave browser shortcuts alone', () => {
    expect(deckAction('f', { ctrl: true })).toBeUndefined();
    expect(deckAction('ArrowLeft', { alt: true })).toBeUndefined();
  });

  it('clamp to the deck', () => {
    expect(clampSlide(-1, 5)).toBe(0);
    expect(clampSlide(9, 5)).toBe(4);
  });
});

describe('Chinese numerals', () => {
  it('write 1–99', () => {
    expect([1, 2, 10, 11, 20, 35, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '二十',
      '三十五',
      '九十九',
    ]);
    expect(chineseNumeral(0)).toBeUndefined();
    expect(chineseNumeral(1.5)).toBeUndefined();
  });

  it('swap the number in the source’s wording, keeping 两', () => {
    expect(rewriteNumeral('连续三届', 3, 5)).toBe('连续五届');
    expect(rewriteNumeral('两张', 2, 4)).toBe('四张');
    expect(rewriteNumeral('四张', 4, 2)).toBe('二张');
    expect(rewriteNumeral('6:00至7:00', 6, 7)).toBeUndefined();
  });
});

describe('plainDirectives', () => {
  const figures = new Map([
    [
      'a',
      loadedFigureSchema.parse({
        id: 'a',
        value: 863,
        unit: '个',
        label: 'x',
        city: '长沙',
        themes: ['组织体系'],
        source: 'changsha',
        section: 's1',
      }),
    ],
  ]);
  it('spells out figures (missing ones as missing), keeps term text and drops citations', () => {
    expect(plainDirectives('共:fig[a]，另:fig[b]。:term[大党委]{#x} :cite[changsha#s1]', figures)).toBe(
      '共863个，另原文未给出数字。大党委',
    );
  });
});

describe('seeded randomness', () => {
  it('repeats for a seed', () => {
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    const a = seededRandom('s');
    const b = seededRandom('s');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(1)).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(pick([1, 2, 3], 5, seededRandom(2))).toHaveLength(3);
  });
});

describe('correctKeys', () => {
  it('lists the keys of the correct options in option order', () => {
    const options = [
      { key: 'A', text: '一', correct: true },
      { key: 'B', text: '二', correct: false },
      { key: 'C', text: '三', correct: true },
    ];
    expect(correctKeys({ options })).toEqual(['A', 'C']);
    expect(correctKeys({ options: options.map((o) => ({ ...o, correct: false })) })).toEqual([]);
  });
});

describe('jsonForScript', () => {
  it('never lets the text close its script element, and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script>', n: 863 };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
