/**
 * The planner's first screen within its budget, counted exactly from the
 * built files so that a regression fails here, not only in the bench: the
 * scripts the /planner/ page runs before any interaction (inline ones, the
 * page's modules and what they import, the chunks the island loads at
 * start) plus the planner data it fetches, gzip, ≤ 40 KB —
 *  - first visit: the start screen, with the planner's index and listing
 *    (data.json, more.json; a template's plan and the blank form load when
 *    chosen);
 *  - return visit: a saved 社区“大党委” plan reopens with the verdicts kept
 *    with it, drawn by the workspace from the index alone (data.json); the
 *    rule engine, the edits, the plan's packs, the listing and the list of
 *    saved plans load once that screen is drawn (tests/unit/plan-editing/
 *    verdict-view.test.ts and tests/e2e/planner-return.test.ts hold the kept
 *    verdicts equal to the engine's).
 * The bench (scripts/bench/60-planner.ts) measures the same sums in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';
import { ASTRO, chunksNamed, closure, gzSize, startScripts } from '../helpers/start-scripts.ts';

const BUDGET = 40 * 1024;
const html = readFileSync(join(DIST, 'planner/index.html'), 'utf8');

/** The chunk Vite named after a module (Workspace.tsx → Workspace.<hash>.js); exactly one. */
function chunk(name: string): string {
  const found = chunksNamed(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

function cost(lazyModules: readonly string[], data: readonly string[]) {
  const scripts = startScripts(html, lazyModules.map(chunk));
  const json = data.reduce((n, path) => n + gzSize(join(DIST, path)), 0);
  return { js: scripts.total, json, total: scripts.total + json, files: scripts.files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('planner first screen: scripts and data within budget (gzip)', () => {
  it('first visit (start screen with the index): within the budget', () => {
    const c = cost(['StartScreen'], ['planner/data.json', 'planner/more.json']);
    expect(c.files.some((f) => /mermaid|check\./.test(f))).toBe(false);
    expect(c.total, `JS ${kb(c.js)} + 数据 ${kb(c.json)}：${c.files.join(' ')}`).toBeLessThanOrEqual(BUDGET);
  });

  it('return visit (a saved 社区“大党委” plan reopens with its kept verdicts): within the budget', () => {
    const c = cost(['Workspace'], ['planner/data.json']);
    // Loaded after the first screen: the engine and edits (live, edit), the start screen, the plan list, Mermaid.
    expect(c.files.filter((f) => /^(live|edit|verdict-view|StartScreen|PlanList|mermaid)\./.test(f))).toEqual(
      [],
    );
    expect(c.total, `JS ${kb(c.js)} + 数据 ${kb(c.json)}：${c.files.join(' ')}`).toBeLessThanOrEqual(BUDGET);
  });

  it('the engine and the edits are chunks of their own, loaded after that screen', () => {
    const later = closure([chunk('live')]);
    expect([...later].some((f) => f.startsWith('edit.'))).toBe(true);
    const code = [...later].map((f) => readFileSync(join(ASTRO, f), 'utf8')).join('\n');
    // The engine's own words are in what it loads, not in the first screen's code.
    expect(code).toContain('本单位没有本条所指的成员或事项');
    const first = cost(['Workspace'], []).files;
    for (const f of first)
      expect(readFileSync(join(ASTRO, f), 'utf8')).not.toContain('本单位没有本条所指的成员或事项');
  });
});
