/**
 * Access to the planner in Chromium: axe finds no violations on the start
 * screen, the editor (with a form, verdicts and panels open) and the chart;
 * the planner fits a 360 px wide phone; refused or full storage is said
 * plainly and the planner keeps working.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import {
  editMember,
  members,
  openPlanner,
  summary,
  useTemplate,
  waitReady,
} from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('planner: access', () => {
  const site = siteInBrowser();

  it('axe: no violations on the start screen', async () => {
    const page = await openPlanner(site, site.server.url);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('axe: no violations in the editor with a form, the verdicts, settings and panels open', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await editMember(page, 3);
    await page.locator('summary', { hasText: '方案设置' }).click();
    await page.locator('.pl-settings-body').waitFor();
    await page.locator('summary', { hasText: '单位信息与工作制度' }).first().click();
    await page.locator('.pl-unit-fields-body').waitFor();
    await page.locator('summary', { hasText: '读法' }).click();
    await page.locator('.pl-readings-body').waitFor();
    await page
      .getByRole('button', { name: /显示已符合/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^豁免…/ })
      .first()
      .click();
    await page.getByRole('button', { name: '工作日历' }).click();
    await page.locator('.pl-calendar').waitFor();
    await page.getByRole('button', { name: '选择规则包对照核对' }).click();
    await page.locator('#pl-compare-other').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '组织图' }).click();
    await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('axe: no violations in the dark theme', async () => {
    const page = await openPlanner(site, site.server.url);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    // Check the editor with the new member's form open, not the frame before it is drawn.
    await page.locator('.pl-member').last().locator('.pl-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 360 px wide phone', async () => {
    const page = await openPlanner(site, site.server.url, { width: 360, height: 740 });
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await wide()).toBeLessThanOrEqual(360);
    await useTemplate(page, '西湖区 社区“大党委”');
    await editMember(page, 1);
    expect(await wide()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '组织图' }).click();
    await page.locator('.pl-outline').waitFor();
    expect(await wide()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '图形视图' }).click();
    await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
    expect(await wide()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '分享链接' }).click();
    // The panel loads on demand: measure it once the link and its QR code are drawn.
    await page.locator('#f-share-link').waitFor();
    await page.locator('[data-share-qr], [data-share-qr-error]').waitFor();
    expect(await wide()).toBeLessThanOrEqual(360);
  });

  it('on a phone, keeps the verdict counts at the foot of the screen, linking down to the verdicts', async () => {
    const page = await openPlanner(site, site.server.url, { width: 360, height: 740 });
    await useTemplate(page, '西湖区 社区“大党委”');
    const bar = page.locator('.pl-verdict-bar');
    await members(page).first().scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    expect(box!.y).toBeGreaterThan(740 / 2);
    const counts = await summary(page);
    expect(await bar.textContent()).toContain(`不符合 ${counts['不符合']}`);
    // A 12th member breaks two 原则上 rules: the bar shows the new count at once.
    const before = counts['提示']!;
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await expect.poll(async () => (await summary(page))['提示']).toBeGreaterThan(before);
    expect(await bar.textContent()).toContain(`提示 ${(await summary(page))['提示']}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page)).toEqual([]);
    await bar.getByRole('link', { name: '查看核对结果' }).click();
    await expect
      .poll(() => page.locator('#pl-verdicts-title').evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(200);
    await page.context().close();
    // Beside the editor on a wide screen, the verdicts need no bar.
    const wide = await openPlanner(site, site.server.url, { width: 1280, height: 900 });
    await useTemplate(wide, '西湖区 社区“大党委”');
    expect(await wide.locator('.pl-verdict-bar').isVisible()).toBe(false);
  });

  it('says so when the browser refuses storage, and keeps working in memory', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/planner/`);
    await waitReady(page);
    expect(await page.locator('.pl-notice-warning').innerText()).toContain('此浏览器不允许本站保存数据');
    await useTemplate(page, '西湖区 网格党支部');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    // The island redraws after the click resolves: wait for the member, do not read the count at once.
    await expect.poll(() => members(page).count()).toBe(6);
    expect(await page.locator('.pl-notice-warning').innerText()).toContain('请及时“导出 JSON”');
  });

  it('says so when storage is full, keeps the edits in memory, and saves them once space is freed', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/planner/`);
    await waitReady(page);
    // Fill this origin's storage to the last character, as other pages of a busy site might.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${n}`, chunk);
            n += 1;
          } catch {
            break;
          }
        }
      }
    });
    // Full from the start (not refused): the planner says full, not "not allowed".
    await page.reload();
    await waitReady(page);
    const banner = page.locator('.pl-notice-warning');
    expect(await banner.innerText()).toContain('浏览器的本地存储已满');
    await useTemplate(page, '西湖区 网格党支部');
    expect(await banner.innerText()).toContain('浏览器的本地存储已满');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    // The island redraws after the click resolves: wait for the member, do not read the count at once.
    await expect.poll(() => members(page).count()).toBe(6);

    // Space comes back: the next edit saves everything kept in memory, and the warning goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await waitReady(page);
    expect(await members(page).count()).toBe(7);
  });
});
