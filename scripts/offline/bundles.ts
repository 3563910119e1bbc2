/**
 * One classic script per kind of page: the page's module scripts (built
 * files and inline code, in order) and its islands, bundled by esbuild as an
 * IIFE, since file:// runs no module scripts. Pages with the same scripts
 * share the bundle. Dynamic imports are bundled in (a classic script cannot
 * import), except Mermaid, which the site loads from its own classic build,
 * and the document libraries, each a classic script of its own loaded when
 * first imported (esbuild-plugins.ts, SEPARATE_CHUNKS).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { OfflinePage } from './pages.ts';
import {
  CLASSIC,
  chunkEntry,
  chunkFile,
  chunkRefPlugin,
  deferredChunk,
  linkChunks,
  sitePlugin,
} from './esbuild-plugins.ts';
import { OFFLINE_DIR } from '../../src/lib/offline/package-files.ts';

const ISLANDS_RUNTIME = fileURLToPath(new URL('./runtime/islands.ts', import.meta.url));
const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 10);

function groupKey(page: OfflinePage): string {
  return JSON.stringify({
    scripts: page.scripts.map((s) => (s.kind === 'file' ? s.sitePath : hash(s.code))),
    islands: page.islands.map((i) => i.key),
  });
}

function entryCode(page: OfflinePage, dist: string, inlineDir: string): string {
  const lines: string[] = [];
  const parts: string[] = [];
  page.islands.forEach((island, i) => {
    lines.push(`import * as island${i} from ${JSON.stringify(join(dist, island.component))};`);
    lines.push(`import * as renderer${i} from ${JSON.stringify(join(dist, island.renderer))};`);
    parts.push(`${JSON.stringify(island.key)}: { module: island${i}, renderer: renderer${i} }`);
  });
  for (const script of page.scripts) {
    if (script.kind === 'file') {
      lines.push(`import ${JSON.stringify(join(dist, script.sitePath))};`);
    } else {
      const file = join(inlineDir, `inline-${hash(script.code)}.mjs`);
      writeFileSync(file, script.code);
      lines.push(`import ${JSON.stringify(file)};`);
    }
  }
  if (parts.length > 0) {
    lines.push(`import { hydrateIslands } from ${JSON.stringify(ISLANDS_RUNTIME)};`);
    lines.push(`void hydrateIslands({ ${parts.join(', ')} });`);
  }
  return lines.join('\n');
}

/** Writes the bundles into `out`; returns each page's bundle (site path), if it has scripts. */
export async function writePageBundles(
  pages: OfflinePage[],
  dist: string,
  base: string,
  out: string,
): Promise<Map<OfflinePage, string>> {
  const groups = new Map<string, OfflinePage[]>();
  for (const page of pages) {
    if (page.scripts.length === 0 && page.islands.length === 0) continue;
    const key = groupKey(page);
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const inlineDir = mkdtempSync(join(out, '.inline-'));
  mkdirSync(join(out, OFFLINE_DIR), { recursive: true });
  const bundleOf = new Map<OfflinePage, string>();
  const chunks = new Set<string>();
  /**
   * Bundle an entry; its separate chunks are noted for writing after. A chunk
   * (`own`) reads the libraries it imports from their own chunks.
   */
  const bundle = async (contents: string, file: string, own?: string) => {
    const deps = new Set<string>();
    const result = await build({
      ...CLASSIC,
      stdin: { contents, resolveDir: inlineDir, loader: 'js' },
      plugins: own ? [chunkRefPlugin(own, deps), sitePlugin(dist, base)] : [sitePlugin(dist, base)],
    });
    const linked = linkChunks(result.outputFiles[0]!.text);
    linked.chunks.forEach((name) => chunks.add(name));
    deps.forEach((name) => chunks.add(name));
    const code = own && deps.size > 0 ? deferredChunk(own, linked.code, [...deps]) : linked.code;
    writeFileSync(join(out, file), code);
  };
  try {
    for (const [key, members] of groups) {
      const sitePath = `/${OFFLINE_DIR}page-${hash(key)}.js`;
      await bundle(entryCode(members[0]!, dist, inlineDir), sitePath);
      for (const page of members) bundleOf.set(page, sitePath);
    }
    const written = new Set<string>();
    for (
      let name = [...chunks].find((n) => !written.has(n));
      name;
      name = [...chunks].find((n) => !written.has(n))
    ) {
      written.add(name);
      await bundle(chunkEntry(dist, name), chunkFile(name), name);
    }
  } finally {
    rmSync(inlineDir, { recursive: true, force: true });
  }
  return bundleOf;
}
