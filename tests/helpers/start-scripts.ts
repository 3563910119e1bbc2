/**
 * The scripts a built page runs before any interaction, counted from the
 * built files: its inline scripts, its module scripts, preloads and island
 * chunks, and every chunk those import statically (they load with them).
 * Dynamic imports are left out: they load on use, or after the first screen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './paths.ts';

export const ASTRO = join(DIST, '_astro');
export const gzSize = (path: string): number => gzipSync(readFileSync(path)).length;

/** A set of chunks and the chunks they import statically. */
export function closure(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(ASTRO, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(m[1]!);
  }
  return seen;
}

/** The chunk Vite named after a module (Workspace.tsx → Workspace.<hash>.js), or every such chunk. */
export function chunksNamed(name: string): string[] {
  return readdirSync(ASTRO).filter((f) => f.startsWith(`${name}.`) && /^[\w-]+\.[\w-]+\.js$/.test(f));
}

/** What a page's HTML loads itself: module scripts, preloads, islands' components and renderers. */
function pageScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]*\ssrc="\/_astro\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/_astro\/([^"]+\.js)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="\/_astro\/([^"]+\.js)"/g),
  ];
  return urls.map((m) => m[1]!);
}

/** The page's inline scripts (not JSON data blocks), gzip together. */
function inlineScriptsGz(html: string): number {
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ];
  return gzipSync(inline.map((m) => m[1]).join('\n')).length;
}

/** The start-up scripts of a built page plus the given chunks loaded at start: files and gzip bytes. */
export function startScripts(html: string, alsoAtStart: readonly string[] = []) {
  const files = [...closure([...pageScripts(html), ...alsoAtStart])].sort();
  const modules = files.reduce((n, f) => n + gzSize(join(ASTRO, f)), 0);
  return { files, modules, inline: inlineScriptsGz(html), total: modules + inlineScriptsGz(html) };
}
