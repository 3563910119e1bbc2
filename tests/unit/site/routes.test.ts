import { describe, expect, it } from 'vitest';
import {
  configureRoutes,
  createRoutes,
  normalizeBasePath,
  normalizeSiteUrl,
  relativeUrl,
  routes,
  sitePathOfEntry,
  stripBase,
} from '../../../src/lib/routes.ts';
import { storageKey } from '../../../src/lib/storage-keys.ts';

describe('normalizeBasePath (BASE_PATH → Astro base)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['dangjian', '/dangjian/'],
    ['/dangjian', '/dangjian/'],
    ['dangjian/', '/dangjian/'],
    [' /dangjian/ ', '/dangjian/'],
    ['/a/b/', '/a/b/'],
    ['a//b', '/a/b/'],
    ['/党建/', '/%E5%85%9A%E5%BB%BA/'],
    ['/%E5%85%9A%E5%BB%BA/', '/%E5%85%9A%E5%BB%BA/'],
    ['/内网/党建 资料/', '/%E5%86%85%E7%BD%91/%E5%85%9A%E5%BB%BA%20%E8%B5%84%E6%96%99/'],
    ['/100%/', '/100%25/'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });

  it('refuses a path that climbs out of the site', () => {
    expect(() => normalizeBasePath('/a/../b/')).toThrow(/BASE_PATH/);
  });
});

describe('normalizeSiteUrl (SITE_URL → Astro site)', () => {
  it('is undefined when not set, so that no domain is invented', () => {
    expect(normalizeSiteUrl(undefined)).toBeUndefined();
    expect(normalizeSiteUrl('  ')).toBeUndefined();
  });
  it('keeps the origin only (the path is BASE_PATH’s job)', () => {
    expect(normalizeSiteUrl('https://intranet.example.cn/')).toBe('https://intranet.example.cn');
    expect(normalizeSiteUrl('http://10.0.0.8:8080')).toBe('http://10.0.0.8:8080');
  });
  it('says in Chinese what is wrong with a bad value', () => {
    expect(() => normalizeSiteUrl('intranet')).toThrow(/SITE_URL 不是有效的网址/);
    expect(() => normalizeSiteUrl('ftp://x.cn')).toThrow(/http/);
  });
});

describe('createRoutes', () => {
  const root = createRoutes('/');
  const sub = createRoutes('/dangjian/');

  it('builds every kind of page under the base', () => {
    expect(root.case('changsha')).toBe('/cases/changsha/');
    expect(sub.case('changsha')).toBe('/dangjian/cases/changsha/');
    expect(sub.case('changsha', 'changsha-s2-1')).toBe('/dangjian/cases/changsha/#changsha-s2-1');
    expect(sub.topic('grid')).toBe('/dangjian/topics/grid/');
    expect(sub.glossary()).toBe('/dangjian/reference/glossary/');
    expect(sub.glossary({ id: 'da-dang-wei', pinyin: 'da dang wei' })).toBe(
      '/dangjian/reference/glossary/d/#da-dang-wei',
    );
    // A term that does not start with a letter is on the “other” page.
    expect(sub.glossary({ id: 'x', pinyin: '6 jia 2' })).toBe('/dangjian/reference/glossary/other/#x');
    expect(sub.glossaryLetter('S')).toBe('/dangjian/reference/glossary/s/');
    expect(sub.figures()).toBe('/dangjian/reference/figures/');
    expect(sub.figures({ id: 'cs-863', case: 'changsha' })).toBe(
      '/dangjian/reference/figures/changsha/#figure-row-cs-863',
    );
    expect(sub.figuresOfCase('changsha')).toBe('/dangjian/reference/figures/changsha/');
    expect(sub.sources('xihu')).toBe('/dangjian/about/sources/#source-xihu');
    expect(sub.sources('xihu', 's3-2')).toBe('/dangjian/about/sources/#source-xihu-s3-2');
    expect(sub.rulePack('xihu-dadangwei', 'r1')).toBe('/dangjian/rules/xihu-dadangwei/#r1');
    expect(sub.passage({ case: 'nanchang-xihu', anchor: 'xihu-s3-2' })).toBe(
      '/dangjian/cases/nanchang-xihu/#xihu-s3-2',
    );
    expect(sub.plannerData()).toBe('/dangjian/planner/data.json');
    expect(sub.plannerSources()).toBe('/dangjian/planner/sources.json');
    expect(sub.planner('plan=1.abc')).toBe('/dangjian/planner/#plan=1.abc');
    expect(sub.figuresCsv()).toBe('/dangjian/data/figures.csv');
    expect(sub.planSchema()).toBe('/dangjian/schemas/plan.schema.json');
    expect(sub.quizPrint('changsha')).toBe('/dangjian/quiz/changsha/#print');
    expect(sub.lecturePresent('p=cases%2Fchangsha')).toBe('/dangjian/lecture/present/?p=cases%2Fchangsha');
    expect(sub.search('q=%E5%A4%A7')).toBe('/dangjian/search/?q=%E5%A4%A7');
    expect(sub.search()).toBe('/dangjian/search/');
    expect(sub.home()).toBe('/dangjian/');
  });

  it('turns site paths (content links, search results) into URLs, keeping query and anchor', () => {
    expect(sub.page('/cases/changsha/')).toBe('/dangjian/cases/changsha/');
    expect(sub.page('cases/changsha/#a')).toBe('/dangjian/cases/changsha/#a');
    expect(sub.page('/search/?q=x#top')).toBe('/dangjian/search/?q=x#top');
    expect(sub.page('/')).toBe('/dangjian/');
    expect(sub.entry('topics/index')).toBe('/dangjian/topics/');
    expect(sub.entry('index')).toBe('/dangjian/');
  });

  it('names index.html for folders where file:// needs it, relative to the page', () => {
    const offline = createRoutes('../../', { indexFile: 'index.html' });
    expect(offline.case('changsha', 'x')).toBe('../../cases/changsha/index.html#x');
    expect(offline.home()).toBe('../../index.html');
    expect(offline.figuresCsv()).toBe('../../data/figures.csv');
    expect(offline.search('q=1')).toBe('../../search/index.html?q=1');
  });
});

