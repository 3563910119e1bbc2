/**
 * Reads the rule packs and example plans from content/data with Node's fs:
 * for the command-line checker, the bench and the tests. Astro pages read
 * the same packs through getCollection('rules').
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_PATHS, loadCollection } from './site-data.ts';
import { registerSchema, type Register } from '../lib/rules/register-schema.ts';
import { packSchema, type RulePack } from '../lib/rules/schema.ts';

/** Every pack, validated, in file-name order. Throws DataError naming file and line on a bad pack. */
export function loadPacks(root: string): RulePack[] {
  return loadCollection(root, DATA_PATHS.rules, packSchema, (p) => p.id).map((l) => l.value);
}

/** The coverage register, one record per source, in file-name order. Throws DataError naming file and line. */
export function loadRegisters(root: string): Register[] {
  return loadCollection(root, DATA_PATHS.register, registerSchema, (r) => r.source).map((l) => l.value);
}

/** The example plan files (content/data/plans/*.json), by file name without extension. */
export function examplePlanFiles(root: string): Map<string, string> {
  const dir = resolve(root, DATA_PATHS.plans);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f.replace(/\.json$/, ''), join(dir, f)]),
  );
}
