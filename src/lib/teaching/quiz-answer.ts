/** The right answer of a quiz question, as the form and the printed key show it. */
import type { QuizOption } from './quiz.ts';

/** Keys of the correct options, in option order ("A", "C"…). */
export function correctKeys(question: { options: QuizOption[] }): string[] {
  return question.options.filter((o) => o.correct).map((o) => o.key);
}
