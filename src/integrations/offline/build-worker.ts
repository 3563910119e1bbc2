/**
 * Writes the service worker of a finished build: workbox-build lists the
 * built files with their revisions and sizes, we add each file's integrity
 * and the base to its URL, and esbuild bundles src/sw/service-worker.ts with
 * that list in it. One worker per build: a new build is a new worker, which
 * replaces the old one and its files (see the worker's own comment).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { createRoutes } from '../../lib/routes.ts';
import type { SiteFile } from '../../lib/offline/protocol.ts';
import { inShell, NOT_FOR_READERS, OFFLINE_PAGE } from '../../lib/offline/site-files.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../../sw/service-worker.ts', import.meta.url));
/** The worker's file at the site's root: its scope is the whole site. */
const WORKER_FILE = 'sw.js';
/** Larger files are left to the network (none is near it; the largest is a Mermaid chunk). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const integrityOf = (file: string): string =>
  `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** The built files a reader can need, as the worker lists them. */
async function siteFiles(dist: string, base: string): Promise<SiteFile[]> {
  const routes = createRoutes(base);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: NOT_FOR_READERS,
    // Vite's file names carry their hash: the URL is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  });
  if (warnings.length > 0) throw new Error(`离线文件清单：${warnings.join('；')}`);
  return (manifestEntries ?? []).map((entry) => {
    const file = join(dist, entry.url);
    return {
      url: routes.file(entry.url.split('/').map(encodeURIComponent).join('/')),
      revision: entry.revision ?? null,
      integrity: integrityOf(file),
      size: statSync(file).size,
    };
  });
}

export interface WorkerReport {
  files: number;
  bytes: number;
  shellFiles: number;
}

/** Bundle the worker with this build's files into dist/sw.js. */
export async function buildServiceWorker(dist: string, base: string): Promise<WorkerReport> {
  const files = await siteFiles(dist, base);
  const routes = createRoutes(base);
  const shell = files.filter((f) => inShell(decodeURIComponent(f.url.slice(routes.base.length))));
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      __SITE_FILES__: JSON.stringify(files),
      __SHELL_URLS__: JSON.stringify(shell.map((f) => f.url)),
      __OFFLINE_PAGE_URL__: JSON.stringify(routes.page(`${OFFLINE_PAGE}index.html`)),
      // Workbox's development logging stays out.
      'process.env.NODE_ENV': '"production"',
    },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('service worker 打包失败：没有输出');
  writeFileSync(join(dist, WORKER_FILE), code);
  return { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0), shellFiles: shell.length };
}
