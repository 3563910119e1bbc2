/**
 * The org chart's Mermaid source: user text can never leave its label —
 * quotes, brackets, markup and Mermaid syntax become entity codes — and
 * node ids never come from the plan; members are grouped by the unit they
 * come from; the outline a phone shows carries the same marks and groups.
 */
import { describe, expect, it } from 'vitest';
import type { Member, Unit } from '../../../src/lib/plan-format/schema.ts';
import { membersByHome, mermaidText, unitChart } from '../../../src/lib/plan-editing/chart.ts';
import { chartOutline } from '../../../src/lib/plan-editing/chart-outline.ts';

const hostile = '"]; click n1 call alert(1); x["<script>alert(1)</script> & #quot; | {a} `b` %%';

describe('Mermaid labels', () => {
  it('escape every character that could end a label or be read as markup', () => {
    const text = mermaidText(hostile, 200);
    expect(text.replace(/#\w+;/g, '')).not.toMatch(/["<>`[\]{}()|;#%]/);
    expect(text).toContain('#quot;#93;#59; click n1 call alert#40;1#41;');
    expect(text).toContain('#lt;script#gt;');
    expect(mermaidText('第一行\n第二行')).toBe('第一行 第二行');
    expect(mermaidText('很长'.repeat(50), 10)).toHaveLength(10);
  });

  it('build a chart where no user text escapes its label', () => {
    const unit: Unit = {
      id: 'u',
      kind: '社区',
      name: hostile,
      members: [
        {
          id: 'a',
          name: hostile,
          role: '第一书记',
          home: { type: '街道党工委', name: hostile },
          posts: [],
          affiliationTransferred: false,
        },
        { id: 'b', role: '书记', home: { type: '社区党组织' }, posts: [], affiliationTransferred: false },
        { id: 'c', role: '委员', home: { type: '居民' }, posts: [], affiliationTransferred: false },
      ],
      children: [{ id: 'g', kind: '网格', name: '一网格', members: [], children: [] }],
    };
    const { source, summary } = unitChart(unit, { marks: new Map([['c', 'fail']]) });
    const labels = [...source.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1]);
    // Unit, three members, one child; a box for each of the three home units and one for the children.
    expect(labels).toHaveLength(9);
    // Outside the labels only our own syntax remains.
    const outside = source.replace(/\["[^"]*"\]/g, '[]');
    expect(outside).not.toMatch(/script|alert|click/);
    expect(source).toMatch(/^flowchart LR\n/);
    expect(source).toContain('class n7 r_member');
    expect(source).toContain('class n7 v_fail');
    expect(source).toContain('✗ 委员');
    expect(summary).toBe(`${hostile}：共3人：第一书记1人，书记1人，委员和成员1人；下设1个单位。`);
  });
});

const member = (id: string, role: Member['role'], type: Member['home']['type'], name?: string): Member => ({
  id,
  role,
  home: name ? { type, name } : { type },
  posts: [],
  affiliationTransferred: false,
  name: `成员${id}`,
});

const committee: Unit = {
  id: 'u',
  kind: '社区',
  name: '某社区“大党委”',
  members: [
    member('a', '委员', '驻区单位', '市第一医院'),
    member('b', '书记', '社区党组织'),
    member('c', '第一书记', '街道党工委'),
    member('d', '副书记', '驻区单位', '市第一医院'),
    member('e', '委员', '社区党组织'),
  ],
  children: [
    { id: 'g1', kind: '网格', name: '一网格', members: [member('f', '书记', '网格党支部')], children: [] },
    { id: 'g2', kind: '网格', name: '二网格', members: [], children: [] },
  ],
};

describe('the chart, left to right, grouped by the unit members come from', () => {
  it('puts members in one stacked box per home unit, groups and members in rank order', () => {
    expect(membersByHome(committee.members).map((g) => [g.heading, g.members.map((m) => m.id)])).toEqual([
      ['街道党工委', ['c']],
      ['社区党组织', ['b', 'e']],
      ['驻区单位：市第一医院', ['d', 'a']],
    ]);
    const { source } = unitChart(committee, { marks: new Map() });
    expect(source.match(/^ {2}subgraph /gm)).toHaveLength(4);
    expect(source.match(/direction TB/g)).toHaveLength(4);
    expect(source).toContain('subgraph n2["街道党工委"]');
    expect(source).toContain('subgraph n10["下设单位（2个）"]');
    // The unit hangs one edge per group, not one per member: no tall fan.
    expect(source.match(/^ {2}n1 --> /gm)).toHaveLength(3);
  });

  it('gives an outline with verdict marks, names and units, one level of child units deep', () => {
    const outline = chartOutline(
      committee,
      new Map([
        ['a', 'fail'],
        ['g2', 'needs-info'],
      ]),
    );
    expect(outline.name).toBe('某社区“大党委”');
    expect(outline.facts).toBe('社区 · 5人 · 下设2个');
    expect(outline.groups.map((g) => g.heading)).toEqual([
      '街道党工委',
      '社区党组织',
      '驻区单位：市第一医院',
    ]);
    expect(outline.groups[2]!.members).toEqual([
      { id: 'd', mark: '', role: '副书记', name: '成员d' },
      { id: 'a', mark: '✗ 不符合', role: '委员', name: '成员a' },
    ]);
    expect(outline.children.map((c) => [c.name, c.mark, c.groups.length])).toEqual([
      ['一网格', '', 1],
      ['二网格', '? 待填写', 0],
    ]);
    expect(chartOutline(committee, new Map(), 0).hidden).toBe(2);
  });
});
