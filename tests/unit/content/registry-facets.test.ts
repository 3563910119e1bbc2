/**
 * The registry's 案例库 fields, checked by check:content on a small content
 * root: the model type is one of the vocabulary's or absent; the year of
 * the material is not written there but read from the source's date.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/loaders/content-check/registry.ts';
import { CASE_RECORDS, materialYear } from '../../../src/lib/content/registry.ts';
import { yearOf } from '../../helpers/material-year.ts';
import { sourceDateText } from '../../../src/lib/dates.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function contentRoot(entry: Record<string, unknown>, sourceDate: string): string {
  const root = mkdtempSync(join(tmpdir(), 'registry-'));
  roots.push(root);
  mkdirSync(join(root, 'content/data/sources'), { recursive: true });
  mkdirSync(join(root, 'content/docs/cases'), { recursive: true });
  const record = { slug: 'ceshi', city: '测试', province: '湖北', level: '市', source: 'ceshi', ...entry };
  writeFileSync(join(root, 'content/data/cases.json'), `${JSON.stringify([record], null, 2)}\n`);
  writeFileSync(join(root, 'content/data/sources/ceshi.yaml'), `id: ceshi\ndate: ${sourceDate}\n`);
  writeFileSync(
    join(root, 'content/docs/cases/ceshi.md'),
    '---\ncity: 测试\nprovince: 湖北\nlevel: 市\nsources: [ceshi]\n---\n',
  );
  return root;
}

describe('案例登记的资料年份与模式类型', () => {
  it('accepts an entry without a year, whatever the source’s date', () => {
    expect(checkRegistry(contentRoot({}, '2021-12-28'), ['ceshi'])).toEqual([]);
    expect(checkRegistry(contentRoot({}, '未注明'), ['ceshi'])).toEqual([]);
  });

  it('rejects a year written in the registry, at the entry’s line, in Chinese', () => {
    const problems = checkRegistry(contentRoot({ materialYear: 2021 }, '2021-12-28'), ['ceshi']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/data\/cases\.json:2 {2}案例登记不再写 materialYear（资料年份）/);
  });

  it('reports a model type outside the vocabulary', () => {
    const problems = checkRegistry(contentRoot({ modelType: '其他' }, '2021'), ['ceshi']);
    expect(problems).toEqual([
      'content/data/cases.json:2  模式类型（modelType）须为 整体推进、区域化共建、街道赋权、党建引领治理 之一',
    ]);
  });
});

describe('the year of a case’s material, from its source’s date', () => {
  it('is the last four-digit year the date names, or none', () => {
    expect(materialYear('2021-12-28')).toBe(2021);
    expect(materialYear('未注明（所述事件至2018年）')).toBe(2018);
    expect(materialYear('未注明（所述事件为2017—2018年）')).toBe(2018);
    expect(materialYear('2023')).toBe(2023);
    expect(materialYear('未注明')).toBeUndefined();
    expect(materialYear('共12345人')).toBeUndefined();
  });

  it('gives each real case the year the registry used to state', () => {
    const years = Object.fromEntries(CASE_RECORDS.map((r) => [r.slug, yearOf(r)]));
    // The seven cases the registry once gave a year: a case added later only adds a key.
    expect(years).toMatchObject({
      changsha: 2018,
      guangzhou: 2019,
      jining: 2019,
      chizhou: 2019,
      zhangzhou: 2018,
      'nanchang-xihu': 2023,
      shanghai: 2021,
    });
  });
});

describe('a source’s date as 资料时间', () => {
  it('writes an ISO date the Chinese way and a date in words as written', () => {
    expect(sourceDateText('2021-12-28')).toBe('2021年12月28日');
    expect(sourceDateText('2023-01')).toBe('2023年1月');
    expect(sourceDateText('2019')).toBe('2019年');
    expect(sourceDateText('未注明（所述事件至2018年）')).toBe('未注明（所述事件至2018年）');
  });
});
