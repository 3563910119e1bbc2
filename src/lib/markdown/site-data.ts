/**
 * The site data as the Markdown plugins see it: loadSiteDataCached, but
 * reloaded when a file under content/data changes. A build reads the data
 * once; `astro dev` keeps running while authors edit YAML, and a page
 * re-rendered then must not show yesterday's figure.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearSiteDataCache, loadSiteDataCached, type SiteData } from '../data/load.ts';
import type { GlossaryEntry } from '../schemas/data.ts';

/** Paths, sizes and modification times of every file under content/data. */
function dataStamp(root: string): string {
  const dir = join(root, 'content/data');
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return stat.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
    })
    .join('|');
}

const stamps = new Map<string, string>();

/** Site data for a project root, fresh with respect to content/data on disk. */
export function currentSiteData(root: string): SiteData {
  const key = resolve(root);
  const stamp = dataStamp(key);
  if (stamps.get(key) !== stamp) {
    clearSiteDataCache();
    stamps.clear();
    stamps.set(key, stamp);
  }
  return loadSiteDataCached(key);
}

export interface TermIndex {
  /** Entry for a term or alias. */
  get(name: string): GlossaryEntry | undefined;
  /** Ids of every entry that claims a name, when more than one does. */
  conflicts(name: string): string[] | undefined;
}

const termIndexes = new WeakMap<SiteData, TermIndex>();

/** Glossary entries by term and by alias (built once per data snapshot). */
export function termIndex(data: SiteData): TermIndex {
  let index = termIndexes.get(data);
  if (index) return index;
  const byName = new Map<string, GlossaryEntry>();
  const clashes = new Map<string, Set<string>>();
  for (const { value: entry } of data.glossary.values()) {
    for (const name of [entry.term, ...entry.aliases]) {
      const earlier = byName.get(name);
      if (earlier && earlier.id !== entry.id) {
        const ids = clashes.get(name) ?? new Set([earlier.id]);
        ids.add(entry.id);
        clashes.set(name, ids);
      } else {
        byName.set(name, entry);
      }
    }
  }
  index = {
    get: (name) => (clashes.has(name) ? undefined : byName.get(name)),
    conflicts: (name) => {
      const ids = clashes.get(name);
      return ids ? [...ids] : undefined;
    },
  };
  termIndexes.set(data, index);
  return index;
}
