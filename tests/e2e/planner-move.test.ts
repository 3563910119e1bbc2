/**
 * Moving a plan in and out of the planner, in Chromium: JSON export and
 * import round trip, share link round trip (hash, fresh browser), a CSV
 * member list, the org chart (Mermaid loaded only then; source, SVG, PNG),
 * the work calendar's .ics file, and the print view on A4.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chooseFile,
  members,
  openPlanner,
  summary,
  useTemplate,
  waitReady,
  openPrintView,
} from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('planner: moving plans in and out', () => {
  const site = siteInBrowser();

  it('exports JSON in the published format and imports it back as a new plan, unchanged', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 网格党支部');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await page.getByLabel('姓名（可不填）').last().fill('张"三"<b>');
    await page.getByLabel('姓名（可不填）').last().press('Enter');
    const exported = await downloadText(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
    expect(exported.name).toBe('西湖区 网格党支部（草稿）.json');
    const plan = JSON.parse(exported.text);
    expect(plan.version).toBe(2);
    expect(plan.root.members.at(-1).name).toBe('张"三"<b>');
    // Published schema: the file validates against /schemas/plan.schema.json's required fields.
    const schema = await (await fetch(`${site.server.url}/schemas/plan.schema.json`)).json();
    for (const key of schema.required) expect(plan).toHaveProperty(key);

    // Import into a fresh browser.
    const other = await openPlanner(site, site.server.url);
    await chooseFile(other, /选择 JSON 方案文件/, exported.name, exported.text);
    await other.waitForSelector('.pl-verdicts');
    expect(await other.locator('.pl-notice-success').innerText()).toContain(
      '已从文件「西湖区 网格党支部（草稿）.json」打开',
    );
    const again = await downloadText(other, () => other.getByRole('button', { name: '导出 JSON' }).click());
    expect(again.text).toBe(exported.text);
  });

  it('shares a plan by link: compressed into the hash, opened in another browser, address cleaned', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    // A finished member: the link carries the plan alone (no member left to mark 待填写).
    await page.locator('.pl-member').last().getByLabel('单位类型').selectOption('其他');
    await page.getByRole('button', { name: '分享链接' }).click();
    const input = page.getByLabel(/^链接（\d+ 个字符）$/);
    await input.waitFor();
    const link = await input.inputValue();
    expect(link).toMatch(/\/planner\/#plan=1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(3000);
    const note = await page.locator('.pl-share').innerText();
    expect(note).toContain('不会上传到任何服务器');
    expect(note).toContain('任何拿到链接的人都能看到这份草稿');

    const context = await site.newContext();
    const other = await context.newPage();
    await other.goto(link);
    await waitReady(other);
    await other.waitForSelector('.pl-verdicts');
    expect(await other.locator('.pl-plan-title').innerText()).toBe('西湖区 社区“大党委”（草稿）');
    expect(await members(other).count()).toBe(12);
    expect((await summary(other))['提示']).toBe(await summary(page).then((s) => s['提示']));
    expect(new URL(other.url()).hash).toBe('');
    // A reload does not import it a second time.
    await other.reload();
    await waitReady(other);
    // The plan list comes with the editor, which a return visit loads after its first screen.
    await other.locator('.pl-plan').first().waitFor();
    expect(await other.locator('.pl-plan').count()).toBe(1);
  });

  it('a link made while a member is not yet filled in opens as the sender sees it: that member 待填写, not 不符合', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await page.locator('.pl-member').last().locator('.pl-form').waitFor();
    await page.waitForFunction(() => document.querySelector('#pl-live')?.textContent?.includes('新出现'));
    const sender = await summary(page);
    expect(sender['待填写']).toBeGreaterThan(0);
    await page.getByRole('button', { name: '分享链接' }).click();
    const input = page.getByLabel(/^链接（\d+ 个字符）$/);
    await input.waitFor();
    const link = await input.inputValue();
    expect(link).toMatch(/#plan=1\.[A-Za-z0-9_-]+&draft=[\w-]+$/);

    const other = await (await site.newContext()).newPage();
    await other.goto(link);
    await waitReady(other);
    await other.waitForSelector('.pl-verdicts');
    expect(await members(other).count()).toBe(12);
    expect(await summary(other)).toEqual(sender);
    expect(await other.locator('.pl-member').last().innerText()).toContain('新成员 12');
  });

  it('imports a CSV member list into a unit, and refuses a bad one whole', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 网格党支部');
    const before = await members(page).count();
    const unit = page.locator('.pl-unit').first();
    await unit.locator('summary', { hasText: '从 CSV 文件导入成员' }).click();
    const csv =
      '\uFEFF姓名,职务,所在单位类型,所在单位,热心参加事务\r\n赵一,委员,居民,,是\r\n"钱,二",委员,物业公司,某物业,否\r\n';
    await chooseFile(page, /^选择 CSV 文件/, '名单.csv', csv, 'text/csv');
    await page.waitForFunction((n) => document.querySelectorAll('.pl-member').length === n + 2, before);
    expect(await page.locator('.pl-member-name').allInnerTexts()).toEqual(
      expect.arrayContaining(['赵一', '钱,二']),
    );
    await chooseFile(
      page,
      /^选择 CSV 文件/,
      '坏名单.csv',
      '姓名,职务,所在单位类型\n孙三,组长,居民\n',
      'text/csv',
    );
    const error = page.locator('.pl-notice-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('第2行「职务」：「组长」不是可选的值');
    expect(await members(page).count()).toBe(before + 2);
    // One undo takes the whole import back.
    await page.getByRole('button', { name: /^撤销/ }).click();
    // The list redraws after the click: wait for it rather than read it at once.
    await expect.poll(() => members(page).count()).toBe(before);
  });

  it('draws the org chart only when asked, with Mermaid loaded then; copies the source, exports SVG and PNG', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForTimeout(300);
    expect(requested.some((p) => /mermaid/.test(p))).toBe(false);
    await page.getByRole('button', { name: '组织图' }).click();
    await page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });
    expect(requested.some((p) => /mermaid\.core/.test(p))).toBe(true);
    const svgText = await page.locator('.pl-chart-canvas svg').innerHTML();
    expect(svgText).toContain('第一书记');
    expect(await page.locator('#pl-chart-summary').innerText()).toBe(
      '某社区“大党委”：共11人：第一书记1人，书记1人，副书记2人，委员和成员7人；下设2个单位。',
    );
    const source = await page.getByLabel('Mermaid 源码', { exact: true }).inputValue();
    expect(source).toMatch(/^flowchart LR\n/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制 Mermaid 源码' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.pl-chart [role="status"]')?.textContent?.includes('已复制'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);
    const svg = await downloadText(page, () => page.getByRole('button', { name: '导出 SVG' }).click());
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.text).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('lists the work calendar and downloads it as .ics (RFC 5545, CRLF)', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: '工作日历' }).click();
    await page.locator('.pl-calendar tbody tr').first().waitFor();
    const rows = await page.locator('.pl-calendar tbody tr').allInnerTexts();
    expect(rows.join('\n')).toContain('召开联席会议');
    expect(rows.join('\n')).toContain('每季度至少一次');
    expect(rows.join('\n')).toContain('与兼职委员电话沟通');
    expect(rows.join('\n')).toContain('任期届满');
    const ics = await downloadText(page, () =>
      page.getByRole('button', { name: '下载日历文件（.ics）' }).click(),
    );
    expect(ics.name).toMatch(/工作日历\.ics$/);
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(rows.length);
  });

  it('prints on A4: chart, member table, verdicts with citations, date and rule-set version', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await openPrintView(page);
    // A4 minus the site's print margins (16 mm each side): 178 mm ≈ 673 px.
    await page.setViewportSize({ width: 673, height: 1000 });
    const print = page.locator('.pl-print');
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator('.pl-editor').isVisible()).toBe(false);
    const text = await print.innerText();
    expect(text).toContain('西湖区 社区“大党委”（草稿）');
    expect(text).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日 · 方案年份：\d{4}年/);
    expect(text).toMatch(/规则集版本：[0-9a-f]{8}（11个规则包，\d+条规则）/);
    expect(await print.locator('.pl-print-chart svg').count()).toBe(1);
    expect(await print.locator('tbody tr').count()).toBe(12);
    expect(text).toContain('【提示】委员总数不超过11人');
    expect(text).toMatch(/出处：.*（http:\/\/127\.0\.0\.1:\d+\/cases\/nanchang-xihu\/#xihu-s3-2-2）/);
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.pl-print')!.getBoundingClientRect();
      const wide = [...document.querySelectorAll('.pl-print *')].filter(
        (el) => el.getBoundingClientRect().right > box.right + 1,
      );
      return { width: box.width, wide: wide.length, page: document.documentElement.scrollWidth };
    });
    expect(overflow.wide).toBe(0);
    expect(overflow.page).toBeLessThanOrEqual(673);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
  });
});
