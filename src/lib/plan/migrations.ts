/**
 * Plans carry a format version; old versions are migrated, never dropped.
 *
 * Version 0 is the unversioned draft format the planner prototype wrote
 * (kept here so such files still open):
 *
 *   { "version": 0 (or absent), "name": "…", "year": 2024,
 *     "unit": { "id", "level": "社区", "name", "members": [
 *         { "id", "name", "role", "fullTime": true, "unitType": "驻区单位",
 *           "unitName": "…", "posts": [...], "how": "协商推选" } ],
 *       "subunits": [ …same shape… ] } }
 *
 * Each step takes the previous version's object and returns the next one;
 * the result is then validated as the current version.
 */
import { z } from 'zod';
import { PLAN_VERSION } from './schema.ts';
import { choiceMethodSchema, homeTypeSchema, postSchema, roleSchema, unitKindSchema } from './vocabulary.ts';

export { migrateV1toV2 } from './upgrade.ts';

const v0Member = z.object({
  id: z.string(),
  name: z.string().optional(),
  role: roleSchema,
  fullTime: z.boolean().optional(),
  unitType: homeTypeSchema,
  unitName: z.string().optional(),
  posts: z.array(postSchema).optional(),
  how: choiceMethodSchema.optional(),
});

interface V0Unit {
  id: string;
  level: z.infer<typeof unitKindSchema>;
  name?: string | undefined;
  members?: Array<z.infer<typeof v0Member>> | undefined;
  subunits?: V0Unit[] | undefined;
}

const v0Unit: z.ZodType<V0Unit> = z.object({
  id: z.string(),
  level: unitKindSchema,
  name: z.string().optional(),
  members: z.array(v0Member).optional(),
  get subunits() {
    return z.array(v0Unit).optional();
  },
});

export const planV0Schema = z.object({
  version: z.literal(0).optional(),
  name: z.string(),
  year: z.number().int().optional(),
  unit: v0Unit,
});
export type PlanV0 = z.infer<typeof planV0Schema>;

function memberV0toV1(m: z.infer<typeof v0Member>): Record<string, unknown> {
  return {
    id: m.id,
    ...(m.name !== undefined && { name: m.name }),
    role: m.role,
    ...(m.fullTime !== undefined && { tenure: m.fullTime ? '专职' : '兼职' }),
    home: { type: m.unitType, ...(m.unitName !== undefined && { name: m.unitName }) },
    posts: m.posts ?? [],
    ...(m.how !== undefined && { chosenBy: m.how }),
  };
}

function unitV0toV1(u: V0Unit): Record<string, unknown> {
  return {
    id: u.id,
    kind: u.level,
    ...(u.name !== undefined && { name: u.name }),
    members: (u.members ?? []).map(memberV0toV1),
    children: (u.subunits ?? []).map(unitV0toV1),
  };
}

/** Version 0 → 1: renamed fields (name→title, unit→root, level→kind, subunits→children), home unit as an object. */
export function migrateV0toV1(plan: PlanV0): Record<string, unknown> {
  return {
    version: 1,
    title: plan.name,
    ...(plan.year !== undefined && { asOf: plan.year }),
    root: unitV0toV1(plan.unit),
  };
}

export type VersionCheck =
  | { kind: 'current' }
  | { kind: 'old'; version: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; message: string };

/** Which version a raw object claims to be (a missing version with a `unit` is a v0 draft). */
export function detectVersion(raw: Record<string, unknown>): VersionCheck {
  const version = raw['version'];
  if (version === undefined) {
    return 'unit' in raw
      ? { kind: 'old', version: 0 }
      : { kind: 'unknown', message: '缺少格式版本 version，也不像旧版草稿：这不是本站的方案文件' };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'unknown', message: `格式版本 version 应为整数，实际为 ${JSON.stringify(version)}` };
  }
  if (version === PLAN_VERSION) return { kind: 'current' };
  if (version > PLAN_VERSION) return { kind: 'newer', version };
  return { kind: 'old', version };
}
