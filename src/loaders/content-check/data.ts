/**
 * Validates every data collection under content/data the way the build's
 * loaders do (src/loaders/site-data.ts), collecting the problems of all of
 * them instead of stopping at the first file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../../lib/data/yaml-records.ts';
import { eventSchema, figureSchema, glossaryEntrySchema, sourceSchema } from '../../lib/schemas/data.ts';
import { compareEntrySchema } from '../../lib/schemas/compare.ts';
import { TEACHING_PATH, teachingNotesSchema } from '../../lib/schemas/teaching.ts';
import { DATA_PATHS, loadCollection } from '../site-data.ts';

interface Collection {
  path: string;
  schema: z.ZodType;
  idOf: (value: never) => string;
}

const COLLECTIONS: Collection[] = [
  { path: DATA_PATHS.sources, schema: sourceSchema, idOf: (s: { id: string }) => s.id },
  { path: DATA_PATHS.figures, schema: figureSchema, idOf: (f: { id: string }) => f.id },
  { path: DATA_PATHS.glossary, schema: glossaryEntrySchema, idOf: (g: { id: string }) => g.id },
  { path: DATA_PATHS.events, schema: eventSchema, idOf: (e: { id: string }) => e.id },
  { path: DATA_PATHS.compare, schema: compareEntrySchema, idOf: (c: { id: string }) => c.id },
  { path: TEACHING_PATH, schema: teachingNotesSchema, idOf: (t: { case: string }) => t.case },
];

/** Problems of every collection, as `file:line  message`. */
export function checkData(root: string): string[] {
  return COLLECTIONS.flatMap(({ path, schema, idOf }) => {
    try {
      loadCollection(root, path, schema, idOf as (value: unknown) => string);
      return [];
    } catch (error) {
      if (error instanceof DataError) return error.problems;
      throw error;
    }
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
