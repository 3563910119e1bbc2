/**
 * The solver runs in the planner page beside the engine, so its import
 * graph must reach no package (not zod) and no Node API; and it takes what
 * it needs of the plan and rule modules through one file, so a move of
 * those folders touches one file here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../helpers/imports.ts';
import { ROOT } from '../../helpers/paths.ts';

const FOLDER = resolve(ROOT, 'src/lib/proposal');

describe('proposal imports', () => {
  it('the public module reaches no package and no Node API', () => {
    const { files, packages } = importGraph('src/lib/proposal/index.ts');
    expect(files).toContain('src/lib/rules/engine.ts');
    expect(packages).toEqual([]);
  });

  it('only upstream.ts imports from outside the folder', () => {
    const outside = readdirSync(FOLDER)
      .filter((f) => f.endsWith('.ts') && f !== 'upstream.ts')
      .flatMap((f) =>
        [...readFileSync(join(FOLDER, f), 'utf8').matchAll(/from\s+'([^']+)'/g)]
          .map((m) => m[1]!)
          .filter((spec) => !spec.startsWith('./'))
          .map((spec) => `${f} → ${spec}`),
      );
    expect(outside).toEqual([]);
  });
});
