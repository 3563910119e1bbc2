import { describe, expect, it } from 'vitest';
import {
  glossaryEntrySchema,
  loadedFigureSchema,
  type GlossaryEntry,
  type Source,
} from '../../../src/lib/schemas/data.ts';
import {
  definitionQuestion,
  glossaryQuestions,
  termCasesQuestion,
} from '../../../src/lib/teaching/quiz-glossary.ts';

const term = (id: string, extra: Record<string, unknown> = {}): GlossaryEntry =>
  glossaryEntrySchema.parse({
    id,
    term: `术语${id}`,
    pinyin: id,
    short: `${id}的简短定义。`,
    full: `${id}的完整定义。`,
    cases: ['nanchang-xihu'],
    sources: [{ source: 'xihu', section: 's3-2-2' }],
    ...extra,
  });

const sources = new Map<string, Source>([
  [
    'xihu',
    {
      id: 'xihu',
      title: '推行社区"大党委"',
      date: '2023-12-01',
      file: 'x.txt',
      genre: '工作方案',
      covers: '…',
      defects: [],
      sections: [{ id: 's3-2-2', title: '2.建立社区"大党委"' }],
    },
  ],
]);
const figures = [
  loadedFigureSchema.parse({
    id: 'xh-ddw-max',
    value: 11,
    qualifier: '不超过',
    unit: '人',
    label: '上限',
    city: '南昌西湖区',
    themes: ['组织体系'],
    source: 'xihu',
    section: 's3-2-2',
  }),
];
const glossary = ['a', 'b', 'c', 'd'].map((id) => term(id));
const input = { glossary, sources, figures, seed: 't' };

describe('glossary questions', () => {
  it('asks what a term means, among other terms’ definitions, citing where it is defined', () => {
    const q = definitionQuestion(glossary[0] as GlossaryEntry, input);
    expect(q?.prompt).toBe('「术语a」指的是下列哪一项？');
    expect(q?.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['a的简短定义。']);
    expect(q?.citations[0]).toMatchObject({
      sourceTitle: '推行社区"大党委"',
      sectionTitle: '2.建立社区"大党委"',
    });
    expect(q?.link.href).toBe('/reference/glossary/a/#a');
  });

  it('spells out figure directives in definitions', () => {
    const withFig = term('e', { full: '委员总数:fig[xh-ddw-max]，见:term[大党委]。:cite[xihu#s3-2-2]' });
    const q = definitionQuestion(withFig, { ...input, glossary: [...glossary, withFig] });
    expect(q?.explanation).toBe('术语e：委员总数不超过11人，见大党委。');
  });

  it('asks which cases use a term, with the right cities among others', () => {
    const q = termCasesQuestion(term('f', { cases: ['changsha', 'shanghai'] }), input);
    expect(q?.type).toBe('multiple');
    expect(q?.options).toHaveLength(4);
    expect(
      q?.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .sort(),
    ).toEqual(['上海', '长沙'].sort());
  });

  it('makes no question it cannot make fairly', () => {
    expect(
      definitionQuestion(glossary[0] as GlossaryEntry, { ...input, glossary: glossary.slice(0, 2) }),
    ).toBeUndefined();
    expect(termCasesQuestion(term('g', { cases: [] }), input)).toBeUndefined();
    expect(termCasesQuestion(term('h', { sources: [] }), input)).toBeUndefined();
    expect(glossaryQuestions({ ...input, glossary: [] })).toEqual([]);
  });
});
