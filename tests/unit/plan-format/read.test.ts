/**
 * Reading and writing plan files: every example parses and round-trips; bad
 * input of every kind comes back as Chinese messages that say where, never as
 * an exception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { serialisePlan } from '../../../src/lib/plan-format/write.ts';
import { examplePlanFiles } from '../../../src/loaders/rule-packs.ts';
import { ROOT } from '../../helpers/paths.ts';

const examples = examplePlanFiles(ROOT);
const minimal = { version: 2, title: '最小方案', root: { id: 'u', kind: '社区' } };
const errors = (input: unknown) => {
  const result = readPlan(input);
  return result.ok ? [] : result.errors;
};

describe('readPlan and serialisePlan', () => {
  for (const [name, file] of examples) {
    it(`reads ${name} and writes it back unchanged`, () => {
      const text = readFileSync(file, 'utf8');
      const first = readPlan(text);
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const again = readPlan(serialisePlan(first.plan));
      expect(again).toEqual({ ok: true, plan: first.plan });
      expect(serialisePlan(first.plan)).toBe(serialisePlan(again.ok ? again.plan : first.plan));
    });
  }

  it('fills defaults: members, children, posts, waivers', () => {
    const result = readPlan(minimal);
    expect(result).toEqual({
      ok: true,
      plan: {
        version: 2,
        title: '最小方案',
        waivers: [],
        root: { id: 'u', kind: '社区', members: [], children: [] },
      },
    });
  });

  it('rejects text that is not JSON', () => {
    expect(errors('{"version": 2,')[0]).toMatch(/^不是有效的 JSON 文件/);
  });

  it('rejects JSON that is not an object', () => {
    expect(errors('[1, 2]')).toEqual(['方案文件应是一个 JSON 对象（{ … }）']);
  });

  it('rejects a newer version and says to update', () => {
    expect(errors({ ...minimal, version: 3 })[0]).toContain('较新的格式（版本 3）');
  });

  it('rejects a file without a version that is not an old draft either', () => {
    expect(errors({ title: 'x' })[0]).toContain('缺少格式版本');
  });

  it('names the unit and member where a value is wrong', () => {
    const plan = {
      ...minimal,
      root: {
        id: 'c',
        kind: '社区',
        name: '东湖社区',
        members: [{ id: 'm1', role: '书记', home: { type: '居委会' }, tenure: '全职' }],
      },
    };
    expect(errors(plan)).toEqual([
      '根单位「东湖社区」 › 成员「m1」 › 专职/兼职（tenure）：「全职」 不是可选的值；可选：专职、兼职',
      expect.stringMatching(
        /^根单位「东湖社区」 › 成员「m1」 › 所在单位（home） › 类型（type）：「居委会」 不是可选的值；可选：区委、/,
      ),
    ]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    expect(errors({ ...minimal, colour: 'red' })[0]).toContain('colour');
  });

  it('rejects duplicate ids, misplaced units and waivers of absent units', () => {
    const plan = {
      ...minimal,
      waivers: [{ rule: 'r', unit: 'ghost', reason: '一个理由' }],
      root: {
        id: 'c',
        kind: '社区',
        name: '东湖社区',
        members: [{ id: 'c', role: '书记', home: { type: '社区党组织' } }],
        children: [
          { id: 's', kind: '街道', name: '某街道' },
          { id: 'o', kind: '内设机构', name: '党建办', bodyKind: '工作机构' },
        ],
      },
    };
    expect(errors(plan)).toEqual([
      '单位「东湖社区」的成员「c」的 id「c」重复（已用于单位「东湖社区」）',
      '单位「某街道」（街道）不能设在单位「东湖社区」（社区）之下：下设单位须比上级低一级',
      '单位「党建办」（内设机构）不能设在单位「东湖社区」（社区）之下：下设单位须比上级低一级',
      '单位「党建办」：内设机构只能设在街道之下',
      '豁免第1项：单位 id「ghost」在方案中不存在',
    ]);
  });

  it('requires a written reason for a waiver', () => {
    expect(errors({ ...minimal, waivers: [{ rule: 'r', reason: '  ' }] })).toEqual([
      '豁免「r」 › 理由（reason）：至少要有 4 个字',
    ]);
  });

  it('refuses a file over the size limit', () => {
    const result = readPlan(JSON.stringify(minimal), { maxChars: 10 });
    expect(result.ok ? [] : result.errors[0]).toContain('文件过大');
  });

  it('survives nesting deep enough to break a recursive reader', () => {
    const depth = 20_000;
    const open = Array.from({ length: depth }, (_, i) => `{"id":"u${i}","kind":"社区","children":[`).join('');
    const text = `{"version":2,"title":"深","root":${open}{"id":"x","kind":"微家"}${']}'.repeat(depth)}}`;
    const result = readPlan(text);
    expect(result.ok).toBe(false);
  });

  it("keeps names with markup as plain text (rendering is the page's job)", () => {
    const plan = { ...minimal, root: { id: 'u', kind: '社区', name: '<script>alert(1)</script>' } };
    const result = readPlan(plan);
    expect(result.ok && result.plan.root.name).toBe('<script>alert(1)</script>');
  });
});
