/**
 * A throw-away copy of the site with its own content/ folder, for tests that
 * must watch the build fail. Code (src, node_modules) is linked, the config is
 * copied so that it resolves content/ inside the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

export interface FixtureSite {
  dir: string;
  /** Write a file below the fixture root (e.g. "content/docs/index.md"). */
  write(path: string, text: string): void;
  /** Run `astro build`; returns exit status and combined output. */
  build(): { status: number | null; output: string };
  remove(): void;
}

export function createFixtureSite(name: string): FixtureSite {
  mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tests/.tmp', `${name}-`));
  for (const linked of ['node_modules', 'src', 'public']) {
    symlinkSync(join(ROOT, linked), join(dir, linked));
  }
  for (const copied of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, copied), join(dir, copied));
  }
  // Real data, so that only the file a test breaks is wrong.
  cpSync(join(ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
  mkdirSync(join(dir, 'content/docs'), { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('content/docs/index.md', '---\ntitle: 首页\n---\n\n测试站点。\n');
  return {
    dir,
    write,
    build() {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
        {
          cwd: dir,
          encoding: 'utf8',
          // As in build-once.ts: a production build, not Vitest's NODE_ENV=test.
          env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
