import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Block } from '../../../src/lib/teaching/blocks.ts';
import {
  blockWeight,
  DEFAULT_SPLIT,
  sectionSlides,
  splitSlides,
  type SlidePlan,
} from '../../../src/lib/teaching/slides.ts';

const h2 = (title: string): Block => ({ kind: 'heading', level: 2, title, id: title, chars: title.length });
const h3 = (title: string): Block => ({ kind: 'heading', level: 3, title, id: title, chars: title.length });
const text = (chars: number): Block => ({ kind: 'text', chars });
const list = (...items: number[]): Block => ({
  kind: 'list',
  chars: items.reduce((a, b) => a + b, 0),
  parts: items,
});
const table = (rows: number, rowChars = 40): Block => ({
  kind: 'table',
  chars: rows * rowChars,
  parts: Array.from({ length: rows }, () => rowChars),
});
const diagram: Block = { kind: 'diagram', chars: 300 };

/** Every shown block index (and part) of a plan, to check nothing is lost or shown twice. */
function coverage(blocks: Block[], slides: SlidePlan[]): string[] {
  return slides.flatMap((s) =>
    s.refs.flatMap((r) =>
      r.from === undefined
        ? (blocks[r.block]?.parts ?? [0]).map((_, i) => `${r.block}.${i}`)
        : Array.from({ length: (r.to ?? 0) - r.from }, (_, i) => `${r.block}.${(r.from ?? 0) + i}`),
    ),
  );
}

function expected(blocks: Block[]): string[] {
  return blocks.flatMap((b, i) =>
    b.kind === 'heading' && b.level === 2 ? [] : (b.parts ?? [0]).map((_, p) => `${i}.${p}`),
  );
}

describe('splitSlides', () => {
  it('gives one slide to each short h2 section, titled by the h2', () => {
    const blocks = [h2('概况'), text(100), h2('组织架构'), text(80), list(30, 30)];
    const slides = splitSlides(blocks, '页面');
    expect(slides.map((s) => s.title)).toEqual(['概况', '组织架构']);
    expect(slides[1]?.refs).toEqual([{ block: 3 }, { block: 4 }]);
    expect(slides.every((s) => !s.continued && s.parts === 1)).toBe(true);
    expect(slides[0]?.sectionId).toBe('概况');
  });

  it('puts content before the first h2 on a slide titled with the page title', () => {
    const slides = splitSlides([text(50), h2('一'), text(50)], '长沙：四项再造');
    expect(slides[0]?.title).toBe('长沙：四项再造');
    expect(slides[0]?.sectionId).toBeUndefined();
  });

  it('keeps an empty h2 section as a slide of its own', () => {
    const slides = splitSlides([h2('数据一览'), h2('来源'), text(20)], 'p');
    expect(slides.map((s) => [s.title, s.refs.length])).toEqual([
      ['数据一览', 0],
      ['来源', 1],
    ]);
  });

  it('splits a long section between h3 sub-sections first, and names them in the subtitle', () => {
    const blocks = [
      h2('工作机制'),
      h3('双联结'),
      text(300),
      text(200),
      h3('双报到'),
      text(300),
      text(200),
      h3('双授牌'),
      text(300),
    ];
    const slides = splitSlides(blocks, 'p');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.every((s) => s.title === '工作机制')).toBe(true);
    expect(slides.map((s) => s.continued)).toEqual(slides.map((_, i) => i > 0));
    // Each sub-section starts a slide here, because two never fit together.
    expect(slides.map((s) => s.subtitle)).toEqual(['双联结', '双报到', '双授牌']);
    expect(slides.map((s) => s.parts)).toEqual([3, 3, 3]);
    expect(slides.map((s) => s.part)).toEqual([1, 2, 3]);
  });

  it('never ends a slide with a heading', () => {
    const blocks = [h2('A'), text(600), h3('B'), diagram, h3('C'), diagram, text(400)];
    for (const slide of splitSlides(blocks, 'p')) {
      const last = slide.refs[slide.refs.length - 1];
      if (last) expect(blocks[last.block]?.kind).not.toBe('heading');
    }
  });

  it('never splits a diagram, and gives an oversize atomic block a slide of its own', () => {
    const blocks = [h2('A'), text(500), diagram, text(2000), text(100)];
    const slides = splitSlides(blocks, 'p');
    const withDiagram = slides.filter((s) => s.refs.some((r) => r.block === 2));
    expect(withDiagram).toHaveLength(1);
    const huge = slides.find((s) => s.refs.some((r) => r.block === 3));
    expect(huge?.refs).toEqual([{ block: 3 }]);
  });

  it('splits a table longer than a slide between rows, in order, each row once', () => {
    const blocks = [h2('数据一览'), table(60)];
    const slides = splitSlides(blocks, 'p');
    expect(slides.length).toBeGreaterThan(2);
    const runs = slides.map((s) => s.refs[0]);
    expect(runs[0]?.from).toBe(0);
    for (let i = 1; i < runs.length; i += 1) expect(runs[i]?.from).toBe(runs[i - 1]?.to);
    expect(runs[runs.length - 1]?.to).toBe(60);
  });

  it('moves a list that fits a slide whole rather than splitting it', () => {
    const blocks = [h2('A'), text(400), list(60, 60, 60, 60, 60)];
    const slides = splitSlides(blocks, 'p');
    expect(slides.flatMap((s) => s.refs).filter((r) => r.block === 2)).toEqual([{ block: 2 }]);
  });

  it('is deterministic and shows every block exactly once (property)', () => {
    const block = fc.oneof(
      fc.integer({ min: 1, max: 900 }).map(text),
      fc
        .array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 30 })
        .map((items) => list(...items)),
      fc.integer({ min: 1, max: 70 }).map((rows) => table(rows)),
      fc.constant(diagram),
      fc.constantFrom('甲', '乙', '丙').map(h3),
      fc.constantFrom('一', '二', '三').map(h2),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        const slides = splitSlides(blocks, '页面');
        expect(splitSlides(blocks, '页面')).toEqual(slides);
        expect(coverage(blocks, slides)).toEqual(expected(blocks));
        // Within the budget, unless a single block (or one part) is bigger than a slide.
        for (const s of slides) {
          const weight = s.refs.reduce((sum, r) => sum + blockWeight(blocks[r.block] as Block), 0);
          const split = s.refs.some((r) => r.from !== undefined);
          // An empty sub-section (a heading straight after a heading) rides along with the next one.
          const emptyHeading = s.refs.some(
            (r, i) =>
              blocks[r.block]?.kind === 'heading' && blocks[s.refs[i + 1]?.block ?? -1]?.kind === 'heading',
          );
          // A single block with the heading(s) that introduce it stays together even if that overflows.
          const content = s.refs.filter((r) => blocks[r.block]?.kind !== 'heading');
          if (!split && !emptyHeading && content.length > 1) {
            const oversize = s.refs.some((r) => blockWeight(blocks[r.block] as Block) > DEFAULT_SPLIT.budget);
            if (!oversize) expect(weight).toBeLessThanOrEqual(DEFAULT_SPLIT.budget + 1e-9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sectionSlides', () => {
  it('returns the slides of one h2 by id', () => {
    const blocks = [h2('概况'), text(10), h2('组织架构'), text(900), text(900)];
    const slides = sectionSlides(blocks, 'p', '组织架构');
    expect(slides.length).toBe(2);
    expect(slides.every((s) => s.sectionId === '组织架构')).toBe(true);
    expect(sectionSlides(blocks, 'p', '没有这一节')).toEqual([]);
  });
});
