/**
 * The planner loads the engine up front within a tight JavaScript budget, so
 * the engine's import graph must stay free of zod and of Node APIs; only
 * parsing a plan file (src/lib/plan/io.ts) brings zod in.
 */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../helpers/imports.ts';

describe('engine imports', () => {
  it('engine.ts reaches no package and no Node API', () => {
    const graph = importGraph('src/lib/rules/engine.ts');
    expect(graph.files).toContain('src/lib/rules/compile.ts');
    expect(graph.packages).toEqual([]);
  });

  it('check.ts brings zod in through the plan parser only', () => {
    const graph = importGraph('src/lib/rules/check.ts');
    expect(graph.packages.every((p) => p.endsWith('→ zod'))).toBe(true);
    expect(graph.packages.some((p) => p.startsWith('src/lib/plan/'))).toBe(true);
  });
});
