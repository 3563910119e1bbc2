/**
 * Every kind of file the site generates for people to pass on — a page's
 * Word handout and slides (downloaded from the built site in Chromium) and
 * the four meeting papers of a plan (built from the plan's data, as the
 * planner does) — written to a folder, and opened in LibreOffice by
 * converting each to PDF. Shared by the documents bench (which times the
 * downloads) and the browser test that fails when a file does not open.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { unzipSync } from 'fflate';
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

export interface GeneratedFile {
  label: string;
  file: string;
  /** What the PDF must show; a problem in words, or undefined. */
  check: (pages: number, pageText: (n: number) => string) => string | undefined;
}

export type DocumentKind = 'docx' | 'pptx';

/** Timing marks the page's document tools record (performance.mark), relative to the click. */
interface DownloadPhases {
  library: number;
  diagrams: number;
  written: number;
}

export interface PageDownload {
  made: GeneratedFile;
  kind: DocumentKind;
  /** Milliseconds from the click to the download. */
  ms: number;
  /** Site paths of the requests the click caused. */
  requested: string[];
  phases: DownloadPhases;
}

const slideCount = (file: string) =>
  Object.keys(unzipSync(readFileSync(file))).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length;

function pageFileCheck(kind: DocumentKind, file: string): GeneratedFile['check'] {
  const slides = kind === 'pptx' ? slideCount(file) : 0;
  return (pages) =>
    kind === 'pptx' && pages !== slides
      ? `应为 ${slides} 页（每张幻灯片一页）`
      : pages < 2
        ? '页数过少'
        : undefined;
}

/**
 * Clicks a page's download button in a fresh context (cold cache) and saves
 * the file into `dir`. `requests` is the server's request log.
 */
export async function downloadFromPage(
  browser: Browser,
  pageUrl: string,
  kind: DocumentKind,
  dir: string,
  requests: readonly string[],
): Promise<PageDownload> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const before = requests.length;
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click(`[data-doc-download="${kind}"]`),
    ]);
    const ms = Date.now() - started;
    const phases = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(`documents:${name}`).at(-1)?.startTime ?? NaN;
      const click = at('click');
      return {
        library: at('library') - click,
        diagrams: at('diagrams') - at('library'),
        written: at('written') - click,
      };
    });
    const name = new URL(pageUrl).pathname.split('/').filter(Boolean).at(-1) ?? 'page';
    const file = join(dir, `${name}.${kind}`);
    await download.saveAs(file);
    const label = `${new URL(pageUrl).pathname} ${kind === 'docx' ? '讲义' : '幻灯片'}`;
    return {
      made: { label, file, check: pageFileCheck(kind, file) },
      kind,
      ms,
      requested: requests.slice(before),
      phases,
    };
  } finally {
    await context.close();
  }
}

function paperCheck(kind: PaperKind, partTimers: number): GeneratedFile['check'] {
  return (pages, text) => {
    if (kind === 'composition' && !text(2).trimStart().startsWith('附件'))
      return '方案说明超出一页（第 2 页不是附件）';
    if (kind === 'duties' && pages < partTimers + 1)
      return `应至少 ${partTimers + 1} 页（每名兼职委员一页，另有附件）`;
    return undefined;
  };
}

/** The four meeting papers of the 西湖区 example plan, written into `dir`. */
export async function meetingPaperFiles(root: string, dir: string): Promise<GeneratedFile[]> {
  const packs = loadPacks(root);
  const sources = new Map(
    [...loadSiteData(root).sources.values()].map(({ value }) => [value.id, toSourceRecord(value)]),
  );
  const read = readPlan(readFileSync(join(root, 'content/data/plans/xihu-dadangwei.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const plan = paperPlan(read.plan);
  const chosen = selectPacks(packs, plan.packs);
  const made: GeneratedFile[] = [];
  for (const kind of Object.keys(PAPERS) as PaperKind[]) {
    const file = join(dir, `${kind}.docx`);
    const model = PAPERS[kind]({
      plan,
      rules: paperRules(chosen, []),
      sources,
      calendar: workCalendar(read.plan, chosen, new Date().getFullYear()),
      date: new Date(),
    });
    writeFileSync(file, await docxBytes(model));
    made.push({
      label: `会议材料：${PAPER_NAMES[kind]}`,
      file,
      check: paperCheck(kind, plan.partTimers.length),
    });
  }
  return made;
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

export interface OpenedFile {
  label: string;
  pages: number;
  /** What is wrong, in words; undefined when the file opened as expected. */
  problem: string | undefined;
}

/** Converts a file to PDF with LibreOffice (headless) and checks the PDF. */
export function openInLibreOffice(item: GeneratedFile, dir: string): OpenedFile {
  try {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, item.file], {
      stdio: 'ignore',
      timeout: 180_000,
    });
    const pdf = item.file.replace(/\.\w+$/, '.pdf');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0,
    );
    const text = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    return {
      label: item.label,
      pages,
      problem: pages === 0 ? 'LibreOffice 打不开' : item.check(pages, text),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { label: item.label, pages: 0, problem: `LibreOffice 转换失败：${message}` };
  }
}
