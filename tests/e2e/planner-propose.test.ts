/**
 * A new secretary's first visit, in Chromium at 1280 px and on a 390 px
 * phone: the four ways in sit in the first screen; pasting eight units and
 * twelve people gives layouts explained with their rules and sources;
 * accepting one opens it as a new plan whose every verdict passes, and it
 * prints; a member just added says 待填写, not 不符合; no id reaches the
 * accessibility tree; axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idLikeTokens } from '../../src/lib/content/reader-text.ts';
import { axeViolations } from '../helpers/axe.ts';
import { members, openPlanner, summary, openPrintView } from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** Eight units, twelve people (one not a party member), with the facts the 必须 conditions read. */
const LIST = [
  '姓名\t单位\t单位类型\t党员\t职务\t层级较高\t规模较大\t热心参加事务',
  '王建国\t某街道\t街道党工委\t是\t街道领导班子成员、挂点本社区\t\t\t是',
  '李芳\t某社区\t社区党组织\t是\t社区党委书记、居委会主任\t\t\t是',
  '张伟\t某社区\t社区党组织\t是\t专职副书记\t\t\t是',
  '赵敏\t某社区\t社区党组织\t是\t社区党委委员\t\t\t是',
  '刘洋\t某区人民医院\t事业单位\t是\t党委书记\t是\t是\t是',
  '陈静\t某中学\t事业单位\t是\t支部委员\t是\t否\t是',
  '杨磊\t某物业公司\t物业\t是\t支部书记\t否\t是\t是',
  '黄丽\t某小区业委会\t业委会\t是\t负责人\t否\t否\t是',
  '周强\t某派出所\t派出所\t是\t民警\t是\t否\t是',
  '吴娟\t\t居民\t是\t\t\t\t是',
  '徐涛\t某科技公司\t民营企业\t否\t总经理\t否\t是\t是',
  '孙霞\t某社会服务中心\t社会组织\t是\t负责人\t否\t是\t是',
].join('\n');

/** Everything a screen reader is given in the planner: the accessibility tree and every aria-* text. */
async function spokenText(page: Page): Promise<string> {
  // A snapshot line is "- role "name" [state]: text": roles and states are the format's words, not reader text.
  const tree = (await page.locator('.planner').ariaSnapshot())
    .split('\n')
    .filter((line) => !/^\s*- \/url:/.test(line))
    .map((line) => line.replace(/^\s*- \/?[\w-]+/, '').replace(/\[[\w-]+(?:=[\w-]+)?\]/g, ''))
    .join('\n');
  const aria = await page.evaluate(() =>
    [...document.querySelectorAll('.planner *')].flatMap((el) =>
      ['aria-label', 'aria-description', 'aria-valuetext', 'title'].flatMap((a) => el.getAttribute(a) ?? []),
    ),
  );
  // Links' /url lines are addresses (dropped above), not reader text.
  return [tree, ...aria].join('\n');
}

async function proposeAndAccept(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^建议方案/ }).click();
  await page.getByLabel('人员名单（每行一人）').fill(LIST);
  await page.getByRole('button', { name: '生成建议方案' }).click();
  await page.locator('.pl-layout').first().waitFor();
}

describe.each([
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])('planner: a new secretary at $width px', ({ width, height }) => {
  const site = siteInBrowser();

  it('sees all four ways in on the first screen', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width, height });
    const ways = [
      page.getByRole('button', { name: /^建议方案/ }),
      page.getByRole('button', { name: /^从案例模板开始/ }),
      page.getByRole('button', { name: /^新建空白方案/ }),
      page.getByLabel(/选择 JSON 方案文件，或把文件拖到这里/),
    ];
    for (const way of ways) {
      const box = (await way.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('pastes a list, gets explained layouts, accepts one: every verdict passes, and it prints', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width, height });
    await proposeAndAccept(page);
    const layouts = page.locator('.pl-layout');
    expect(await layouts.count()).toBeGreaterThanOrEqual(1);
    expect(await layouts.count()).toBeLessThanOrEqual(3);
    const first = layouts.first();
    expect(await first.innerText()).toContain('李芳任某社区“大党委”书记');
    await first.locator('summary', { hasText: '依据' }).first().click();
    const cited = await first.locator('.pl-because li').first().innerText();
    expect(cited).toMatch(/出处：《江西省南昌市西湖区：.*》“\d\.[^”]+”/);
    expect(await page.locator('.pl-propose').innerText()).toContain('徐涛');
    expect(await axeViolations(page)).toEqual([]);
    expect(idLikeTokens(await spokenText(page))).toEqual([]);

    await page.getByRole('button', { name: /^采用方案一/ }).click();
    await page.waitForSelector('.pl-verdicts');
    expect(await page.locator('.pl-plan-title').innerText()).toContain('建议方案一');
    const counts = await summary(page);
    expect(counts['不符合']).toBe(0);
    expect(counts['提示']).toBe(0);
    expect(counts['待填写']).toBe(0);
    expect(counts['符合']).toBeGreaterThan(10);
    expect(idLikeTokens(await spokenText(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await openPrintView(page);
    const printed = await page.locator('.pl-print').innerText();
    expect(printed).toContain('西湖区 社区“大党委”（建议方案一）');
    expect(printed).toContain('李芳');
    expect(printed).not.toContain('【不符合】');
    await page.context().close();
  });

  it('a member just added is 待填写 (naming the field), not 不符合; choosing the unit type brings the verdicts', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width, height });
    await proposeAndAccept(page);
    await page.getByRole('button', { name: /^采用方案一/ }).click();
    await page.waitForSelector('.pl-verdicts');
    const seated = await page.locator('.pl-member-list').first().locator('.pl-member').count();
    await page
      .getByRole('button', { name: /^添加成员/ })
      .first()
      .click();
    const added = members(page).filter({ hasText: `新成员 ${seated + 1}` });
    await added.waitFor();
    const line = await added.locator('.pl-member-line').innerText();
    expect(line).toContain('待填写');
    expect(line).toContain('单位类型');
    expect(line).not.toContain('不符合');
    expect((await summary(page))['不符合']).toBe(0);
    expect(idLikeTokens(await spokenText(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The form opens on the new member: the unit type to choose, then the facts the rules read, the rest under 更多信息.
    const form = added.locator('.pl-form');
    await form.waitFor();
    expect(await form.getByLabel('单位类型').inputValue()).toBe('');
    expect(await form.getByLabel('所在单位层级较高').isVisible()).toBe(true);
    expect(await form.getByLabel('工作岗位').isVisible()).toBe(false);
    if (width < 400) {
      // The basic form — name, role, unit, and the facts the rules read — fits one phone screen.
      const box = (await form.boundingBox())!;
      const more = (await form.locator('.pl-more-fields').boundingBox())!;
      expect(more.y + more.height - box.y).toBeLessThanOrEqual(height);
    }
    await form.getByLabel('单位类型').selectOption('其他');
    await page.locator('.pl-member', { hasText: `第${seated + 1}位成员` }).waitFor();
    expect(await page.locator('.pl-member', { hasText: /新成员/ }).count()).toBe(0);
    expect((await summary(page))['不符合']).toBeGreaterThan(0);
    await page.context().close();
  });
});
