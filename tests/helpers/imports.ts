/**
 * The value imports reachable from a module (type-only imports left out),
 * split into local files and packages: for tests that keep code the
 * browser loads up front free of zod and of Node APIs.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ROOT } from './paths.ts';

export function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm,
    )) {
      if (m[1]) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.push(`${relative(ROOT, file)} → ${spec}`);
    }
  };
  visit(resolve(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)), packages };
}
