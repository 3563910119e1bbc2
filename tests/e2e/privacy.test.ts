/**
 * 关于 → 隐私与本机数据: the statement is there, and 删除本机数据 asks first,
 * then removes this copy's saved plans, lectures, settings and offline
 * caches — and nothing belonging to another copy of the site on the same
 * host, or to another program.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useTemplate, waitReady } from '../../scripts/lib/planner-ui.ts';

const OTHER_COPY_PLAN = 'dangjian-anliku@/dangjian-test/:planner:plan:x';
const OTHER_PROGRAM = 'another-program:setting';

describe('privacy and 删除本机数据', () => {
  const site = siteInBrowser();

  it('says plans stay in the browser, asks before deleting, and deletes only this copy’s data', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/planner/`);
    await waitReady(page);
    await useTemplate(page, '西湖区 社区“大党委”');
    const otherCache = `dangjian-site-${site.server.url}/dangjian-test/`;
    await page.evaluate(
      async ([plan, program, cache]) => {
        localStorage.setItem(plan!, '{}');
        localStorage.setItem(program!, 'keep');
        await (await caches.open(cache!)).put('/x', new Response('keep'));
      },
      [OTHER_COPY_PLAN, OTHER_PROGRAM, otherCache],
    );
    await page.goto(`${site.server.url}/about/privacy/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const ownCaches = () =>
      page.evaluate(async () => (await caches.keys()).filter((k) => k.endsWith(`${location.origin}/`)));
    await expect.poll(ownCaches).not.toEqual([]);
    expect(await page.locator('main').textContent()).toContain('不会上传');

    await page.getByRole('button', { name: '删除本机数据…' }).click();
    await expect
      .poll(() => page.locator('[data-forget-ask]').textContent())
      .toMatch(/1 个方案.*离线保存的全站内容.*不能恢复/);
    expect(await axeViolations(page, ['[data-forget-data]'])).toEqual([]);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('[data-forget-status]').textContent()).toBe('没有删除任何数据。');
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('dangjian-anliku:')).length,
      ),
    ).toBeGreaterThan(0);

    await page.getByRole('button', { name: '删除本机数据…' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect
      .poll(() => page.locator('[data-forget-status]').textContent())
      .toBe('已删除本站保存在这个浏览器里的全部数据。');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys.filter((k) => k.startsWith('dangjian-anliku:'))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining([OTHER_COPY_PLAN, OTHER_PROGRAM]));
    expect(await ownCaches()).toEqual([]);
    expect(await page.evaluate(() => caches.keys())).toContain(otherCache);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      0,
    );

    await page.goto(`${site.server.url}/planner/`);
    await waitReady(page);
    expect(await page.locator('.pl-start').count()).toBe(1);
    await context.close();
  });
});
