/**
 * The search service end to end in Node, against the built index: what a
 * result shows, facets and their counts, browsing without a query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIES } from '../../src/lib/schemas/vocabulary.ts';
import { FACETS } from '../../src/lib/search/present.ts';
import { openNodeSearch, type NodeSearch } from './node-service.ts';

describe('search service', () => {
  let search: NodeSearch;
  beforeAll(async () => {
    search = await openNodeSearch();
  });
  afterAll(async () => {
    await search?.close();
  });

  const query = (q: string, filters: Record<string, string[]> = {}, facets = false, limit = 10) =>
    search.service.query({ query: q, filters, offset: 0, limit, facets });

  it('shows a result with its title, what it is, its section and a marked excerpt', async () => {
    const { results } = await query('双报到', {}, false, 10);
    const changsha = results.find((r) => r.url === '/cases/changsha/');
    expect(changsha).toBeDefined();
    expect(changsha!.title).toBe('长沙：“四项再造”推进城市基层党建');
    expect(changsha!.context).toBe('案例 · 长沙');
    expect(changsha!.section?.url).toMatch(/^\/cases\/changsha\/#/);
    const marked = changsha!.excerpt.filter((p) => p.hit).map((p) => p.text);
    expect(marked).toContain('双报到');
  });

  it('marks the term a reader typed, not its bigrams inside other words', async () => {
    // Pagefind matches 大党 and 党委 separately; 综合党委 and 党委书记 must not light up for 大党委.
    const { results } = await query('大党委', {}, false, 10);
    const marked = results.flatMap((r) => r.excerpt.filter((p) => p.hit).map((p) => p.text));
    expect(marked.length).toBeGreaterThan(5);
    expect(marked.filter((text) => !text.includes('大党委'))).toEqual([]);
  });

  it('finds 863 through the figure it is', async () => {
    const { results } = await query('863');
    const urls = results.map((r) => r.url);
    expect(urls.slice(0, 3)).toContain('/cases/changsha/');
    const page = results.find((r) => r.url === '/cases/changsha/')!;
    expect(page.excerpt.some((p) => p.hit && p.text.includes('863'))).toBe(true);
  });

  it('browses by facet without a query, and combines facets', async () => {
    const cases = await query('', { [FACETS.kind]: ['案例'] });
    expect(cases.total).toBe(CITIES.length);
    expect(cases.results.every((r) => r.context.startsWith('案例'))).toBe(true);
    const one = await query('', { [FACETS.kind]: ['案例'], [FACETS.city]: ['长沙'] });
    expect(one.results.map((r) => r.url)).toEqual(['/cases/changsha/']);
    const two = await query('', { [FACETS.kind]: ['案例'], [FACETS.city]: ['长沙', '广州'] });
    expect(two.results.map((r) => r.url).sort()).toEqual(['/cases/changsha/', '/cases/guangzhou/']);
  });

  it('counts facet values for the query, each with the other facets applied', async () => {
    const all = await query('大党委', {}, true);
    const kinds = all.facets?.find((f) => f.facet === FACETS.kind)?.values ?? [];
    const caseCount = kinds.find((v) => v.value === '案例')?.count ?? 0;
    expect(caseCount).toBeGreaterThan(0);
    const onlyCases = await query('大党委', { [FACETS.kind]: ['案例'] }, true);
    expect(onlyCases.total).toBe(caseCount);
    // The ticked facet still counts its other values, to allow switching.
    const kindsAfter = onlyCases.facets?.find((f) => f.facet === FACETS.kind)?.values ?? [];
    expect(kindsAfter).toEqual(kinds);
    // Other facets count within the selection.
    const cities = onlyCases.facets?.find((f) => f.facet === FACETS.city)?.values ?? [];
    expect(cities.reduce((sum, v) => sum + v.count, 0)).toBeGreaterThanOrEqual(onlyCases.total);
  });

  it('says nothing was found rather than guessing', async () => {
    const none = await query('量子计算');
    expect(none.total).toBe(0);
  });
});
