/** The quizzes built from the real data in content/data: every rule of the issue, checked on every question. */
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { MISSING_TEXT } from '../../../src/lib/figures/format.ts';
import { CASE_ORDER } from '../../../src/lib/content/cases.ts';
import { allQuizzes, caseQuiz, mixedQuiz, QUIZ_SIZES } from '../../../src/lib/teaching/quiz-sets.ts';
import { ROOT } from '../../helpers/paths.ts';

const site = loadSiteData(ROOT);
const data = {
  figures: [...site.figures.values()].map((f) => f.value),
  glossary: [...site.glossary.values()].map((g) => g.value),
  sources: new Map([...site.sources.values()].map((s) => [s.value.id, s.value])),
};
const quizzes = allQuizzes(data);
const questions = quizzes.flatMap((q) => q.questions);

describe('quizzes from the site data', () => {
  it('offers a mixed quiz and one per case', () => {
    expect(quizzes.map((q) => q.id)).toEqual(['mixed', ...CASE_ORDER]);
    const mixed = quizzes[0];
    expect(mixed?.questions.length).toBeGreaterThan(10);
    expect(mixed?.questions.length).toBeLessThanOrEqual(
      QUIZ_SIZES.mixedFigures + QUIZ_SIZES.mixedStatements + QUIZ_SIZES.mixedGlossary,
    );
    const mixedCases = new Set(mixed?.questions.flatMap((q) => q.cases));
    expect(mixedCases.size).toBeGreaterThanOrEqual(5);
  });

  it('has single questions with one right answer and multiple ones with at least one', () => {
    for (const q of questions) {
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === 'single') expect(right, q.id).toBe(1);
      else expect(right, q.id).toBeGreaterThanOrEqual(1);
      expect(new Set(q.options.map((o) => o.text)).size, q.id).toBe(q.options.length);
    }
  });

  it('never uses a missing figure, in an answer or an option', () => {
    for (const q of questions) {
      for (const o of q.options) expect(o.text, q.id).not.toContain(MISSING_TEXT);
      const id = q.id.replace(/^fig-/, '');
      if (q.origin === 'figure' && q.type === 'single')
        expect(site.figures.get(id)?.value.missing, id).toBe(false);
    }
  });

  it('explains every answer with a citation that names a real source and section', () => {
    for (const q of questions) {
      expect(q.explanation.length, q.id).toBeGreaterThan(5);
      expect(q.explanation, q.id).not.toMatch(/:fig\[|:term\[|:cite\[/);
      expect(q.citations.length, q.id).toBeGreaterThan(0);
      for (const c of q.citations) {
        const source = site.sources.get(c.source)?.value;
        expect(source?.title, q.id).toBe(c.sourceTitle);
        expect(source?.sections.find((s) => s.id === c.section)?.title, `${q.id} ${c.section}`).toBe(
          c.sectionTitle,
        );
      }
    }
  });

  it('is deterministic', () => {
    expect(mixedQuiz(data)).toEqual(mixedQuiz(data));
    expect(caseQuiz('jining', data)).toEqual(caseQuiz('jining', data));
    expect(mixedQuiz(data, 'another-edition')).not.toEqual(mixedQuiz(data));
  });

  it('keeps each case quiz about its own case', () => {
    for (const quiz of quizzes.filter((q) => q.case)) {
      for (const q of quiz.questions) expect(q.cases, q.id).toContain(quiz.case);
    }
  });
});

describe('quiz order', () => {
  it('does not depend on the order the data was read in', () => {
    const reversed = {
      ...data,
      figures: [...data.figures].reverse(),
      glossary: [...data.glossary].reverse(),
    };
    expect(allQuizzes(reversed)).toEqual(allQuizzes(data));
  });
});
