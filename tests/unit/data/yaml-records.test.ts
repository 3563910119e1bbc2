import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, validateRecords } from '../../../src/lib/data/yaml-records.ts';
import { readYamlRecords } from '../../../src/loaders/yaml-files.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { figureSchema } from '../../../src/lib/schemas/data.ts';
import { ROOT } from '../../helpers/paths.ts';

function tempYaml(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-records-'));
  const file = join(dir, 'figures.yaml');
  writeFileSync(file, text);
  return file;
}

const goodFigure = `- id: cs-a
  value: 863
  unit: 个
  label: 小区党支部
  themes: [组织体系]
  source: changsha
  section: s2-1
`;

describe('readYamlRecords + validateRecords', () => {
  it('reads a list of records and validates them', () => {
    const records = readYamlRecords(tempYaml(goodFigure));
    const [first] = validateRecords(records, figureSchema, (f) => f.id);
    expect(first?.value).toMatchObject({ id: 'cs-a', value: 863, unit: '个', missing: false });
  });

  it('reports file, line and field for a bad enum value', () => {
    const file = tempYaml(goodFigure + goodFigure.replace('cs-a', 'cs-b').replace('组织体系', '组织体糸'));
    try {
      validateRecords(readYamlRecords(file, '/'), figureSchema, (f) => f.id);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).problems).toEqual([
        expect.stringMatching(
          /figures\.yaml:12 {2}字段 themes\.0：「组织体糸」不是可选的值.*你是不是要写 组织体系/,
        ),
      ]);
    }
  });

  it('rejects duplicate ids naming both places', () => {
    const file = tempYaml(goodFigure + goodFigure);
    expect(() => validateRecords(readYamlRecords(file, '/'), figureSchema, (f) => f.id)).toThrow(
      /id「cs-a」重复（先见于 .*figures\.yaml:1）/,
    );
  });

  it('requires missing figures to carry no value, and others to carry one', () => {
    const missing = goodFigure.replace('  value: 863\n', '  missing: true\n');
    expect(() =>
      validateRecords(readYamlRecords(tempYaml(missing)), figureSchema, (f) => f.id),
    ).not.toThrow();
    const both = goodFigure.replace('  value: 863\n', '  value: 863\n  missing: true\n');
    expect(() => validateRecords(readYamlRecords(tempYaml(both)), figureSchema, (f) => f.id)).toThrow(
      /missing: true/,
    );
  });

  it('reports a YAML syntax error with its line', () => {
    const file = tempYaml('- id: a\n  value: [1, 2\n');
    expect(() => readYamlRecords(file, '/')).toThrow(/YAML 语法错误/);
  });
});

describe('the real content/data', () => {
  it('loads and validates every collection', () => {
    const data = loadSiteData(ROOT);
    expect([...data.sources.keys()].sort()).toEqual(['changsha', 'forum', 'shanghai', 'xihu', 'zhangzhou']);
  });
});
