/**
 * The quizzes of the built site, from the content collections (the same
 * figures, glossary and sources the pages show).
 */
import { getCollection } from 'astro:content';
import { allQuizzes, type QuizSet } from '../lib/teaching/quiz-sets.ts';

/**
 * The quizzes last made, and the entries (ids and digests) they were made from. Making them is
 * about a hundredth of a second per case, and both the quiz pages' paths and the quiz list ask:
 * kept for the process (the bundle may hold more than one copy of this module), made again only
 * when the data changed (in `astro dev`, after an edit).
 */
const CACHE_KEY = Symbol.for('dangjian.site-quizzes');
type Cache = { key: string; quizzes: QuizSet[] };
const store = globalThis as Record<symbol, Cache | undefined>;

export async function siteQuizzes(): Promise<QuizSet[]> {
  const figures = await getCollection('figures');
  const glossary = await getCollection('glossary');
  const sources = await getCollection('sources');
  const key = [...figures, ...glossary, ...sources].map((e) => `${e.id}:${String(e.digest ?? '')}`).join('|');
  const cached = store[CACHE_KEY];
  if (cached?.key === key) return cached.quizzes;
  const quizzes = allQuizzes({
    figures: figures.map((e) => e.data),
    glossary: glossary.map((e) => e.data),
    sources: new Map(sources.map((e) => [e.id, e.data])),
  });
  store[CACHE_KEY] = { key, quizzes };
  return quizzes;
}
