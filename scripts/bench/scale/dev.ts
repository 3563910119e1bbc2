/**
 * The authoring loop on a large library: `astro dev` on the synthetic site,
 * a case page edited, and the time until the server serves the edited text
 * (what a reader of the preview waits for after saving).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../lib/free-port.ts';

export interface DevFigures {
  /** Seconds from start until the server answered a first page. */
  startSeconds: number;
  /** Milliseconds from saving an edit to the page showing it, for each edit. */
  reloadMs: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ORDINALS = ['一', '二', '三', '四', '五'];

async function waitFor(url: string, text: string | undefined, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok && (text === undefined || (await response.text()).includes(text))) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline)
      throw new Error(`${url} 在 ${timeoutMs / 1000} 秒内没有${text ? '显示改动' : '应答'}`);
    await sleep(50);
  }
}

/** Start `astro dev` at `dir`, edit the page of `slug` `edits` times, time each until it shows. */
export async function measureDevLoop(
  root: string,
  dir: string,
  slug: string,
  edits = 3,
): Promise<DevFigures> {
  const port = await freePort();
  // The server's log beside the copy (kept with --keep): where a slow start or reload spent its time.
  const log = openSync(join(dir, 'dev.log'), 'w');
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      stdio: ['ignore', log, log],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    },
  );
  try {
    const url = `http://127.0.0.1:${port}/cases/${slug}/`;
    const started = performance.now();
    await waitFor(url, undefined, 30 * 60_000);
    const startSeconds = (performance.now() - started) / 1000;
    const reloadMs: number[] = [];
    for (let i = 1; i <= edits; i += 1) {
      // In words, not digits: a digit in a case page's text fails the content check (figures are
      // written as :fig[…]), and the page would show the error instead of the edit.
      const marker = `规模测试改动第${ORDINALS[i - 1] ?? '几'}次`;
      const saved = performance.now();
      appendFileSync(join(dir, 'content/docs/cases', `${slug}.md`), `\n${marker}。\n`);
      await waitFor(url, marker, 120_000);
      reloadMs.push(performance.now() - saved);
    }
    return { startSeconds, reloadMs };
  } finally {
    child.kill('SIGTERM');
  }
}
