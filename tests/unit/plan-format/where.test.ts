/**
 * Naming a place in a plan file (where.ts), shared by the full reader and the
 * browser's: list items by their name, id, rule or kind, fields by their
 * Chinese label, whichever label function the caller brings.
 */
import { describe, expect, it } from 'vitest';
import { describePath, fieldLabel } from '../../../src/lib/plan-format/where.ts';

const plan = {
  root: {
    id: 'c',
    name: '东湖社区',
    members: [{ id: 'm1', home: {} }, {}],
    children: [{ id: 'g1', duties: [{ kind: '联席会议' }] }],
  },
  waivers: [{ rule: 'r1' }],
};

describe('describePath', () => {
  it('names units, members, waivers and duties, and labels fields in Chinese', () => {
    expect(describePath(plan, ['root', 'members', 0, 'home', 'type'], fieldLabel)).toBe(
      '根单位「东湖社区」 › 成员「m1」 › 所在单位（home） › 类型（type）',
    );
    expect(describePath(plan, ['root', 'children', 0, 'duties', 0, 'everyMonths'], fieldLabel)).toBe(
      '根单位「东湖社区」 › 下设单位「g1」 › 工作制度「联席会议」 › 间隔月数（everyMonths）',
    );
    expect(describePath(plan, ['waivers', 0, 'reason'], fieldLabel)).toBe('豁免「r1」 › 理由（reason）');
  });

  it('falls back to the position, and names the whole file for an empty path', () => {
    expect(describePath(plan, ['root', 'members', 1, 'role'], fieldLabel)).toBe(
      '根单位「东湖社区」 › 成员第2个 › 职务（role）',
    );
    expect(describePath(plan, ['root', 'members', 5], fieldLabel)).toBe('根单位「东湖社区」 › 成员第6个');
    expect(describePath(plan, [], fieldLabel)).toBe('（整个文件）');
  });

  it('steps into other arrays, so named items further down keep their names', () => {
    expect(describePath({ x: [{ members: [{ name: '张三' }] }] }, ['x', 0, 'members', 0], fieldLabel)).toBe(
      'x › 第1项 › 成员「张三」',
    );
  });

  it('labels fields with the function the caller passes', () => {
    const labels: Record<string, string> = { role: '职务（role）' };
    const label = (key: string) => labels[key] ?? key;
    expect(describePath(plan, ['root', 'members', 0, 'role'], label)).toBe(
      '根单位「东湖社区」 › 成员「m1」 › 职务（role）',
    );
    expect(describePath(plan, ['root', 'members', 0, 'home'], label)).toBe(
      '根单位「东湖社区」 › 成员「m1」 › home',
    );
  });
});

describe('fieldLabel', () => {
  it('gives the Chinese label with the key, or the key alone', () => {
    expect(fieldLabel('gridCount')).toBe('网格数（gridCount）');
    expect(fieldLabel('nickname')).toBe('nickname');
  });
});
