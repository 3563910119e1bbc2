/**
 * The source texts by section, as stored for the tests (tests/fidelity/sections/
 * <source>.yaml): whitespace removed, masked characters and lost digits as in
 * the source. scripts/verify-fidelity.ts checks them against the source texts
 * where those are present; the tests check every quotation against them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths.ts';

const DIR = join(ROOT, 'tests/fidelity/sections');

/** Source id → section id → text. */
export function readSectionTexts(): Map<string, Record<string, string>> {
  return new Map(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [
        f.replace(/\.yaml$/, ''),
        (parse(readFileSync(join(DIR, f), 'utf8')) ?? {}) as Record<string, string>,
      ]),
  );
}
