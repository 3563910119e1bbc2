/**
 * The pages built once per quiz — /quiz/<id>/ and /quiz/<id>/print/ — share
 * this list, so the online form and its printout always exist for the same
 * quizzes.
 */
import type { GetStaticPaths } from 'astro';
import { siteQuizzes } from '../../../loaders/quizzes.ts';

export const quizPaths = (async () =>
  (await siteQuizzes()).map((quiz) => ({
    params: { set: quiz.id },
    props: { quiz },
  }))) satisfies GetStaticPaths;