describe('relativeUrl (the offline package)', () => {
  it('counts the page’s depth', () => {
    const opts = { indexFile: 'index.html' };
    expect(relativeUrl('/', '/cases/changsha/', opts)).toBe('./cases/changsha/index.html');
    expect(relativeUrl('/cases/changsha/', '/_astro/a.css', opts)).toBe('../../_astro/a.css');
    expect(relativeUrl('/cases/changsha/', '/cases/changsha/#s1', opts)).toBe(
      '../../cases/changsha/index.html#s1',
    );
    expect(relativeUrl('/404.html', '/', opts)).toBe('./index.html');
    expect(relativeUrl('/quiz/a/print/', '/quiz/', opts)).toBe('../../../quiz/index.html');
  });
});

describe('stripBase', () => {
  it('gives the site path of a URL under the base, nothing for others', () => {
    expect(stripBase('/dangjian/', '/dangjian/cases/x/')).toBe('/cases/x/');
    expect(stripBase('/dangjian/', '/dangjian')).toBe('/');
    expect(stripBase('/dangjian/', '/other/')).toBeUndefined();
    expect(stripBase('/', '//cdn.example/x.js')).toBeUndefined();
    expect(stripBase('/', 'https://x.cn/')).toBeUndefined();
  });
});

describe('sitePathOfEntry', () => {
  it('follows Starlight’s slugs', () => {
    expect(sitePathOfEntry('cases/changsha')).toBe('/cases/changsha/');
    expect(sitePathOfEntry('cases/index.mdx')).toBe('/cases/');
    expect(sitePathOfEntry('index')).toBe('/');
  });
});

describe('routes (this page)', () => {
  it('follows configureRoutes (the offline loader) and can be set back', () => {
    expect(routes.case('a')).toBe('/cases/a/');
    configureRoutes('../', { indexFile: 'index.html' });
    try {
      expect(routes.case('a')).toBe('../cases/a/index.html');
      expect(routes.base).toBe('../');
    } finally {
      configureRoutes('/');
    }
    expect(routes.case('a')).toBe('/cases/a/');
  });
});

describe('storageKey', () => {
  it('keeps the old names at the root, so that nothing saved is lost', () => {
    expect(storageKey('/', 'planner:plan:')).toBe('dangjian-anliku:planner:plan:');
  });
  it('separates two copies of the site on one host', () => {
    const a = storageKey('/dangjian/', 'lectures');
    const b = storageKey('/dangjian-test/', 'lectures');
    expect(a).toBe('dangjian-anliku@/dangjian/:lectures');
    expect(a).not.toBe(b);
    expect(storageKey('/dangjian', 'lectures')).toBe(a);
  });
});
