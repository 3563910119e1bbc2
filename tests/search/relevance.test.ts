/**
 * The relevance suite against the real built index, in Node (the same
 * engine the browser's worker runs; Chromium runs it too, in
 * tests/e2e/search-relevance.test.ts). Prints success@1, success@3 and MRR,
 * per kind of query, and the queries that did not rank first.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForUrl, readPage } from '../helpers/html.ts';
import { metrics, report, runSuite, TARGETS, type QueryOutcome } from './evaluate.ts';
import { openNodeSearch, type NodeSearch } from './node-service.ts';
import { PRACTICE_KINDS, SUITE } from './suite.ts';

describe('relevance suite (Node, built index)', () => {
  let search: NodeSearch;
  let outcomes: QueryOutcome[];

  beforeAll(async () => {
    search = await openNodeSearch();
    outcomes = await runSuite(SUITE, (query) => search.rank(query));
    console.log(`\n${report('相关性（Node）', outcomes)}\n`);
  });
  afterAll(async () => {
    await search?.close();
  });

  it('is a suite of at least 50 queries over pages that exist', () => {
    expect(SUITE.length).toBeGreaterThanOrEqual(50);
    const exists = (url: string) => {
      const [page = url, id] = url.split('#');
      if (!existsSync(fileForUrl(page))) return false;
      return id === undefined || readPage(page).$(`[id="${id}"]`) !== undefined;
    };
    const missing = SUITE.flatMap((c) => c.relevant).filter((url) => !exists(url));
    expect([...new Set(missing)]).toEqual([]);
    const kinds = new Set(SUITE.map((c) => c.kind));
    for (const kind of ['双字词', '近形词', '同义', '多词', '数字'] as const) expect(kinds).toContain(kind);
  });

  it(`ranks a relevant page in the top 3 for at least ${TARGETS.success3} of the queries`, () => {
    expect(metrics(outcomes).success3).toBeGreaterThanOrEqual(TARGETS.success3);
  });

  it(`ranks a relevant page first for at least ${TARGETS.success1} of the queries`, () => {
    expect(metrics(outcomes).success1).toBeGreaterThanOrEqual(TARGETS.success1);
  });

  it('ranks the case or the glossary entry above every rule pack for practice words (兼职委员, 第一书记…)', () => {
    const readerPage = (url: string) => url.startsWith('/cases/') || url.startsWith('/reference/glossary/');
    const behind = outcomes
      .filter((o) => PRACTICE_KINDS.includes(o.kind))
      .filter((o) => {
        const answer = o.ranked.findIndex(readerPage);
        const rule = o.ranked.findIndex((url) => url.startsWith('/rules/'));
        return answer < 0 || (rule >= 0 && rule < answer);
      })
      .map((o) => `${o.query}：${o.ranked.slice(0, 4).join(' ')}`);
    expect(behind).toEqual([]);
    expect(outcomes.filter((o) => PRACTICE_KINDS.includes(o.kind)).length).toBeGreaterThanOrEqual(12);
  });

  it('keeps near misses apart: 党员 and 党建, 网络 and 网格', async () => {
    // The page about 党员管理 outranks the pages that only have 党建 and 员.
    expect((await search.rank('党员管理'))[0]).toBe('/topics/members/');
    // No result for 网络 is there because of 网格: each top page really has 网络.
    const results = await search.service.query({
      query: '网络',
      filters: {},
      offset: 0,
      limit: 5,
      facets: false,
    });
    for (const r of results.results) {
      expect(
        r.excerpt
          .filter((p) => p.hit)
          .map((p) => p.text)
          .join(''),
      ).toContain('网络');
    }
  });
});
