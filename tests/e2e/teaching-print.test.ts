/**
 * Printing to PDF in headless Chromium: a case page prints on A4 with its
 * figures, citations and source list, without the site's navigation; a
 * printed quiz carries its answer key.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { citedBeside } from '../helpers/cited-beside.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { printed } from '../../scripts/lib/print.ts';

const siteData = loadSiteData(ROOT);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('print to PDF', () => {
  const site = siteInBrowser();

  it('prints a case page on A4 with its figures and source list, and none of the sidebar', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/cases/changsha/`, { waitUntil: 'networkidle' });
    const { text, info } = await printed(page);
    const flat = squeeze(text);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);

    // The case's figures, as they read on the site.
    const figures = [...siteData.figures.values()]
      .map((f) => f.value)
      .filter((f) => f.city === '长沙' && !f.missing);
    const missingFromPdf = figures.map(formatFigure).filter((shown) => !flat.includes(squeeze(shown)));
    expect(missingFromPdf).toEqual([]);

    // The source list, with the source's title and its sections.
    const source = siteData.sources.get('changsha')?.value;
    expect(flat).toContain(squeeze(`《${source?.title}》`));
    for (const section of source?.sections ?? []) {
      if (section.id !== 's2') expect(flat, section.title).toContain(squeeze(section.title));
    }
    expect(flat).toMatch(/\[1\]/);

    // Each figure's passage is named once per paragraph: by the paragraph's marker, whose number
    // the source list gives the section, or, where the paragraph cites another passage, after the figure.
    const built = readPage('/cases/changsha/');
    const content = built.$('.sl-markdown-content')!;
    const ownCitations = citedBeside(content).filter((beside) => !beside).length;
    expect(flat.split('〔出处：').length - 1).toBe(ownCitations);
    expect(ownCitations).toBeLessThan(built.$$('.sl-markdown-content .fig').length / 2);
    // The tooltip script marks the others (cited-beside.ts): the figures print leaves bare.
    const marked = await page.locator('.sl-markdown-content .fig[data-cited-beside]').count();
    expect(marked).toBe(built.$$('.sl-markdown-content .fig').length - ownCitations);
    const leadMarkers = built.$$('.sl-markdown-content sup > a[href$="#source-changsha-s0"]');
    const leadTitle = source?.sections.find((s) => s.id === 's0')?.title ?? '';
    expect(leadMarkers.length).toBeGreaterThan(0);
    // Every marker of the passage prints its number ([1]), and the source list that number with the section.
    const leadNumber = built.textOf(leadMarkers[0]!);
    expect(leadMarkers.map((m) => built.textOf(m))).toEqual(leadMarkers.map(() => leadNumber));
    expect(flat).toContain(`${leadNumber}${squeeze(leadTitle)}`);
    expect(flat.split(leadNumber).length - 1).toBeGreaterThanOrEqual(leadMarkers.length + 1);

    // Nothing of the navigation: no sidebar link text that the page content does not itself contain.
    const main = squeeze(built.text('main'));
    const sidebarOnly = built
      .$$('#starlight__sidebar a')
      .map((a) => squeeze(built.textOf(a)))
      .filter((label) => label !== '' && !main.includes(label));
    expect(sidebarOnly.length).toBeGreaterThan(5);
    expect(sidebarOnly.filter((label) => flat.includes(label))).toEqual([]);
    // Nor the links onward (related topics and terms), which only help on screen.
    for (const chrome of ['跳转到内容', '演示', '组合讲座', '上一页', '下一页', '相关专题', '相关术语'])
      expect(flat).not.toContain(chrome);
    // Teaching notes stay off participants' copies unless the trainer asks for them.
    expect(flat).not.toContain('教学笔记');
    await page.getByLabel(/打印本页时包含教学笔记/).check();
    const withNotes = squeeze((await printed(page)).text);
    for (const words of ['教学笔记', '学习目标', '讨论题', '常见误解']) expect(withNotes).toContain(words);
  });

  it('prints wide tables whole: no column of a 对照表 or of the compare matrix runs off the page', async () => {
    // An A4 page's printable width at the print stylesheet's margins, about 170 mm.
    const page = await site.newPage({ viewport: { width: 642, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    for (const url of ['/topics/regional/', '/topics/compare/']) {
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
      const overflowing = await page
        .locator('main table')
        .evaluateAll((tables) =>
          tables
            .filter(
              (t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth + 1,
            )
            .map((t) => `${t.className || 'table'} ${t.scrollWidth}/${t.clientWidth}`),
        );
      expect(overflowing, url).toEqual([]);
    }
  });

  it('prints a diagram drawn by the 打印 button as a drawing, not only as text', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/cases/nanchang-xihu/`);
    // The button draws every diagram, then calls print(); the dialog itself is not needed here.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: '打印' }).click();
    await page.waitForSelector('html[data-printed]');
    const states = await page
      .locator('[data-diagram-key]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['state']));
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'rendered')).toBe(true);
    const { text } = await printed(page);
    expect(squeeze(text)).toContain('社区“大党委”');
  });

  it('prints a quiz page as the handout with its answer key, from Ctrl+P and from the 打印 button', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/quiz/mixed/`, { waitUntil: 'networkidle' });
    const { text } = await printed(page);
    const flat = squeeze(text);
    expect(flat).toContain('答案与解析');
    expect(flat).toContain('出处');
    expect(flat).toContain('姓名');
    // The screen's form and its furniture stay off the paper.
    for (const screenOnly of ['核对答案', '查看答案与解析', '全部自测卷', 'Ctrl+P'])
      expect(flat).not.toContain(screenOnly);
    // On screen the handout is not drawn, and the 打印 button opens the print dialog.
    expect(await page.locator('[data-answer-key]').isVisible()).toBe(false);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: '打印（含答案）' }).click();
    await page.waitForSelector('html[data-printed]');
  });
});
