/**
 * The org chart as a nested list (lib/plan-editing/chart-outline.ts): each
 * unit with its verdict mark, its members grouped by the unit they come
 * from, and its child units. Readable at any width and by a screen reader.
 */
import type { OutlineMember, OutlineUnit } from '../../lib/plan-editing/chart-outline.ts';

function Mark({ text }: { text: string }) {
  return text ? <span class="pl-outline-mark">{text}</span> : null;
}

function MemberLine({ m }: { m: OutlineMember }) {
  return (
    <li>
      <Mark text={m.mark} /> <span class="pl-outline-role">{m.role}</span> {m.name}
    </li>
  );
}

function UnitItem({ unit }: { unit: OutlineUnit }) {
  return (
    <li>
      <Mark text={unit.mark} /> <strong>{unit.name}</strong> <span class="pl-hint">{unit.facts}</span>
      {(unit.groups.length > 0 || unit.children.length > 0 || unit.hidden > 0) && (
        <ul>
          {unit.groups.map((g) => (
            <li key={g.heading} class="pl-outline-group">
              <span class="pl-outline-home">来自{g.heading}</span>
              <ul>
                {g.members.map((m) => (
                  <MemberLine key={m.id} m={m} />
                ))}
              </ul>
            </li>
          ))}
          {unit.children.map((child) => (
            <UnitItem key={child.id} unit={child} />
          ))}
          {unit.hidden > 0 && <li class="pl-hint">另有{unit.hidden}个下设单位（可在上方选择单位查看）</li>}
        </ul>
      )}
    </li>
  );
}

export function ChartOutline({ outline }: { outline: OutlineUnit }) {
  return (
    <ul class="pl-outline" aria-label="组织图大纲">
      <UnitItem unit={outline} />
    </ul>
  );
}
