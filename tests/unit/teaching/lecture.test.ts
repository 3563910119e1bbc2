import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeLecture,
  encodeLecture,
  itemLabel,
  MAX_ITEMS,
  MAX_TITLE,
  moveItem,
  parseItem,
  resolveLecture,
  type CataloguePage,
  type Lecture,
} from '../../../src/lib/teaching/lecture.ts';

const catalogue: CataloguePage[] = [
  {
    key: 'cases/changsha',
    url: '/cases/changsha/',
    title: '长沙',
    kind: '案例',
    sections: [
      { id: '概况', title: '概况' },
      { id: '组织架构', title: '组织架构' },
    ],
  },
  {
    key: 'topics/regional',
    url: '/topics/regional/',
    title: '区域化党建',
    kind: '专题',
    sections: [{ id: 'a-b', title: 'A：B' }],
  },
];

describe('lecture URL', () => {
  it('encodes a lecture as a readable query and decodes it back', () => {
    const lecture: Lecture = {
      title: '社区大党委专题',
      subtitle: '春季班 · 王老师',
      items: [{ page: 'cases/changsha' }, { page: 'topics/regional', section: 'a-b' }],
    };
    const query = encodeLecture(lecture);
    expect(query.startsWith('v=1&t=')).toBe(true);
    expect(new URLSearchParams(query).getAll('i')).toEqual(['cases/changsha', 'topics/regional:a-b']);
    expect(decodeLecture(`?${query}`)).toEqual(lecture);
  });

  it('round-trips any title and items (property)', () => {
    const key = fc.stringMatching(/^[a-z0-9][a-z0-9/-]{0,20}$/);
    const item = fc.record({
      page: key,
      section: fc.option(
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ''),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: MAX_TITLE }).map((s) => s.trim()),
        fc.array(item, { maxLength: 20 }),
        (title, raw) => {
          const items = raw.map(({ page, section }) => (section ? { page, section } : { page }));
          const decoded = decodeLecture(encodeLecture({ title, items }));
          expect(decoded.title).toBe(title);
          expect(decoded.items).toEqual(items);
        },
      ),
    );
  });

  it('ignores items that are not page keys, and caps title length and item count', () => {
    const query = new URLSearchParams([
      ['t', '长'.repeat(200)],
      ['i', '../etc/passwd'],
      ['i', 'Cases/X'],
      ...Array.from({ length: 80 }, () => ['i', 'cases/changsha'] as [string, string]),
    ]).toString();
    const lecture = decodeLecture(query);
    expect(lecture.title).toHaveLength(MAX_TITLE);
    expect(lecture.items).toHaveLength(MAX_ITEMS);
    expect(lecture.items.every((i) => i.page === 'cases/changsha')).toBe(true);
  });

  it('parses a section after the first colon only', () => {
    expect(parseItem('cases/changsha:甲:乙')).toEqual({ page: 'cases/changsha', section: '甲:乙' });
    expect(parseItem('cases/changsha:')).toEqual({ page: 'cases/changsha' });
    expect(parseItem('')).toBeUndefined();
  });
});

describe('resolveLecture', () => {
  it('keeps known items in order with their titles and sets unknown ones aside', () => {
    const { items, unknown } = resolveLecture(
      {
        title: 't',
        items: [
          { page: 'topics/regional', section: 'a-b' },
          { page: 'cases/gone' },
          { page: 'cases/changsha', section: '改名了' },
          { page: 'cases/changsha' },
        ],
      },
      catalogue,
    );
    expect(items.map(itemLabel)).toEqual(['区域化党建 · A：B', '长沙']);
    expect(items[0]?.url).toBe('/topics/regional/');
    expect(unknown).toEqual([{ page: 'cases/gone' }, { page: 'cases/changsha', section: '改名了' }]);
  });
});

describe('moveItem', () => {
  it('moves an item and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});
