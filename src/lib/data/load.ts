/**
 * Loads and validates every data collection under content/data, once per
 * process. The Markdown plugins and command-line tools use this; Astro pages
 * use getCollection(), which is fed by the same readers (src/content.config.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { readYamlRecords, validateRecords, yamlFilesIn, type LocatedRecord } from './yaml-records.ts';
import {
  eventSchema,
  figureSchema,
  glossaryEntrySchema,
  sourceSchema,
  type Figure,
  type GlossaryEntry,
  type Source,
  type TimelineEvent,
} from '../schemas/data.ts';

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

export interface Located<T> {
  value: T;
  record: LocatedRecord;
}

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

export interface SiteData {
  sources: Map<string, Located<Source>>;
  figures: Map<string, Located<Figure>>;
  glossary: Map<string, Located<GlossaryEntry>>;
  events: Map<string, Located<TimelineEvent>>;
}

const byId = <T extends { id: string }>(items: Array<Located<T>>) =>
  new Map(items.map((item) => [item.value.id, item]));

/** Load every collection from a project root (no caching: see loadSiteDataCached). */
export function loadSiteData(root: string): SiteData {
  return {
    sources: byId(loadCollection(root, DATA_PATHS.sources, sourceSchema, (s) => s.id)),
    figures: byId(loadCollection(root, DATA_PATHS.figures, figureSchema, (f) => f.id)),
    glossary: byId(loadCollection(root, DATA_PATHS.glossary, glossaryEntrySchema, (g) => g.id)),
    events: byId(loadCollection(root, DATA_PATHS.events, eventSchema, (e) => e.id)),
  };
}

const cache = new Map<string, SiteData>();

/** Cached per root: a build renders hundreds of pages against the same data. */
export function loadSiteDataCached(root: string): SiteData {
  const key = resolve(root);
  let data = cache.get(key);
  if (!data) {
    data = loadSiteData(key);
    cache.set(key, data);
  }
  return data;
}

export function clearSiteDataCache(): void {
  cache.clear();
}
