/**
 * Bad input in Chromium, each on its own: malformed JSON, valid JSON of the
 * wrong shape, a newer format, a huge file, a share link cut short or
 * altered, a damaged entry in localStorage, and member names holding markup.
 * Each is refused (or shown as text) with a Chinese message, and nothing
 * the user had is changed.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  chooseFile,
  openPlanner,
  storedPlans,
  useTemplate,
  waitReady,
} from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** A planner with one saved plan; returns the page and the storage as it was. */
async function withPlan(
  browser: Pick<Browser, 'newContext'>,
  base: string,
): Promise<{ page: Page; before: Record<string, string> }> {
  const page = await openPlanner(browser, base);
  await useTemplate(page, '西湖区 社区“大党委”');
  await page.waitForTimeout(500);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  return { page, before: await storedPlans(page) };
}

async function refusedFile(page: Page, name: string, content: string | Buffer): Promise<string> {
  await chooseFile(page, /选择 JSON 方案文件/, name, content);
  // The notice that names this file: a notice from an earlier refused file may still be up, and
  // reading "the last notice" right after choosing could read that one (CI caught it under load).
  const error = page.locator('.pl-notice-error', { hasText: `文件「${name}」` }).last();
  await error.waitFor();
  return error.innerText();
}

describe('planner: bad input changes nothing', () => {
  const site = siteInBrowser();

  /** Import files from the start screen of a browser that has one saved plan. */
  async function startScreen(): Promise<{ page: Page; before: Record<string, string> }> {
    const { page, before } = await withPlan(site, site.server.url);
    await page.getByRole('button', { name: '关闭方案' }).click();
    await page.waitForSelector('.pl-start');
    return { page, before };
  }

  it('malformed JSON', async () => {
    const { page, before } = await startScreen();
    const message = await refusedFile(page, '坏.json', '{"version": 1, "title": "半截');
    expect(message).toContain('文件「坏.json」无法打开：没有导入任何内容，现有方案都未改动');
    expect(message).toContain('不是有效的 JSON 文件');
    expect(await storedPlans(page)).toEqual(before);
  });

  it('valid JSON of the wrong shape', async () => {
    const { page, before } = await startScreen();
    const message = await refusedFile(
      page,
      '名单.json',
      JSON.stringify({
        version: 1,
        title: '名单',
        root: { id: 'u', kind: '居委会', members: [{ id: 'a', role: '主任' }] },
      }),
    );
    expect(message).toContain('根单位「u」 › 层级（kind）：「居委会」 不是可选的值');
    expect(message).toContain('根单位「u」 › 成员「a」 › 职务（role）：「主任」 不是可选的值');
    expect(message).toContain('根单位「u」 › 成员「a」 › 所在单位（home）：缺少此项（必填）');
    expect(await refusedFile(page, '数组.json', '[1,2,3]')).toContain('方案文件应是一个 JSON 对象');
    expect(await storedPlans(page)).toEqual(before);
  });

  it('a newer schema version', async () => {
    const { page, before } = await startScreen();
    const message = await refusedFile(
      page,
      '新版.json',
      JSON.stringify({ version: 3, title: '新版', root: { id: 'u', kind: '社区' } }),
    );
    expect(message).toContain('此方案是较新的格式（版本 3），本站只能读到版本 2');
    expect(await storedPlans(page)).toEqual(before);
  });

  it('a huge file', async () => {
    const { page, before } = await startScreen();
    const huge = Buffer.alloc(9_000_000, ' ');
    huge.write('{"version":1,"title":"大"', 0);
    const message = await refusedFile(page, '大.json', huge);
    expect(message).toMatch(/文件过大（\d+\.\d MB，上限 8\.0 MB）/);
    expect(await storedPlans(page)).toEqual(before);
  });

  it('a share link cut short, or altered', async () => {
    const { page, before } = await withPlan(site, site.server.url);
    await page.getByRole('button', { name: '分享链接' }).click();
    const link = await page.getByLabel(/^链接/).inputValue();
    const hash = link.slice(link.indexOf('#'));
    const altered = `${hash.slice(0, 40)}${hash[40] === 'Q' ? 'R' : 'Q'}${hash.slice(41)}`;
    for (const bad of [hash.slice(0, hash.length - 7), hash.slice(0, 30), altered, '#plan=1.@@@']) {
      // A fresh load, as when the link is opened from a message.
      await page.goto('about:blank');
      await page.goto(`${site.server.url}/planner/${bad}`);
      await waitReady(page);
      const error = page.locator('.pl-notice-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('分享链接不完整或被改动过');
      // The plan open before is still open and unchanged; nothing new was saved.
      await page.waitForSelector('.pl-verdicts');
      expect(await page.locator('.pl-plan-title').innerText()).toBe('西湖区 社区“大党委”（草稿）');
      expect(await storedPlans(page)).toEqual(before);
    }
  });

  it('a damaged entry in localStorage', async () => {
    const { page, before } = await withPlan(site, site.server.url);
    const key = 'dangjian-anliku:planner:plan:damaged';
    await page.evaluate(
      (k) => localStorage.setItem(k, '{"format":1,"doc":{"plan":{"version":1,"title":"x","root":'),
      key,
    );
    await page.reload();
    await waitReady(page);
    const item = page.locator('.pl-plan', { hasText: '（已损坏的方案）' });
    expect(await item.innerText()).toContain('这份保存的方案已损坏，无法打开（不是有效的 JSON）');
    expect(await item.getByRole('button', { name: /^打开/ }).count()).toBe(0);
    // The other plan is fine and the damaged entry is left as it was.
    expect(await page.locator('.pl-plan-title').innerText()).toBe('西湖区 社区“大党委”（草稿）');
    const after = await storedPlans(page);
    expect(after[key]).toBe('{"format":1,"doc":{"plan":{"version":1,"title":"x","root":');
    for (const [k, v] of Object.entries(before)) expect(after[k]).toBe(v);
  });

  it('member names with HTML and script are shown as text, never run', async () => {
    const { page } = await withPlan(site, site.server.url);
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await page.getByLabel('姓名（可不填）').last().fill(XSS);
    await page.getByLabel('姓名（可不填）').last().press('Enter');
    await page.getByLabel('单位名称（可不填）').last().fill(XSS);
    await page.getByLabel('单位名称（可不填）').last().press('Enter');
    await expect.poll(() => page.locator('.pl-member-name').last().innerText()).toBe(XSS);
    // In the verdicts, the chart (Mermaid) and the print view, too.
    await page.getByRole('button', { name: '组织图' }).click();
    await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
    expect(await page.locator('.pl-chart-canvas svg').innerHTML()).not.toContain('<img');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '打印' }).click();
    await page.waitForSelector('.pl-print[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    expect(await page.locator('.pl-print').textContent()).toContain(XSS);
    expect(await page.evaluate(() => document.querySelectorAll('.planner img, .planner script').length)).toBe(
      0,
    );
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // And after a reload from storage.
    await page.reload();
    await waitReady(page);
    expect(await page.locator('.pl-member-name').allInnerTexts()).toContain(XSS);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
