/**
 * A person the secretary lists as available: who they are and the facts the
 * rules read about them. What the layout decides — their seat, how they are
 * chosen, the arrangements made for them — is not here but in the solver.
 */
import type { JobRole } from './spellings.ts';
import type { HomeType, ParticipantRole, Post } from './upstream.ts';

export interface Person {
  /** Line of the pasted list this person was read from (1 = first line); absent when not read from text. */
  row?: number;
  /** Name as written; may be empty (the list left it out). */
  name: string;
  /** Name of the unit they come from (某医院). */
  unitName?: string;
  /** Type of that unit, in the plan vocabulary. */
  homeType: HomeType;
  /** The unit type as written, when it was not a word of the vocabulary (kept, and reported). */
  homeTypeText?: string;
  /** Their standing in their unit's party organisation. */
  homeRole?: '负责人' | '成员' | '党员';
  partyMember?: boolean;
  backbone?: boolean;
  /** Posts they hold (社区党组织书记, 居委会主任, 网格员 …). */
  posts: Post[];
  /** Staff posts they hold as a job (组织员, 党建指导员 …): only these are given such a role. */
  jobs: JobRole[];
  /** Work they can do without a seat (楼长, 法律顾问, 警务助理 …). */
  participantRoles: ParticipantRole[];
  tenure?: '专职' | '兼职';
  /** Unit facts (西湖区 conditions): 层级较高, 规模较大. */
  highLevel?: boolean;
  large?: boolean;
  /** 挂点 this unit (a street leader assigned to it). */
  liaison?: boolean;
  /** 热心参加事务、能正常参加活动. */
  engaged?: boolean;
  /** Words of the 职务 cell that the vocabulary does not know, and the 备注 cell: kept as a note. */
  note?: string;
}

/** How a person is named to readers: by name, or by the line they were listed on. */
export function personLabel(person: Pick<Person, 'name' | 'row'>): string {
  if (person.name !== '') return person.name;
  return person.row !== undefined ? `第${person.row}行的人（未填姓名）` : '（未填姓名）';
}
