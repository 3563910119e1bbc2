/**
 * Every kind of file people pass on opens in LibreOffice with the expected
 * pages: a case page's Word handout and slides (downloaded by clicking in
 * Chromium) and the four meeting papers of a plan. Each file is converted
 * to PDF by LibreOffice, headless, and the PDF read back with poppler: a
 * 方案说明 fits its one page, a 履职清单 gives each 兼职委员 a page, slides
 * stay one page per slide. CI installs LibreOffice (.ci/run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { routes } from '../../src/lib/routes.ts';
import {
  downloadFromPage,
  meetingPaperFiles,
  openInLibreOffice,
  type GeneratedFile,
} from '../../scripts/lib/generated-documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'documents-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOpens(item: GeneratedFile): void {
  const opened = openInLibreOffice(item, dir);
  expect(opened.problem, `${item.label}：${opened.problem}`).toBeUndefined();
  expect(opened.pages).toBeGreaterThan(0);
}

describe('generated documents open in LibreOffice', () => {
  const site = siteInBrowser();

  for (const kind of ['docx', 'pptx'] as const) {
    it(`a case page's ${kind === 'docx' ? 'Word handout' : 'slides'}`, { timeout: 240_000 }, async () => {
      const url = `${site.server.url}${routes.case('nanchang-xihu')}`;
      const got = await downloadFromPage(site.browser, url, kind, dir, site.server.requests);
      expectOpens(got.made);
    });
  }

  it('the four meeting papers of a plan', { timeout: 600_000 }, async () => {
    const papers = await meetingPaperFiles(ROOT, dir);
    expect(papers).toHaveLength(4);
    for (const paper of papers) expectOpens(paper);
  });
});
