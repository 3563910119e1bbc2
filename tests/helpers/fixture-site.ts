/**
 * A throw-away copy of the site with its own content/ folder, for tests that
 * must watch the build fail. Code (src, node_modules) is linked, the config is
 * copied so that it resolves content/ inside the copy; each case of the
 * registry gets a one-line page. With `wholeSite`, everything but
 * node_modules is copied (see FixtureOptions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';
import { buildEnv, outsideVitest } from './build-env.ts';
import { freePort } from '../../scripts/lib/free-port.ts';

export interface FixtureSite {
  dir: string;
  /** Write a file below the fixture root (e.g. "content/docs/index.md"). */
  write(path: string, text: string): void;
  /** Run `astro build`; returns exit status and combined output. */
  build(): { status: number | null; output: string };
  /** Start `astro dev` on a free port; resolves once it serves pages. */
  dev(): Promise<DevServer>;
  remove(): void;
}

export interface DevServer {
  /** The page at `path` ("/cases/x/"), as text. */
  fetchPage(path: string): Promise<string>;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): void;
}

export interface FixtureOptions {
  /**
   * A copy of the whole site (code, scripts and every page) instead of the
   * code linked and one page: the code then reads the copy's own case
   * registry (content/data/cases.json), which a linked src/ would not.
   */
  wholeSite?: boolean;
}

/** A one-line page for each case of the copy's registry, so that the registry's pages exist. */
function writeCaseStubs(dir: string, write: (path: string, text: string) => void): void {
  const registry = JSON.parse(readFileSync(join(dir, 'content/data/cases.json'), 'utf8')) as Array<
    Record<string, string>
  >;
  for (const c of registry) {
    // Place, level and sources come from the registry; the page states only what is its own.
    const front = ['---', `title: ${c['city']}`, 'kind: 案例', '---'];
    write(`content/docs/cases/${c['slug']}.md`, `${front.join('\n')}\n\n测试页。\n`);
  }
}

export function createFixtureSite(name: string, options: FixtureOptions = {}): FixtureSite {
  mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tests/.tmp', `${name}-`));
  const whole = options.wholeSite === true;
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const shared of ['src', 'scripts', 'public']) {
    if (whole) cpSync(join(ROOT, shared), join(dir, shared), { recursive: true });
    else if (shared !== 'scripts') symlinkSync(join(ROOT, shared), join(dir, shared));
  }
  for (const copied of ['astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, copied), join(dir, copied));
  }
  // Real data, so that only the file a test breaks is wrong.
  cpSync(join(ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  if (whole) {
    cpSync(join(ROOT, 'content/docs'), join(dir, 'content/docs'), { recursive: true });
  } else {
    write('content/docs/index.md', '---\ntitle: 首页\n---\n\n测试站点。\n');
    writeCaseStubs(dir, write);
  }
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
          // As in build-once.ts: a production build, not Vitest's environment.
          env: buildEnv({ FORCE_COLOR: '0' }),
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dev: () => startDev(dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function startDev(dir: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: { ...outsideVitest(), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: DevServer = {
    async fetchPage(path) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return response.text();
    },
    output: () => output,
    stop: () => void child.kill('SIGTERM'),
  };
  for (let waited = 0; !/ready in/.test(output); waited += 200) {
    if (child.exitCode !== null || waited > 60_000) {
      server.stop();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}
