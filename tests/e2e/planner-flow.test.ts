/**
 * The planner's main flow in Chromium, as a new secretary would use it:
 * start a 西湖区 社区“大党委” from its template, break a rule (a 12th member)
 * and fix it again, see the verdicts and the live region follow, undo and
 * redo with buttons and keys, switch a reading, waive a warning, reload and
 * find the plan as left, compare with another pack, do it by keyboard, and
 * record the people who work with a community without a seat (济宁's 楼长).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  action,
  verdict,
  editMember,
  members,
  openPlanner,
  openVerdicts,
  summary,
  useTemplate,
  waitReady,
} from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** Add a member (the form opens) and make them a 居民党员代表, as the template's last 委员. */
async function addResident(page: Page) {
  await page.getByRole('button', { name: /^添加成员/ }).click();
  const form = page.locator('.pl-member').last().locator('.pl-form');
  await form.waitFor();
  await form.getByLabel('单位类型').selectOption('居民');
}

describe('planner: build, break and fix a 社区“大党委”', () => {
  const site = siteInBrowser();

  it('starts from the template with every 必须 rule met', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    expect(await page.locator('.pl-plan-title').innerText()).toBe('西湖区 社区“大党委”（草稿）');
    expect(await members(page).count()).toBe(11);
    const s = await summary(page);
    expect(s['不符合']).toBe(0);
    expect(s['提示']).toBe(0);
    expect(s['符合']).toBeGreaterThan(10);
  });

  it('a 12th member breaks the size rules; the verdicts say why, cite the source and point at the members; removing the member fixes it', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await page.locator('.pl-member').last().locator('.pl-form').waitFor();
    // The live region says what changed.
    await page.waitForFunction(() => document.querySelector('#pl-live')?.textContent?.includes('新出现'));
    expect(await page.locator('#pl-live').innerText()).toMatch(/新出现：.*「委员总数不超过11人」/);
    await page.locator('.pl-member').last().getByLabel('单位类型').selectOption('居民');
    await page.getByLabel('姓名（可不填）').last().fill('王十二');
    await page.getByLabel('姓名（可不填）').last().press('Enter');
    await expect.poll(() => members(page).count()).toBe(12);
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-warn').length === 2);
    expect((await summary(page))['提示']).toBe(2);
    expect((await openVerdicts(page)).sort()).toEqual(['委员总数不超过11人', '委员总数为奇数']);
    const tooMany = verdict(page, '委员总数不超过11人');
    expect(await tooMany.innerText()).toContain('12人');
    expect(await tooMany.locator('.pl-fix').innerText()).toMatch(/^怎样改：/);
    expect(await tooMany.locator('.pl-citation a').getAttribute('href')).toMatch(
      /^\/cases\/nanchang-xihu\/#xihu-s3-2-2$/,
    );
    expect(await tooMany.locator('.pl-reading').first().innerText()).toContain('第一书记是否计入');
    expect(await page.locator('#pl-live').innerText()).toMatch(/^核对结果：不符合0条，提示2条/);
    // Members involved are marked in the editor.
    await tooMany.getByRole('button', { name: /在编辑区标出所涉 12 名成员/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.pl-member.is-highlighted').length === 12);
    // The cited passage exists on the case page.
    const href = (await tooMany.locator('.pl-citation a').getAttribute('href'))!;
    const casePage = await page.context().newPage();
    await casePage.goto(`${site.server.url}${href}`);
    expect(await casePage.locator(`#${href.split('#')[1]}`).count()).toBe(1);
    await casePage.close();
    // Fix: remove the new member.
    await page.getByRole('button', { name: action('删除', '：委员 王十二') }).click();
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-warn').length === 0);
    expect((await summary(page))['提示']).toBe(0);
    expect(await page.locator('#pl-live').innerText()).toContain('已解决');
  });

  it('undo and redo every edit, with the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: /^添加成员/ }).click();
    await page.locator('.pl-member').nth(11).waitFor();
    const item = await editMember(page, 1);
    await item.getByLabel('专职/兼职').selectOption('兼职');
    await expect.poll(() => page.getByRole('button', { name: /^撤销/ }).innerText()).toContain('修改成员');
    const tenure = item.getByLabel('专职/兼职');
    await page.getByRole('button', { name: /^撤销/ }).click();
    await page.waitForFunction(
      (el) => (el as HTMLSelectElement).value === '专职',
      await tenure.elementHandle(),
    );
    await page.getByRole('button', { name: /^重做/ }).click();
    await page.waitForFunction(
      (el) => (el as HTMLSelectElement).value === '兼职',
      await tenure.elementHandle(),
    );
    // Keys, from outside text fields.
    await page.locator('.pl-plan-title').click();
    // Preact renders after the key event returns, so wait for the count rather than read it once.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => members(page).count()).toBe(11);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => members(page).count()).toBe(12);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: /^撤销/ }).isDisabled()).toBe(true);
  });

  it('switches a reading and waives a warning with a written reason', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await addResident(page);
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-warn').length === 2);
    // Read "不超过11人" as a hard limit: the verdict becomes 不符合.
    const max = verdict(page, '委员总数不超过11人');
    await max.getByRole('button', { name: /改按“只管‘奇数’，11人是硬上限”/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-fail').length === 1);
    expect((await summary(page))['不符合']).toBe(1);
    expect(await page.locator('.pl-verdict-fail').innerText()).toContain(
      '本条按“只管‘奇数’，11人是硬上限”核对',
    );
    await page.getByRole('button', { name: /^撤销/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-fail').length === 0);
    // Waive the parity warning.
    const odd = verdict(page, '委员总数为奇数');
    await odd.getByRole('button', { name: /^豁免…/ }).click();
    const reason = page.getByLabel(/豁免理由/);
    await reason.fill('短');
    await expect.poll(() => page.getByRole('button', { name: '确认豁免' }).isDisabled()).toBe(true);
    await reason.fill('本届为过渡期，下届换届时调整为奇数');
    await page.getByRole('button', { name: '确认豁免' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.pl-verdict-warn').length === 1);
    expect((await summary(page))['已豁免']).toBe(1);
    // 必须 rules offer no waiver.
    expect(
      await page.locator('.pl-group-error .pl-verdict').getByRole('button', { name: /^豁免/ }).count(),
    ).toBe(0);
  });

  it('keeps the plan across a reload', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await addResident(page);
    await page.getByLabel('姓名（可不填）').last().fill('留下来的人');
    await page.getByLabel('姓名（可不填）').last().press('Tab');
    await page.reload();
    await waitReady(page);
    expect(await page.locator('.pl-plan-title').innerText()).toBe('西湖区 社区“大党委”（草稿）');
    expect(await members(page).count()).toBe(12);
    expect(await page.locator('.pl-member-name').allInnerTexts()).toContain('留下来的人');
    expect((await summary(page))['提示']).toBe(2);
    // The plan list comes with the editor, which a return visit loads after its first screen.
    await page.locator('.pl-plan').first().waitFor();
    expect(await page.locator('.pl-plan').count()).toBe(1);
  });

  it('renames, duplicates and deletes saved plans; a deletion can be undone', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 网格党支部');
    const plans = page.locator('.pl-plan');
    const titles = () => plans.locator('strong').allInnerTexts();
    await expect.poll(titles).toEqual(['西湖区 网格党支部（草稿）']);
    // Rename: the field starts from the current name and takes focus; 取消 changes nothing.
    await page.getByRole('button', { name: action('重命名', '：西湖区 网格党支部（草稿）') }).click();
    const name = page.getByLabel('新名称');
    await expect.poll(() => name.inputValue()).toBe('西湖区 网格党支部（草稿）');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => name.count()).toBe(0);
    await page.getByRole('button', { name: action('重命名', '：西湖区 网格党支部（草稿）') }).click();
    await name.fill('一网格支部');
    await page.getByRole('button', { name: '保存名称' }).click();
    await expect.poll(titles).toEqual(['一网格支部']);
    // Duplicate: the copy opens, so the original can be deleted.
    await page.getByRole('button', { name: action('复制', '：一网格支部') }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['一网格支部', '一网格支部（副本）']);
    await expect.poll(() => page.locator('.pl-plan.is-open strong').innerText()).toBe('一网格支部（副本）');
    // Delete asks first, with 确定删除 focused; 取消 keeps the plan.
    await page.getByRole('button', { name: action('删除', '：一网格支部') }).click();
    const confirm = page.getByRole('group', { name: '确认删除方案' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('确定删除');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await plans.count()).toBe(2);
    await page.getByRole('button', { name: action('删除', '：一网格支部') }).click();
    await confirm.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(titles).toEqual(['一网格支部（副本）']);
    await page.getByRole('button', { name: '撤销删除' }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['一网格支部', '一网格支部（副本）']);
  });

  it('checks the same plan against another model side by side', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: '选择规则包对照核对' }).click();
    await page.getByLabel('对照的规则包').selectOption('changsha');
    await page.waitForSelector('#pl-compare-other');
    await page.waitForFunction(
      () => !document.querySelector('.pl-compare-grid')?.textContent?.includes('正在核对'),
    );
    expect(await page.locator('#pl-compare-other').innerText()).toContain('长沙');
    expect(await page.locator('.pl-compare-grid section').count()).toBe(2);
  });

  it('can be used with the keyboard alone, focus always visible', async () => {
    const page = await openPlanner(site, site.server.url);
    // Tab to 从案例模板开始, open it, then tab to the first template button and press Enter.
    let name = '';
    for (let i = 0; i < 80 && !name.startsWith('从案例模板开始'); i += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    await page.keyboard.press('Enter');
    for (let i = 0; i < 80 && !name.startsWith('用这个模板'); i += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.startsWith('用这个模板')) {
        const outline = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
      }
    }
    expect(name).toContain('西湖区 街道综合党委');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pl-verdicts');
    // Open a member's form with the keyboard and change its role.
    await page.getByRole('button', { name: action('编辑', '：委员 第6位成员') }).focus();
    await page.keyboard.press('Enter');
    const role = page.locator('#f-zh-m06-role');
    await role.focus();
    await role.selectOption('副书记');
    // The live region already says 核对结果 from the start: wait for the edit itself to be drawn
    // (the undo button names it), so that focus is checked after the redraw, not before it.
    await expect.poll(() => page.getByRole('button', { name: /^撤销/ }).innerText()).toContain('修改成员');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-zh-m06-role');
  });

  it('records people without a seat: the 楼长 removed breaks 楼长制, one added back fixes it', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '济宁');
    const community = page.getByRole('region', { name: '社区：某社区党委' });
    await community
      .getByRole('button', { name: /某社区党委/ })
      .first()
      .click();
    await community.locator('summary', { hasText: '单位信息与工作制度' }).first().click();
    const people = community.locator('fieldset', { hasText: '参与者' }).first();
    await people.waitFor();
    // The template's two 楼长 come first in the list; delete them.
    for (let i = 0; i < 2; i += 1) {
      expect(await people.locator('li').first().getByLabel('承担的工作').inputValue()).toBe('楼长');
      await people.locator('li').first().getByRole('button', { name: /^删除/ }).click();
    }
    await expect.poll(() => openVerdicts(page)).toContain('推行楼长制');
    expect(await verdict(page, '推行楼长制').innerText()).toContain('没有楼长');
    // Wait for the new entry to be drawn: choosing 是党员 before that would set it on the previous person.
    const before = await people.getByLabel('是党员').count();
    await people.getByRole('button', { name: '添加参与者' }).click();
    await expect.poll(() => people.getByLabel('是党员').count()).toBe(before + 1);
    await people.getByLabel('是党员').last().selectOption('no');
    await expect.poll(() => openVerdicts(page)).not.toContain('推行楼长制');
  });
});
