/**
 * The planner on a phone and a laptop (Chromium, 390 and 1280 px): the org
 * chart opens as an outline on a phone, the drawn chart one tap away and
 * pannable, labels at reading size (≥ 12 px) on both; notices come one at a
 * time, replace each other, close, and go when the plan they are about is
 * closed, in Chinese with the next step; dates read 2026年12月6日 in the
 * list, the calendar, its .ics file and print, and start no earlier than
 * this month; axe finds no violations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { chooseFile, openPlanner, useTemplate } from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const TEMPLATE = '西湖区 社区“大党委”';

/** Smallest rendered font size (px) of the drawn chart's labels: font size times the SVG's scale. */
function smallestLabel(page: Page): Promise<number> {
  return page.locator('.pl-chart-canvas svg').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text, tspan')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return sizes.length > 0 ? Math.min(...sizes) : 0;
  });
}

async function openChart(page: Page): Promise<void> {
  await page.getByRole('button', { name: '组织图' }).click();
  await page.locator('.pl-chart').waitFor();
}

const drawn = (page: Page) =>
  page.waitForSelector('.pl-chart-canvas[data-state="drawn"] svg', { timeout: 60_000 });

describe('planner: the org chart on a phone and a laptop', () => {
  const site = siteInBrowser();

  it('on a 390 px phone: an outline first, with verdict marks, names and units; Mermaid not loaded', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 390, height: 844 });
    await useTemplate(page, TEMPLATE);
    // A 12th member: the committee's 原则上 limits give a 提示 on the unit.
    await page.getByRole('button', { name: /^添加成员/ }).click();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openChart(page);
    const outline = page.locator('.pl-outline');
    await outline.waitFor();
    expect(await page.locator('.pl-chart-canvas').count()).toBe(0);
    const text = await outline.innerText();
    expect(text).toMatch(/^(✗ 不符合|! 提示|\? 待填写) 某社区“大党委”/);
    expect(text).toContain('来自街道党工委');
    expect(text).toContain('第一书记');
    expect(text).toContain('一网格');
    expect(await page.getByRole('button', { name: '大纲视图' }).getAttribute('aria-pressed')).toBe('true');
    expect(requested.some((p) => /mermaid\.core/.test(p))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a 390 px phone: the drawn chart one tap away, at reading size, panned by dragging', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 390, height: 844 });
    await useTemplate(page, TEMPLATE);
    await openChart(page);
    await page.getByRole('button', { name: '图形视图' }).click();
    await drawn(page);
    expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
    const frame = page.locator('.pl-chart-canvas');
    const size = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);
    // Drag to the left: the chart moves, the page does not.
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width - 20, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, box.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The keyboard pans it too: the frame takes focus.
    await frame.focus();
    expect(await frame.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a laptop: drawn at once, left to right, members grouped by home unit, labels ≥ 12 px', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 1280, height: 900 });
    await useTemplate(page, TEMPLATE);
    await openChart(page);
    await drawn(page);
    expect(await page.getByRole('button', { name: '图形视图' }).getAttribute('aria-pressed')).toBe('true');
    expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
    const layout = await page.locator('.pl-chart-canvas svg').evaluate((svg) => {
      const left = (el: Element) => el.getBoundingClientRect().left;
      const nodes = [...svg.querySelectorAll('g.node')];
      const unit = nodes.find((n) => (n.textContent ?? '').includes('某社区'))!;
      return {
        clusters: [...svg.querySelectorAll('g.cluster')].map((c) => c.textContent ?? ''),
        unitLeftmost: nodes.every((n) => n === unit || left(n) > left(unit)),
      };
    });
    expect(layout.clusters.length).toBeGreaterThanOrEqual(3);
    expect(layout.clusters.join('|')).toContain('街道党工委');
    expect(layout.unitLeftmost).toBe(true);
    // The outline is there on a laptop too.
    await page.getByRole('button', { name: '大纲视图' }).click();
    await page.locator('.pl-outline').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('planner: notices', () => {
  const site = siteInBrowser();

  it('one at a time: the next replaces it, it closes, and it goes with the plan it was about', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 390, height: 844 });
    await useTemplate(page, TEMPLATE);
    const notices = page.locator('.pl-notice:not(.pl-notice-warning)');
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    await expect.poll(() => notices.allInnerTexts()).toEqual([expect.stringContaining('已导出 JSON 文件')]);
    // A bad member list: its notice takes the place of the one before.
    await page.locator('summary', { hasText: '从 CSV 文件导入成员' }).first().click();
    await chooseFile(page, /选择 CSV 文件/, '名单.csv', '职务,所在单位类型\n主任,火星\n', 'text/csv');
    await page.locator('.pl-notice-error').waitFor();
    expect(await notices.count()).toBe(1);
    expect(await notices.innerText()).toContain('成员名单「名单.csv」');
    expect(await notices.innerText()).not.toContain('已导出 JSON 文件');
    await page.getByRole('button', { name: /^关闭提示/ }).click();
    await expect.poll(() => notices.count()).toBe(0);
    // A notice about the open plan goes when the plan is closed: it would be stale.
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    await notices.waitFor();
    await page.getByRole('button', { name: '关闭方案' }).click();
    await page.waitForSelector('.pl-start');
    await expect.poll(() => notices.count()).toBe(0);
    await page.context().close();
  });

  it('says what is wrong with a file in Chinese, with the next step, never in the parser’s English', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 1280, height: 900 });
    for (const [name, text, expected] of [
      ['半截.json', '{"version": 2, "title": "半截', '内容在中途断了'],
      ['空.json', '', '文件是空的'],
      ['别的.json', '{"name": "会议纪要"}', '没有方案格式的版本号'],
    ] as const) {
      await chooseFile(page, /选择 JSON 方案文件/, name, text);
      const notice = page.locator('.pl-notice-error', { hasText: name });
      await notice.waitFor();
      const message = await notice.innerText();
      expect(message).toContain(expected);
      expect(message).toMatch(/请/);
      // “JSON” is the format's name (and the files'); any other Latin word would be parser text.
      expect(message.replace(/json/gi, '')).not.toMatch(/[A-Za-z]{3,}/);
      expect(await page.locator('.pl-notice').count()).toBe(1);
    }
    await page.context().close();
  });
});

