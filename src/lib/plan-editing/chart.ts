/**
 * The org chart of one unit as Mermaid flowchart source, left to right: the
 * unit, its members grouped by the unit each comes from (ranked 第一书记 →
 * 书记 → 副书记 → 委员 → staff within and across groups), and its child units. Members are coloured by role and outlined by their worst
 * verdict; the verdict is also written in the label, so colour is never the
 * only sign.
 *
 * All user text goes through mermaidText: quotes, markup characters and
 * Mermaid's own syntax become entity codes (#quot; #lt; …), so a name can
 * never close a label, add a node or inject markup. Node ids are generated
 * (n1, n2 …), never taken from the plan.
 */
import type { Member, Unit } from '../plan-format/schema.ts';
import { MARKS, type Mark } from './marks.ts';

export { MARKS, type Mark };

/** Mermaid entity codes for characters that could break out of a quoted label or be read as markup. */
const ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '\\': '#92;',
  '|': '#124;',
  '{': '#123;',
  '}': '#125;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  ';': '#59;',
  '%': '#37;',
};

/** User text made safe inside a quoted Mermaid label (one line; at most `max` characters). */
export function mermaidText(text: string, max = 40): string {
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const cut = [...line].length > max ? `${[...line].slice(0, max - 1).join('')}…` : line;
  return cut.replace(/["#&<>`\\|{}[\]();%]/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Role groups: the columns of the chart and the colours. */
export type RoleGroup = 'first' | 'secretary' | 'deputy' | 'member' | 'staff';

function roleGroup(role: Member['role']): RoleGroup {
  switch (role) {
    case '第一书记':
      return 'first';
    case '书记':
    case '轮值书记':
      return 'secretary';
    case '副书记':
      return 'deputy';
    case '委员':
    case '组织委员':
    case '居委会委员':
    case '家委会成员':
    case '党小组长':
      return 'member';
    default:
      return 'staff';
  }
}

export const ROLE_GROUP_LABELS: Record<RoleGroup, string> = {
  first: '第一书记',
  secretary: '书记',
  deputy: '副书记',
  member: '委员和成员',
  staff: '工作人员',
};

/** Fill and outline colours, readable in print (dark text on light fill). */
const ROLE_STYLES: Record<RoleGroup, string> = {
  first: 'fill:#fde2e1,stroke:#9f1d1d,color:#1a1a1a',
  secretary: 'fill:#fdebd3,stroke:#9a4a00,color:#1a1a1a',
  deputy: 'fill:#fff6cc,stroke:#7a5d00,color:#1a1a1a',
  member: 'fill:#e3eefc,stroke:#1e4f91,color:#1a1a1a',
  staff: 'fill:#eceff1,stroke:#4a5560,color:#1a1a1a',
};

/** Class names are plain words: Mermaid reads '-' as part of an edge. */
const markClass = (mark: Mark) => `v_${mark.replace('-', '_')}`;

export interface ChartOptions {
  /** Worst verdict per member id and per unit id. */
  marks: ReadonlyMap<string, Mark>;
  /** Child units drawn at most (the rest are summed up in one node). */
  maxChildren?: number;
}

export interface Chart {
  source: string;
  /** What the chart shows, for its text alternative. */
  summary: string;
}

/** A member's box: verdict sign, role and tenure, name (the group says where they come from). */
function memberLabel(m: Member, mark: Mark | undefined): string {
  const head = `${mark ? `${MARKS[mark].sign} ` : ''}${m.role}${m.tenure ? ` · ${m.tenure}` : ''}`;
  return m.name ? [mermaidText(head), mermaidText(m.name, 20)].join('<br/>') : mermaidText(head);
}

function unitLabel(u: Unit, mark: Mark | undefined): string {
  const head = `${mark ? `${MARKS[mark].sign} ` : ''}${u.name ?? u.kind}`;
  return [
    mermaidText(head),
    mermaidText(
      `${u.kind} · ${u.members.length}人${u.children.length > 0 ? ` · 下设${u.children.length}个` : ''}`,
    ),
  ].join('<br/>');
}

const RANK: Record<RoleGroup, number> = { first: 0, secretary: 1, deputy: 2, member: 3, staff: 4 };

/** Where a member comes from, as a group's heading: "驻区单位：市第一医院", "社区党组织". */
function homeHeading(m: Member): string {
  return m.home.name ? `${m.home.type}：${m.home.name}` : m.home.type;
}

/**
 * Members grouped by the unit they come from, each group in rank order and
 * the groups in the order of their highest rank (第一书记's group first).
 */
export function membersByHome(members: readonly Member[]): Array<{ heading: string; members: Member[] }> {
  const groups = new Map<string, Member[]>();
  const ranked = [...members].sort((a, b) => RANK[roleGroup(a.role)] - RANK[roleGroup(b.role)]);
  for (const m of ranked) {
    const heading = homeHeading(m);
    const list = groups.get(heading);
    if (list) list.push(m);
    else groups.set(heading, [m]);
  }
  return [...groups].map(([heading, list]) => ({ heading, members: list }));
}

/** Lines of the chart, its generated ids and the classes to give them. */
class ChartLines {
  readonly lines = ['flowchart LR'];
  readonly classes: Record<string, string[]> = {};
  private n = 0;
  nextId(): string {
    this.n += 1;
    return `n${this.n}`;
  }
  addClass(name: string, id: string): void {
    (this.classes[name] ??= []).push(id);
  }
  /** A subgraph, stacked top to bottom, hanging from `parent`. */
  group(parent: string, heading: string, edge: string, body: () => void): void {
    const id = this.nextId();
    this.lines.push(`  subgraph ${id}["${mermaidText(heading)}"]`, '    direction TB');
    body();
    this.lines.push('  end', `  ${parent} ${edge} ${id}`);
  }
}

function drawMembers(out: ChartLines, top: string, unit: Unit, marks: ChartOptions['marks']): void {
  for (const { heading, members } of membersByHome(unit.members)) {
    out.group(top, heading, '-->', () => {
      for (const member of members) {
        const id = out.nextId();
        const mark = marks.get(member.id);
        out.lines.push(`    ${id}["${memberLabel(member, mark)}"]`);
        out.addClass(`r_${roleGroup(member.role)}`, id);
        if (mark) out.addClass(markClass(mark), id);
      }
    });
  }
}

function drawChildren(
  out: ChartLines,
  top: string,
  unit: Unit,
  { marks, maxChildren = 24 }: ChartOptions,
): void {
  if (unit.children.length === 0) return;
  const shown = unit.children.slice(0, maxChildren);
  out.group(top, `下设单位（${unit.children.length}个）`, '-.->', () => {
    for (const child of shown) {
      const id = out.nextId();
      const mark = marks.get(child.id);
      out.lines.push(`    ${id}["${unitLabel(child, mark)}"]:::unit`);
      if (mark) out.addClass(markClass(mark), id);
    }
    const hidden = unit.children.length - shown.length;
    if (hidden > 0) out.lines.push(`    ${out.nextId()}["${mermaidText(`另有${hidden}个下设单位`)}"]:::unit`);
  });
}

/** What the chart shows, in one sentence (its text alternative). */
function chartSummary(unit: Unit): string {
  const counts = new Map<RoleGroup, number>();
  for (const m of unit.members) counts.set(roleGroup(m.role), (counts.get(roleGroup(m.role)) ?? 0) + 1);
  const counted = (Object.keys(RANK) as RoleGroup[])
    .filter((g) => counts.has(g))
    .map((g) => `${ROLE_GROUP_LABELS[g]}${counts.get(g)}人`)
    .join('，');
  const people = unit.members.length > 0 ? `共${unit.members.length}人：${counted}` : '尚无成员';
  const children = unit.children.length > 0 ? `；下设${unit.children.length}个单位` : '';
  return `${unit.name ?? unit.kind}：${people}${children}。`;
}

/**
 * Mermaid source of `unit`'s chart, left to right: the unit, then its
 * members grouped by the unit each comes from (one box per unit, stacked),
 * then its child units.
 */
export function unitChart(unit: Unit, options: ChartOptions): Chart {
  const out = new ChartLines();
  const top = out.nextId();
  out.lines.push(`  ${top}["${unitLabel(unit, options.marks.get(unit.id))}"]:::unit`);
  drawMembers(out, top, unit, options.marks);
  drawChildren(out, top, unit, options);
  out.lines.push('  classDef unit fill:#f4f4f4,stroke:#333,color:#1a1a1a');
  for (const [group, style] of Object.entries(ROLE_STYLES)) out.lines.push(`  classDef r_${group} ${style}`);
  // Verdict outlines come after the role colours so that they win.
  for (const [mark, { style }] of Object.entries(MARKS))
    out.lines.push(`  classDef ${markClass(mark as Mark)} ${style}`);
  for (const [name, ids] of Object.entries(out.classes)) out.lines.push(`  class ${ids.join(',')} ${name}`);
  return { source: `${out.lines.join('\n')}\n`, summary: chartSummary(unit) };
}
