/**
 * The case registry, content/data/cases.json: each case's slug, city,
 * province, level, main source and its model type, stated once. The year
 * of its material is not restated here: it is the year in its source
 * record's `date` (materialYear below). Every list of cities,
 * provinces, sources and case slugs, every city→case map and every count of
 * cases is derived from it, so adding a case touches content/ only
 * (`npm run new-case` writes the entry; `npm run check:content` checks it).
 *
 * JSON rather than YAML so that the pure modules, the Node scripts and Vite
 * all read it the same way, synchronously, without file-system access.
 */
import registry from '../../../content/data/cases.json' with { type: 'json' };

/** One case as the registry states it. */
export interface CaseRecord {
  /** Page slug: content/docs/cases/<slug>.md, the figures and teaching files' names. */
  slug: string;
  /** The city or district whose practice the case describes (display name). */
  city: string;
  /** Its provincial-level unit. */
  province: string;
  /** The level that ran the practice (市, 区…). */
  level: string;
  /** Id of the case's main source text (content/data/sources/<id>.yaml). */
  source: string;
  /** The kind of model the case stands for (MODEL_TYPES). Absent: not classified yet. */
  modelType?: string | undefined;
}

/** The cases in reading order (the order of the file). */
export const CASE_RECORDS: readonly CaseRecord[] = registry as CaseRecord[];

/**
 * What the site says about a case's place and material: the registry's
 * record, with the list of source ids its page rests on. The meta box, the
 * search facets, the case lists and the compare page read a case's city,
 * province, level and sources here and nowhere else — the case page's
 * frontmatter does not repeat them (check:content rejects them there).
 */
export interface CaseFacts extends CaseRecord {
  /** Source ids the case page rests on: the registry's main source. */
  sources: readonly string[];
}

const FACTS = new Map<string, CaseFacts>(
  CASE_RECORDS.map((record) => [record.slug, { ...record, sources: [record.source] }]),
);

/** The registry's facts about a case, by slug; undefined for a slug the registry does not list. */
export function caseFacts(slug: string): CaseFacts | undefined {
  return FACTS.get(slug);
}

/** The content-collection id of a case page ("cases/<slug>"). */
const CASE_PAGE_PREFIX = 'cases/';

/** The facts of the case a docs entry ("cases/changsha") is the page of; undefined for any other page. */
export function caseFactsOfPage(entryId: string): CaseFacts | undefined {
  return entryId.startsWith(CASE_PAGE_PREFIX) ? FACTS.get(entryId.slice(CASE_PAGE_PREFIX.length)) : undefined;
}

/**
 * The cities whose cases rest on a source, in the registry's order: the
 * case↔source pairing is stated once, by each case's `source`, so a source
 * record does not list its cities.
 */
export function citiesOfSource(sourceId: string): string[] {
  return CASE_RECORDS.filter((record) => record.source === sourceId).map((record) => record.city);
}

/**
 * The year of a case's material, read from its source record's `date`: the
 * last four-digit year it names — the publication year ("2021-12-28"), or
 * for an undated text the latest year it speaks of ("未注明（所述事件至2018年）").
 * Undefined when the date names no year (the 案例库 then says 未注明).
 */
export function materialYear(sourceDate: string): number | undefined {
  const last = sourceDate.match(/(?<!\d)\d{4}(?!\d)/g)?.at(-1);
  return last === undefined ? undefined : Number(last);
}
