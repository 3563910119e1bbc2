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

/**
 * name → entry id, with the rule remark-terms applies (src/lib/markdown/site-data.ts,
 * termIndex): a name claimed by two entries resolves to nothing.
 */
export function termResolver(entries: readonly Named[]): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  const clashed = new Set<string>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const earlier = byName.get(name);
      if (earlier !== undefined && earlier !== entry.id) clashed.add(name);
      else byName.set(name, entry.id);
    }
  }
  return (name) => (clashed.has(name) ? undefined : byName.get(name));
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
