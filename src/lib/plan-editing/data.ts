/**
 * What the planner page fetches, built at build time by
 * src/loaders/planner-data.ts. The first screen needs only the index
 * (/planner/data.json: pack titles, the plan vocabulary); the start screen's
 * templates and the names citations use are /planner/more.json; each
 * rule pack (validated) and each model template is a file of its own,
 * fetched when a plan needs it and kept for the visit (stores/planner-packs.ts),
 * so a first or return visit loads a few KB of data, not every pack. The
 * browser checks plans from this data and reads plan files with the
 * generated validator (src/lib/plan-format/read.ts), so the zod schemas
 * (about 100 KB gzip) never reach it. Types only here: nothing in this file runs.
 */
import type { Plan } from '../plan-format/schema.ts';
import type { RulePack } from '../rules/schema.ts';
import type { SourceText } from '../rules/source-label.ts';

/** A model to start from, as listed on the start screen (its plan is fetched when chosen). */
export interface PlannerTemplateSummary {
  /** Example file name without .json (xihu-dadangwei). */
  id: string;
  title: string;
  /** In the index, only its opening (as the start screen's card shows it); whole in the template's file. */
  description: string | undefined;
  /** Case page the model comes from. */
  case: string;
  /** Units and members, shown on the card. */
  units: number;
  members: number;
  /** Packs the template is checked against: fetched beside the template itself. */
  packs: string[];
}

/** A model to start from: an example plan that passes its own packs (/planner/templates/<id>.json). */
export interface PlannerTemplate extends PlannerTemplateSummary {
  plan: Plan;
}

/** A rule pack as listed (choosing packs, a blank plan's defaults); the pack itself is /planner/packs/<id>.json. */
export type PlannerPackSummary = Pick<RulePack, 'id' | 'title' | 'case' | 'unitKinds'>;

/** The controlled vocabularies of the plan format (src/lib/plan-format/vocabulary.ts), as data. */
export interface PlannerVocabulary {
  unitKinds: string[];
  /** Depth of each kind: a child must sit deeper than its parent. */
  unitDepth: Record<string, number>;
  roles: string[];
  tenures: string[];
  homeTypes: string[];
  homeRoles: string[];
  posts: string[];
  postLevels: string[];
  choiceMethods: string[];
  stations: string[];
  bodyKinds: string[];
  dutyKinds: string[];
  venues: string[];
  vacancyReasons: string[];
  /** Roles of people who work with a unit without a seat (format 2). */
  participantRoles: string[];
  /** Facilities and bodies a unit may have set up (format 2). */
  features: string[];
}

/**
 * /planner/data.json: what every first screen needs — a return visit's
 * reopened plan as much as the start screen. Kept small: it counts in the
 * planner's first-screen budget.
 */
export interface PlannerIndex {
  /** Rule-set version: a digest of every pack, printed on the plan. */
  ruleSetVersion: string;
  /**
   * Digest of the packs and of the code that turns them into verdicts: a
   * plan's verdicts stored with it are shown before the engine loads only
   * when they were computed under this same version (saved.ts).
   */
  checkVersion: string;
  packs: PlannerPackSummary[];
  vocabulary: PlannerVocabulary;
  /** Current plan format version. */
  planVersion: number;
}

/**
 * /planner/more.json: the start screen's models and the names citations use.
 * A first visit fetches it with the index; a return visit once its plan and
 * verdicts are on screen.
 */
export interface PlannerMore {
  templates: PlannerTemplateSummary[];
  /** Case page titles by slug, for citations. */
  cases: Record<string, string>;
  /** Source texts' titles and section headings: a citation names these, never their ids. */
  sources: SourceText[];
}

/** The planner's index and the rest of its listing, as the page holds them once both are loaded. */
export type PlannerData = PlannerIndex & PlannerMore;

/** Everything the build writes for the planner: the index and the files it lists. */
export interface PlannerFiles {
  index: PlannerIndex;
  more: PlannerMore;
  packs: RulePack[];
  templates: PlannerTemplate[];
}
