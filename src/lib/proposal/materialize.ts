/**
 * A finished search state written out as a plan in the published format:
 * the skeleton with each committee's members (ordered by role as the
 * example orders them, then by name) and helpers filled in. Ids come from
 * the person's place in the list sorted by name, so the same person has the
 * same id in every layout proposed from one list.
 */
import { withIdentity } from './candidates.ts';
import type { Person } from './person.ts';
import type { Skeleton } from './setup.ts';
import type { UnitState } from './state.ts';
import { indexPlan, PLAN_VERSION, type Participant, type Plan, type Unit } from './upstream.ts';

export interface Placement {
  /** Member or participant id in the plan. */
  memberId: string;
  person: number;
  unit: Unit;
  /** Seat or helper. */
  seat: boolean;
}

export interface Written {
  plan: Plan;
  placements: Placement[];
}

export interface PlanHeading {
  title: string;
  description: string;
  template: string;
  packs: readonly string[] | undefined;
  readings: Readonly<Record<string, string>>;
  year: number | undefined;
}

/** Ids for members (m…) and helpers (p…) that no unit of the skeleton uses. */
function idMaker(skeleton: Plan) {
  const taken = new Set(indexPlan(skeleton).units.map((e) => e.unit.id));
  return (prefix: string, person: number): string => {
    let id = `${prefix}${person + 1}`;
    while (taken.has(id)) id = `${id}x`;
    return id;
  };
}

export function writePlan(
  skeleton: Skeleton,
  units: readonly UnitState[],
  people: readonly Person[],
  heading: PlanHeading,
): Written {
  const plan = structuredClone(skeleton.plan);
  const idOf = idMaker(plan);
  const placements: Placement[] = [];
  // The clone's units, found by the skeleton's document order.
  const cloned = indexPlan(plan).units;
  units.forEach((state) => {
    const unit = cloned[state.order]!.unit;
    const roleRank = (role: string) => {
      const at = state.roles.indexOf(role as never);
      return at < 0 ? state.roles.length : at;
    };
    const seats = [...state.seats].sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.person - b.person);
    unit.members = seats.map((c) => {
      const id = idOf('m', c.person);
      placements.push({ memberId: id, person: c.person, unit, seat: true });
      return { id, ...withIdentity(c.member, people[c.person]!) };
    });
    if (unit.participants !== undefined) {
      const helpers = [...state.helpers].sort(
        (a, b) =>
          state.helperRoles.indexOf(a.role) - state.helperRoles.indexOf(b.role) || a.person - b.person,
      );
      unit.participants = helpers.map((h) => {
        const id = idOf('p', h.person);
        placements.push({ memberId: id, person: h.person, unit, seat: false });
        return helperRecord(id, h.role, people[h.person]!);
      });
    }
  });
  plan.version = PLAN_VERSION;
  plan.title = heading.title;
  plan.description = heading.description;
  plan.template = heading.template;
  if (heading.packs) plan.packs = [...heading.packs];
  if (Object.keys(heading.readings).length > 0) plan.readings = { ...heading.readings };
  else delete plan.readings;
  plan.waivers = [];
  // A year the plan format takes (1949–2100); another leaves the example's own.
  if (
    heading.year !== undefined &&
    Number.isInteger(heading.year) &&
    heading.year >= 1949 &&
    heading.year <= 2100
  ) {
    plan.asOf = heading.year;
    for (const { unit } of indexPlan(plan).units) if (unit.term) unit.term.startYear = heading.year;
  }
  return { plan, placements };
}

function helperRecord(id: string, role: Participant['role'], person: Person): Participant {
  return {
    id,
    ...(person.name !== '' && { name: person.name.slice(0, 100) }),
    role,
    ...(person.partyMember !== undefined && { partyMember: person.partyMember }),
    ...(person.backbone !== undefined && { backbone: person.backbone }),
    home: {
      type: person.homeType,
      ...(person.unitName !== undefined && { name: person.unitName.slice(0, 200) }),
    },
    ...(person.note !== undefined && { note: person.note.slice(0, 2000) }),
  };
}
