/**
 * The planner loads the engine up front within a tight JavaScript budget, so
 * the engine's import graph must stay free of zod and of Node APIs, and so
 * must reading a plan file (src/lib/plan-format/read.ts).
 */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../helpers/imports.ts';

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
