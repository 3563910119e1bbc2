/**
 * 建议方案 — propose a committee layout from a list of people.
 *
 * The secretary lists the units and people available; given a model (a
 * planner template: 街道综合党委, 社区“大党委”, 网格党支部, 党群微家 or a
 * city's model), this module proposes one to three layouts that meet every
 * 必须 rule of the model's rule packs and as many 原则上 and 参考 rules as
 * the list allows, explains every placement with the rules it meets, and,
 * when no layout can pass, says in plain sentences what the list lacks.
 * Pure code: no DOM, no Node APIs, no zod; deterministic (the same list, in
 * any row order, gives the same layouts).
 *
 * Use:
 *
 *   const pool = parsePool(pastedText);            // never throws
 *   if (!pool.ok) show(pool.problems);             // nothing readable (empty, too large)
 *   else {
 *     show(pool.problems);                          // per-row notes; everyone is kept
 *     const result = proposeLayouts({
 *       people: pool.people,
 *       model: template,                            // { id, title, plan }: a PlannerTemplate fits
 *       packs: data.packs,
 *       sources,                                    // source titles and section headings, for citations
 *       year: 2026,                                 // optional: asOf and term start of the layouts
 *       readings,                                   // optional: the user's readings
 *     });
 *     if (result.ok) result.layouts                 // 1–3 Layouts, each with .plan ready to open
 *     else result.missing, result.closest           // sentences; the nearest layout, for reference
 *     result.notices                                // e.g. the list was cut at 500 people
 *   }
 *
 * A Layout has the plan (format 2), the engine's report on it, a tally per
 * force (必须/原则上/参考), every placement as a Choice (name, committee,
 * role, the rules it meets as RuleRefs — title, force, source and section,
 * quotation, link — what the layout decides for the person, and a sentence),
 * the committee-wide rules met, the rules not met with what the list lacks,
 * and the facts still to confirm. See README.md in this folder.
 */
export { parsePool, poolTemplateCsv, MAX_POOL_CHARS } from './pool.ts';
export type { Person } from './person.ts';
export { poolFromPlan } from './from-plan.ts';
export { proposeLayouts, type ProposalModel, type ProposalResult } from './propose.ts';
export type { Choice, Layout, RuleNote } from './explain.ts';
export type { RuleRef } from './cite.ts';
