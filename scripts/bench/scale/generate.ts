/**
 * A synthetic case library for `npm run bench:scale` and the scale tests:
 * a copy of the site whose content holds the seven real cases plus N made
 * from them. Each synthetic case takes a real case as its pattern and gets a
 * city of its own, a province, a level, a year, a subset of the themes, its
 * own figure ids and values (the quotes follow the values), and a registry
 * entry — so that search, facets and the content check see N distinct,
 * valid cases. Text, citations and terms are the pattern's: they point at
 * real sources and real glossary entries.
 *
 * The generator follows whatever shape the content has: it rewrites the
 * frontmatter fields and registry fields the pattern has, and leaves the
 * others as they are.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

type Entry = Record<string, unknown> & { slug: string };
type Figure = Record<string, unknown> & { id: string };

/** Two-character place names: 38 × 30 = 1 140 pairs. */
const FIRST = [...'青临云白金石安永平宁清长泰兴和德新丰华东西南北阳江河山林桥湾溪峰原湖海岭川'];
const SECOND = [...'川城州源阳安宁丰平陵江山河湖岗坪沙塘桥水林峰口门关泉湾原台堡'];
const PROVINCES = [
  '湖北',
  '四川',
  '河南',
  '浙江',
  '江苏',
  '陕西',
  '广西',
  '辽宁',
  '吉林',
  '贵州',
  '云南',
  '甘肃',
];
const LEVELS = ['市', '区', '街道', '社区'] as const;

export interface ScaleSite {
  /** Root of the copy (pass to `astro build --root`). */
  dir: string;
  /** Slugs of the synthetic cases, in registry order. */
  slugs: string[];
  remove(): void;
}

/** Distinct two-character city names, none of them in `taken` (the real cases' cities: 长沙 is one of the pairs). */
function syntheticCities(count: number, taken: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < count; k += 1) {
    if (k >= FIRST.length * SECOND.length) throw new Error(`合成城市名不够 ${count} 个`);
    const name = `${FIRST[k % FIRST.length]!}${SECOND[Math.floor(k / FIRST.length)]!}`;
    if (!taken.has(name)) out.push(name);
  }
  return out;
}

const syntheticSlug = (k: number): string => `hecheng-${String(k + 1).padStart(4, '0')}`;

/** A copy of the site (code copied, node_modules linked) under `parent`, with `cases` synthetic cases. */
export function createScaleSite(root: string, parent: string, cases: number): ScaleSite {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `scale-${cases}-`));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const copied of [
    'src',
    'scripts',
    'public',
    'content',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(root, copied), join(dir, copied), { recursive: true });
  }
  const slugs = addSyntheticCases(dir, cases);
  return { dir, slugs, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Write `cases` synthetic cases into the content of the site at `dir`; returns their slugs. */
function addSyntheticCases(dir: string, cases: number): string[] {
  const registryPath = join(dir, 'content/data/cases.json');
  const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as Entry[];
  const patterns = [...registry];
  const cities = syntheticCities(cases, new Set(registry.map((e) => String(e['city'] ?? ''))));
  const added: Entry[] = [];
  for (let k = 0; k < cases; k += 1) {
    const pattern = patterns[k % patterns.length]!;
    added.push(synthesize(dir, pattern, k, cities[k]!));
  }
  writeFileSync(registryPath, `${JSON.stringify([...registry, ...added], null, 2)}\n`);
  addSyntheticEvents(dir, added, patterns);
  return added.map((e) => e.slug);
}

/**
 * The timeline's events of each synthetic case: its pattern's, under new ids,
 * with the case's city and the year moved by the case's place in the library
 * (so that the years spread as a real library's would).
 */
function addSyntheticEvents(dir: string, added: readonly Entry[], patterns: readonly Entry[]): void {
  const path = join(dir, 'content/data/events.yaml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const events = (parse(text) ?? []) as Figure[];
  const out = added.flatMap((entry, k) => {
    const pattern = patterns[k % patterns.length]!;
    const v = variantOf(pattern, k, String(entry['city'] ?? ''));
    const shift = (k % 5) - 2;
    return events
      .filter((e) => e['city'] === v.patternCity)
      .map((e) => {
        const date = String(e['date'] ?? '');
        const year = Number(date.slice(0, 4)) + shift;
        return {
          ...e,
          id: `${e.id}-${v.slug}`,
          city: v.city,
          date: `${year}${date.slice(4)}`,
          title: withCity(String(e['title'] ?? ''), v),
          description: withCity(String(e['description'] ?? ''), v),
        };
      });
  });
  writeFileSync(path, stringify([...events, ...out]));
}

interface Variant {
  k: number;
  slug: string;
  city: string;
  province: string;
  level: string;
  year: number;
  /** The pattern's city name, replaced wherever the pattern's text has it. */
  patternCity: string;
}

function variantOf(pattern: Entry, k: number, city: string): Variant {
  return {
    k,
    slug: syntheticSlug(k),
    city,
    province: PROVINCES[k % PROVINCES.length]!,
    level: LEVELS[k % LEVELS.length]!,
    year: 2012 + (k % 13),
    patternCity: String(pattern['city'] ?? ''),
  };
}

function synthesize(dir: string, pattern: Entry, k: number, city: string): Entry {
  const v = variantOf(pattern, k, city);
  const figureIds = writeFigures(dir, pattern.slug, v);
  writePage(dir, pattern.slug, v, figureIds);
  const entry: Entry = { ...pattern, slug: v.slug };
  if ('city' in pattern) entry['city'] = v.city;
  if ('province' in pattern) entry['province'] = v.province;
  if ('level' in pattern) entry['level'] = v.level;
  return entry;
}

const withCity = (text: string, v: Variant): string =>
  v.patternCity === '' ? text : text.split(v.patternCity).join(v.city);

/**
 * The pattern's figures under new ids (`<id>-<slug>`), with the case's city,
 * and whole-number values changed by a few units, the quote with them, so
 * that a search for a number finds one case. Returns old id → new id.
 */
function writeFigures(dir: string, patternSlug: string, v: Variant): Map<string, string> {
  const ids = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(dir, 'content/data/figures', `${patternSlug}.yaml`), 'utf8');
  } catch {
    return ids;
  }
  const figures = (parse(text) ?? []) as Figure[];
  const out = figures.map((figure) => {
    const id = `${figure.id}-${v.slug}`;
    ids.set(figure.id, id);
    return varyFigure({ ...figure, id }, v);
  });
  writeFileSync(join(dir, 'content/data/figures', `${v.slug}.yaml`), stringify(out));
  return ids;
}

