/**
 * The check vocabulary: what a rule can ask of a unit. Each kind is
 * interpreted by one module in ./checks/; README.md describes them with
 * examples and the placeholders their explanations may use.
 */
import { z } from 'zod';
import {
  bodyKindSchema,
  dutyKindSchema,
  featureSchema,
  participantRoleSchema,
  roleSchema,
  unitKindSchema,
  vacancyReasonSchema,
} from '../plan-format/vocabulary.ts';
import { memberPredicateSchema } from './predicate-schema.ts';

const count = z.number().int().min(0);

/** Bounds shared by the counting checks; at least one must be given. */
const bounds = {
  /** At least this many. */
  min: count.optional(),
  /** At most this many. */
  max: count.optional(),
};
const hasBound = (c: { min?: number | undefined; max?: number | undefined }) =>
  c.min !== undefined || c.max !== undefined;
const boundMessage = { message: '须给出 min 或 max' };

/** count: how many members match `select`, within [min, max]. */
export const countCheckSchema = z
  .strictObject({ kind: z.literal('count'), select: memberPredicateSchema, ...bounds })
  .refine(hasBound, boundMessage);

/** parity: the number of members matching `select` is odd (or even). */
export const parityCheckSchema = z.strictObject({
  kind: z.literal('parity'),
  select: memberPredicateSchema,
  parity: z.enum(['odd', 'even']),
});

/** role: each listed role is held by between min and max members. */
export const roleCheckSchema = z
  .strictObject({ kind: z.literal('role'), roles: z.array(roleSchema).min(1), ...bounds })
  .refine(hasBound, boundMessage);

/**
 * eligibility: every member matching `select` satisfies `require` (none selected: not applicable).
 * `open` is for a list the source leaves open with 等: a member outside the
 * list who still matches `open` is not failed but gets a 提示 to check the
 * passage (an empty `open: {}` accepts anyone for that 提示).
 */
export const eligibilityCheckSchema = z.strictObject({
  kind: z.literal('eligibility'),
  select: memberPredicateSchema,
  require: memberPredicateSchema,
  open: memberPredicateSchema.optional(),
});

/** Unit fields a rule may read. */
const UNIT_FIELDS = [
  'gridCount',
  'venue',
  'funding',
  'term.years',
  'term.syncedWithCommunityElection',
] as const;
const unitFieldSchema = z.enum(UNIT_FIELDS);
export type UnitField = z.infer<typeof unitFieldSchema>;

/** attribute: a unit field is recorded and, when given, equals a value or lies in [min, max]. */
export const attributeCheckSchema = z.strictObject({
  kind: z.literal('attribute'),
  field: unitFieldSchema,
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  ...bounds,
});

/** schedule: the unit keeps a duty, at least every `maxEveryMonths` months, in one of `months`. */
export const scheduleCheckSchema = z.strictObject({
  kind: z.literal('schedule'),
  duty: dutyKindSchema,
  maxEveryMonths: z.number().int().min(1).max(60).optional(),
  months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
});

/** children: how many child units of these kinds (and body kind), within bounds or equal to a unit field. */
export const childrenCheckSchema = z
  .strictObject({
    kind: z.literal('children'),
    unitKinds: z.array(unitKindSchema).min(1),
    bodyKind: bodyKindSchema.optional(),
    ...bounds,
    /** The count must equal this field of the unit (e.g. one 网格党支部 per grid). */
    equalsField: z.literal('gridCount').optional(),
  })
  .refine((c) => hasBound(c) || c.equalsField !== undefined, { message: '须给出 min、max 或 equalsField' });

/** names: the street's internal bodies of a kind include these names (and, with `only`, no others). */
export const namesCheckSchema = z.strictObject({
  kind: z.literal('names'),
  bodyKind: bodyKindSchema,
  names: z.array(z.string().min(1)).min(1),
  only: z.boolean().default(false),
});

/** feature: the unit has set up this facility or body (民主议事厅 …). */
export const featureCheckSchema = z.strictObject({ kind: z.literal('feature'), feature: featureSchema });

/** participants: how many of the unit's participants hold one of `roles` (and are party members, if asked). */
export const participantsCheckSchema = z
  .strictObject({
    kind: z.literal('participants'),
    roles: z.array(participantRoleSchema).min(1),
    partyMember: z.boolean().optional(),
    ...bounds,
  })
  .refine(hasBound, boundMessage);

/** vacancy: every vacancy with one of `reasons` has the listed flags set to true. */
export const vacancyCheckSchema = z.strictObject({
  kind: z.literal('vacancy'),
  reasons: z.array(vacancyReasonSchema).min(1).optional(),
  require: z.array(z.enum(['filed', 'notifiedInWriting', 'refill'])).min(1),
});

export const checkSchema = z.discriminatedUnion('kind', [
  countCheckSchema,
  parityCheckSchema,
  roleCheckSchema,
  eligibilityCheckSchema,
  attributeCheckSchema,
  scheduleCheckSchema,
  childrenCheckSchema,
  namesCheckSchema,
  featureCheckSchema,
  participantsCheckSchema,
  vacancyCheckSchema,
]);
export type Check = z.infer<typeof checkSchema>;
