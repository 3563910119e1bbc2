/**
 * Builds the planner's data file (see data.ts) at build time. Server-side
 * only: it uses the zod schemas and the rule engine, so that the browser gets
 * plain data. Templates are the example plans that pass their own packs (the
 * broken variants are for teaching and tests, not for starting a plan).
 */
import { createHash } from 'node:crypto';
import { parsePlan } from '../plan/io.ts';
import { fieldLabel } from '../plan/issues.ts';
import { planJsonSchema } from '../plan/json-schema.ts';
import { PLAN_VERSION, planIdSchema } from '../plan/schema.ts';
import { indexPlan, membersById } from '../plan/tree.ts';
import * as vocabulary from '../plan/vocabulary.ts';
import { checkParsedPlan } from '../rules/engine.ts';
import type { RulePack } from '../rules/schema.ts';
import type { PlannerData, PlannerTemplate } from './data.ts';
import type { ReadContext } from './read.ts';
import type { JsonSchema } from './schema-check.ts';

/** Templates in the order a secretary meets them: 西湖区 bodies bottom-up, the street, then other cities. */
const TEMPLATE_ORDER = [
  'xihu-zonghe',
  'xihu-dadangwei',
  'xihu-wangge',
  'xihu-weijia',
  'xihu-street',
  'changsha',
  'guangzhou',
  'chizhou',
  'shanghai',
  'jining',
  'zhangzhou',
];

function collectKeys(schema: unknown, out: Set<string>): Set<string> {
  if (typeof schema !== 'object' || schema === null) return out;
  const record = schema as Record<string, unknown>;
  const properties = record['properties'];
  if (typeof properties === 'object' && properties !== null) {
    for (const key of Object.keys(properties)) out.add(key);
  }
  for (const value of Object.values(record)) collectKeys(value, out);
  return out;
}

/** The message zod gives for a value failing a pattern (the id rule), so the browser can say the same. */
function idPatternMessage(): string {
  const result = planIdSchema.safeParse('不合规的 id');
  return result.success ? '' : (result.error.issues[0]?.message ?? '');
}

export interface PlannerSources {
  packs: readonly RulePack[];
  /** Example plan files: name (without .json) → text. */
  plans: ReadonlyMap<string, string>;
  /** Case page titles by slug. */
  cases: Readonly<Record<string, string>>;
}

export function buildTemplates(
  packs: readonly RulePack[],
  plans: ReadonlyMap<string, string>,
): PlannerTemplate[] {
  const templates: PlannerTemplate[] = [];
  for (const [id, text] of plans) {
    if (id.includes('.broken.')) continue;
    const parsed = parsePlan(text);
    if (!parsed.ok) throw new Error(`示例方案 ${id} 无效：${parsed.errors.join('；')}`);
    const plan = parsed.plan;
    const report = checkParsedPlan(plan, packs, plan.packs ? { packs: plan.packs } : {});
    // A template must pass its own packs: it is what "following the model" looks like.
    if (report.hasErrors) continue;
    const index = indexPlan(plan);
    const firstPack = packs.find((p) => p.id === plan.packs?.[0]);
    templates.push({
      id,
      title: plan.title,
      description: plan.description,
      case: firstPack?.case ?? '',
      units: index.units.length,
      members: membersById(index).size,
      plan,
    });
  }
  const rank = (id: string) => {
    const at = TEMPLATE_ORDER.indexOf(id);
    return at < 0 ? TEMPLATE_ORDER.length : at;
  };
  return templates.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/**
 * What a zod-free reader (src/lib/planner/read.ts) needs to read plan files:
 * the published JSON Schema, the fields' Chinese names and the id rule's
 * message. The planner's data file and the command-line checker's cache
 * both carry it.
 */
export function readerContext(): ReadContext {
  const schema = planJsonSchema() as JsonSchema;
  const idPattern = (schema.$defs?.['Unit']?.properties?.['id']?.pattern as string | undefined) ?? '';
  return {
    schema,
    fieldLabels: Object.fromEntries([...collectKeys(schema, new Set())].map((k) => [k, fieldLabel(k)])),
    patternMessages: idPattern ? { [idPattern]: idPatternMessage() } : {},
    planVersion: PLAN_VERSION,
  };
}

export function buildPlannerData({ packs, plans, cases }: PlannerSources): PlannerData {
  const digest = createHash('sha256').update(JSON.stringify(packs)).digest('hex').slice(0, 8);
  const ruleCount = packs.reduce((n, p) => n + p.rules.length, 0);
  return {
    ruleSetVersion: `${digest}（${packs.length}个规则包，${ruleCount}条规则）`,
    packs: [...packs],
    templates: buildTemplates(packs, plans),
    vocabulary: {
      unitKinds: [...vocabulary.UNIT_KINDS],
      unitDepth: { ...vocabulary.UNIT_DEPTH },
      roles: [...vocabulary.ROLES],
      tenures: [...vocabulary.TENURES],
      homeTypes: [...vocabulary.HOME_TYPES],
      homeRoles: [...vocabulary.HOME_ROLES],
      posts: [...vocabulary.POSTS],
      postLevels: [...vocabulary.POST_LEVELS],
      choiceMethods: [...vocabulary.CHOICE_METHODS],
      stations: [...vocabulary.STATIONS],
      bodyKinds: [...vocabulary.BODY_KINDS],
      dutyKinds: [...vocabulary.DUTY_KINDS],
      venues: [...vocabulary.VENUES],
      vacancyReasons: [...vocabulary.VACANCY_REASONS],
      participantRoles: [...vocabulary.PARTICIPANT_ROLES],
      features: [...vocabulary.FEATURES],
    },
    ...readerContext(),
    cases: { ...cases },
  };
}
