/**
 * Printing a page to PDF in headless Chromium, as the print stylesheet lays
 * it out, and reading the PDF back as text (poppler's pdftotext and
 * pdfinfo), page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface Printed {
  /** The whole PDF's text, pages separated by form feeds. */
  text: string;
  /** pdfinfo's report (page size, page count). */
  info: string;
  /** Each page's text. */
  pages: string[];
}

export async function printed(page: Page): Promise<Printed> {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return {
      text,
      info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
      pages: text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Presses the page's 打印 button, which draws every diagram before it opens
 * the print dialog; the dialog itself is replaced, so the test goes on.
 */
export async function pressPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: '打印' }).click();
  await page.waitForSelector('html[data-printed]', { timeout: 60_000 });
}
