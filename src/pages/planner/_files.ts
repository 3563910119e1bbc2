/**
 * The planner's data files (src/lib/plan-editing/data.ts), built once per
 * build from the rule packs, the example plans and the case titles, and
 * shared by the routes that write them: the index (data.json), the rest of
 * the listing (more.json), one file per pack and one per template.
 */
import { getCollection } from 'astro:content';
import type { PlannerFiles } from '../../lib/plan-editing/data.ts';
import { buildPlannerData } from '../../loaders/planner-data.ts';

const planFiles = import.meta.glob<string>('../../../content/data/plans/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The code that turns packs into verdicts (and the shared helpers it runs):
 * a change to it changes PlannerIndex.checkVersion, so verdicts a browser
 * stored under the old code are not shown as current.
 */
const checkCode = import.meta.glob<string>(
  [
    '../../lib/rules/**/*.ts',
    '../../lib/plan-editing/{check,drafts,verdicts,verdict-view,live}.ts',
    '../../lib/plan-format/tree.ts',
    '../../lib/routes.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

async function build(): Promise<PlannerFiles> {
  const packs = (await getCollection('rules')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const plans = new Map(
    Object.entries(planFiles)
      .map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), text] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const cases = Object.fromEntries(
    (await getCollection('docs', (e) => e.id.startsWith('cases/'))).map((e) => [
      e.id.replace(/^cases\//, ''),
      e.data.title,
    ]),
  );
  const sources = (await getCollection('sources')).map((e) => e.data);
  const code = Object.entries(checkCode)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => `${path}\n${text}`);
  // Citation links carry the site's base: a site moved to another path has other verdicts' links.
  code.push(import.meta.env.BASE_URL);
  return buildPlannerData({ packs, plans, cases, sources, checkCode: code.join('\n') });
}

let files: Promise<PlannerFiles> | undefined;

/** The planner's files, built on first use. */
export function plannerFiles(): Promise<PlannerFiles> {
  files ??= build();
  return files;
}

export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