function varyFigure(figure: Figure, v: Variant): Figure {
  if (typeof figure['city'] === 'string') figure['city'] = v.city;
  const value = figure['value'];
  const quote = figure['quote'];
  const varies =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    figure['max'] === undefined &&
    figure['written'] === undefined &&
    typeof quote === 'string' &&
    quote.split(String(value)).length === 2 &&
    !new RegExp(`\\d${value}|${value}\\d`).test(quote);
  if (varies) {
    const changed = value + 1 + (v.k % 7);
    figure['value'] = changed;
    figure['quote'] = quote.replace(String(value), String(changed));
  }
  return figure;
}

/** The pattern's page with the case's city, facets, year and figure ids. */
function writePage(dir: string, patternSlug: string, v: Variant, figureIds: Map<string, string>): void {
  const text = readFileSync(join(dir, 'content/docs/cases', `${patternSlug}.md`), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`案例页 ${patternSlug}.md 没有 frontmatter`);
  const front = parse(match[1]!) as Record<string, unknown>;
  let body = withCity(text.slice(match[0].length), v);
  // Anchors name a source passage's place on its one case page: the pattern keeps them.
  body = body.replace(/^:anchor\{#[^}]*\}\r?\n/gm, '');
  body = body.replace(/:fig\[([a-z0-9-]+)\]/g, (whole, id: string) => {
    const renamed = figureIds.get(id);
    return renamed ? `:fig[${renamed}]` : whole;
  });
  const page = `---\n${stringify(variedFrontmatter(front, v)).trimEnd()}\n---\n${body}`;
  const path = join(dir, 'content/docs/cases', `${v.slug}.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, page);
}

function variedFrontmatter(front: Record<string, unknown>, v: Variant): Record<string, unknown> {
  const out: Record<string, unknown> = { ...front };
  out['title'] = `${withCity(String(front['title'] ?? ''), v)}（${v.year}）`;
  if (typeof front['description'] === 'string') out['description'] = withCity(front['description'], v);
  if ('city' in front) out['city'] = v.city;
  if ('province' in front) out['province'] = v.province;
  if ('level' in front) out['level'] = v.level;
  const themes = Array.isArray(front['themes']) ? (front['themes'] as string[]) : [];
  if (themes.length > 2) {
    // A rotating subset, at least two: facets see different theme counts.
    const start = v.k % themes.length;
    const count = 2 + (v.k % (themes.length - 1));
    out['themes'] = [...themes.slice(start), ...themes.slice(0, start)].slice(0, count);
  }
  out['sidebar'] = { ...((front['sidebar'] as object) ?? {}), order: 100 + v.k };
  return out;
}
