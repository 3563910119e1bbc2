/**
 * The org chart's Mermaid source: user text can never leave its label —
 * quotes, brackets, markup and Mermaid syntax become entity codes — and
 * node ids never come from the plan.
 */
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/lib/plan-format/schema.ts';
import { mermaidText, unitChart } from '../../../src/lib/plan-editing/chart.ts';

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
    expect(labels).toHaveLength(5);
    // Outside the labels only our own syntax remains.
    const outside = source.replace(/\["[^"]*"\]/g, '[]');
    expect(outside).not.toMatch(/script|alert|click/);
    expect(source).toMatch(/^flowchart LR\n/);
    expect(source).toContain('class n4 r_member');
    expect(source).toContain('class n4 v_fail');
    expect(source).toContain('✗ 委员');
    expect(summary).toBe(`${hostile}：第一书记1人、书记1人、委员、成员1人；下设1个单位。`);
  });
});
