/** The fidelity lists (tests/fidelity/<case>.yaml): figures checked against the sources by hand. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths.ts';

export interface FidelityEntry {
  /** Case slug = file name. */
  slug: string;
  figure: string;
  /** The figure as the source writes it, e.g. "863个". */
  expect: string;
  /** Words that must stand in the same block of the case page as the figure. */
  context: string;
  /** Literal snippet of the source containing the number. */
  quote: string;
}

export function readFidelityLists(): FidelityEntry[] {
  const dir = join(ROOT, 'tests/fidelity');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const slug = file.replace(/\.yaml$/, '');
      const entries = parse(readFileSync(join(dir, file), 'utf8')) as Array<Omit<FidelityEntry, 'slug'>>;
      return entries.map((entry) => ({ ...entry, slug }));
    });
}
