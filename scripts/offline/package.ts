/**
 * The offline (USB) package: the built site made to work when opened from
 * file:// — pages with relative links (pages.ts), one classic script per kind
 * of page instead of modules (bundles.ts), Mermaid's classic build, the
 * search index as scripts (search.ts), data the site loads at run time as
 * scripts beside the files, and 使用说明.txt — then zipped.
 */
import { completeScriptHashes } from '../../src/integrations/csp-hashes.ts';
import { PACKAGE_SCRIPT_SOURCES } from '../../src/lib/security/csp.ts';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { offlinePage, type OfflinePage } from './pages.ts';
import { writePageBundles } from './bundles.ts';
import { writeSearch } from './search.ts';
import { README_NAME, readmeText } from './readme.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { OFFLINE_JSON_GLOBAL, OFFLINE_MERMAID } from '../../src/lib/offline/package-files.ts';
import { NOT_FOR_READERS } from '../../src/lib/offline/site-files.ts';

export interface PackageReport {
  pages: number;
  bundles: number;
  bytes: number;
  distBytes: number;
  zipBytes: number;
}

/** The folder inside the zip: what a reader sees after unpacking. */
export const ZIP_FOLDER = '城市基层党建案例库';

/**
 * Folders of the JSON the site reads at run time (load-json.ts): the planner's index, packs and
 * templates, the compare page's list of cases and its columns, and the timeline's event texts.
 */
const RUNTIME_JSON_FOLDERS = [
  createRoutes('/').planner(),
  createRoutes('/').compare(),
  createRoutes('/')
    .timelineChunk(0)
    .replace(/[^/]*$/, ''),
].map((folder) => folder.replace(/^\//, ''));

/** JSON the site reads at run time, shipped also as scripts. */
const runtimeJson = (all: readonly string[]): string[] =>
  all.filter(
    (path) => RUNTIME_JSON_FOLDERS.some((folder) => path.startsWith(folder)) && path.endsWith('.json'),
  );

/** The diagrams' Mermaid sources (diagram-source.ts), read at run time as text: shipped also as scripts. */
const DIAGRAMS_FOLDER = createRoutes('/')
  .diagram('')
  .replace(/^\/|[^/]*$/g, '');
const runtimeText = (all: readonly string[]): string[] =>
  all.filter((path) => path.startsWith(DIAGRAMS_FOLDER) && path.endsWith('.txt'));

/** Left out: module scripts (bundled instead), the served index (shipped as scripts), the worker, files for crawlers. */
function copied(path: string): boolean {
  if (path.startsWith('_astro/') && path.endsWith('.js')) return false;
  if (path.startsWith('pagefind/') || path === 'pagefind') return false;
  if (path === 'manifest.webmanifest') return false;
  return !NOT_FOR_READERS.some((pattern) =>
    new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`).test(path),
  );
}

/** The base the site was built for: the web app manifest's scope (src/pages/manifest.webmanifest.ts). */
function baseOf(dist: string): string {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { scope?: string };
  return manifest.scope ?? '/';
}

const sitePathOfFile = (path: string): string => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

const sizeOf = (dir: string): number =>
  filesIn(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);

export async function packageOffline(options: {
  root: string;
  dist: string;
  out: string;
  zip: string;
}): Promise<PackageReport> {
  const { root, dist, out, zip } = options;
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`没有找到构建结果（${dist}）：请先 npm run build。`);
  const base = baseOf(dist);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const all = filesIn(dist);
  for (const path of all.filter(copied).filter((p) => !p.endsWith('.html'))) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    cpSync(join(dist, path), join(out, path));
  }

  const pages: OfflinePage[] = all
    .filter((path) => path.endsWith('.html') && copied(path))
    .map((path) => offlinePage(readFileSync(join(dist, path), 'utf8'), sitePathOfFile(path), base));
  const bundles = await writePageBundles(pages, dist, base, out);
  for (const page of pages) {
    const file = page.sitePath.endsWith('/') ? `${page.sitePath}index.html` : page.sitePath;
    mkdirSync(dirname(join(out, file)), { recursive: true });
    // The page's scripts were rewritten: its policy names the ones it now has.
    const html = completeScriptHashes(page.render(bundles.get(page)), {
      sources: [...PACKAGE_SCRIPT_SOURCES],
      replace: true,
    });
    writeFileSync(join(out, file), html);
  }

  const dataScript = (path: string, value: string) =>
    writeFileSync(
      join(out, `${path}.js`),
      `(globalThis.${OFFLINE_JSON_GLOBAL} ??= {})[document.currentScript.src] = ${value};\n`,
    );
  for (const path of runtimeJson(all)) dataScript(path, readFileSync(join(dist, path), 'utf8').trim());
  for (const path of runtimeText(all))
    dataScript(path, JSON.stringify(readFileSync(join(dist, path), 'utf8')));
  const mermaid = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  cpSync(mermaid, join(out, OFFLINE_MERMAID));
  await writeSearch(dist, base, root, out);
  writeFileSync(join(out, README_NAME), readmeText(new Date()));

  const entries: Zippable = {};
  for (const path of filesIn(out)) entries[`${ZIP_FOLDER}/${path}`] = readFileSync(join(out, path));
  writeFileSync(zip, zipSync(entries, { level: 9 }));

  return {
    pages: pages.length,
    bundles: new Set(bundles.values()).size,
    bytes: sizeOf(out),
    distBytes: sizeOf(dist),
    zipBytes: statSync(zip).size,
  };
}
