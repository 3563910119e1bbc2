/**
 * YAML data files read from disk into located records (src/lib/data/yaml-records.ts
 * parses and validates them).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlRecords, type LocatedRecord } from '../lib/data/yaml-records.ts';

/**
 * Parsed files by path, name in messages, size and modification time, shared
 * by every copy of this module in the process (Astro loads the content config
 * through Vite, the config and the checks through Node): a build read each
 * data file four times — the content check twice, the collections, the
 * Markdown plugins — and parsing YAML was a fifth of the cost of a case.
 * Records are shared, so callers must not change them (none does: zod
 * returns new objects). A file edited in `astro dev` has a new time and is
 * parsed again; a file that fails to parse is not kept.
 */
const CACHE_KEY = Symbol.for('dangjian.yaml-records');
const cache: Map<string, { stamp: string; records: LocatedRecord[] }> = ((
  globalThis as Record<symbol, unknown>
)[CACHE_KEY] ??= new Map()) as Map<string, { stamp: string; records: LocatedRecord[] }>;

/** Records of one YAML file, named relative to `root` in messages. */
export function readYamlRecords(path: string, root = process.cwd()): LocatedRecord[] {
  const name = relative(root, path) || path;
  const stat = statSync(path);
  const key = `${path}\0${name}`;
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.records;
  const records = parseYamlRecords(readFileSync(path, 'utf8'), name);
  cache.set(key, { stamp, records });
  return records;
}

/**
 * All `.yaml`/`.yml` files below a directory (sorted, recursive), or the file
 * itself; `except` names subfolders that hold another collection (the rules'
 * register next to the packs).
 */
export function yamlFilesIn(path: string, except: readonly string[] = []): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
    .filter((name) => !except.some((folder) => name.startsWith(`${folder}/`)))
    .sort()
    .map((name) => join(path, name));
}
