/**
 * How esbuild reads the built site when it makes the offline package's
 * classic scripts out of its modules (bundles.ts, search.ts):
 *
 *  - "/_astro/x.js" (an inline script's import, base included) is the file in dist;
 *  - Vite's preload helper becomes a pass-through: it would add
 *    <link rel="modulepreload"> for files the bundle already holds;
 *  - Mermaid's module is left out: from file:// the site loads Mermaid's
 *    own classic build (src/components/markdown/load-mermaid.ts), and the
 *    import that would need the module never runs;
 *  - the document libraries (Word, slides), loaded on click, stay apart as
 *    classic scripts of their own (SEPARATE_CHUNKS), loaded when imported,
 *    instead of a copy in every page's bundle; a chunk that imports one of
 *    them (page-export needs docx) names it as a dependency rather than
 *    holding a second copy (chunkRefPlugin);
 *  - the search dictionary and pagefind.js, for the search script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { OFFLINE_ROUTES_GLOBAL, stripBase } from '../../src/lib/routes.ts';
import { OFFLINE_DIR } from '../../src/lib/offline/package-files.ts';
import { buildSiteDictionary } from '../../src/loaders/search-dictionary.ts';

/**
 * The large libraries loaded on click (Word, slides). A module the page
 * imports dynamically that needs one (page-export, plan-papers…: functions of
 * their arguments and the page, no state shared with it) becomes one classic
 * script (_offline/chunk-<file>) instead of a copy in every bundle.
 */
const SEPARATE_CHUNKS = [/^docx\.[\w-]+\.js$/, /^pptx\.[\w-]+\.js$/];

const needsLibrary = new Map<string, boolean>();

/** Does this built module, or anything it imports statically, hold one of those libraries? */
function holdsLibrary(file: string, seen = new Set<string>()): boolean {
  const known = needsLibrary.get(file);
  if (known !== undefined) return known;
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const own = SEPARATE_CHUNKS.some((r) => r.test(basename(file)));
  const imports = parse(readFileSync(file, 'utf8'))[0].filter((i) => i.d === -1 && i.n?.startsWith('./'));
  const result = own || imports.some((i) => holdsLibrary(join(dirname(file), i.n!), seen));
  needsLibrary.set(file, result);
  return result;
}

/** How a bundle names a separate chunk it imports; replaced by a call of CHUNK_LOADER. */
const CHUNK_IMPORT = 'offline-chunk:';
const CHUNK_LOADER = '__offlineImport';
const CHUNK_EXPORTS = '__offlineChunkExports';
/** Chunks that need other chunks first: name → { deps, run }, run once the deps are loaded. */
const CHUNK_PENDING = '__offlineChunkPending';

/** File of a separate chunk in the package. */
export const chunkFile = (name: string): string => `${OFFLINE_DIR}chunk-${name}`;

/**
 * Defined at the top of every bundle: loads a separate chunk as a classic
 * script, under the page's base, once; when the chunk waits for others (a
 * CHUNK_PENDING entry), loads those first and then runs it; resolves with its
 * exports.
 */
const CHUNK_LOADER_CODE = `var ${CHUNK_LOADER}=function(n){var g=globalThis,c=g.__offlineChunkLoads||(g.__offlineChunkLoads={});return c[n]||(c[n]=new Promise(function(ok,no){var s=document.createElement("script");s.src=g.${OFFLINE_ROUTES_GLOBAL}.base+${JSON.stringify(OFFLINE_DIR)}+"chunk-"+n;s.onload=function(){var p=g.${CHUNK_PENDING}&&g.${CHUNK_PENDING}[n];if(!p)return ok(g.${CHUNK_EXPORTS}[n]);Promise.all(p.deps.map(${CHUNK_LOADER})).then(function(){p.run();ok(g.${CHUNK_EXPORTS}[n])},no)};s.onerror=function(){delete c[n];no(new Error("文件缺失："+s.src))};document.head.append(s)}))};`;

/** The entry of a separate chunk's own script: its exports, handed to the loader. */
export const chunkEntry = (dist: string, name: string): string =>
  `import * as m from ${JSON.stringify(join(dist, '_astro', name))};\n(globalThis.${CHUNK_EXPORTS} ??= {})[${JSON.stringify(name)}] = m;`;

