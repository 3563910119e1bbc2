/**
 * `npm run bench`: prints the site's measured figures next to their budgets.
 * Builds the site first unless dist/ exists (set REBUILD=1 to force).
 *
 * Every module in scripts/bench/ that exports `run(context)` is a section of
 * the report, run in file-name order; each prints its own table.
 * BENCH_ONLY=phone runs only the sections whose file name contains "phone".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchContext } from './bench/context.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

if (process.env['REBUILD'] === '1' || !existsSync(join(dist, 'index.html'))) {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

const context: BenchContext = { root, dist };
let failures = 0;
for (const file of readdirSync(join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.ts') && f.includes(process.env['BENCH_ONLY'] ?? ''))
  .sort()) {
  const mod = (await import(pathToFileURL(join(root, 'scripts/bench', file)).href)) as {
    run?: (c: BenchContext) => Promise<{ overBudget: string[] } | void>;
  };
  if (!mod.run) continue;
  const result = await mod.run(context);
  for (const line of result?.overBudget ?? []) {
    console.log(`超出预算：${line}`);
    failures += 1;
  }
}
if (failures > 0) process.exitCode = 1;
