/** The year of a real case's material, as the site derives it: from its source record's date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { materialYear, type CaseRecord } from '../../src/lib/content/registry.ts';
import { ROOT } from './paths.ts';

export function sourceDateOf(record: CaseRecord): string {
  const text = readFileSync(join(ROOT, 'content/data/sources', `${record.source}.yaml`), 'utf8');
  return String((parse(text) as { date?: unknown }).date ?? '');
}

export function yearOf(record: CaseRecord): number | undefined {
  return materialYear(sourceDateOf(record));
}
