/**
 * Search in the offline package: the search script (runtime/search.ts, the
 * site's own engine and Pagefind's code, bundled by esbuild) and each file of
 * the Pagefind index as a classic script that hands over its bytes, loaded
 * only when a query needs it, as Pagefind loads its files when served.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLASSIC, searchPlugin, sitePlugin } from './esbuild-plugins.ts';
import {
  OFFLINE_DIR,
  OFFLINE_INDEX_FILE_CALLBACK,
  OFFLINE_SEARCH,
} from '../../src/lib/offline/package-files.ts';

const SEARCH_RUNTIME = fileURLToPath(new URL('./runtime/search.ts', import.meta.url));

/** Pagefind's index files (its code is bundled; its ready-made UIs are not used). */
const isIndexFile = (path: string): boolean =>
  /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(path) || path === 'pagefind-entry.json';

export async function writeSearch(dist: string, base: string, root: string, out: string): Promise<void> {
  const result = await build({
    ...CLASSIC,
    entryPoints: [SEARCH_RUNTIME],
    plugins: [searchPlugin(dist, root), sitePlugin(dist, base)],
  });
  mkdirSync(dirname(join(out, OFFLINE_SEARCH)), { recursive: true });
  writeFileSync(join(out, OFFLINE_SEARCH), result.outputFiles[0]!.contents);

  const index = join(dist, 'pagefind');
  for (const path of readdirSync(index, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(index, path)).isDirectory() || !isIndexFile(path)) continue;
    const target = join(out, OFFLINE_DIR, 'pagefind', `${path}.js`);
    mkdirSync(dirname(target), { recursive: true });
    const bytes = readFileSync(join(index, path)).toString('base64');
    writeFileSync(target, `${OFFLINE_INDEX_FILE_CALLBACK}(${JSON.stringify(path)},"${bytes}");\n`);
  }
}
