/**
 * The quizzes the site offers: one per case and one mixed. Each draws from
 * the question banks (figures and glossary) with a fixed seed, so the quiz
 * page, its printed version and its answer key always agree.
 */
import type { Figure, GlossaryEntry, Source } from '../schemas/data.ts';
import { CASE_CITY, CASE_ORDER, type CaseSlug } from '../content/cases.ts';
import { figureQuestionsFor, statementQuestionsFor, type QuizQuestion } from './quiz.ts';
import { glossaryQuestions } from './quiz-glossary.ts';
import { pick, seededRandom, shuffle } from './random.ts';

export interface QuizSet {
  /** "mixed" or a case slug; also the URL segment (/quiz/<id>/). */
  id: string;
  title: string;
  description: string;
  /** The case, for a per-case quiz. */
  case?: CaseSlug;
  questions: QuizQuestion[];
}

export interface QuizData {
  figures: Figure[];
  glossary: GlossaryEntry[];
  sources: Map<string, Source>;
}

/** How many questions of each kind a quiz holds (at most: small banks give fewer). */
export const QUIZ_SIZES = {
  /** Per case: single-choice figure questions. */
  caseFigures: 8,
  /** Per case: multiple-choice statement questions. */
  caseStatements: 2,
  /** Per case: glossary questions about terms of that case. */
  caseGlossary: 3,
  /** Mixed quiz: figure questions, spread over the cases. */
  mixedFigures: 10,
  /** Mixed quiz: statement questions (from different cases). */
  mixedStatements: 2,
  /** Mixed quiz: glossary questions. */
  mixedGlossary: 3,
} as const;

/** The seed every quiz derives from; change it to draw a new edition of all quizzes. */
const QUIZ_SEED = 'quiz-2026';

/** Round-robin over lists: one from each in turn, until `n` are taken or all run out. */
function interleave<T>(lists: T[][], n: number): T[] {
  const out: T[] = [];
  for (let round = 0; out.length < n; round += 1) {
    const taken = lists.map((l) => l[round]).filter((x): x is T => x !== undefined);
    if (taken.length === 0) break;
    out.push(...taken.slice(0, n - out.length));
  }
  return out;
}

export function caseQuiz(slug: CaseSlug, data: QuizData, seed = QUIZ_SEED): QuizSet {
  const input = { ...data, seed };
  const random = seededRandom(`${seed}:set:${slug}`);
  const singles = pick(figureQuestionsFor(slug, input), QUIZ_SIZES.caseFigures, random);
  const statements = statementQuestionsFor(slug, input, QUIZ_SIZES.caseStatements);
  const terms = pick(
    glossaryQuestions(input).filter((q) => q.cases.includes(slug)),
    QUIZ_SIZES.caseGlossary,
    random,
  );
  const city = CASE_CITY[slug];
  return {
    id: slug,
    case: slug,
    title: `${city}案例自测`,
    description: `关于${city}案例的数字与术语`,
    questions: shuffle([...singles, ...statements, ...terms], random),
  };
}

export function mixedQuiz(data: QuizData, seed = QUIZ_SEED): QuizSet {
  const input = { ...data, seed };
  const random = seededRandom(`${seed}:set:mixed`);
  const perCase = shuffle(CASE_ORDER, random).map((slug) => shuffle(figureQuestionsFor(slug, input), random));
  const singles = interleave(perCase, QUIZ_SIZES.mixedFigures);
  const statements = interleave(
    shuffle(CASE_ORDER, random).map((slug) => statementQuestionsFor(slug, input, 1)),
    QUIZ_SIZES.mixedStatements,
  );
  const terms = pick(glossaryQuestions(input), QUIZ_SIZES.mixedGlossary, random);
  return {
    id: 'mixed',
    title: '综合自测',
    description: '七个案例的数字与术语混合出题',
    questions: shuffle([...singles, ...statements, ...terms], random),
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The data in a canonical order, so that quizzes do not depend on the order the records were read in. */
function canonical(data: QuizData): QuizData {
  return { ...data, figures: [...data.figures].sort(byId), glossary: [...data.glossary].sort(byId) };
}

/** Every quiz: the mixed one first, then one per case (cases without questions are left out). */
export function allQuizzes(data: QuizData, seed = QUIZ_SEED): QuizSet[] {
  const sorted = canonical(data);
  return [mixedQuiz(sorted, seed), ...CASE_ORDER.map((slug) => caseQuiz(slug, sorted, seed))].filter(
    (set) => set.questions.length > 0,
  );
}
