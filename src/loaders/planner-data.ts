/**
 * Builds the planner's data file (see data.ts) at build time. Server-side
 * only: it uses the zod schemas and the rule engine, so that the browser gets
 * plain data. Templates are the example plans that pass their own packs (the
 * broken variants are for teaching and tests, not for starting a plan).
 */
import { createHash } from 'node:crypto';
import { readPlan } from '../lib/plan-format/read.ts';
import { PLAN_VERSION } from '../lib/plan-format/version.ts';
import { indexPlan, membersById } from '../lib/plan-format/tree.ts';
import * as vocabulary from '../lib/plan-format/vocabulary.ts';
import { checkParsedPlan } from '../lib/rules/engine.ts';
import type { RulePack } from '../lib/rules/schema.ts';
import type { SourceText } from '../lib/rules/source-label.ts';
import type { PlannerFiles, PlannerIndex, PlannerMore, PlannerTemplate } from '../lib/plan-editing/data.ts';

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

export interface PlannerSources {
  packs: readonly RulePack[];
  /** Example plan files: name (without .json) → text. */
  plans: ReadonlyMap<string, string>;
  /** Case page titles by slug. */
  cases: Readonly<Record<string, string>>;
  /** Source texts, for the titles and section headings citations name. */
  sources?: readonly SourceText[];
  /**
   * The source of the code that turns packs into verdicts, and the site's
   * base (citation links carry it): with the packs, what a stored verdict
   * depends on (PlannerIndex.checkVersion).
   */
  checkCode?: string;
}

function buildTemplates(packs: readonly RulePack[], plans: ReadonlyMap<string, string>): PlannerTemplate[] {
  const templates: PlannerTemplate[] = [];
  for (const [id, text] of plans) {
    if (id.includes('.broken.')) continue;
    const parsed = readPlan(text);
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
      packs: [...(plan.packs ?? [])],
      plan,
    });
  }
  const rank = (id: string) => {
    const at = TEMPLATE_ORDER.indexOf(id);
    return at < 0 ? TEMPLATE_ORDER.length : at;
  };
  return templates.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** The index, every pack and every template, as the build writes them (see data.ts). */
export function buildPlannerData({
  packs,
  plans,
  cases,
  sources = [],
  checkCode = '',
}: PlannerSources): PlannerFiles {
  const templates = buildTemplates(packs, plans);
  return {
    index: plannerIndex(packs, checkCode),
    more: plannerMore(templates, cases, citedHeadings(packs, sources)),
    packs: [...packs],
    templates,
  };
}

/**
 * Only what a citation names — titles, and the headings of the sections the
 * packs cite — not the sources' other records: kept small for the page.
 */
function citedHeadings(packs: readonly RulePack[], sources: readonly SourceText[]): SourceText[] {
  const cited = new Set(packs.flatMap((p) => p.rules.map((r) => `${r.source.id}#${r.source.section}`)));
  return sources
    .filter(({ id }) => [...cited].some((key) => key.startsWith(`${id}#`)))
    .map(({ id, title, sections }) => ({
      id,
      title,
      sections: sections.filter((x) => cited.has(`${id}#${x.id}`)).map((x) => ({ id: x.id, title: x.title })),
    }));
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

function plannerIndex(packs: readonly RulePack[], checkCode: string): PlannerIndex {
  const packText = JSON.stringify(packs);
  const ruleCount = packs.reduce((n, p) => n + p.rules.length, 0);
  return {
    ruleSetVersion: `${digest(packText)}（${packs.length}个规则包，${ruleCount}条规则）`,
    checkVersion: digest(`${packText}\n${checkCode}`),
    packs: packs.map(({ id, title, case: caseSlug, unitKinds }) => ({
      id,
      title,
      case: caseSlug,
      unitKinds,
    })),
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
    planVersion: PLAN_VERSION,
  };
}

function plannerMore(
  templates: readonly PlannerTemplate[],
  cases: Readonly<Record<string, string>>,
  sources: SourceText[],
): PlannerMore {
  return {
    // The start screen's cards show the opening of a description: the whole text is in the template's file.
    templates: templates.map(({ plan: _plan, ...summary }) => ({
      ...summary,
      description: cardText(summary.description),
    })),
    cases: { ...cases },
    sources,
  };
}

/** The opening of a template's description, as its card on the start screen shows it. */
function cardText(description: string | undefined): string | undefined {
  if (description === undefined || description.length <= CARD_TEXT_CHARS + 2) return description;
  return `${description.slice(0, CARD_TEXT_CHARS)}……`;
}

const CARD_TEXT_CHARS = 88;
