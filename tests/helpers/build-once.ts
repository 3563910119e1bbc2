/**
 * Global setup of the build and e2e layers: build the site once per run.
 * Set REUSE_BUILD=1 to test an existing dist/ (e.g. when the e2e layer runs
 * right after the build layer in CI).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './paths.ts';
import { buildEnv } from './build-env.ts';

export default function setup(): void {
  if (process.env['REUSE_BUILD'] === '1' && existsSync(join(DIST, 'index.html'))) return;
  // process.execPath: the same (project-provided) Node that runs the tests.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Not Vitest's environment (NODE_ENV=test, BASE_URL…): see build-env.ts.
    env: buildEnv(),
  });
}
