/**
 * Which members the printed plan lists: the top unit and the level below
 * it, one table each, at most MAX_PRINTED_ROWS members in all — a whole
 * street's 10,000 members do not belong on paper — and how many were left
 * out, so the page can say so.
 */
import type { Member, Unit } from '../plan-format/schema.ts';

export const MAX_PRINTED_ROWS = 200;

export interface PrintedTable {
  unit: Unit;
  /** The unit as the caption names it: for the level below, its parent's name, then its own. */
  path: string;
  /** The members that fit under the cap, in order. */
  members: Member[];
}

const unitName = (unit: Unit): string => unit.name ?? unit.kind;

/** The tables to print, in order, each holding only what is left of the cap; units without members get none. */
export function printedTables(
  root: Unit,
  maxRows = MAX_PRINTED_ROWS,
): { tables: PrintedTable[]; printed: number; total: number } {
  const units = [
    { unit: root, path: unitName(root) },
    ...root.children.map((c) => ({ unit: c, path: `${unitName(root)} › ${unitName(c)}` })),
  ];
  const tables: PrintedTable[] = [];
  let printed = 0;
  for (const { unit, path } of units) {
    if (printed >= maxRows || unit.members.length === 0) continue;
    const members = unit.members.slice(0, maxRows - printed);
    printed += members.length;
    tables.push({ unit, path, members });
  }
  const total = units.reduce((n, u) => n + u.unit.members.length, 0);
  return { tables, printed, total };
}
