/**
 * Loads and validates every data collection under content/data. The Markdown
 * plugins (through src/loaders/markdown.ts), the command-line tools and the
 * tests use this; Astro pages use getCollection(), which is fed by the same
 * readers (src/content.config.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { DataError, validateRecords, type LocatedRecord } from '../lib/data/yaml-records.ts';
import { figureFileProblems, withCaseCity } from '../lib/data/figure-case.ts';
import type { Located, SiteData } from '../lib/data/site-data.ts';
import {
  eventSchema,
  figureSchema,
  glossaryEntrySchema,
  sourceSchema,
  type Figure,
} from '../lib/schemas/data.ts';
import { readYamlRecords, yamlFilesIn } from './yaml-files.ts';

/** Where each collection lives, relative to the project root. */
export const DATA_PATHS = {
  sources: 'content/data/sources',
  figures: 'content/data/figures',
  glossary: 'content/data/glossary.yaml',
  events: 'content/data/events.yaml',
  compare: 'content/data/compare.yaml',
  rules: 'content/data/rules',
  /** The coverage register, one file per source, next to the packs (not a pack itself). */
  register: 'content/data/rules/register',
  plans: 'content/data/plans',
} as const;

/** Subfolders of a collection's folder that hold another collection. */
const NESTED: Record<string, readonly string[]> = { [DATA_PATHS.rules]: ['register'] };

/** Read and validate one collection; a missing file or folder is an empty collection. */
export function loadCollection<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
  idOf: (value: z.infer<S>) => string,
): Array<Located<z.infer<S>>> {
  const full = resolve(root, path);
  if (!existsSync(full)) return [];
  const records = yamlFilesIn(full, NESTED[path] ?? []).flatMap((file) => readYamlRecords(file, root));
  return validateRecords(records, schema, idOf);
}

/** Every record of content/data/figures, each with the city of the case its file belongs to. */
export function loadFigures(root: string): Array<Located<Figure>> {
  const full = resolve(root, DATA_PATHS.figures);
  if (!existsSync(full)) return [];
  return figuresOf(yamlFilesIn(full).flatMap((file) => readYamlRecords(file, root)));
}

/** Validate figure records: the file-level problems and the schema's, reported together. */
function figuresOf(records: LocatedRecord[]): Array<Located<Figure>> {
  const problems = figureFileProblems(records);
  let valid: Array<Located<Omit<Figure, 'city'>>> = [];
  try {
    valid = validateRecords(records, figureSchema, (f) => f.id);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) throw new DataError(problems);
  return valid.map(({ record, value }) => ({ record, value: withCaseCity(value, record.file) }));
}

const byId = <T extends { id: string }>(items: Array<Located<T>>) =>
  new Map(items.map((item) => [item.value.id, item]));

/** Load every collection from a project root (no caching: see loadSiteDataCached). */
export function loadSiteData(root: string): SiteData {
  return {
    sources: byId(loadCollection(root, DATA_PATHS.sources, sourceSchema, (s) => s.id)),
    figures: byId(loadFigures(root)),
    glossary: byId(loadCollection(root, DATA_PATHS.glossary, glossaryEntrySchema, (g) => g.id)),
    events: byId(loadCollection(root, DATA_PATHS.events, eventSchema, (e) => e.id)),
  };
}

const cache = new Map<string, SiteData>();

/** Cached per root: a build renders hundreds of pages against the same data. */
function loadSiteDataCached(root: string): SiteData {
  const key = resolve(root);
  let data = cache.get(key);
  if (!data) {
    data = loadSiteData(key);
    cache.set(key, data);
  }
  return data;
}

function clearSiteDataCache(): void {
  cache.clear();
}

/** Paths, sizes and modification times of every file under content/data. */
function dataStamp(root: string): string {
  const dir = join(root, 'content/data');
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return stat.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
    })
    .join('|');
}

const stamps = new Map<string, string>();

/** Set (process-wide: the config may load this module twice) once the data cannot change. */
const FROZEN = Symbol.for('dangjian.site-data-frozen');
const flags = globalThis as { [FROZEN]?: boolean };

/**
 * The data will not change while this process runs (`astro build`, said by
 * the content-check integration): currentSiteData stops looking at the
 * files. Looking costs a stat of every data file, for every page rendered —
 * with a file of figures per case, the square of the number of cases.
 */
export function freezeSiteData(): void {
  flags[FROZEN] = true;
}

/**
 * Site data for a project root, reloaded when a file under content/data
 * changes. A build reads the data once; `astro dev` keeps running while
 * authors edit YAML, and a page re-rendered then must not show yesterday's
 * figure.
 */
export function currentSiteData(root: string): SiteData {
  const key = resolve(root);
  if (flags[FROZEN] && stamps.has(key)) return loadSiteDataCached(key);
  const stamp = dataStamp(key);
  if (stamps.get(key) !== stamp) {
    clearSiteDataCache();
    stamps.clear();
    stamps.set(key, stamp);
  }
  return loadSiteDataCached(key);
}
