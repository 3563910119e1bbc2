/**
 * Validates every data collection under content/data the way the build's
 * loaders do (src/loaders/site-data.ts), collecting the problems of all of
 * them instead of stopping at the first file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataError, type LocatedRecord } from '../../lib/data/yaml-records.ts';
import type { Located, SiteData } from '../../lib/data/site-data.ts';
import { eventSchema, figureSchema, glossaryEntrySchema, sourceSchema } from '../../lib/schemas/data.ts';
import { compareEntrySchema } from '../../lib/schemas/compare.ts';
import { TEACHING_PATH, teachingNotesSchema } from '../../lib/schemas/teaching.ts';
import { DATA_PATHS, loadCollection, loadFigures } from '../site-data.ts';
import { withCaseCity } from '../../lib/data/figure-case.ts';
import { readYamlRecords, yamlFilesIn } from '../yaml-files.ts';

interface Collection {
  path: string;
  schema: z.ZodType;
  idOf: (value: never) => string;
}

const COLLECTIONS: Collection[] = [
  { path: DATA_PATHS.sources, schema: sourceSchema, idOf: (s: { id: string }) => s.id },
  { path: DATA_PATHS.glossary, schema: glossaryEntrySchema, idOf: (g: { id: string }) => g.id },
  { path: DATA_PATHS.events, schema: eventSchema, idOf: (e: { id: string }) => e.id },
  { path: DATA_PATHS.compare, schema: compareEntrySchema, idOf: (c: { id: string }) => c.id },
  { path: TEACHING_PATH, schema: teachingNotesSchema, idOf: (t: { case: string }) => t.case },
];

/** Problems of every collection, as `file:line  message`. */
export function checkData(root: string): string[] {
  const loaders = [
    () => loadFigures(root),
    ...COLLECTIONS.map(
      ({ path, schema, idOf }) =>
        () =>
          loadCollection(root, path, schema, idOf as (value: unknown) => string),
    ),
  ];
  const problems = loaders.flatMap((load) => {
    try {
      load();
      return [];
    } catch (error) {
      if (error instanceof DataError) return error.problems;
      throw error;
    }
  });
  return [...problems, ...registryFieldsInSources(root)];
}

/**
 * A source record that still lists its cities. Rejected rather than ignored
 * (the schema would drop it silently): the cities of a source are those of
 * the cases that name it in the registry, and a second list would drift.
 */
function registryFieldsInSources(root: string): string[] {
  const dir = join(root, DATA_PATHS.sources);
  if (!existsSync(dir)) return [];
  return yamlFilesIn(dir).flatMap((file) => {
    let records: LocatedRecord[];
    try {
      records = readYamlRecords(file, root);
    } catch {
      return []; // the YAML error is reported by loadCollection
    }
    return records
      .filter((r) => r.data !== null && typeof r.data === 'object' && 'cities' in (r.data as object))
      .map(
        (r) =>
          `${r.file}:${r.lineOf(['cities'])}  来源记录不再写 cities（涉及城市）：来源涉及的城市由案例登记 content/data/cases.json 中各案例的 source 得出，请删去这一行`,
      );
  });
}

/** Ids of the sources recorded under content/data/sources (file names; the schema checks each id). */
export function sourceIdsOnDisk(root: string): string[] {
  const dir = join(root, DATA_PATHS.sources);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''));
}

/** Every valid record of one collection, skipping files and records with problems (checkData reports those). */
function validRecords<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
): Map<string, Located<z.infer<S>>> {
  const full = join(root, path);
  if (!existsSync(full)) return new Map();
  const records = yamlFilesIn(full).flatMap((file): LocatedRecord[] => {
    try {
      return readYamlRecords(file, root);
    } catch {
      return [];
    }
  });
  const valid = new Map<string, Located<z.infer<S>>>();
  for (const record of records) {
    const result = schema.safeParse(record.data);
    const id = (result.data as { id?: string } | undefined)?.id;
    if (result.success && id !== undefined && !valid.has(id)) valid.set(id, { value: result.data, record });
  }
  return valid;
}

/**
 * The site data with the bad records left out, so that the pages can still
 * be checked against everything that is right while a data file is broken:
 * one YAML typo then gives one problem, not one per page.
 */
export function lenientSiteData(root: string): SiteData {
  return {
    sources: validRecords(root, DATA_PATHS.sources, sourceSchema),
    figures: new Map(
      [...validRecords(root, DATA_PATHS.figures, figureSchema)].map(([id, { value, record }]) => [
        id,
        { record, value: withCaseCity(value, record.file) },
      ]),
    ),
    glossary: validRecords(root, DATA_PATHS.glossary, glossaryEntrySchema),
    events: validRecords(root, DATA_PATHS.events, eventSchema),
  };
}

/** Ids of the cases content/data/compare.yaml has rows for (none when the file is missing or broken: checkData reports that). */
export function comparedCasesOnDisk(root: string): string[] {
  const path = join(root, DATA_PATHS.compare);
  if (!existsSync(path)) return [];
  try {
    return readYamlRecords(path, root).map((r) => String((r.data as { id?: unknown } | null)?.id ?? ''));
  } catch {
    return [];
  }
}
