import { describe, expect, it } from 'vitest';
import {
  OutlineError,
  cleanLabel,
  diagramSize,
  parseOutline,
} from '../../../src/lib/markdown/mermaid-outline.ts';

const parse = (lines: string[]) => parseOutline(lines.join('\n'));

describe('parseOutline', () => {
  it('reads nodes, labelled edges and the direction', () => {
    const outline = parse(['flowchart LR', '  a["街道党工委"] -->|下设| b["社区党委"]', '  b --> c']);
    expect(outline.direction).toBe('LR');
    expect([...outline.nodes.values()].map((n) => n.label)).toEqual(['街道党工委', '社区党委', 'c']);
    expect(outline.edges).toEqual([
      { from: 'a', to: 'b', label: '下设' },
      { from: 'b', to: 'c', label: undefined },
    ]);
  });

  it('reads chains, & groups, text edges and other arrow kinds', () => {
    const outline = parse([
      'graph TD;',
      'a[甲] --> b(乙) --> c{丙};',
      'a & b --- d([丁])',
      'c -- 说明 --> e[[戊]]',
      'e -.-> f((己))',
      'f ==> g',
    ]);
    expect(outline.edges.map((e) => `${e.from}>${e.to}${e.label ? `:${e.label}` : ''}`)).toEqual([
      'a>b',
      'b>c',
      'a>d',
      'b>d',
      'c>e:说明',
      'e>f',
      'f>g',
    ]);
    expect(outline.nodes.get('d')?.label).toBe('丁');
    expect(outline.nodes.get('f')?.label).toBe('己');
  });

  it('keeps a label given after the first mention and ignores styling lines and comments', () => {
    const outline = parse([
      'flowchart TD',
      '%% 注释',
      'a --> b',
      'b["社区“大党委”"]',
      'classDef red fill:#f00',
      'class a red',
      'style b fill:#fff',
      'a:::red --> c',
    ]);
    expect(outline.nodes.get('b')?.label).toBe('社区“大党委”');
    expect(outline.nodes.get('a')?.label).toBe('a');
    expect(outline.edges).toHaveLength(2);
  });

  it('groups nodes by subgraph, nested, and allows edges to a subgraph', () => {
    const outline = parse([
      'flowchart TD',
      'subgraph outer["街道"]',
      '  direction LR',
      '  x["综合党委"]',
      '  subgraph inner [社区]',
      '    y["大党委"]',
      '  end',
      'end',
      'outer --> z["区委"]',
    ]);
    expect(outline.groups.get('inner')).toEqual({ id: 'inner', title: '社区', parent: 'outer' });
    expect(outline.nodes.get('y')?.group).toBe('inner');
    expect(outline.nodes.has('outer')).toBe(false);
    expect(outline.contents.get('')).toEqual([
      { kind: 'group', id: 'outer' },
      { kind: 'node', id: 'z' },
    ]);
    expect(outline.contents.get('outer')).toEqual([
      { kind: 'node', id: 'x' },
      { kind: 'group', id: 'inner' },
    ]);
  });

  it.each([
    [['sequenceDiagram', 'a->>b: hi'], 1, '图示须以 flowchart TD 或 flowchart LR 开头'],
    [['', '%% 只有注释'], 1, '图示为空'],
    [['flowchart TD', 'a --> b', 'end'], 3, '多余的 end'],
    [['flowchart TD', 'subgraph g', 'a'], 3, '分组「g」缺少 end'],
    [['flowchart TD', 'a -> b'], 2, '无法识别的连线'],
    [['flowchart TD', 'a -->'], 2, '连线后缺少节点'],
    [['flowchart TD', '"甲" --> b'], 2, '无法识别的图示语句'],
  ])('rejects %j at line %i', (lines, line, message) => {
    try {
      parse(lines);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OutlineError);
      expect((error as OutlineError).line).toBe(line);
      expect((error as OutlineError).message).toContain(message);
    }
  });
});

describe('cleanLabel', () => {
  it('drops quotes, markdown backticks and line breaks, decodes entities', () => {
    // A break inside Chinese text joins without a space; elsewhere it is a space.
    expect(cleanLabel('"街道<br/>综合党委"')).toBe('街道综合党委');
    expect(cleanLabel('"1+4+N<br/>体系"')).toBe('1+4+N 体系');
    expect(cleanLabel('"`**大**党委`"')).toBe('**大**党委');
    expect(cleanLabel('#quot;大党委#quot;')).toBe('"大党委"');
  });
});

describe('invisible links', () => {
  it('place one part below another without an edge to read out', () => {
    const outline = parse([
      'flowchart TD',
      'subgraph a["甲"]',
      'x',
      'end',
      'subgraph b["乙"]',
      'y',
      'end',
      'a ~~~ b',
    ]);
    expect(outline.edges).toEqual([]);
    expect([...outline.groups.keys()]).toEqual(['a', 'b']);
  });
});

describe('diagramSize', () => {
  const chain = (n: number, direction = 'TD') =>
    parse([
      `flowchart ${direction}`,
      ...Array.from({ length: n - 1 }, (_, i) => `n${i}["节点"] --> n${i + 1}["节点"]`),
    ]);

  it('grows along the flow with the ranks of a chart', () => {
    const td = [2, 3, 5, 8].map((n) => diagramSize(chain(n)));
    for (let i = 1; i < td.length; i += 1) {
      expect(td[i]!.height).toBeGreaterThan(td[i - 1]!.height);
      expect(td[i]!.width).toBe(td[0]!.width);
    }
    const lr = [2, 3, 5].map((n) => diagramSize(chain(n, 'LR')));
    for (let i = 1; i < lr.length; i += 1) expect(lr[i]!.width).toBeGreaterThan(lr[i - 1]!.width);
  });

  it('grows across the flow with the widest rank and with longer labels', () => {
    const fan = parse(['flowchart TD', 'a --> b', 'a --> c', 'a --> d', 'a --> e']);
    expect(diagramSize(fan).width).toBeGreaterThan(diagramSize(parse(['flowchart TD', 'a --> b'])).width);
    const long = parse(['flowchart TD', 'a["街道（镇）综合党委与社区大党委"] --> b']);
    expect(diagramSize(long).width).toBeGreaterThan(
      diagramSize(parse(['flowchart TD', 'a["党委"] --> b'])).width,
    );
  });

  it('matches Mermaid’s own drawing of a four-rank chart to within 10% (measured in Chromium)', () => {
    // The authors' guide diagram: Mermaid 11 draws it 220 × 454.
    const size = diagramSize(
      parse([
        'flowchart TD',
        '  zh["街道（镇）综合党委"] -->|下设| dd["社区“大党委”"]',
        '  dd -->|下设| wg["网格党支部"]',
        '  wg -->|下设| wj["“党群微家”党小组"]',
      ]),
    );
    expect(Math.abs(size.width - 220) / 220).toBeLessThan(0.1);
    expect(Math.abs(size.height - 454) / 454).toBeLessThan(0.1);
  });

  it('terminates on cycles and adds room for subgraphs', () => {
    expect(diagramSize(parse(['flowchart TD', 'a --> b', 'b --> c', 'c --> a'])).height).toBeGreaterThan(0);
    const plain = diagramSize(parse(['flowchart TD', 'a --> b']));
    const framed = diagramSize(parse(['flowchart TD', 'subgraph g["组"]', 'a --> b', 'end']));
    expect(framed.width).toBeGreaterThan(plain.width);
    expect(framed.height).toBeGreaterThan(plain.height);
  });
});
