/**
 * The plan reader's validator is generated from the published JSON Schema,
 * which is generated from the zod schema: the generated code must accept
 * exactly what the zod schema (with the structural checks) accepts, fill in
 * the same defaults, and turn every kind of bad input into Chinese messages —
 * never an exception.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_CHARS } from '../../../src/lib/plan-format/limits.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { planSchema, type Plan } from '../../../src/lib/plan-format/schema.ts';
import { validatePlan } from '../../../src/lib/plan-format/validate.ts';
import { generate } from '../../../scripts/generate-plan-validator.ts';
import { ROOT } from '../../helpers/paths.ts';
import { exampleTexts } from '../plan-editing/helpers.ts';

const minimal = { version: 2, title: '最小方案', root: { id: 'u', kind: '社区' } };
const errorsOf = (input: unknown) => {
  const r = readPlan(input);
  return r.ok === false ? r.errors : [];
};

/** What the zod schema and the structural checks make of a current-version value. */
function byZod(value: unknown): { ok: true; plan: Plan } | { ok: false } {
  const parsed = planSchema.safeParse(value);
  if (!parsed.success || validatePlan(parsed.data).length > 0) return { ok: false };
  return { ok: true, plan: parsed.data };
}

/** Small changes that may or may not break a plan: the two readers must agree on each. */
const mutations: Array<[string, (p: Record<string, any>) => void]> = [
  ['role not in the vocabulary', (p) => (p.root.members[0].role = '主任')],
  ['home type missing', (p) => delete p.root.members[0].home.type],
  ['an unknown field', (p) => (p.root.members[0].nickname = '小王')],
  ['a name too long', (p) => (p.root.members[0].name = '长'.repeat(101))],
  ['an empty title', (p) => (p.title = '')],
  ['a year out of range', (p) => (p.asOf = 1800)],
  ['a fractional year', (p) => (p.asOf = 2023.5)],
  ['an id with spaces', (p) => (p.root.members[0].id = 'a b')],
  ['a duplicate member id', (p) => (p.root.members[1].id = p.root.members[0].id)],
  ['posts not a list', (p) => (p.root.members[0].posts = '居委会主任')],
  ['a post not in the vocabulary', (p) => (p.root.members[0].posts = ['村长'])],
  ['a child at the same level', (p) => (p.root.children ??= []).push({ id: 'same', kind: p.root.kind })],
  ['a 内设机构 without body kind', (p) => (p.root.children ??= []).push({ id: 'office', kind: '内设机构' })],
  [
    'a waiver of an unknown unit',
    (p) => (p.waivers = [{ rule: 'x', unit: 'nowhere', reason: '理由充分的说明' }]),
  ],
  ['a waiver with a short reason', (p) => (p.waivers = [{ rule: 'x', reason: '  短  ' }])],
  [
    'a waiver reason padded with spaces',
    (p) => (p.waivers = [{ rule: 'x', reason: '   四个字以上的理由   ' }]),
  ],
  ['duties with a zero interval', (p) => (p.root.duties = [{ kind: '联席会议', everyMonths: 0 }])],
  ['readings not strings', (p) => (p.readings = { q: 1 })],
  [
    'a member name with markup (allowed: it is text)',
    (p) => (p.root.members[0].name = '<img src=x onerror=alert(1)>'),
  ],
  ['nothing changed', () => undefined],
];

describe('the generated validator agrees with the zod schema', () => {
  it('is the code the schema generates now (else: npm run generate)', () => {
    const file = join(ROOT, 'src/lib/plan-format/generated/plan-validators.js');
    expect(readFileSync(file, 'utf8') === generate()).toBe(true);
  });

  for (const [name, text] of exampleTexts) {
    it(`${name}: same plan, defaults filled`, () => {
      const read = readPlan(text);
      const zod = byZod(JSON.parse(text));
      expect(read.ok).toBe(true);
      expect(zod.ok).toBe(true);
      if (read.ok && zod.ok) expect(read.plan).toEqual(zod.plan);
    });
  }

  for (const [what, mutate] of mutations) {
    it(`on ${what}`, () => {
      const raw = JSON.parse(exampleTexts.get('xihu-dadangwei')!) as Record<string, any>;
      mutate(raw);
      const read = readPlan(raw);
      const zod = byZod(structuredClone(raw));
      expect(read.ok).toBe(zod.ok);
      if (read.ok && zod.ok) expect(read.plan).toEqual(zod.plan);
      if (!read.ok) {
        expect(read.errors.length).toBeGreaterThan(0);
        for (const e of read.errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('on random JSON values: same acceptance, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readPlan(value);
        const current =
          typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 2;
        return current ? read.ok === byZod(value).ok : !read.ok || read.migratedFrom !== undefined;
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a value it is given as it was (defaults go into a copy)', () => {
    const value = structuredClone(minimal);
    expect(readPlan(value).ok).toBe(true);
    expect(value).toEqual(minimal);
  });
});

describe('bad input gives Chinese reasons', () => {
  it('malformed JSON', () => {
    expect(errorsOf('{"version": 1,')[0]).toMatch(/^不是有效的 JSON 文件/);
  });

  it('valid JSON of the wrong shape', () => {
    expect(errorsOf('[1, 2]')).toEqual(['方案文件应是一个 JSON 对象（{ … }）']);
    expect(errorsOf('{"name": "会议纪要"}')[0]).toContain('缺少格式版本');
    const wrong = errorsOf({
      version: 1,
      title: '错的',
      root: { id: 'u', kind: '社区', members: [{ id: 'm1', role: '主任', home: {} }] },
    });
    expect(wrong).toContain(
      '根单位「u」 › 成员「m1」 › 职务（role）：「主任」 不是可选的值；可选：第一书记、书记、副书记、轮值书记、委员、组织委员、居委会委员、专职人员、党建指导员、组织员、组织干事、家委会成员、党小组长',
    );
    expect(wrong).toContain('根单位「u」 › 成员「m1」 › 所在单位（home） › 类型（type）：缺少此项（必填）');
  });

  it('a newer schema version', () => {
    expect(errorsOf({ ...minimal, version: 3 })).toEqual([
      '此方案是较新的格式（版本 3），本站只能读到版本 2：请刷新页面使用最新版后再打开',
    ]);
  });

  it('a huge file', () => {
    const huge = `{"version":1,"title":"${'大'.repeat(MAX_PLAN_CHARS)}"}`;
    expect(errorsOf(huge)[0]).toMatch(/^文件过大/);
  });

  it('deep nesting is an answer, not a crash', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(errorsOf(deep).length).toBeGreaterThan(0);
  });

  it('stops listing after 30 problems', () => {
    const members = Array.from({ length: 100 }, (_, i) => ({
      id: `m${i}`,
      role: '??',
      home: { type: '其他' },
    }));
    const errors = errorsOf({ ...minimal, root: { ...minimal.root, members } });
    expect(errors).toHaveLength(31);
    expect(errors.at(-1)).toContain('只列出前面这些');
  });

  it('an old draft (version 0) is validated as a draft and migrated', () => {
    const v0 = {
      name: '旧草稿',
      year: 2022,
      unit: {
        id: 'c',
        level: '社区',
        members: [{ id: 'm', role: '书记', unitType: '社区党组织', fullTime: true }],
      },
    };
    const read = readPlan(v0);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.migratedFrom).toBe(0);
      expect(read.plan.title).toBe('旧草稿');
      expect(read.plan.root.members[0]).toMatchObject({
        role: '书记',
        tenure: '专职',
        home: { type: '社区党组织' },
      });
    }
  });
});
