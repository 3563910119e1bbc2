/**
 * Global setup of the deployment tests, after build-once.ts (dist/): the
 * site built again under the sub-path /dangjian/ (into tests/.tmp, never over
 * dist/), and the USB package made from dist/. With REUSE_BUILD=1 an existing
 * output is tested as it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_OFFLINE, DIST_PREFIX, PREFIX, ROOT } from './paths.ts';
import { buildEnv } from './build-env.ts';

const reuse = (dir: string) => process.env['REUSE_BUILD'] === '1' && existsSync(join(dir, 'index.html'));

export default function setup(): void {
  if (!reuse(DIST_PREFIX)) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', DIST_PREFIX],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv({ BASE_PATH: PREFIX }) },
    );
  }
  if (!reuse(DIST_OFFLINE)) {
    execFileSync(process.execPath, [join(ROOT, 'scripts/package-offline.ts'), '--no-build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: buildEnv(),
    });
  }
}
