/**
 * The printed member tables: the top unit and the level below it, capped in
 * all, with the caption's path and how many members were left out.
 */
import { describe, expect, it } from 'vitest';
import type { Member, Unit } from '../../../src/lib/plan-format/schema.ts';
import { MAX_PRINTED_ROWS, printedTables } from '../../../src/lib/plan-editing/print-tables.ts';

const people = (prefix: string, n: number): Member[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    role: '委员',
    home: { type: '居民' },
    posts: [],
    affiliationTransferred: false,
  }));

const unit = (id: string, members: Member[], children: Unit[] = [], name?: string): Unit => ({
  id,
  kind: '社区',
  ...(name ? { name } : {}),
  members,
  children,
});

describe('printed member tables', () => {
  it('list the top unit and the level below, named by path; units without members and deeper levels are left out', () => {
    const deeper = unit('g1', people('g', 3), [], '一网格');
    const root = unit(
      'r',
      people('r', 2),
      [unit('a', people('a', 4), [deeper], '甲支部'), unit('b', [])],
      '某社区',
    );
    const { tables, printed, total } = printedTables(root);
    expect(tables.map((t) => [t.path, t.members.length])).toEqual([
      ['某社区', 2],
      ['某社区 › 甲支部', 4],
    ]);
    expect([printed, total]).toEqual([6, 6]);
    // A unit without a name goes by its kind.
    expect(printedTables(unit('x', people('x', 1))).tables[0]!.path).toBe('社区');
  });

  it(`stop at ${MAX_PRINTED_ROWS} members in all, cutting the table that reaches it and dropping the rest`, () => {
    const root = unit(
      'r',
      people('r', 150),
      [unit('a', people('a', 80), [], '甲'), unit('b', people('b', 10), [], '乙')],
      '某街道',
    );
    const { tables, printed, total } = printedTables(root);
    expect(tables.map((t) => t.members.length)).toEqual([150, MAX_PRINTED_ROWS - 150]);
    expect(tables[1]!.members.at(-1)!.id).toBe(`a${MAX_PRINTED_ROWS - 150 - 1}`);
    expect([printed, total]).toEqual([MAX_PRINTED_ROWS, 240]);
    expect(printedTables(root, 5).tables.map((t) => t.members.length)).toEqual([5]);
  });
});
