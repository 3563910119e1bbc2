/** The self-test pages: as many questions as the generator makes from the data, each with a cited answer. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage } from '../helpers/html.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { allQuizzes } from '../../src/lib/teaching/quiz-sets.ts';

const site = loadSiteData(ROOT);
const quizzes = allQuizzes({
  figures: [...site.figures.values()].map((f) => f.value),
  glossary: [...site.glossary.values()].map((g) => g.value),
  sources: new Map([...site.sources.values()].map((s) => [s.value.id, s.value])),
});

describe('/quiz/', () => {
  it('lists every quiz with its question count and printable version', () => {
    const page = readPage('/quiz/');
    const rows = page.$$('[data-quiz-index] tbody tr');
    expect(rows.map((r) => String(r.properties['dataQuizSet']))).toEqual(quizzes.map((q) => q.id));
    for (const [i, row] of rows.entries()) {
      expect(toText(selectAll('td', row)[1] ?? row)).toBe(String(quizzes[i]?.questions.length));
      expect(select(`a[href="/quiz/${quizzes[i]?.id}/#print"]`, row)).toBeDefined();
    }
  });
});

describe.each(quizzes.map((q) => [q.id, q] as const))('/quiz/%s/', (id, quiz) => {
  const page = readPage(`/quiz/${id}/`);

  it(`has the ${quiz.questions.length} generated questions, in order`, () => {
    const questions = page.$$('[data-question]');
    expect(questions.map((q) => String(q.properties['dataQuestion']))).toEqual(
      quiz.questions.map((q) => q.id),
    );
    for (const [i, el] of questions.entries()) {
      const q = quiz.questions[i];
      expect(selectAll('input', el)).toHaveLength(q?.options.length ?? 0);
      expect(
        selectAll('input', el).every(
          (input) => input.properties['type'] === (q?.type === 'single' ? 'radio' : 'checkbox'),
        ),
      ).toBe(true);
      expect(String(el.properties['dataAnswer'])).toBe(
        q?.options
          .filter((o) => o.correct)
          .map((o) => o.key)
          .join(''),
      );
    }
  });

  it('explains every answer and cites the source title and section', () => {
    for (const [i, el] of page.$$('[data-question]').entries()) {
      const cite = toText(select('[data-citation]', el) ?? el);
      for (const c of quiz.questions[i]?.citations ?? []) {
        expect(cite).toContain(c.sourceTitle);
        expect(cite).toContain(c.sectionTitle);
      }
    }
  });

  it('prints with an answer key on its own sheet, from the same page (no page of its own)', () => {
    const print = page.$('[data-print="only"]');
    expect(print).toBeDefined();
    expect(page.$('#print [data-quiz-print]')).toBeDefined();
    expect(selectAll('.quiz-print__questions > li', print!)).toHaveLength(quiz.questions.length);
    expect(selectAll('[data-answer-key] li', print!)).toHaveLength(quiz.questions.length);
    expect(toText(select('[data-answer-key]', print!) ?? print!)).toContain('出处');
    // The form is the screen's: on paper only the handout.
    expect(page.$('[data-print="hide"] form[data-quiz]')).toBeDefined();
    expect(existsSync(join(DIST, `quiz/${id}/print/index.html`))).toBe(false);
  });
});
