/**
 * YAML data files read from disk into located records (src/lib/data/yaml-records.ts
 * parses and validates them).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlRecords, type LocatedRecord } from '../lib/data/yaml-records.ts';

/** Records of one YAML file, named relative to `root` in messages. */
export function readYamlRecords(path: string, root = process.cwd()): LocatedRecord[] {
  return parseYamlRecords(readFileSync(path, 'utf8'), relative(root, path) || path);
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
