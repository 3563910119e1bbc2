/**
 * The org chart of one unit as Mermaid flowchart source: the unit, its
 * members in columns by rank (第一书记 → 书记 → 副书记, 委员 and staff), and
 * its child units. Members are coloured by role and outlined by their worst
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
  member: '委员、成员',
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

function memberLabel(m: Member, mark: Mark | undefined): string {
  const head = `${mark ? `${MARKS[mark].sign} ` : ''}${m.role}${m.tenure ? ` · ${m.tenure}` : ''}`;
  const home = m.home.name ? `${m.home.type}：${m.home.name}` : m.home.type;
  const lines = [mermaidText(head), mermaidText(home)];
  if (m.name) lines.push(mermaidText(m.name, 20));
  return lines.join('<br/>');
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

/** Mermaid source of `unit`'s chart. */
export function unitChart(unit: Unit, { marks, maxChildren = 24 }: ChartOptions): Chart {
  const lines = ['flowchart LR'];
  let n = 0;
  const nextId = () => `n${(n += 1)}`;
  const top = nextId();
  lines.push(`  ${top}["${unitLabel(unit, marks.get(unit.id))}"]:::unit`);
  const groups: Record<RoleGroup, Array<{ id: string; member: Member }>> = {
    first: [],
    secretary: [],
    deputy: [],
    member: [],
    staff: [],
  };
  for (const m of unit.members) groups[roleGroup(m.role)].push({ id: nextId(), member: m });
  const classes: Record<string, string[]> = {};
  const addClass = (name: string, id: string) => (classes[name] ??= []).push(id);
  for (const [group, list] of Object.entries(groups) as Array<[RoleGroup, typeof groups.first]>) {
    for (const { id, member } of list) {
      const mark = marks.get(member.id);
      lines.push(`  ${id}["${memberLabel(member, mark)}"]`);
      addClass(`r_${group}`, id);
      if (mark) addClass(markClass(mark), id);
    }
  }
  // Columns: each rank hangs from the first member of the nearest rank above it.
  const head = (list: Array<{ id: string }>) => list[0]?.id;
  const firstId = head(groups.first);
  const secretaryId = head(groups.secretary);
  const above = { first: top, secretary: firstId ?? top, deputy: secretaryId ?? firstId ?? top };
  for (const { id } of groups.first) lines.push(`  ${top} --> ${id}`);
  for (const { id } of groups.secretary) lines.push(`  ${above.secretary} --> ${id}`);
  for (const { id } of [...groups.deputy, ...groups.member, ...groups.staff])
    lines.push(`  ${above.deputy} --> ${id}`);
  const shown = unit.children.slice(0, maxChildren);
  for (const child of shown) {
    const id = nextId();
    const mark = marks.get(child.id);
    lines.push(`  ${id}["${unitLabel(child, mark)}"]:::unit`);
    if (mark) addClass(markClass(mark), id);
    lines.push(`  ${top} -.-> ${id}`);
  }
  const hidden = unit.children.length - shown.length;
  if (hidden > 0) {
    const id = nextId();
    lines.push(`  ${id}["${mermaidText(`另有${hidden}个下设单位`)}"]:::unit`);
    lines.push(`  ${top} -.-> ${id}`);
  }
  lines.push('  classDef unit fill:#f4f4f4,stroke:#333,color:#1a1a1a');
  for (const [group, style] of Object.entries(ROLE_STYLES)) lines.push(`  classDef r_${group} ${style}`);
  // Verdict outlines come after the role colours so that they win.
  for (const [mark, { style }] of Object.entries(MARKS))
    lines.push(`  classDef ${markClass(mark as Mark)} ${style}`);
  for (const [name, ids] of Object.entries(classes)) lines.push(`  class ${ids.join(',')} ${name}`);
  const counted = Object.entries(groups)
    .filter(([, list]) => list.length > 0)
    .map(([g, list]) => `${ROLE_GROUP_LABELS[g as RoleGroup]}${list.length}人`)
    .join('、');
  const summary = `${unit.name ?? unit.kind}：${counted || '尚无成员'}${unit.children.length > 0 ? `；下设${unit.children.length}个单位` : ''}。`;
  return { source: `${lines.join('\n')}\n`, summary };
}
