/**
 * The site's Markdown pipeline wired to the project on disk: our remark
 * plugins (src/lib/markdown) get the current data under content/data and
 * the pages' own files (for line numbers in messages).
 *
 * renderDigest: a digest of everything a rendered Markdown page depends on besides its
 * own text: the data under content/data and the code of the pipeline.
 *
 * Astro's content store keeps each Markdown page's rendered HTML until the
 * page's own text changes, so editing a figure in YAML — or a plugin — would
 * leave stale numbers (and unchecked references) in cached pages. Astro
 * clears the store whenever its config changes, and our plugin options are
 * part of that config: passing this digest as an option ties the cache to
 * the data and the code too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { createRemarkPlugins } from '../lib/markdown/index.ts';
import { remarkRecordDirectives } from '../lib/markdown/directive-scan.ts';
import { currentSiteData } from './site-data.ts';

/** Folders whose files shape a page's rendering, relative to the project root. */
const RENDER_INPUTS = [
  'content/data',
  'src/lib/markdown',
  'src/lib/figures',
  'src/lib/glossary',
  'src/lib/data',
  'src/lib/schemas',
  'src/loaders',
];

export function renderDigest(root: string, folders: string[] = RENDER_INPUTS): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const path = join(dir, name);
      if (!statSync(path).isFile()) continue;
      hash.update(`${folder}/${name}`).update('\0').update(readFileSync(path)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** A page's file as on disk, or undefined when it cannot be read. */
function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The remark plugins over the data of a project root (the tests use fixture data). */
export function remarkPluginsFor(root: string, base = '/'): RemarkPlugins {
  return createRemarkPlugins({ base, siteData: () => currentSiteData(root), readSource });
}

/**
 * The site's plugins, for the base the config builds for (Astro runs from the project root). First,
 * the pages' directives are recorded as parsed, for the glossary's backlinks, the case library and
 * the figures table (src/lib/markdown/directive-scan.ts), which would otherwise parse every page again.
 */
export function siteRemarkPlugins(base: string): RemarkPlugins {
  const root = process.cwd();
  const plugins = createRemarkPlugins({
    base,
    siteData: () => currentSiteData(root),
    readSource,
    renderDigest: renderDigest(root),
  });
  return [remarkRecordDirectives, ...plugins];
}
