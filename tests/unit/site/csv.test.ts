import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, parseCsv } from '../../../src/lib/csv.ts';

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

describe('CSV', () => {
  it('writes CRLF rows with a byte-order mark, quoting only cells that need it', () => {
    expect(
      csvText([
        ['名称', '数值'],
        ['社区“大党委”', '1,2'],
        ['说"明"', '两\n行'],
      ]),
    ).toBe('\uFEFF名称,数值\r\n社区“大党委”,"1,2"\r\n"说""明""","两\n行"\r\n');
  });

  it('reads back every table it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '党', ',', '"', '\n', '\r\n', ' ', '\t') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, (rows) => {
        // A row of one empty cell is a blank line, which reads as no cells.
        fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
        expect(parseCsv(withoutBom(csvText(rows)))).toEqual(rows);
      }),
    );
  });

  it('reads tab-separated text, and a quote inside an unquoted cell as a quote', () => {
    expect(parseCsv('a\tb\r\nc"d\te', '\t')).toEqual([
      ['a', 'b'],
      ['c"d', 'e'],
    ]);
  });
});
