import { describe, expect, it } from 'vitest';
import { definitionParagraphs, sourceLinks } from '../../../src/lib/glossary/definition.ts';
import type { Figure, Source } from '../../../src/lib/schemas/data.ts';

const figure = (id: string, extra: Partial<Figure>): Figure => ({
  id,
  unit: '',
  label: '标签',
  city: '南昌西湖区',
  themes: ['组织体系'],
  source: 'xihu',
  section: 's3-2-2',
  missing: false,
  rangeMark: '—',
  ...extra,
});

const source: Source = {
  id: 'xihu',
  title: '西湖区',
  date: '2023-12-01',
  file: 'x.txt',
  genre: '方案',
  covers: '…',
  defects: [],
  sections: [{ id: 's3-2-2', title: '2.建立社区"大党委"' }],
};

const data = {
  figures: new Map([
    ['xh-max', figure('xh-max', { value: 11, qualifier: '不超过', unit: '人', label: '委员总数上限' })],
    ['lost', figure('lost', { missing: true, label: '网格数' })],
  ]),
  sources: new Map([['xihu', source]]),
};

describe('definitionParagraphs', () => {
  it('splits paragraphs on line breaks and shows figures from the data with their source', () => {
    const paragraphs = definitionParagraphs(
      { id: 't', full: '委员总数:fig[xh-max]。\n\n网格:fig[lost]。' },
      data,
    );
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toEqual([
      { kind: 'text', text: '委员总数' },
      {
        kind: 'figure',
        id: 'xh-max',
        text: '不超过11人',
        missing: false,
        note: '委员总数上限。出处：《西湖区》2.建立社区"大党委"',
        href: '/reference/figures/nanchang-xihu/#figure-row-xh-max',
      },
      { kind: 'text', text: '。' },
    ]);
    expect(paragraphs[1]?.[1]).toMatchObject({
      text: '〔缺〕',
      missing: true,
      note: expect.stringMatching(/^原文未给出数字：网格数/),
    });
  });

  it('fails naming the entry and the id when a figure does not exist', () => {
    expect(() => definitionParagraphs({ id: 'da-dang-wei', full: ':fig[nope]' }, data)).toThrow(
      /da-dang-wei.*nope/,
    );
  });
});

describe('sourceLinks', () => {
  it('links each cited section on the sources page', () => {
    expect(sourceLinks({ id: 't', sources: [{ source: 'xihu', section: 's3-2-2' }] }, data.sources)).toEqual([
      {
        href: '/about/sources/#source-xihu-s3-2-2',
        sourceTitle: '西湖区',
        sectionTitle: '2.建立社区"大党委"',
      },
    ]);
    expect(() =>
      sourceLinks({ id: 't', sources: [{ source: 'xihu', section: 's9' }] }, data.sources),
    ).toThrow(/xihu#s9/);
  });
});
