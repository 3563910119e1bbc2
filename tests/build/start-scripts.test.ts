/**
 * The script a case page and the planner run at start (issue: fast and
 * still on a phone), counted exactly from the built files: how many modules
 * and how many bytes gzip load before the first screen answers. On a phone
 * every module is a request and every byte is parsed on a slow CPU; code
 * the first screen does not use loads on use or once the page is idle.
 * The planner's bytes with its data are held by planner-budget.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl } from '../helpers/html.ts';
import { chunksNamed, startScripts } from '../helpers/start-scripts.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { FIGURE_CLASS, TABLE_FRAME_CLASS, TERM_CLASS } from '../../src/lib/markdown/markup.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const startOf = (url: string, alsoAtStart: string[] = []) =>
  startScripts(readFileSync(fileForUrl(url), 'utf8'), alsoAtStart);

/**
 * The page module imports the code of each part a page holds at once
 * (src/components/common/page-parts.ts): by the part's mark in the HTML, its chunk.
 */
const PART_CHUNKS: ReadonlyArray<readonly [mark: RegExp, chunk: string]> = [
  [/<starlight-toc/, 'starlight-toc'],
  [/\sdata-present-button/, 'tools-wiring'],
  [/\sdata-doc-download/, 'tools-start'],
  [/\sclass="teaching-notes"/, 'notes-fold'],
  [new RegExp(`\\sclass="(${TERM_CLASS}|${FIGURE_CLASS})[" ]`), 'tooltips'],
  [new RegExp(`\\sclass="${TABLE_FRAME_CLASS}[" ]`), 'table-scroll'],
  [/\sdata-diagram[=\s>]/, 'diagram-loader'],
];
const partsOf = (url: string) => {
  const html = readFileSync(fileForUrl(url), 'utf8');
  return PART_CHUNKS.filter(([mark]) => mark.test(html)).flatMap(([, chunk]) => chunksNamed(chunk));
};

/**
 * Budgets, with a little room. Case pages: 16 modules, 14.3 KB gz of
 * modules (21 and 14.5 KB with a script tag per part; 35 and 24.9 KB while
 * the presentation mode, the print path and Mermaid's loader loaded with
 * the page). The planner's first visit: 31
 * modules, 31.8 KB gz.
 */
const CASE_BUDGET = { modules: 18, bytes: 15 * 1024 };
const PLANNER_BUDGET = { modules: 32, bytes: 33 * 1024 };

/** Chunks a case page must not load at start: the deck, the speaker notes, the print path. */
const LATER_ON_CASE_PAGES = /^(page-present|deck-view|notes-view|materialize|print-ready|speaker-window)\./;

describe('script at start', () => {
  it('case pages: within budget, and the presentation mode loads later', () => {
    for (const slug of CASE_SLUGS) {
      const url = `/cases/${slug}/`;
      const parts = partsOf(url);
      // Each part's code is imported by the page at once: the table of contents, the 演示 and 打印
      // buttons' wiring, the document tools, the notes, the tooltips, the tables.
      expect(parts.length, slug).toBeGreaterThanOrEqual(6);
      const s = startOf(url, parts);
      const said = `${slug}: ${s.files.length} modules, ${kb(s.total)} gz: ${s.files.join(' ')}`;
      expect(
        s.files.filter((f) => LATER_ON_CASE_PAGES.test(f)),
        said,
      ).toEqual([]);
      expect(s.files.length, said).toBeLessThanOrEqual(CASE_BUDGET.modules);
      expect(s.total, said).toBeLessThanOrEqual(CASE_BUDGET.bytes);
    }
  });

  it('planner first visit: within budget', () => {
    const s = startOf('/planner/', chunksNamed('StartScreen'));
    const said = `${s.files.length} modules, ${kb(s.total)} gz: ${s.files.join(' ')}`;
    expect(s.files.length, said).toBeLessThanOrEqual(PLANNER_BUDGET.modules);
    expect(s.total, said).toBeLessThanOrEqual(PLANNER_BUDGET.bytes);
  });
});
