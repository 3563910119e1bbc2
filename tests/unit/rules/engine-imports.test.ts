/**
 * The planner loads the engine up front within a tight JavaScript budget, so
 * the engine's import graph must stay free of zod and of Node APIs, and so
 * must reading a plan file (src/lib/plan-format/read.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

/** Value imports (not `import type`) reachable from a module, split into local files and packages. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
      if (m[1]) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.push(`${relative(ROOT, file)} → ${spec}`);
    }
  };
  visit(resolve(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)), packages };
}

describe('engine imports', () => {
  it('engine.ts reaches no package and no Node API', () => {
    const graph = importGraph('src/lib/rules/engine.ts');
    expect(graph.files).toContain('src/lib/rules/compile.ts');
    expect(graph.packages).toEqual([]);
  });

  it('check.ts reads plan files without zod: the validator is generated code', () => {
    const graph = importGraph('src/lib/rules/check.ts');
    expect(graph.files).toContain('src/lib/plan-format/generated/plan-validators.js');
    expect(graph.packages).toEqual([]);
  });
});
