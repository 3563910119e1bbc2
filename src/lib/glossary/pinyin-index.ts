/**
 * Ordering and grouping glossary entries by pinyin for the A–Z index.
 *
 * `pinyin` is written without tones, one lower-case syllable per character
 * ("da dang wei"; "6+2" reads "liu jia er"), so syllable-by-syllable
 * comparison gives dictionary order: da < dang < dou. Entries with the same
 * pinyin fall back to the term itself, then the id, so the order is total.
 */
import type { GlossaryEntry } from '../schemas/data.ts';

type Sortable = Pick<GlossaryEntry, 'id' | 'term' | 'pinyin'>;

/** The letters of the index, in order. */
export const INDEX_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

/** The group for entries whose pinyin does not start with a letter a–z. */
const OTHER_GROUP = '#';

/** The index letter of a pinyin string: its first letter, upper-case. */
export function pinyinInitial(pinyin: string): string {
  const first = pinyin.trim().charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : OTHER_GROUP;
}

const syllables = (pinyin: string): string[] => pinyin.trim().toLowerCase().split(/\s+/);

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dictionary order by pinyin, then term, then id. */
export function comparePinyin(a: Sortable, b: Sortable): number {
  const sa = syllables(a.pinyin);
  const sb = syllables(b.pinyin);
  for (let i = 0; i < Math.min(sa.length, sb.length); i += 1) {
    const order = compareStrings(sa[i] ?? '', sb[i] ?? '');
    if (order !== 0) return order;
  }
  return sa.length - sb.length || a.term.localeCompare(b.term, 'zh-CN') || compareStrings(a.id, b.id);
}

export interface LetterGroup<T> {
  /** "A"…"Z", or "#" for entries that do not start with a letter. */
  letter: string;
  /** Id of the group's heading on the page. */
  anchor: string;
  entries: T[];
}

/**
 * The path segment of a letter's glossary page ("d", "other"): each letter's
 * entries are a page of their own, so that no page carries all the terms.
 */
export const letterSlug = (letter: string): string =>
  letter === OTHER_GROUP ? 'other' : letter.toLowerCase();

/** Anchor of a letter group's heading. */
export const letterAnchor = (letter: string): string => `glossary-letter-${letterSlug(letter)}`;

/** Non-empty groups in A–Z order ("#" last), each sorted by pinyin. */
export function groupByInitial<T extends Sortable>(entries: readonly T[]): Array<LetterGroup<T>> {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort(comparePinyin)) {
    const letter = pinyinInitial(entry.pinyin);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...INDEX_LETTERS, OTHER_GROUP]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, anchor: letterAnchor(letter), entries: groups.get(letter) ?? [] }));
}
