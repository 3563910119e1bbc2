/**
 * The rule packs as data: they load, cite sections that exist, follow the
 * anchor convention and use only placeholders their checks fill (their
 * severity and quotes are held to the source in register.test.ts). The pack
 * schema rejects inconsistent packs with messages that say what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { CHECK_PLACEHOLDERS } from '../../../src/lib/rules/checks/index.ts';
import { placeholdersIn } from '../../../src/lib/rules/explain.ts';
import { packSchema } from '../../../src/lib/rules/schema.ts';
import { ROOT } from '../../helpers/paths.ts';
import { allRules, packs } from './helpers.ts';

const sources = loadSiteData(ROOT).sources;

describe('rule packs', () => {
  it('has the packs the issue asks for', () => {
    expect(packs.map((p) => p.id).sort()).toEqual(
      [
        'changsha',
        'chizhou',
        'guangzhou',
        'jining',
        'shanghai',
        'xihu-dadangwei',
        'xihu-jizhi',
        'xihu-wangge',
        'xihu-weijia',
        'xihu-zonghe',
        'zhangzhou',
      ].sort(),
    );
  });

  it('uses rule ids and reading question ids unique across packs', () => {
    const ruleIds = allRules.map((r) => r.rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    const questionIds = packs.flatMap((p) => p.readings.map((q) => q.id));
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('gives each reading its consequence in one closing sentence (“按此读法：…”), in Chinese quotes only', () => {
    const options = packs.flatMap((p) => p.readings.flatMap((q) => q.options.map((o) => ({ q, o }))));
    expect(options.length).toBeGreaterThan(20);
    for (const { q, o } of options) {
      const where = `${q.id} / ${o.id}`;
      const parts = o.why.split('按此读法：');
      expect(parts, where).toHaveLength(2);
      // One sentence: it ends the note and has no full stop before its own.
      expect(parts[1], where).toMatch(/^[^。]+。$/);
      for (const text of [q.question, o.label, o.why]) expect(text, where).not.toMatch(/["']/);
    }
  });

  it('has no stray spaces between Chinese characters (YAML folding would add them)', () => {
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef"]';
    const stray = new RegExp(`${cjk} ${cjk}`);
    const texts = (value: unknown, path: string): string[] => {
      if (typeof value === 'string')
        return stray.test(value) && !path.endsWith('.title') ? [`${path}: ${value}`] : [];
      if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
      if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
      return [];
    };
    expect(packs.flatMap((p) => texts(p, p.id))).toEqual([]);
  });

  for (const { pack, rule } of allRules) {
    describe(rule.id, () => {
      it("cites an existing section of its pack's source, on its pack's case page", () => {
        expect(rule.source.id).toBe(pack.source);
        expect(rule.source.case).toBe(pack.case);
        const source = sources.get(rule.source.id)?.value;
        expect(source?.sections.map((s) => s.id)).toContain(rule.source.section);
        expect(rule.source.anchor).toBe(`${rule.source.id}-${rule.source.section}`);
      });

      it('uses only placeholders its check fills', () => {
        const known = new Set(['unit', ...CHECK_PLACEHOLDERS[rule.check.kind]]);
        const overrides = pack.readings.flatMap((q) => q.options.map((o) => o.rules[rule.id]?.check?.kind));
        for (const kind of overrides) if (kind) expect(kind).toBe(rule.check.kind);
        for (const text of Object.values(rule.explain).filter((t): t is string => t !== undefined)) {
          for (const name of placeholdersIn(text)) expect(known, `${rule.id}: {${name}}`).toContain(name);
        }
      });
    });
  }
});

const minimalRule = {
  id: 'demo-a',
  title: 't',
  statement: 's',
  quote: 'q',
  register: 'xihu-zonghe-model',
  severity: 'error',
  appliesTo: { kinds: ['社区'] },
  check: { kind: 'count', select: { set: 'x' }, max: 3 },
  source: { id: 'xihu', section: 's3-2-2', case: 'nanchang-xihu', anchor: 'xihu-s3-2-2' },
  explain: { pass: 'p', fail: 'f', fix: 'x' },
};
const minimalPack = {
  id: 'demo',
  title: 't',
  case: 'nanchang-xihu',
  source: 'xihu',
  summary: 's',
  unitKinds: ['社区'],
  sets: { x: { label: '甲', role: ['委员'] } },
  rules: [minimalRule],
};
const problems = (pack: unknown) => {
  const result = packSchema.safeParse(pack);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('pack schema', () => {
  it('accepts a consistent pack', () => {
    expect(problems(minimalPack)).toEqual([]);
  });

  it('rejects a set that is used but never defined', () => {
    expect(problems({ ...minimalPack, sets: {} })).toContain('引用了未定义的集合「x」');
  });

  it('rejects a set without a Chinese label', () => {
    expect(problems({ ...minimalPack, sets: { x: { role: ['委员'] } } })).toContain(
      '集合「x」须有中文名称 label',
    );
  });

  it('rejects a set defined by only some options of a question', () => {
    const readings = [
      {
        id: 'demo-q',
        question: '?',
        default: 'a',
        options: [
          { id: 'a', label: 'A', why: 'w', sets: { y: { label: '乙', role: ['书记'] } } },
          { id: 'b', label: 'B', why: 'w' },
        ],
      },
    ];
    expect(problems({ ...minimalPack, readings })).toContain('集合「y」须在问题 demo-q 的每个选项中都有定义');
  });

  it('rejects a cycle of sets', () => {
    const sets = { x: { label: '甲', set: 'y' }, y: { label: '乙', set: 'x' } };
    expect(problems({ ...minimalPack, sets })).toContain('集合「x」循环引用');
  });

  it('rejects ids that do not start with the pack id, and a default that is not an option', () => {
    const readings = [
      {
        id: 'other-q',
        question: '?',
        default: 'c',
        options: [
          { id: 'a', label: 'A', why: 'w' },
          { id: 'b', label: 'B', why: 'w' },
        ],
      },
    ];
    const messages = problems({ ...minimalPack, readings, rules: [{ ...minimalRule, id: 'other-a' }] });
    expect(messages).toContain('规则 id 须以「demo-」开头');
    expect(messages).toContain('读法问题 id 须以「demo-」开头');
    expect(messages).toContain('默认读法「c」不在选项中');
  });

  it('rejects an anchor that breaks the <source>-<section> convention', () => {
    const rule = { ...minimalRule, source: { ...minimalRule.source, anchor: 'xihu-s3' } };
    expect(problems({ ...minimalPack, rules: [rule] })).toContain('anchor 须为「来源-章节」，如 xihu-s3-2-1');
  });

  it('rejects an option that overrides a rule the pack does not have', () => {
    const readings = [
      {
        id: 'demo-q',
        question: '?',
        default: 'a',
        options: [
          { id: 'a', label: 'A', why: 'w' },
          { id: 'b', label: 'B', why: 'w', rules: { 'demo-zzz': { severity: 'warning' } } },
        ],
      },
    ];
    expect(problems({ ...minimalPack, readings })).toContain('选项引用了不存在的规则「demo-zzz」');
  });
});
