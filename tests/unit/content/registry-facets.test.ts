/**
 * The registry's 案例库 fields, checked by check:content on a small content
 * root: the year of the material must be one the source record's date
 * names, and the model type one of the vocabulary's; both may be absent.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../../src/loaders/content-check/registry.ts';

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
  it('accepts a year the source’s date names, dated or undated, and no year at all', () => {
    expect(checkRegistry(contentRoot({ materialYear: 2021 }, '2021-12-28'), ['ceshi'])).toEqual([]);
    expect(
      checkRegistry(contentRoot({ materialYear: 2018 }, '未注明（所述事件为2017—2018年）'), ['ceshi']),
    ).toEqual([]);
    expect(checkRegistry(contentRoot({}, '未注明'), ['ceshi'])).toEqual([]);
  });

  it('reports a year the source does not give, at the entry’s line, in Chinese', () => {
    const problems = checkRegistry(contentRoot({ materialYear: 2020 }, '2021-12-28'), ['ceshi']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/data\/cases\.json:2 {2}案例「ceshi」的资料年份（materialYear）是 2020/,
    );
    expect(problems[0]).toContain('content/data/sources/ceshi.yaml');
  });

  it('reports a model type outside the vocabulary and a year that is not a year', () => {
    const problems = checkRegistry(contentRoot({ modelType: '其他', materialYear: '2021年' }, '2021'), [
      'ceshi',
    ]);
    expect(problems).toEqual([
      'content/data/cases.json:2  资料年份（materialYear）须为四位数的年份，如 2021',
      'content/data/cases.json:2  模式类型（modelType）须为 整体推进、区域化共建、街道赋权、党建引领治理 之一',
    ]);
  });
});
