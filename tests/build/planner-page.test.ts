/**
 * The built planner: /planner/ keeps the Starlight chrome and its sidebar
 * entry, hydrates the island on load, and says what to do without
 * JavaScript; /planner/data.json lists every pack and /planner/more.json a
 * passing template per model, each a file of its own; the scripts the page loads up front carry neither zod nor Mermaid.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../src/lib/rules/engine.ts';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import type { PlannerIndex, PlannerMore, PlannerTemplate } from '../../src/lib/plan-editing/data.ts';
import type { RulePack } from '../../src/lib/rules/schema.ts';
import { readPage } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const page = readPage('/planner/');
const data = JSON.parse(readFileSync(join(DIST, 'planner/data.json'), 'utf8')) as PlannerIndex;
const more = JSON.parse(readFileSync(join(DIST, 'planner/more.json'), 'utf8')) as PlannerMore;

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

describe('/planner/data.json, more.json and the files they list', () => {
  const packs = loadPacks(ROOT);
  const readJson = <T>(path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;

  it('lists every rule pack; each pack is a file of its own, as validated', () => {
    expect(data.packs.map((p) => p.id)).toEqual(packs.map((p) => p.id).sort());
    expect(data.planVersion).toBe(2);
    const rules = packs.reduce((n, p) => n + p.rules.length, 0);
    expect(data.ruleSetVersion).toMatch(
      new RegExp(`^[0-9a-f]{8}（${packs.length}个规则包，${rules}条规则）$`),
    );
    for (const listed of data.packs) {
      const pack = readJson<RulePack>(`planner/packs/${listed.id}.json`);
      expect(pack).toEqual(packs.find((p) => p.id === listed.id));
      expect(listed).toEqual({ id: pack.id, title: pack.title, case: pack.case, unitKinds: pack.unitKinds });
    }
  });

  it('lists a template for every model; each is a file of its own, passing its own packs', () => {
    // Every example plan that is not a deliberately broken one is offered.
    const examples = readdirSync(join(ROOT, 'content/data/plans'))
      .filter((f) => f.endsWith('.json') && !f.includes('.broken.'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(more.templates.map((t) => t.id).sort()).toEqual(examples.sort());
    // 西湖区's bodies come first (a secretary starts from the model), other cities after.
    const fromXihu = more.templates.map((t) => t.case === 'nanchang-xihu');
    expect(fromXihu).toContain(true);
    expect(fromXihu.indexOf(false)).toBeGreaterThan(fromXihu.lastIndexOf(true));
    for (const listed of more.templates) {
      const t = readJson<PlannerTemplate>(`planner/templates/${listed.id}.json`);
      expect({ ...t, plan: undefined, description: undefined }).toEqual({
        ...listed,
        plan: undefined,
        description: undefined,
      });
      // The list carries the opening of the description its card shows; the template file has all of it.
      const opening = listed.description?.replace(/……$/, '') ?? '';
      expect(t.description?.startsWith(opening), t.id).toBe(true);
      expect(listed.description!.length, t.id).toBeLessThanOrEqual(90);
      const report = checkParsedPlan(t.plan, packs, { packs: t.plan.packs ?? [] });
      expect(report.hasErrors, t.id).toBe(false);
      expect(more.cases[t.case], t.id).toBeTruthy();
    }
  });

  it('keeps the index small: titles, not rules, plans, templates or citation names', () => {
    const text = readFileSync(join(DIST, 'planner/data.json'), 'utf8');
    expect(text).not.toContain('"rules"');
    expect(text).not.toContain('"root"');
    expect(Object.keys(data).sort()).toEqual(
      ['checkVersion', 'packs', 'planVersion', 'ruleSetVersion', 'vocabulary'].sort(),
    );
    expect(data.checkVersion).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is fetched as data, not shipped as script', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    const withTemplates = scripts.filter((f) =>
      readFileSync(join(DIST, '_astro', f), 'utf8').includes('按南昌市西湖区方案'),
    );
    expect(withTemplates).toEqual([]);
  });
});
