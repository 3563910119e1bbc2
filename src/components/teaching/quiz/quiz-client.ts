/**
 * Instant feedback for a quiz form (QuizForm.astro): "核对答案" marks the
 * chosen options right or wrong, says so in words, opens the explanation
 * with its source, and locks the question; a running score follows. The
 * grading itself is pure (src/lib/teaching/grade.ts).
 */
import { gradeAnswer } from '../../../lib/teaching/grade.ts';

export function setUpQuiz(form: HTMLFormElement): void {
  const questions = [...form.querySelectorAll<HTMLElement>('[data-question]')];
  const score = form.querySelector<HTMLElement>('[data-score]');
  const reset = form.querySelector<HTMLButtonElement>('[data-reset]');
  const results = new Map<string, boolean>();

  const updateScore = () => {
    if (!score) return;
    const right = [...results.values()].filter(Boolean).length;
    score.textContent =
      results.size === 0 ? '' : `已答 ${results.size} / ${questions.length} 题，答对 ${right} 题。`;
    if (reset) reset.hidden = results.size === 0;
  };

  for (const question of questions) {
    const id = question.dataset['question'] ?? '';
    const answer = question.dataset['answer'] ?? '';
    const check = question.querySelector<HTMLButtonElement>('[data-check]');
    const verdict = question.querySelector<HTMLElement>('[data-verdict]');
    const panel = question.querySelector<HTMLDetailsElement>('[data-answer-panel]');
    const inputs = [...question.querySelectorAll<HTMLInputElement>('input')];
    if (!check || !verdict || !panel) continue;
    // With the script the answer waits for "核对答案" instead of sitting in a fold. The page's CSS
    // already draws it so (QuizForm.astro); `hidden` is for browsers without `scripting` queries.
    panel.hidden = true;
    const syncButton = () => {
      check.disabled = results.has(id) || !inputs.some((i) => i.checked);
    };
    for (const input of inputs) input.addEventListener('change', syncButton);
    syncButton();

    check.addEventListener('click', () => {
      const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
      const result = gradeAnswer(answer, chosen);
      results.set(id, result.correct);
      for (const input of inputs) {
        input.disabled = true;
        const item = input.closest<HTMLElement>('[data-option]');
        if (!item) continue;
        if (result.correctKeys.includes(input.value)) item.dataset['result'] = 'correct';
        else if (input.checked) item.dataset['result'] = 'wrong';
      }
      verdict.dataset['correct'] = String(result.correct);
      verdict.textContent = result.correct
        ? '回答正确。'
        : `回答不正确。正确答案是 ${result.correctKeys.join('、')}。`;
      panel.hidden = false;
      panel.open = true;
      check.disabled = true;
      updateScore();
    });
  }

  reset?.addEventListener('click', () => {
    results.clear();
    for (const question of questions) {
      for (const input of question.querySelectorAll<HTMLInputElement>('input')) {
        input.disabled = false;
        input.checked = false;
        delete input.closest<HTMLElement>('[data-option]')?.dataset['result'];
      }
      const verdict = question.querySelector<HTMLElement>('[data-verdict]');
      if (verdict) verdict.textContent = '';
      const panel = question.querySelector<HTMLDetailsElement>('[data-answer-panel]');
      if (panel) {
        panel.open = false;
        panel.hidden = true;
      }
      const check = question.querySelector<HTMLButtonElement>('[data-check]');
      if (check) check.disabled = true;
    }
    updateScore();
    questions[0]?.querySelector('input')?.focus();
  });
}

/**
 * The quiz page's 打印 button (not drawn without JS, where Ctrl+P does the same): the page's
 * print stylesheet turns it into the handout, so printing is all the button does.
 */
export function setUpPrintButton(button: HTMLButtonElement): void {
  button.addEventListener('click', () => window.print());
}
