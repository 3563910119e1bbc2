/**
 * A case's city, province, level and sources are stated once, in the case
 * registry; pages and figures get them from there.
 */
import { describe, expect, it } from 'vitest';
import { CASE_RECORDS, caseFacts, caseFactsOfPage } from '../../../src/lib/content/registry.ts';
import { caseOfFiguresFile, figureFileProblems, withCaseCity } from '../../../src/lib/data/figure-case.ts';
import { parseYamlRecords } from '../../../src/lib/data/yaml-records.ts';
import {
  MAX_CASES,
  addToSelection,
  pickerGroups,
  removeFromSelection,
} from '../../../src/lib/content/compare-selection.ts';

const first = CASE_RECORDS[0]!;

describe('caseFacts', () => {
  it('gives the registry’s record with its sources, by slug and by docs entry id', () => {
    expect(caseFacts(first.slug)).toEqual({ ...first, sources: [first.source] });
    expect(caseFactsOfPage(`cases/${first.slug}`)).toEqual(caseFacts(first.slug));
  });

  it('knows no other page and no unregistered slug', () => {
    expect(caseFactsOfPage('topics/regional')).toBeUndefined();
    expect(caseFactsOfPage(first.slug)).toBeUndefined();
    expect(caseFacts(`${first.slug}-x`)).toBeUndefined();
  });
});

describe('a figure’s city comes from its file’s case', () => {
  const file = `content/data/figures/${first.slug}.yaml`;
  const record = (text: string, name = file) => parseYamlRecords(text, name);

  it('names the case after the file', () => {
    expect(caseOfFiguresFile(file)).toBe(first.slug);
    expect(caseOfFiguresFile('x/y/z.yml')).toBe('z');
  });

  it('adds the city of that case to a validated figure', () => {
    expect(withCaseCity({ id: 'a' }, file)).toEqual({ id: 'a', city: first.city });
  });

  it('rejects a city written by hand, at its line', () => {
    const problems = figureFileProblems(record('- id: a\n  label: x\n  city: 某地\n'));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}:3 {2}数字条目不再写 city（城市）`)),
    ]);
  });

  it('rejects, once per file, a file no registered case is named like, suggesting the nearest slug', () => {
    const name = `content/data/figures/${first.slug}x.yaml`;
    const problems = figureFileProblems(record('- id: a\n- id: b\n', name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}:1  数字文件须以所属案例的代号命名`);
    expect(problems[0]).toContain(`你是不是要写 ${first.slug}`);
  });

  it('accepts a figure without a city in a case’s file', () => {
    expect(figureFileProblems(record('- id: a\n  label: x\n'))).toEqual([]);
  });
});

describe('compare picker', () => {
  it('groups cases by province, in the order given', () => {
    const groups = pickerGroups([
      { slug: 'a', city: '甲', province: '一省', compared: true },
      { slug: 'b', city: '乙', province: '二省', compared: false },
      { slug: 'c', city: '丙', province: '一省', compared: true },
    ]);
    expect(groups).toEqual([
      {
        province: '一省',
        cases: [
          { slug: 'a', city: '甲', compared: true },
          { slug: 'c', city: '丙', compared: true },
        ],
      },
      { province: '二省', cases: [{ slug: 'b', city: '乙', compared: false }] },
    ]);
  });

  it('adds a case once and never past the maximum; removes one', () => {
    expect(addToSelection(['a'], 'b')).toEqual(['a', 'b']);
    expect(addToSelection(['a', 'b'], 'b')).toEqual(['a', 'b']);
    const full = Array.from({ length: MAX_CASES }, (_, i) => `c${i}`);
    expect(addToSelection(full, 'x')).toEqual(full);
    expect(removeFromSelection(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});
