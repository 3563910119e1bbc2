/**
 * The site built with BASE_PATH=/dangjian/ and served only under that path,
 * as an intranet publishes it: every page and every file any page, script,
 * stylesheet or the manifest names is there, and every #anchor exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { crawlSite, type CrawlReport } from '../helpers/crawl.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';
import { DIST_PREFIX, PREFIX } from '../helpers/paths.ts';
import { createRoutes } from '../../src/lib/routes.ts';

const routes = createRoutes(PREFIX);
let server: StaticServer;
let report: CrawlReport;

beforeAll(async () => {
  server = await serveDist(DIST_PREFIX, { prefix: PREFIX });
  const entry = JSON.parse(readFileSync(join(DIST_PREFIX, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  // Fetched only by scripts at run time: the planner's data, the search bundle and index entry, the worker.
  const runtime = [
    routes.plannerData(),
    routes.plannerMore(),
    routes.plannerSources(),
    routes.file('pagefind/pagefind.js'),
    routes.file('pagefind/pagefind-entry.json'),
    ...Object.values(entry.languages).map((l) => routes.file(`pagefind/pagefind.${l.hash}.pf_meta`)),
    routes.file('sw.js'),
    routes.file('robots.txt'),
  ].map((path) => `${server.origin}${path}`);
  report = await crawlSite(`${server.url}/`, `${server.url}/`, runtime);
});

afterAll(async () => {
  await server?.close();
});

describe(`the site under ${PREFIX}`, () => {
  it('has no broken link, file or anchor', () => {
    expect(report.broken).toEqual([]);
  });

  it('reaches every built page by following links from the home page', () => {
    // The search page, the 404 page and the offline page are reached by the header, a miss and the worker.
    expect(report.pages.length).toBeGreaterThanOrEqual(60);
    expect(report.pages).toContain(`${server.url}/cases/changsha/`);
    expect(report.pages).toContain(`${server.url}/rules/`);
    expect(report.files.some((f) => f.includes('/_astro/') && f.endsWith('.js'))).toBe(true);
  });

  it('names nothing outside the prefix: no root-absolute link in any page', () => {
    expect(server.requests.filter((path) => !path.startsWith(PREFIX))).toEqual([]);
  });

  it('serves a page asked for without its trailing slash (redirected to it)', async () => {
    const response = await fetch(`${server.url}/cases/changsha`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.url}/cases/changsha/`);
  });

  it('gives the 404 page, with a link home, for a missing page', async () => {
    const response = await fetch(`${server.url}/no/such/page/`);
    expect(response.status).toBe(404);
    const links = selectAll('a', fromHtml(await response.text())).filter((a) =>
      toText(a).includes('回到首页'),
    );
    expect(links.map((a) => a.properties?.['href'])).toEqual([PREFIX]);
  });
});