/**
 * A chunk's script whose code must wait for other chunks (its deps): the code
 * is kept in a function that the loader runs once they are loaded.
 */
export const deferredChunk = (name: string, code: string, deps: string[]): string =>
  `(globalThis.${CHUNK_PENDING} ??= {})[${JSON.stringify(name)}] = { deps: ${JSON.stringify(deps)}, run: function () {\n${code}\n} };\n`;

/** A bundle's code with its separate-chunk imports made loader calls; the chunks it names. */
export function linkChunks(code: string): { code: string; chunks: string[] } {
  const chunks: string[] = [];
  const linked = code.replace(
    new RegExp(`import\\(\\s*"${CHUNK_IMPORT}([^"]+)"\\s*\\)`, 'g'),
    (_all, name: string) => {
      chunks.push(name);
      return `${CHUNK_LOADER}(${JSON.stringify(name)})`;
    },
  );
  return { code: `${CHUNK_LOADER_CODE}\n${linked}`, chunks };
}

/**
 * For the build of chunk `own`: a static import of another separate chunk's
 * library reads that chunk's exports (loaded first, see deferredChunk) instead
 * of bundling a second copy. The names imported so are added to `deps`.
 */
export function chunkRefPlugin(own: string, deps: Set<string>): Plugin {
  return {
    name: 'offline-chunk-ref',
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, (args) => {
        const name = basename(args.path);
        if (args.kind !== 'import-statement' || name === own) return undefined;
        if (!SEPARATE_CHUNKS.some((r) => r.test(name))) return undefined;
        deps.add(name);
        return { path: name, namespace: 'offline-chunk-ref' };
      });
      build.onLoad({ filter: /.*/, namespace: 'offline-chunk-ref' }, (args) => ({
        contents: `module.exports = globalThis.${CHUNK_EXPORTS}[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

export function sitePlugin(dist: string, base: string): Plugin {
  return {
    name: 'offline-site',
    setup(build) {
      build.onResolve({ filter: /^\.\/.*\.js$/ }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        await init;
        const file = join(args.resolveDir, args.path);
        return holdsLibrary(file) ? { path: `${CHUNK_IMPORT}${basename(file)}`, external: true } : undefined;
      });
      build.onResolve({ filter: /^\// }, (args) => {
        // A file's own absolute path (the entries name files so) is not a URL.
        if (existsSync(args.path)) return undefined;
        const site = stripBase(base, args.path);
        return site === undefined ? undefined : { path: join(dist, site) };
      });
      build.onResolve({ filter: /mermaid\.core\.[\w-]+\.js$/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, namespace: 'offline-unused' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'offline-unused' }, () => ({
        contents: "throw new Error('本地文件中不用此模块');",
        loader: 'js',
      }));
      build.onLoad({ filter: /preload-helper\.[\w-]+\.js$/ }, async (args) => {
        await init;
        const [, exports] = parse(readFileSync(args.path, 'utf8'));
        const names = exports.map((e) => e.n);
        return {
          contents: `const pass = (load) => load();\nexport { ${names.map((n) => `pass as ${n}`).join(', ')} };`,
          loader: 'js',
        };
      });
    },
  };
}

export function searchPlugin(dist: string, root: string): Plugin {
  return {
    name: 'offline-search',
    setup(build) {
      build.onResolve({ filter: /^offline:pagefind$/ }, () => ({ path: join(dist, 'pagefind/pagefind.js') }));
      build.onResolve({ filter: /^virtual:search-dictionary$/ }, () => ({
        path: 'dictionary',
        namespace: 'offline-dictionary',
      }));
      build.onLoad({ filter: /.*/, namespace: 'offline-dictionary' }, () => ({
        contents: `export default ${JSON.stringify(buildSiteDictionary(root))};`,
        loader: 'js',
      }));
    },
  };
}

/** Options every offline bundle shares: a classic script, minified, Chinese kept as it is. */
export const CLASSIC = {
  bundle: true,
  format: 'iife',
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
  // Module-only metadata: read only on code paths a served page takes.
  define: { 'import.meta.url': 'undefined', 'import.meta.resolve': 'undefined' },
} as const;
