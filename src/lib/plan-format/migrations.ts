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
 * the result is then validated as the current version (read.ts). No step
 * needs a schema library: the browser migrates as the command line does.
 */
import { PLAN_VERSION } from './version.ts';
import type { PlanV0, V0Member, V0Unit } from './draft-v0.ts';

function memberV0toV1(m: V0Member): Record<string, unknown> {
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

/**
 * Version 1 → 2: version 2 only added optional fields (participants, outline
 * units, features, funding, the members' party membership, 骨干, 双重组织生活,
 * 共驻共建责任书, the template) and duty kinds, so a version 1 plan is a
 * version 2 plan with the new facts not recorded: rules that need them say
 * so rather than guess. Nothing is dropped.
 */
export function migrateV1toV2(plan: Record<string, unknown>): Record<string, unknown> {
  return { ...plan, version: 2 };
}
