/**
 * Documents (issue budgets): the first Word handout of a case page is ready
 * ≤ 2 s after the click, in Chromium on the built site, with a cold cache;
 * slides are timed beside it, with the JavaScript (gzip) each click loads.
 * Then every kind of generated file — page handout, slides, the four meeting
 * papers — is opened in LibreOffice (converted to PDF) and its page count
 * checked; the browser test tests/e2e/documents-open.test.ts fails on the
 * same checks, so here they are printed for the record.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import {
  downloadFromPage,
  hasLibreOffice,
  meetingPaperFiles,
  openInLibreOffice,
  type GeneratedFile,
} from '../lib/generated-documents.ts';
import { kb, type BenchContext } from './context.ts';
import { createRoutes } from '../../src/lib/routes.ts';

const FIRST_DOCX_BUDGET = 2000;
/** Case pages of the root build the bench serves (site paths). */
const CASES = [createRoutes('/').case('changsha'), createRoutes('/').case('nanchang-xihu')];

async function timedDownloads(dist: string, dir: string, overBudget: string[]): Promise<GeneratedFile[]> {
  const server = await serveDist();
  const browser = await launchBrowser();
  const rows: Array<Record<string, string>> = [];
  const made: GeneratedFile[] = [];
  try {
    for (const url of CASES) {
      for (const kind of ['docx', 'pptx'] as const) {
        const got = await downloadFromPage(browser, `${server.url}${url}`, kind, dir, server.requests);
        const loaded = got.requested
          .filter((r) => r.endsWith('.js'))
          .reduce((sum, r) => sum + gzipSync(readFileSync(join(dist, r))).length, 0);
        rows.push({
          页面: url,
          文件: kind,
          '生成用时（毫秒）': String(got.ms),
          其中载入程序: kind === 'docx' ? got.phases.library.toFixed(0) : '',
          其中绘制图示: kind === 'docx' ? got.phases.diagrams.toFixed(0) : '',
          '点击后加载的 JS（gzip）': kb(loaded),
        });
        if (kind === 'docx' && got.ms > FIRST_DOCX_BUDGET)
          overBudget.push(`${url} 的 Word 讲义 ${got.ms} 毫秒才生成（预算 ${FIRST_DOCX_BUDGET} 毫秒）`);
        made.push(got.made);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n文档生成（Chromium，冷缓存；第一份 Word 讲义预算 ≤ ${FIRST_DOCX_BUDGET} 毫秒）`);
  console.table(rows);
  return made;
}

export async function run({ root, dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const overBudget: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'documents-'));
  try {
    const made = [...(await timedDownloads(dist, dir, overBudget)), ...(await meetingPaperFiles(root, dir))];
    if (!hasLibreOffice()) {
      overBudget.push(
        '没有 LibreOffice（soffice），无法检查生成的文件能否打开：apt-get install libreoffice-writer-nogui libreoffice-impress-nogui',
      );
      return { overBudget };
    }
    const opened = made.map((item) => openInLibreOffice(item, dir));
    console.log('\n生成的文件在 LibreOffice 中打开（转成 PDF）');
    console.table(
      opened.map((o) => ({ 文件: o.label, 'PDF 页数': String(o.pages), 检查: o.problem ?? '通过' })),
    );
    for (const o of opened) if (o.problem) overBudget.push(`${o.label}：${o.problem}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { overBudget };
}
