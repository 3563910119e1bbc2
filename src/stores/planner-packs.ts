/**
 * Rule packs and model templates, fetched when a plan needs them and kept
 * for the visit: the first screen loads only the planner's index
 * (data.ts), so a return visit fetches the packs of the plan it reopens and
 * no others. A failed fetch is retried on the next request.
 */
import type { PlannerTemplate, PlannerTemplateSummary } from '../lib/plan-editing/data.ts';
import type { RulePack } from '../lib/rules/schema.ts';
import { routes } from '../lib/routes.ts';
import { loadJson } from '../components/offline/load-json.ts';

const packs = new Map<string, RulePack>();
const pending = new Map<string, Promise<RulePack>>();

function fetchPack(id: string): Promise<RulePack> {
  let request = pending.get(id);
  if (!request) {
    request = (loadJson(routes.plannerPack(id)) as Promise<RulePack>).then(
      (pack) => {
        packs.set(id, pack);
        return pack;
      },
      (error: unknown) => {
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, request);
  }
  return request;
}

/** The packs named, fetched once each (in the order named). */
export async function loadPacks(ids: readonly string[]): Promise<RulePack[]> {
  return Promise.all([...new Set(ids)].map((id) => packs.get(id) ?? fetchPack(id)));
}

/** The packs named that are already here (the open plan's always are). */
export function loadedPacks(ids: readonly string[]): RulePack[] {
  return [...new Set(ids)].flatMap((id) => packs.get(id) ?? []);
}

/** Packs already read (tests, or a page that has them at hand). */
export function providePacks(list: readonly RulePack[]): void {
  for (const pack of list) packs.set(pack.id, pack);
}

/** A model template's plan, with the packs it is checked against (fetched side by side). */
export async function loadTemplate(listed: PlannerTemplateSummary): Promise<PlannerTemplate> {
  const [template] = await Promise.all([
    loadJson(routes.plannerTemplate(listed.id)) as Promise<PlannerTemplate>,
    loadPacks(listed.packs),
  ]);
  await loadPacks(template.plan.packs ?? []);
  return template;
}
