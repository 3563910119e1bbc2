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
 *  - the search dictionary and pagefind.js, for the search script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { stripBase } from '../../src/lib/routes.ts';
import { buildSiteDictionary } from '../../src/lib/search/dictionary-source.ts';

export function sitePlugin(dist: string, base: string): Plugin {
  return {
    name: 'offline-site',
    setup(build) {
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
