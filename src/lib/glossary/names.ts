/**
 * The names of glossary entries: a term and its aliases, each of which
 * `:term[…]` may use. A name must belong to one entry only — a name claimed
 * twice cannot be resolved (remark-terms reports it) and is reported here
 * so that a test can fail on the data before any page does.
 */
import type { GlossaryEntry } from '../schemas/data.ts';

type Named = Pick<GlossaryEntry, 'id' | 'term' | 'aliases'>;

/** The term followed by its aliases, as written in the data. */
export const namesOf = (entry: Named): string[] => [entry.term, ...entry.aliases];

export interface NameClash {
  name: string;
  /** Ids of the entries claiming it (the same id twice when one entry repeats a name). */
  ids: string[];
}

/** Every name claimed more than once, across entries or within one entry. */
export function nameClashes(entries: readonly Named[]): NameClash[] {
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) owners.set(name, [...(owners.get(name) ?? []), entry.id]);
  }
  return [...owners]
    .filter(([, ids]) => ids.length > 1)
    .map(([name, ids]) => ({ name, ids }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export interface TermIndex<T extends Named = Named> {
  /** The entry a term or alias names; undefined when none does, or when two entries claim it. */
  get(name: string): T | undefined;
  /** Ids of every entry that claims a name, when more than one does. */
  conflicts(name: string): string[] | undefined;
}

/**
 * The one lookup of glossary names, used by `:term[…]` (remark-terms), the
 * glossary's backlinks and the tests: a name claimed by two entries resolves
 * to nothing, and `conflicts` says who claims it.
 */
export function termIndex<T extends Named>(entries: Iterable<T>): TermIndex<T> {
  const byName = new Map<string, T>();
  const clashes = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const earlier = byName.get(name);
      if (earlier && earlier.id !== entry.id) {
        clashes.set(name, (clashes.get(name) ?? new Set([earlier.id])).add(entry.id));
      } else {
        byName.set(name, entry);
      }
    }
  }
  return {
    get: (name) => (clashes.has(name) ? undefined : byName.get(name)),
    conflicts: (name) => {
      const ids = clashes.get(name);
      return ids ? [...ids] : undefined;
    },
  };
}

const STRAIGHT_QUOTED = /"([^"]*)"/g;

/**
 * Aliases as a reader should see them: straight quotes shown as “”, spellings
 * that differ only in quote style listed once, and the bare term in quotes
 * (“大党委”) left out.
 */
export function displayAliases(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
  const seen = new Set([entry.term, `“${entry.term}”`]);
  const shown: string[] = [];
  for (const alias of entry.aliases) {
    const curly = alias.replace(STRAIGHT_QUOTED, '“$1”');
    if (seen.has(curly)) continue;
    seen.add(curly);
    shown.push(curly);
  }
  return shown;
}
