/**
 * Reads what the search dictionary is built from out of the content (Node
 * only; the browser gets the built JSON): glossary entries, the frontmatter
 * of the docs pages, and the controlled vocabularies.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSiteData } from './site-data.ts';
import { CITIES, LEVELS, PAGE_KINDS, PROVINCES, THEMES } from '../lib/schemas/vocabulary.ts';
import { HOME_TYPES, ROLES, UNIT_KINDS } from '../lib/plan-format/vocabulary.ts';
import { buildDictionary, type DictionaryData, type DictionarySource } from '../lib/search/dictionary.ts';

/**
 * Place names a reader types in part: the case "南昌西湖区" is also found as
 * 南昌 and as 西湖区. (西湖 alone is not an alias: 漳州 has a 西湖生态园.)
 */
const PLACE_PARTS: Record<string, string[]> = {
  南昌西湖区: ['南昌', '西湖区'],
};

interface PageFrontmatter {
  title?: unknown;
  kind?: unknown;
  models?: unknown;
}

function frontmatterOf(path: string): PageFrontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) return {};
  const data: unknown = parse(match[1] ?? '');
  return typeof data === 'object' && data !== null ? (data as PageFrontmatter) : {};
}

function docsPages(root: string): DictionarySource['pages'] {
  const docs = join(root, 'content/docs');
  if (!existsSync(docs)) return [];
  return readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => frontmatterOf(join(docs, f)))
    .map((fm) => ({
      title: typeof fm.title === 'string' ? fm.title : '',
      kind: typeof fm.kind === 'string' ? fm.kind : '指南',
      models: Array.isArray(fm.models) ? fm.models.filter((m): m is string => typeof m === 'string') : [],
    }));
}

function readDictionarySource(root: string): DictionarySource {
  const data = loadSiteData(root);
  const glossary = [...data.glossary.values()].map(({ value }) => ({
    term: value.term,
    aliases: value.aliases,
  }));
  const places = Object.entries(PLACE_PARTS).map(([whole, parts]) => [whole, ...parts]);
  return {
    glossary,
    pages: docsPages(root),
    vocabulary: [
      ...CITIES,
      ...PROVINCES,
      ...THEMES,
      ...LEVELS,
      ...PAGE_KINDS,
      ...UNIT_KINDS,
      ...ROLES,
      ...HOME_TYPES,
    ],
    extraAliases: places,
  };
}

/** The dictionary of the site at `root`. */
export function buildSiteDictionary(root: string): DictionaryData {
  return buildDictionary(readDictionarySource(root));
}
