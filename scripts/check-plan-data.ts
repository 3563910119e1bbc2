/**
 * What the command-line checker needs, kept ready as one JSON file so that
 * a call reads one file instead of parsing and validating every pack with
 * the YAML and schema libraries (about a quarter of a second) each time.
 *
 * The file sits in node_modules/.cache/check-plan/ and names the digest of
 * everything it is built from (the packs, source records and example plans
 * under content/data, and the code under src/lib that reads them): change
 * any of them and the next call rebuilds it. Building loads the full
 * validators, so a broken pack fails here with the file, line and field.
 * Where the cache cannot be written, the data is built for this call only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RulePack } from '../src/lib/rules/schema.ts';

export interface CheckerData {
  /** Every rule pack, validated. */
  packs: RulePack[];
  /** Source titles by id. */
  sourceTitles: Record<string, string>;
  /** Section headings by "source#section". */
  sectionTitles: Record<string, string>;
  /** The packs each template (example plan that starts a plan in the planner) names. */
  templates: Record<string, string[]>;
}

/** Folders whose files the data is built from, relative to the project root. */
const INPUTS = [
  'content/data/rules',
  'content/data/sources',
  'content/data/plans',
  'src/lib/rules',
  'src/lib/plan-format',
  'src/lib/schemas',
  'src/lib/data',
  'scripts/check-plan-data.ts',
];

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  try {
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .map((name) => join(full, name))
      .sort();
  } catch {
    return [full];
  }
}

/** Digest of every input file's path and content. */
export function inputDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => filesUnder(root, p))) {
    let text: Buffer;
    try {
      text = readFileSync(file);
    } catch {
      continue; // a folder
    }
    hash.update(relative(root, file)).update('\0').update(text).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Build the data from content/data with the full validators (slow: loads yaml and zod). */
export async function buildCheckerData(root: string): Promise<CheckerData> {
  const [{ loadPacks, examplePlanFiles }, { loadCollection, DATA_PATHS }, { sourceSchema }] =
    await Promise.all([
      import('../src/loaders/rule-packs.ts'),
      import('../src/loaders/site-data.ts'),
      import('../src/lib/schemas/data.ts'),
    ]);
  const sources = loadCollection(root, DATA_PATHS.sources, sourceSchema, (s) => s.id).map((l) => l.value);
  const templates: Record<string, string[]> = {};
  for (const [name, file] of examplePlanFiles(root)) {
    if (name.includes('.broken.')) continue;
    const plan = JSON.parse(readFileSync(file, 'utf8')) as { packs?: string[] };
    if (plan.packs) templates[name] = plan.packs;
  }
  return {
    packs: loadPacks(root),
    sourceTitles: Object.fromEntries(sources.map((s) => [s.id, s.title])),
    sectionTitles: Object.fromEntries(
      sources.flatMap((s) => s.sections.map((section) => [`${s.id}#${section.id}`, section.title])),
    ),
    templates,
  };
}

/** The data for this project, from the cache when it is current, else built (and cached if possible). */
export async function loadCheckerData(root: string): Promise<CheckerData> {
  const dir = join(root, 'node_modules/.cache/check-plan');
  const file = join(dir, `data-${inputDigest(root)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CheckerData;
  } catch {
    // Not built yet for these inputs.
  }
  const data = await buildCheckerData(root);
  try {
    mkdirSync(dir, { recursive: true });
    const current = `data-${inputDigest(root)}.json`;
    for (const old of readdirSync(dir)) {
      if (old.endsWith('.json') && old !== current) rmSync(join(dir, old), { force: true });
    }
    // Written whole and renamed, so a call running alongside never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  } catch {
    // A read-only install: use the data for this call only.
  }
  return data;
}
