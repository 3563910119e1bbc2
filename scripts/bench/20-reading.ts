/**
 * Reading figures (issue: reading a case on a phone and on paper), per case
 * page: how far down a 390×844 phone 概况's first paragraph starts; the
 * HTML's gzip size against the gzip size of the text a reader gets from it;
 * straight quotes beside Chinese and id-like tokens across the reader pages;
 * and, printed to PDF, lines of raw diagram list and rows of ↩.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { routes } from '../../src/lib/routes.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { printed, pressPrint } from '../lib/print.ts';
import type { BenchContext } from './context.ts';

/** Budgets the issue sets. */
export const READING_BUDGETS = { firstParagraphTop: 844, markupRatio: 1.5 } as const;

/**
 * A page's HTML gzip size over the gzip size of its text (hast-util-to-text:
 * what the page reads as, tooltips and screen-reader text included; scripts,
 * styles and hidden elements not).
 */
export function markupRatio(html: string): { html: number; text: number; ratio: number } {
  const gz = (s: string) => gzipSync(Buffer.from(s)).length;
  const text = gz(toText(fromHtml(html)));
  return { html: gz(html), text, ratio: gz(html) / text };
}

interface CaseRow {
  url: string;
  top: number;
  html: number;
  text: number;
  ratio: number;
  rawList: number;
  backRefs: number;
}

async function measureCases(dist: string): Promise<CaseRow[]> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const rows: CaseRow[] = [];
    for (const slug of CASE_SLUGS) {
      const url = routes.case(slug);
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${server.url}${url}`, { waitUntil: 'load' });
      const top = await phone.evaluate(() => {
        const heading = document.getElementById('概况');
        let block = heading?.nextElementSibling;
        while (block && block.tagName !== 'P') block = block.nextElementSibling;
        return block ? Math.round(block.getBoundingClientRect().top + window.scrollY) : Infinity;
      });
      await phone.close();
      const paper = await browser.newPage();
      await paper.goto(`${server.url}${url}`);
      await pressPrint(paper);
      const lines = (await printed(paper)).text.split('\n');
      await paper.close();
      rows.push({
        url,
        top,
        ...markupRatio(readFileSync(join(dist, 'cases', slug, 'index.html'), 'utf8')),
        rawList: lines.filter((l) => /图示内容|指向：/.test(l)).length,
        backRefs: lines.filter((l) => l.includes('↩')).length,
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run({ dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const rows = await measureCases(dist);
  console.log('\n案例页阅读（手机 390×844；HTML 与正文均为 gzip 字节；打印为 A4 PDF）');
  console.log('页面                      概况首段  HTML     文字     比值   图示原始列表  ↩ 行');
  for (const r of rows) {
    console.log(
      `${r.url.padEnd(24)}  ${String(r.top).padStart(5)} px  ${String(r.html).padStart(6)}  ${String(r.text).padStart(6)}  ${r.ratio.toFixed(2).padStart(5)}  ${String(r.rawList).padStart(10)}  ${String(r.backRefs).padStart(4)}`,
    );
  }
  console.log(
    `预算：概况首段 ≤ ${READING_BUDGETS.firstParagraphTop} px，比值 ≤ ${READING_BUDGETS.markupRatio}，图示原始列表 0 行，↩ 0 行。直引号与 id 样的字样由构建测试检查（tests/build/reader-text.test.ts）。`,
  );
  const overBudget: string[] = [];
  for (const r of rows) {
    if (r.top > READING_BUDGETS.firstParagraphTop) overBudget.push(`${r.url} 概况首段在 ${r.top} px`);
    if (r.ratio > READING_BUDGETS.markupRatio)
      overBudget.push(
        `${r.url} HTML gzip 是正文的 ${r.ratio.toFixed(2)} 倍（预算 ${READING_BUDGETS.markupRatio}）`,
      );
    if (r.rawList > 0) overBudget.push(`${r.url} 打印稿有 ${r.rawList} 行图示原始列表`);
    if (r.backRefs > 0) overBudget.push(`${r.url} 打印稿有 ${r.backRefs} 行 ↩`);
  }
  return { overBudget };
}
