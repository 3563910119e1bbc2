/**
 * The people of a plan as a list to propose from: every member and every
 * participant, with the facts the plan records about them. Their seats are
 * left behind (the layout decides those), but a staff post held as a job
 * (组织员, 党建指导员 …) and work done without a seat (楼长, 网格员 …) go with
 * the person. Useful to propose again from a plan's own people, and how the
 * tests make a pool from each example.
 */
import type { Person } from './person.ts';
import { JOB_ROLES, type JobRole } from './spellings.ts';
import type { Member, Participant, Plan, Unit } from './upstream.ts';

function fromMember(m: Member): Person {
  const person: Person = {
    name: m.name ?? '',
    homeType: m.home.type,
    posts: [...m.posts],
    jobs: (JOB_ROLES as readonly string[]).includes(m.role) ? [m.role as JobRole] : [],
    participantRoles: m.posts.includes('网格员') ? ['网格员'] : [],
  };
  const optional = {
    unitName: m.home.name,
    homeRole: m.homeRole,
    partyMember: m.partyMember,
    backbone: m.backbone,
    tenure: m.tenure,
    highLevel: m.home.highLevel,
    large: m.home.large,
    liaison: m.liaison,
    engaged: m.engaged,
    note: m.note,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (person as unknown as Record<string, unknown>)[key] = value;
  }
  return person;
}

function fromParticipant(p: Participant): Person {
  const person: Person = {
    name: p.name ?? '',
    homeType: p.home?.type ?? '其他',
    posts: [],
    jobs: [],
    participantRoles: [p.role],
  };
  if (p.home?.name !== undefined) person.unitName = p.home.name;
  if (p.partyMember !== undefined) person.partyMember = p.partyMember;
  if (p.backbone !== undefined) person.backbone = p.backbone;
  if (p.note !== undefined) person.note = p.note;
  return person;
}

/** Every member and participant of the plan, in document order. */
export function poolFromPlan(plan: Plan): Person[] {
  const out: Person[] = [];
  const walk = (unit: Unit) => {
    out.push(...unit.members.map(fromMember), ...(unit.participants ?? []).map(fromParticipant));
    unit.children.forEach(walk);
  };
  walk(plan.root);
  return out;
}
