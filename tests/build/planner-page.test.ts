/**
 * The built planner: /planner/ keeps the Starlight chrome and its sidebar
 * entry, hydrates the island on load, and says what to do without
 * JavaScript; /planner/data.json carries every pack, a passing template per
 * model; the scripts the page loads up front carry neither zod nor Mermaid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../src/lib/rules/engine.ts';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import type { PlannerData } from '../../src/lib/plan-editing/data.ts';
import { readPage } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const page = readPage('/planner/');
const data = JSON.parse(readFileSync(join(DIST, 'planner/data.json'), 'utf8')) as PlannerData;

/** Chunks a file imports statically (what loads with it, before any interaction). */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(m[1]!);
  }
  return seen;
}

describe('/planner/', () => {
  it('is a Starlight page titled 班子规划器, listed in the sidebar under 规划器', () => {
    expect(page.text('h1')).toBe('班子规划器');
    const link = page.$$('nav.sidebar a').find((a) => a.properties?.['href'] === '/planner/');
    expect(link && page.textOf(link).trim()).toBe('班子规划器');
    expect(page.text('nav.sidebar')).toContain('规划器');
  });

  it('hydrates the planner island on load; its code knows the data address (routes.plannerData)', () => {
    const island = page.$('astro-island[component-export="default"]');
    expect(island?.properties?.['client']).toBe('load');
    expect(String(island?.properties?.['component-url'])).toMatch(/^\/_astro\/Planner\.[\w-]+\.js$/);
    const entry = String(island?.properties?.['component-url']).replace('/_astro/', '');
    const code = [...staticClosure(entry)]
      .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
      .join('\n');
    expect(code).toContain('planner/data.json');
    expect(page.text('noscript')).toContain('规划器需要启用 JavaScript');
  });

  it('loads neither zod nor Mermaid up front', () => {
    const island = page.$('astro-island[component-export="default"]');
    const entry = String(island?.properties?.['component-url']).replace('/_astro/', '');
    const closure = [...staticClosure(entry)];
    const code = closure.map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
    expect(closure.some((f) => /mermaid/i.test(f))).toBe(false);
    // zod's own error classes and messages.
    expect(code).not.toMatch(/ZodError|\$ZodType|invalid_type/);
  });
});

describe('/planner/data.json', () => {
  const packs = loadPacks(ROOT);

  it('carries every rule pack', () => {
    expect(data.packs.map((p) => p.id)).toEqual(packs.map((p) => p.id).sort());
    expect(data.planVersion).toBe(2);
    expect(data.ruleSetVersion).toMatch(/^[0-9a-f]{8}（11个规则包，\d+条规则）$/);
  });

  it('has a template for every model, each passing its own packs', () => {
    expect(data.templates.map((t) => t.id)).toEqual([
      'xihu-zonghe',
      'xihu-dadangwei',
      'xihu-wangge',
      'xihu-weijia',
      'xihu-street',
      'changsha',
      'guangzhou',
      'chizhou',
      'shanghai',
      'jining',
      'zhangzhou',
    ]);
    for (const t of data.templates) {
      const report = checkParsedPlan(t.plan, packs, { packs: t.plan.packs ?? [] });
      expect(report.hasErrors, t.id).toBe(false);
      expect(data.cases[t.case], t.id).toBeTruthy();
    }
  });

  it('is fetched as data, not shipped as script', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    const withTemplates = scripts.filter((f) =>
      readFileSync(join(DIST, '_astro', f), 'utf8').includes('按南昌市西湖区方案'),
    );
    expect(withTemplates).toEqual([]);
  });
});
