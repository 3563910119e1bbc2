import { describe, expect, it } from 'vitest';
import { dateLabel, groupByYear, sortEvents } from '../../../src/lib/content/timeline.ts';
import type { City } from '../../../src/lib/schemas/vocabulary.ts';

const ev = (id: string, date: string, city: City = '长沙') => ({ id, date, city });

describe('timeline', () => {
  it('labels partial dates in Chinese', () => {
    expect(dateLabel('2018')).toBe('2018年');
    expect(dateLabel('2018-09')).toBe('2018年9月');
    expect(dateLabel('2023-12-01')).toBe('2023年12月1日');
  });
  it('sorts by date with year-only events first within their year', () => {
    const sorted = sortEvents([ev('c', '2018-09'), ev('a', '2015'), ev('b', '2018')]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
  it('groups by year', () => {
    const groups = groupByYear([ev('a', '2018'), ev('b', '2015'), ev('c', '2018-09', '上海')]);
    expect(groups.map(([year, list]) => [year, list.map((e) => e.id)])).toEqual([
      ['2015', ['b']],
      ['2018', ['a', 'c']],
    ]);
  });
});
