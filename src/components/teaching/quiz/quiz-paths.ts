/**
 * The pages built once per quiz (/quiz/<id>/, which also prints as the
 * handout), as getStaticPaths: one list, so every quiz the index links to
 * has its page.
 */
import type { GetStaticPaths } from 'astro';
import { siteQuizzes } from '../../../loaders/quizzes.ts';

export const quizPaths = (async () =>
  (await siteQuizzes()).map((quiz) => ({
    params: { set: quiz.id },
    props: { quiz },
  }))) satisfies GetStaticPaths;
