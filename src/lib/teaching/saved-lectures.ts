/**
 * Saved lectures as stored in the browser: a JSON list. Reading is forgiving —
 * anything that is not a well-formed lecture is dropped, never shown broken —
 * because storage outlives versions of this site and can be edited by hand.
 */
import { MAX_ITEMS, MAX_TITLE, parseItem, type Lecture, type LectureItem } from './lecture.ts';

export interface SavedLecture extends Lecture {
  /** Stable id within this browser. */
  id: string;
  /** When it was last saved (ISO 8601). */
  savedAt: string;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function itemOf(raw: unknown): LectureItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { page, section } = raw as Record<string, unknown>;
  if (!isString(page)) return undefined;
  const parsed = parseItem(page);
  if (!parsed || parsed.section) return undefined;
  return isString(section) && section !== '' ? { page: parsed.page, section } : { page: parsed.page };
}

/** One stored lecture, or undefined when it is not one. */
function savedLectureOf(raw: unknown): SavedLecture | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isString(r['id']) || !isString(r['title']) || !isString(r['savedAt']) || !Array.isArray(r['items']))
    return undefined;
  const items = r['items']
    .map(itemOf)
    .filter((i): i is LectureItem => i !== undefined)
    .slice(0, MAX_ITEMS);
  const subtitle = isString(r['subtitle']) ? r['subtitle'].slice(0, MAX_TITLE) : '';
  return {
    id: r['id'],
    title: r['title'].slice(0, MAX_TITLE),
    ...(subtitle ? { subtitle } : {}),
    items,
    savedAt: r['savedAt'],
  };
}

/** The stored list, from its JSON text; malformed text gives an empty list. */
export function parseSavedLectures(text: string | undefined): SavedLecture[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.map(savedLectureOf).filter((l): l is SavedLecture => l !== undefined)
      : [];
  } catch {
    return [];
  }
}

/** The list with `lecture` saved: replaced in place if its id is there, else added first. */
export function upsertLecture(list: SavedLecture[], lecture: SavedLecture): SavedLecture[] {
  const at = list.findIndex((l) => l.id === lecture.id);
  if (at === -1) return [lecture, ...list];
  return list.map((l, i) => (i === at ? lecture : l));
}

export const removeLecture = (list: SavedLecture[], id: string) => list.filter((l) => l.id !== id);
