/**
 * Self-test questions built from the glossary: what a term means (single
 * choice among the short definitions of other terms) and which cases use it
 * (multiple choice among the cities). The glossary may be small; the
 * generators simply make fewer questions then.
 */
import type { Figure, GlossaryEntry, Source } from '../schemas/data.ts';
import { plainDirectives } from './plain-text.ts';
import { CASE_CITY, CASE_ORDER, type CaseSlug } from '../content/cases.ts';
import { citationOf, lettered, type QuizQuestion } from './quiz.ts';
import { pick, seededRandom, shuffle } from './random.ts';
import { routes } from '../routes.ts';

interface GlossaryQuizInput {
  glossary: GlossaryEntry[];
  sources: Map<string, Source>;
  /** To spell out :fig[…] directives in definitions. */
  figures: Figure[];
  seed: string;
}

/** Figures by id, made once per list of figures (each definition spells out its :fig directives). */
const figureMaps = new WeakMap<readonly Figure[], Map<string, Figure>>();
function figuresById(figures: readonly Figure[]): Map<string, Figure> {
  let map = figureMaps.get(figures);
  if (!map) figureMaps.set(figures, (map = new Map(figures.map((f) => [f.id, f]))));
  return map;
}

const glossaryLink = (g: GlossaryEntry) => ({
  href: routes.glossary(g),
  label: `术语表：${g.term}`,
});

const citationsOf = (g: GlossaryEntry, sources: Map<string, Source>) =>
  g.sources.map((s) => citationOf(sources, s.source, s.section));

/** "「大党委」指的是？": the right short definition among three others. Needs four terms with distinct definitions. */
export function definitionQuestion(
  entry: GlossaryEntry,
  { glossary, sources, figures, seed }: GlossaryQuizInput,
): QuizQuestion | undefined {
  const random = seededRandom(`${seed}:term:${entry.id}`);
  const byId = figuresById(figures);
  const others = glossary.filter((g) => g.id !== entry.id && g.short !== entry.short);
  if (others.length < 3 || entry.sources.length === 0) return undefined;
  const options = shuffle(
    [entry, ...pick(others, 3, random)].map((g) => ({
      text: plainDirectives(g.short, byId),
      correct: g === entry,
    })),
    random,
  );
  return {
    id: `term-${entry.id}`,
    type: 'single',
    prompt: `「${entry.term}」指的是下列哪一项？`,
    options: lettered(options),
    explanation: `${entry.term}：${plainDirectives(entry.full, byId)}`,
    citations: citationsOf(entry, sources),
    link: glossaryLink(entry),
    cases: entry.cases,
    origin: 'glossary',
  };
}

/** "下列哪些案例涉及「…」？": the term's cases among others. Needs one to three cases on the term. */
export function termCasesQuestion(
  entry: GlossaryEntry,
  { sources, figures, seed }: GlossaryQuizInput,
): QuizQuestion | undefined {
  if (entry.cases.length === 0 || entry.cases.length > 3 || entry.sources.length === 0) return undefined;
  const random = seededRandom(`${seed}:term-cases:${entry.id}`);
  const wrong = pick(
    CASE_ORDER.filter((c) => !entry.cases.includes(c)),
    4 - entry.cases.length,
    random,
  );
  const options = shuffle(
    [...entry.cases.map((c) => ({ c, correct: true })), ...wrong.map((c) => ({ c, correct: false }))],
    random,
  ).map(({ c, correct }) => ({ text: CASE_CITY[c] ?? c, correct }));
  return {
    id: `term-cases-${entry.id}`,
    type: 'multiple',
    prompt: `本库收录的案例中，哪些涉及「${entry.term}」？`,
    options: lettered(options),
    explanation: `「${entry.term}」见于${entry.cases.map((c: CaseSlug) => CASE_CITY[c]).join('、')}的案例。${plainDirectives(entry.short, figuresById(figures))}`,
    citations: citationsOf(entry, sources),
    link: glossaryLink(entry),
    cases: entry.cases,
    origin: 'glossary',
  };
}

/** Every glossary question the data supports, in glossary order. */
/**
 * Made once per glossary, figures, sources and seed: every case's quiz draws
 * from the same bank, and making it again for each case grew with the
 * square of the number of cases.
 */
const banks = new WeakMap<readonly GlossaryEntry[], { key: GlossaryQuizInput; questions: QuizQuestion[] }>();

export function glossaryQuestions(input: GlossaryQuizInput): QuizQuestion[] {
  const cached = banks.get(input.glossary);
  const { key } = cached ?? {};
  if (cached && key?.figures === input.figures && key.sources === input.sources && key.seed === input.seed) {
    return cached.questions;
  }
  const questions = input.glossary.flatMap((entry) =>
    [definitionQuestion(entry, input), termCasesQuestion(entry, input)].filter(
      (q): q is QuizQuestion => q !== undefined,
    ),
  );
  banks.set(input.glossary, { key: input, questions });
  return questions;
}