describe('planner: dates', () => {
  const site = siteInBrowser();

  it('a template is dated this year; the calendar, its .ics and the plan list write 2026年12月6日, never in the past', async () => {
    const page = await openPlanner(site.browser, site.server.url, { width: 1280, height: 900 });
    await useTemplate(page, TEMPLATE);
    const now = new Date();
    const thisMonth = now.getFullYear() * 12 + now.getMonth();
    await page.locator('summary', { hasText: '方案设置' }).click();
    expect(await page.getByLabel(/方案所指年份/).inputValue()).toBe(String(now.getFullYear()));
    await page.getByRole('button', { name: '工作日历' }).click();
    await page.locator('.pl-calendar tbody tr').first().waitFor();
    const firsts = await page.locator('.pl-calendar tbody tr td:nth-child(3)').allInnerTexts();
    expect(firsts.length).toBeGreaterThan(3);
    for (const first of firsts) {
      const m = /^(\d{4})年(\d{1,2})月1日$/.exec(first);
      expect(m, first).not.toBeNull();
      expect(Number(m![1]) * 12 + Number(m![2]) - 1, first).toBeGreaterThanOrEqual(thisMonth);
    }
    const rows = await page.locator('.pl-calendar tbody tr').allInnerTexts();
    expect(rows.join('\n')).toContain(`任期届满（${now.getFullYear()}—${now.getFullYear() + 2}年）`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载日历文件（.ics）' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
    expect(ics).toContain(`首次：${firsts[0]}。`);
    for (const [, y, mo] of ics.matchAll(/DTSTART;VALUE=DATE:(\d{4})(\d{2})01/g))
      expect(Number(y) * 12 + Number(mo) - 1).toBeGreaterThanOrEqual(thisMonth);
    const saved = await page.locator('.pl-plan-list, .pl-plans').first().innerText();
    expect(saved).toMatch(/保存于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    await page.context().close();
  });
});
