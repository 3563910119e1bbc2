/**
 * How many figures each case has (by slug), counted once per build: only
 * the counts, since the rows with the pages citing them (siteFigureRows)
 * cost a read of every page.
 */
import { getCollection } from 'astro:content';
import { caseOfCity } from '../../lib/content/cases.ts';

async function count(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { data } of await getCollection('figures')) {
    const slug = caseOfCity(data.city);
    if (slug !== undefined) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

let counted: Promise<Map<string, number>> | undefined;

export function figureCounts(): Promise<Map<string, number>> {
  // In `astro dev` an edit must show: count again on every request there.
  if (import.meta.env.DEV) return count();
  counted ??= count();
  return counted;
}
