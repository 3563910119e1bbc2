/**
 * Slides files: the fixture page's deck (the one presentation mode shows),
 * written as .pptx and read back — slide count, 16:9, titles, figures as
 * large numbers with their source line, speaker notes from teaching notes,
 * diagrams as pictures.
 */
import { describe, expect, it } from 'vitest';
import { contentElements, describeBlock } from '../../../src/lib/teaching/blocks.ts';
import { pageDeck } from '../../../src/lib/teaching/deck.ts';
import { convertElement } from '../../../src/lib/documents/from-content.ts';
import { deckDocument, type DeckDocument } from '../../../src/lib/documents/deck-document.ts';
import { fittingSize, pptxBytes } from '../../../src/lib/documents/pptx.ts';
import { diagramsOf } from '../../../src/lib/documents/model.ts';
import type { TeachingNotes } from '../../../src/lib/schemas/teaching.ts';
import { fixturePage, fixtureSources, paragraphs, TINY_PNG, unzip } from './helpers.ts';

const NOTES: TeachingNotes = {
  case: 'changsha',
  minutes: 45,
  objectives: ['说出“四项再造”的四个方面', '比较两地的做法'],
  questions: [
    { question: '小区党支部为什么要建在小区？', hint: '看覆盖面', section: '概况', cite: [] },
    { question: '综合党委由谁组成？', section: '组织架构', cite: [] },
    { question: '第三问？', cite: [] },
  ],
  takeaways: [
    { point: '组织建在小区上。', section: '概况', cite: [] },
    { point: '兼职委员来自辖区单位。', cite: [] },
  ],
  misunderstandings: [
    { claim: '委员越多越好', correction: '原则上不超过13人', section: '组织架构', cite: [] },
  ],
  comparisons: [{ case: 'shanghai', prompt: '与上海的“大党委”比较。' }],
};

async function fixtureDeck(): Promise<DeckDocument> {
  const elements = contentElements(await fixturePage('page'));
  const ctx = { sources: fixtureSources() };
  const slides = pageDeck({
    key: 'cases/test',
    title: '测试案例',
    description: '说明',
    blocks: elements.map(describeBlock),
  });
  return deckDocument('测试案例', slides, {
    contentOf: (slide) => slide.plan.refs.flatMap((ref) => convertElement(elements[ref.block]!, ctx, ref)),
    notesOf: () => NOTES,
  });
}

const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);

function slidesOf(parts: Map<string, string>, folder: 'slides' | 'notesSlides') {
  return [...parts.keys()]
    .filter((k) => new RegExp(`^ppt/${folder}/[a-zA-Z]+\\d+\\.xml$`).test(k))
    .sort((a, b) => slideNumber(a) - slideNumber(b))
    .map((k) => paragraphs(parts.get(k)!, 'a:p'));
}

describe('slides of a page', () => {
  it('has one slide per slide of presentation mode, 16:9, with the titles it shows', async () => {
    const deck = await fixtureDeck();
    const parts = unzip(await pptxBytes(deck));
    const slides = slidesOf(parts, 'slides');
    expect(slides).toHaveLength(deck.slides.length);
    // The diagram does not fit beside the list and table: 组织架构 takes two slides, as on screen.
    expect(deck.slides.map((s) => s.title)).toEqual([
      '测试案例',
      '概况',
      '组织架构',
      '组织架构（续）',
      '资料来源',
    ]);
    expect(parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(slides[1]).toContain('概况');
    expect(slides[1]!.join('')).toContain('长沙共建立小区党支部863个');
  });

  it('shows a slide’s figures as large numbers, each with what it counts and its source line', async () => {
    const deck = await fixtureDeck();
    expect(deck.slides[1]!.figures.map((f) => f.text)).toEqual(['863个', '7.44万名']);
    const xml = unzip(await pptxBytes(deck)).get('ppt/slides/slide2.xml')!;
    expect(xml).toMatch(/sz="4000"[^>]*>[\s\S]*?<a:t>863个<\/a:t>/);
    expect(paragraphs(xml, 'a:p')).toContain(
      '出处：《长沙市“四项再造”推进城市基层党建案例》（一）实施组织架构再造',
    );
    // A figure the source lost is not shown as a number.
    expect(deck.slides.flatMap((s) => s.figures).some((f) => f.text.includes('〔缺〕'))).toBe(false);
  });

  it('carries the teaching notes for each slide’s section as speaker notes', async () => {
    const parts = unzip(await pptxBytes(await fixtureDeck()));
    const notes = slidesOf(parts, 'notesSlides').map((p) => p.join('\n'));
    expect(notes[0]).toContain('建议课时约 45 分钟。');
    expect(notes[0]).toContain('说出“四项再造”的四个方面');
    expect(notes[1]).toContain('小区党支部为什么要建在小区？（提示：看覆盖面）');
    expect(notes[1]).toContain('组织建在小区上。');
    expect(notes[2]).toContain('误解：委员越多越好 实际上：原则上不超过13人');
    expect(notes[3]).toContain('误解：委员越多越好');
    expect(notes[4]).toContain('“资料来源”一节没有专门的笔记。');
  });

  it('puts a drawn diagram in as a picture, and its outline when it could not be drawn', async () => {
    const deck = await fixtureDeck();
    const diagram = deck.slides.flatMap((s) => diagramsOf(s.body))[0]!;
    diagram.image = { png: TINY_PNG, width: 300, height: 200 };
    const parts = unzip(await pptxBytes(deck));
    expect([...parts.keys()].some((k) => /^ppt\/media\/.+\.png$/.test(k))).toBe(true);
    diagram.failed = '图示没有绘制成功';
    const text = slidesOf(unzip(await pptxBytes(deck)), 'slides').flat();
    expect(text).toContain('〔图示未能绘制：西湖区“四位一体”的党组织网络。图示没有绘制成功〕');
  });

  it('chooses the largest type at which a slide’s text fits, never below 12 pt', () => {
    const short = [{ text: '一句话。' }];
    expect(fittingSize(short, 8, 5)).toBe(24);
    const long = Array.from({ length: 12 }, () => ({
      text: '这是一段较长的正文，用来检验字号会随文字增多而变小。'.repeat(2),
    }));
    const size = fittingSize(long, 8, 5);
    expect(size).toBeLessThan(24);
    expect(size).toBeGreaterThanOrEqual(12);
    expect(
      fittingSize(
        Array.from({ length: 200 }, () => ({ text: '满'.repeat(80) })),
        8,
        5,
      ),
    ).toBe(12);
  });
});
