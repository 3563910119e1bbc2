/**
 * The case registry, content/data/cases.json: each case's slug, city,
 * province, level, main source, the year of its material and its model type,
 * stated once. Every list of cities,
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
  /**
   * Year of the material: the source's date, or where the source is undated
   * the latest year its text speaks of (the source record's `date` says
   * which). The checker holds it to that record. Absent: not recorded yet.
   */
  materialYear?: number | undefined;
  /** The kind of model the case stands for (MODEL_TYPES). Absent: not classified yet. */
  modelType?: string | undefined;
}

/** The cases in reading order (the order of the file). */
export const CASE_RECORDS: readonly CaseRecord[] = registry as CaseRecord[];
