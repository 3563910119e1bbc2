/**
 * The org chart as an outline: what a phone shows first, as a nested list —
 * the unit, its members grouped by the unit each comes from, its child units
 * (with theirs, one level down) — each line with its verdict sign and word.
 * The same grouping as the drawn chart (chart.ts), as data for a list.
 */
import type { Member, Unit } from '../plan-format/schema.ts';
import { membersByHome } from './chart.ts';
import { MARKS, type Mark } from './marks.ts';

export interface OutlineMember {
  id: string;
  /** "✗ 不符合", or '' when nothing is open. */
  mark: string;
  role: string;
  name: string;
}

export interface OutlineUnit {
  id: string;
  mark: string;
  name: string;
  /** "社区 · 11人 · 下设3个". */
  facts: string;
  groups: Array<{ heading: string; members: OutlineMember[] }>;
  children: OutlineUnit[];
  /** Child units not listed (beyond the limit, or below the levels shown). */
  hidden: number;
}

const markText = (mark: Mark | undefined) => (mark ? `${MARKS[mark].sign} ${MARKS[mark].label}` : '');

function outlineMember(m: Member, marks: ReadonlyMap<string, Mark>): OutlineMember {
  return { id: m.id, mark: markText(marks.get(m.id)), role: m.role, name: m.name ?? '（未填姓名）' };
}

/** `unit` as an outline, `levels` levels of child units deep (at most `maxChildren` each). */
export function chartOutline(
  unit: Unit,
  marks: ReadonlyMap<string, Mark>,
  levels = 1,
  maxChildren = 24,
): OutlineUnit {
  const shown = levels > 0 ? unit.children.slice(0, maxChildren) : [];
  return {
    id: unit.id,
    mark: markText(marks.get(unit.id)),
    name: unit.name ?? unit.kind,
    facts: `${unit.kind} · ${unit.members.length}人${unit.children.length > 0 ? ` · 下设${unit.children.length}个` : ''}`,
    groups: membersByHome(unit.members).map((g) => ({
      heading: g.heading,
      members: g.members.map((m) => outlineMember(m, marks)),
    })),
    children: shown.map((child) => chartOutline(child, marks, levels - 1, maxChildren)),
    hidden: unit.children.length - shown.length,
  };
}
