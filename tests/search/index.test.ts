/**
 * The built search index: built by our integration (not Starlight's step),
 * as bigram words in a language Pagefind does not segment, in small chunks,
 * with the facets every page declares, and without page furniture.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { openPagefind, type NodePagefind } from './pagefind-node.ts';
import { selectAll } from 'hast-util-select';
import { INDEX_LANGUAGE, RECORDS } from '../../src/integrations/search/build-index.ts';
import { CITIES, THEMES } from '../../src/lib/schemas/vocabulary.ts';
import { detokenize } from '../../src/lib/search/tokens.ts';
import { FACETS } from '../../src/lib/search/present.ts';

describe('search index', () => {
  let pf: NodePagefind;
  beforeAll(async () => {
    pf = await openPagefind();
  });
  afterAll(async () => {
    await pf?.close();
  });

  it('indexes every page with a body, and every glossary entry, as one unsegmented language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    const withBody = allPageUrls().filter((url) => readPage(url).html.includes('data-pagefind-body'));
    const records = withBody.flatMap((url) => selectAll(RECORDS.select, readPage(url).tree));
    expect(records.length).toBeGreaterThan(50);
    expect(entry.languages[INDEX_LANGUAGE]?.page_count).toBe(withBody.length + records.length);
    // The search page and the 404 page are not in the index.
    expect(withBody).not.toContain('/search/');
  });

  it('cuts the index into small chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE took effect)', () => {
    const dir = join(DIST, 'pagefind/index');
    const sizes = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
    expect(sizes.length).toBeGreaterThan(10);
    // At Pagefind's default chunk size a chunk of this site weighs about 35 KB.
    expect(Math.max(...sizes)).toBeLessThan(16 * 1024);
  });

  it('knows every case city, the page types and the themes as facets', async () => {
    const filters = await pf.pagefind.filters();
    expect(Object.keys(filters[FACETS.city] ?? {}).sort()).toEqual([...CITIES].sort());
    expect(Object.keys(filters[FACETS.kind] ?? {})).toEqual(
      expect.arrayContaining(['案例', '专题', '术语', '数据', '规则']),
    );
    expect(filters[FACETS.kind]?.['案例']).toBe(CITIES.length);
    for (const theme of Object.keys(filters[FACETS.theme] ?? {})) expect(THEMES).toContain(theme);
    expect(Object.keys(filters[FACETS.level] ?? {})).toEqual(expect.arrayContaining(['市级', '区级']));
  });

  it('files a topic under the cities of the case pages it links to, and a rule pack under its case’s city', async () => {
    const urlsUnder = async (filters: Record<string, string>) => {
      const response = await pf.pagefind.search(null, { filters });
      return Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
    };
    const changshaTopics = await urlsUnder({ [FACETS.city]: '长沙', [FACETS.kind]: '专题' });
    // Exactly the topics the 长沙 case page lists as drawing on it.
    const listed = readPage('/cases/changsha/')
      .$$('.case-meta a')
      .map((a) => String(a.properties['href']))
      .filter((href) => /^\/topics\/[a-z-]+\/$/.test(href));
    expect(changshaTopics.length).toBeGreaterThan(3);
    expect(new Set(changshaTopics)).toEqual(new Set(listed));
    expect(await urlsUnder({ [FACETS.city]: '长沙', [FACETS.kind]: '规则' })).toEqual(['/rules/changsha/']);
    expect((await urlsUnder({ [FACETS.city]: '南昌西湖区', [FACETS.kind]: '规则' })).length).toBe(5);
  });

  it('stores bigram words that read back as the page text, without citation markers, the toolbar, related cases or notes', async () => {
    const response = await pf.pagefind.search('四项 项再 再造');
    const pages = await Promise.all((response?.results ?? []).map((r) => r.data()));
    const changsha = pages.find((p) => p.url === '/cases/changsha/');
    expect(changsha).toBeDefined();
    expect(detokenize(changsha!.meta['title'] ?? '')).toBe(readPage('/cases/changsha/').text('h1').trim());
    const text = detokenize(changsha!.content);
    expect(text).toContain('组织架构再造分四处着手');
    expect(text).not.toMatch(/出处\[\d+\]/);
    expect(text).not.toContain('组合讲座');
    // Nor the related cases and teaching notes (build-index.ts's EXCLUDE): not the case's own text.
    expect(readPage('/cases/changsha/').text('main')).toContain('在案例库中查看全部案例');
    expect(text).not.toContain('在案例库中查看全部案例');
    expect(text).not.toContain('供培训讲师使用');
    expect(text).not.toContain('学习目标');
  });

  it('makes a quoted bigram chain a phrase search', async () => {
    const phrase = await pf.pagefind.search('"大党 党委"');
    const apart = await pf.pagefind.search('大党 党委');
    const phrasePages = await Promise.all((phrase?.results ?? []).map(async (r) => (await r.data()).url));
    expect(phrasePages).toContain('/cases/nanchang-xihu/');
    // Pages with 大党 (大党工委) and 党委 apart match the words but not the phrase.
    expect(phrase?.results.length).toBeLessThanOrEqual(apart?.results.length ?? 0);
    for (const page of await Promise.all((phrase?.results ?? []).map((r) => r.data()))) {
      expect(detokenize(page.content)).toContain('大党委');
    }
  });
});
