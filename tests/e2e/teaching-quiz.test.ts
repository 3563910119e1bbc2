/** Self-test in Chromium: an answer shows at once whether it was right, why, and the cited source. */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('self-test', () => {
  const site = siteInBrowser();

  it('marks a wrong answer, gives the right one and its explanation citing the source', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/quiz/changsha/`);
    const question = page.locator('[data-question][data-type="single"]').first();
    const answer = (await question.getAttribute('data-answer')) ?? '';
    const wrong = question.locator(`input:not([value="${answer}"])`).first();
    await wrong.check();
    await question.getByRole('button', { name: '核对答案' }).click();
    expect(await question.locator('[data-verdict]').textContent()).toBe(`回答不正确。正确答案是 ${answer}。`);
    expect(await question.locator(`[data-option="${answer}"]`).getAttribute('data-result')).toBe('correct');
    const panel = question.locator('[data-answer-panel]');
    expect(await panel.isVisible()).toBe(true);
    const citation = (await panel.locator('[data-citation]').textContent()) ?? '';
    expect(citation).toMatch(/^出处：《.+》，.+/);
    expect(await panel.locator('[data-citation] a').first().getAttribute('href')).toMatch(
      /^\/about\/sources\/#source-[a-z]+-[a-z0-9-]+$/,
    );
    expect(
      await question
        .locator('input')
        .evaluateAll((els) => els.every((el) => (el as HTMLInputElement).disabled)),
    ).toBe(true);
    expect(await page.locator('[data-score]').textContent()).toMatch(/已答 1 \/ \d+ 题，答对 0 题。/);
    expect(await axeViolations(page)).toEqual([]);
    // The answered question in the dark theme too (feedback colours, the filled buttons).
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JS: each answer waits in its fold, and no button that needs a script is drawn', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/quiz/changsha/`);
    const question = page.locator('[data-question]').first();
    expect(await question.locator('[data-answer-panel] summary').isVisible()).toBe(true);
    expect(await question.locator('[data-answer-panel]').getAttribute('open')).toBeNull();
    expect(await page.getByRole('button', { name: '核对答案' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '打印（含答案）' }).count()).toBe(0);
  });

  it('with JS: 核对答案 (disabled until an option is chosen) and 打印 show, the answers do not', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/quiz/changsha/`);
    const question = page.locator('[data-question]').first();
    expect(await question.getByRole('button', { name: '核对答案' }).isDisabled()).toBe(true);
    expect(await question.locator('[data-answer-panel]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印（含答案）' }).isVisible()).toBe(true);
  });

  it('answers a multiple-choice question by keyboard', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/quiz/mixed/`);
    const question = page.locator('[data-question][data-type="multiple"]').first();
    const answer = [...((await question.getAttribute('data-answer')) ?? '')];
    for (const key of answer) {
      await question.locator(`input[value="${key}"]`).focus();
      await page.keyboard.press('Space');
    }
    await question.getByRole('button', { name: '核对答案' }).focus();
    await page.keyboard.press('Enter');
    expect(await question.locator('[data-verdict]').textContent()).toBe('回答正确。');
    expect(await question.locator('[data-citation]').textContent()).toContain('出处');
    await page.getByRole('button', { name: '全部重做' }).click();
    expect(await question.locator('[data-verdict]').textContent()).toBe('');
    expect(await page.locator('[data-score]').textContent()).toBe('');
  });
});
