/**
 * Member predicates: the small language rules use to pick members
 * ("the 兼职委员", "the 书记") and to state what a member must be.
 *
 * A predicate is an object; every key present must hold (AND). For a
 * single-valued field the list means "one of" (role: [书记, 副书记]); for
 * `posts`, which a member may hold several of, it means "holds all of".
 * `anyOf` gives alternatives, `not` negation, `set` a named set of the pack
 * (whose definition may depend on the reading chosen).
 */
import { z } from 'zod';
import {
  choiceMethodSchema,
  homeRoleSchema,
  homeWordSchema,
  postSchema,
  roleSchema,
  stationSchema,
  tenureSchema,
} from '../plan-format/vocabulary.ts';
import type { Member } from '../plan-format/schema.ts';
import type { HomeWord } from '../plan-format/terms.ts';

export interface MemberPredicate {
  /** Name of the set this predicate defines, in Chinese (documentation; the engine ignores it). */
  label?: string | undefined;
  /** A named member set of the pack (see `sets` and reading options). */
  set?: string | undefined;
  /** Role in this unit is one of these. */
  role?: Array<Member['role']> | undefined;
  /** Home unit type is one of these, or falls under one of these categories (企业 covers 物业公司 …). */
  home?: HomeWord[] | undefined;
  /** Standing in the home unit's party organisation is one of these (unknown when not recorded). */
  homeRole?: Array<NonNullable<Member['homeRole']>> | undefined;
  /** 专职/兼职 is one of these (unknown when not recorded). */
  tenure?: Array<NonNullable<Member['tenure']>> | undefined;
  /** Holds every one of these posts. */
  posts?: Member['posts'] | undefined;
  /** Was chosen by one of these methods (unknown when not recorded). */
  chosenBy?: Array<NonNullable<Member['chosenBy']>> | undefined;
  /** Works at one of these stations (unknown when not recorded). */
  station?: Array<NonNullable<Member['station']>> | undefined;
  /** Flags: must equal the given value (unknown when not recorded). */
  highLevel?: boolean | undefined;
  large?: boolean | undefined;
  liaison?: boolean | undefined;
  engaged?: boolean | undefined;
  affiliationTransferred?: boolean | undefined;
  partyMember?: boolean | undefined;
  backbone?: boolean | undefined;
  dualLife?: boolean | undefined;
  jointAgreement?: boolean | undefined;
  /** At least one of these holds. */
  anyOf?: MemberPredicate[] | undefined;
  /** This does not hold. */
  not?: MemberPredicate | undefined;
}

export const memberPredicateSchema: z.ZodType<MemberPredicate> = z.strictObject({
  label: z.string().min(1).optional(),
  set: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  role: z.array(roleSchema).min(1).optional(),
  home: z.array(homeWordSchema).min(1).optional() as z.ZodOptional<z.ZodType<HomeWord[]>>,
  homeRole: z.array(homeRoleSchema).min(1).optional(),
  tenure: z.array(tenureSchema).min(1).optional(),
  posts: z.array(postSchema).min(1).optional(),
  chosenBy: z.array(choiceMethodSchema).min(1).optional(),
  station: z.array(stationSchema).min(1).optional(),
  highLevel: z.boolean().optional(),
  large: z.boolean().optional(),
  liaison: z.boolean().optional(),
  engaged: z.boolean().optional(),
  affiliationTransferred: z.boolean().optional(),
  partyMember: z.boolean().optional(),
  backbone: z.boolean().optional(),
  dualLife: z.boolean().optional(),
  jointAgreement: z.boolean().optional(),
  get anyOf() {
    return z.array(memberPredicateSchema).min(1).optional();
  },
  get not() {
    return memberPredicateSchema.optional();
  },
});
