/**
 * Documents (issue budgets): the first Word handout of a case page is ready
 * ≤ 2 s after the click, in Chromium on the built site, with a cold cache;
 * slides are timed beside it, with the JavaScript (gzip) each click loads.
 * Then every kind of generated file — page handout, slides, the four meeting
 * papers — is converted to PDF by LibreOffice, which must open it, and the
 * page counts are checked: a 方案说明 fits its one page (its attachment
 * starts page 2), a 履职清单 gives each 兼职委员 a page, slides stay slides.
 *
 * LibreOffice is a maintainer's tool here, not a CI dependency (it is large
 * to install for one check): without `soffice` this section reports itself
 * over budget, loudly, rather than passing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/serve.ts';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { readPlan } from '../../src/lib/plan-format/read.ts';
import { workCalendar } from '../../src/lib/plan-editing/calendar.ts';
import { selectPacks } from '../../src/lib/rules/engine.ts';
import { toSourceRecord } from '../../src/lib/documents/gbt7714.ts';
import { docxBytes } from '../../src/lib/documents/docx.ts';
import { paperPlan } from '../../src/lib/documents/meeting/plan-adapter.ts';
import { paperRules } from '../../src/lib/documents/meeting/basis.ts';
import { PAPERS, PAPER_NAMES, type PaperKind } from '../../src/lib/documents/meeting/papers.ts';
import { kb, type BenchContext } from './context.ts';
import { createRoutes } from '../../src/lib/routes.ts';

const FIRST_DOCX_BUDGET = 2000;
/** Case pages of the root build the bench serves (site paths). */
const CASES = [createRoutes('/').case('changsha'), createRoutes('/').case('nanchang-xihu')];

interface Made {
  label: string;
  file: string;
  /** What the PDF must show. */
  check: (pages: number, pageText: (n: number) => string) => string | undefined;
}

async function browserFiles(dist: string, dir: string, overBudget: string[]): Promise<Made[]> {
  const server = await serveDist();
  const browser = await launchBrowser();
  const rows: Array<Record<string, string>> = [];
  const made: Made[] = [];
  try {
    for (const url of CASES) {
      for (const kind of ['docx', 'pptx'] as const) {
        const context = await browser.newContext({ acceptDownloads: true });
        const page = await context.newPage();
        await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
        const before = server.requests.length;
        const started = Date.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.click(`[data-doc-download="${kind}"]`),
        ]);
        const ms = Date.now() - started;
        const loaded = server.requests
          .slice(before)
          .filter((r) => r.endsWith('.js'))
          .reduce((sum, r) => sum + gzipSync(readFileSync(join(dist, r))).length, 0);
        const phases = await page.evaluate(() => {
          const at = (name: string) =>
            performance.getEntriesByName(`documents:${name}`).at(-1)?.startTime ?? NaN;
          const click = at('click');
          return {
            library: at('library') - click,
            diagrams: at('diagrams') - at('library'),
            written: at('written') - click,
          };
        });
        const file = join(dir, `${url.split('/')[2]}.${kind}`);
        await download.saveAs(file);
        rows.push({
          页面: url,
          文件: kind,
          '生成用时（毫秒）': String(ms),
          其中载入程序: kind === 'docx' ? phases.library.toFixed(0) : '',
          其中绘制图示: kind === 'docx' ? phases.diagrams.toFixed(0) : '',
          '点击后加载的 JS（gzip）': kb(loaded),
        });
        if (kind === 'docx' && ms > FIRST_DOCX_BUDGET)
          overBudget.push(`${url} 的 Word 讲义 ${ms} 毫秒才生成（预算 ${FIRST_DOCX_BUDGET} 毫秒）`);
        const slides =
          kind === 'pptx'
            ? Object.keys(unzipSync(readFileSync(file))).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
                .length
            : 0;
        made.push({
          label: `${url} ${kind === 'docx' ? '讲义' : '幻灯片'}`,
          file,
          check: (pages) =>
            kind === 'pptx' && pages !== slides
              ? `应为 ${slides} 页（每张幻灯片一页）`
              : pages < 2
                ? '页数过少'
                : undefined,
        });
        await context.close();
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

async function paperFiles(root: string, dir: string): Promise<Made[]> {
  const packs = loadPacks(root);
  const sources = new Map(
    [...loadSiteData(root).sources.values()].map(({ value }) => [value.id, toSourceRecord(value)]),
  );
  const read = readPlan(readFileSync(join(root, 'content/data/plans/xihu-dadangwei.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const plan = paperPlan(read.plan);
  const chosen = selectPacks(packs, plan.packs);
  const made: Made[] = [];
  for (const kind of Object.keys(PAPERS) as PaperKind[]) {
    const file = join(dir, `${kind}.docx`);
    const model = PAPERS[kind]({
      plan,
      rules: paperRules(chosen, []),
      sources,
      calendar: workCalendar(read.plan, chosen, 2026),
      date: new Date(),
    });
    writeFileSync(file, await docxBytes(model));
    made.push({
      label: `会议材料：${PAPER_NAMES[kind]}`,
      file,
      check: (pages, text) => {
        if (kind === 'composition' && !text(2).trimStart().startsWith('附件'))
          return '方案说明超出一页（第 2 页不是附件）';
        if (kind === 'duties' && pages < plan.partTimers.length + 1)
          return `应至少 ${plan.partTimers.length + 1} 页（每名兼职委员一页，另有附件）`;
        return undefined;
      },
    });
  }
  return made;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

export async function run({ root, dist }: BenchContext): Promise<{ overBudget: string[] }> {
  const overBudget: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'documents-'));
  try {
    const made = [...(await browserFiles(dist, dir, overBudget)), ...(await paperFiles(root, dir))];
    if (!hasSoffice()) {
      overBudget.push(
        '没有 LibreOffice（soffice），无法检查生成的文件能否打开：apt-get install libreoffice-writer-nogui libreoffice-impress-nogui',
      );
      return { overBudget };
    }
    const rows: Array<Record<string, string>> = [];
    for (const item of made) {
      let pages = 0;
      let problem: string | undefined;
      try {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, item.file], {
          stdio: 'ignore',
          timeout: 180_000,
        });
        const pdf = item.file.replace(/\.\w+$/, '.pdf');
        pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
        const text = (n: number) =>
          execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
        problem = pages === 0 ? 'LibreOffice 打不开' : item.check(pages, text);
      } catch (error) {
        problem = `LibreOffice 转换失败：${error instanceof Error ? error.message : String(error)}`;
      }
      rows.push({ 文件: item.label, 'PDF 页数': String(pages), 检查: problem ?? '通过' });
      if (problem) overBudget.push(`${item.label}：${problem}`);
    }
    console.log('\n生成的文件在 LibreOffice 中打开（转成 PDF）');
    console.table(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { overBudget };
}
