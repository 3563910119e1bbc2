/**
 * The quizzes of the built site, from the content collections (the same
 * figures, glossary and sources the pages show).
 */
import { getCollection } from 'astro:content';
import { allQuizzes, type QuizSet } from '../lib/teaching/quiz-sets.ts';

export async function siteQuizzes(): Promise<QuizSet[]> {
  const figures = (await getCollection('figures')).map((e) => e.data);
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const sources = new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
  return allQuizzes({ figures, glossary, sources });
}
