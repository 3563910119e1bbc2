/**
 * What the meeting papers need of a plan, read in one place. The papers are
 * written against this shape, not the plan format, so that when plans move
 * to a new format version only this file changes.
 *
 * Reads plan format 2 (src/lib/plan-format/schema.ts): the papers are about the
 * plan's top unit (the committee the 党组织 meeting decides on); a 兼职委员
 * is a member marked 兼职, or one the 西湖区 packs call 兼职委员 (their
 * "part-timers" set: a 副书记 or 委员 not from the street's or community's own
 * party organisations, the community's own forces — 业委会, 民警, 网格党支部,
 * residents — not counted as 委员); 共驻共建 partners are the named home
 * units of members from outside the party organisations.
 */
import type { Member, Plan } from '../../plan-format/schema.ts';

/** Written where the plan leaves a field empty. */
export const BLANK = '（待填写）';

export interface PaperMember {
  id: string;
  /** The member's name, or BLANK. */
  name: string;
  role: string;
  /** 专职 / 兼职, or BLANK. */
  tenure: string;
  /** Home unit's name, else its type. */
  unit: string;
  unitType: string;
  posts: string[];
  /** How chosen, or BLANK. */
  chosenBy: string;
  partTime: boolean;
}

interface PaperPartner {
  name: string;
  type: string;
  /** Members from this unit on the committee: "副书记某某" (the role alone when the name is not given). */
  members: string[];
}

export interface PaperPlan {
  title: string;
  /** The committee's name (the top unit's), else the plan's title. */
  body: string;
  /** Its level: 社区, 街道 … */
  kind: string;
  /** The year the plan speaks of, if given. */
  year: number | undefined;
  members: PaperMember[];
  partTimers: PaperMember[];
  partners: PaperPartner[];
  term: { years: number; startYear: number | undefined; synced: boolean | undefined } | undefined;
  /** Ids of the rule packs the plan is checked against. */
  packs: string[];
}

/** Home types whose 副书记 and 委员 are not 兼职委员: the party's own bodies (as in the packs' "part-timers" set). */
const OWN_BODIES = new Set(['区委', '街道党工委', '社区党组织']);
/** The community's own forces, listed apart among a 大党委's 委员 (as in the packs' "part-timers" set). */
const COMMUNITY_FORCES = new Set(['网格党支部', '居民', '业主委员会', '公安派出所']);
/** Home types that are the party organisations themselves or residents: not partners of a 共建 agreement. */
const OWN_SIDE = new Set(['区委', '街道党工委', '社区党组织', '网格党支部', '居民']);

const filled = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : BLANK);

function paperMember(m: Member): PaperMember {
  const type = m.home.type;
  const partTime =
    m.tenure === '兼职' ||
    (m.role === '副书记' && !OWN_BODIES.has(type)) ||
    (m.role === '委员' && !OWN_BODIES.has(type) && !COMMUNITY_FORCES.has(type));
  return {
    id: m.id,
    name: filled(m.name),
    role: m.role,
    tenure: m.tenure ?? (partTime ? '兼职' : BLANK),
    unit: m.home.name?.trim() || m.home.type,
    unitType: m.home.type,
    posts: m.posts,
    chosenBy: filled(m.chosenBy),
    partTime,
  };
}

export function paperPlan(plan: Plan): PaperPlan {
  const root = plan.root;
  const members = root.members.map(paperMember);
  const partners = new Map<string, PaperPartner>();
  root.members.forEach((m, i) => {
    const name = m.home.name?.trim();
    if (!name || OWN_SIDE.has(m.home.type)) return;
    const key = `${m.home.type}|${name}`;
    const partner = partners.get(key) ?? { name, type: m.home.type, members: [] };
    const member = members[i]!;
    partner.members.push(member.name === BLANK ? member.role : `${member.role}${member.name}`);
    partners.set(key, partner);
  });
  return {
    title: plan.title,
    body: root.name?.trim() || plan.title,
    kind: root.kind,
    year: plan.asOf,
    members,
    partTimers: members.filter((m) => m.partTime),
    partners: [...partners.values()],
    term: root.term
      ? {
          years: root.term.years,
          startYear: root.term.startYear,
          synced: root.term.syncedWithCommunityElection,
        }
      : undefined,
    packs: plan.packs ?? [],
  };
}
