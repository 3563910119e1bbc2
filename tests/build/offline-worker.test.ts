/**
 * The service worker and what pages carry for it, in the built site (dist/,
 * built with no SITE_URL and no BASE_PATH): it knows every file a reader can
 * need with the integrity of this build's content, its shell has the
 * "not saved yet" page, and its registration stays within budget on every
 * page: ≤ 3 KB of gzip added to the page's JavaScript (a module the page
 * module imports, with no markup of its own in the page).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { init, parse } from 'es-module-lexer';
import { DIST } from '../helpers/paths.ts';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { NOT_FOR_READERS } from '../../src/lib/offline/site-files.ts';

/** Budget of issue 15: the worker's registration adds at most this much gzip to a page's JS. */
const REGISTRATION_BUDGET_GZ = 3 * 1024;

const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const notForReaders = NOT_FOR_READERS.map(
  (p) => new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`),
);
const builtFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(DIST, f)).isFile())
  .filter((f) => !notForReaders.some((r) => r.test(f)));

describe('sw.js', () => {
  it('lists every built file a reader can need, with the integrity of its content', () => {
    expect(builtFiles.length).toBeGreaterThan(300);
    const missing = builtFiles.filter((file) => {
      const integrity = `sha384-${createHash('sha384')
        .update(readFileSync(join(DIST, file)))
        .digest('base64')}`;
      return !worker.includes(`"/${file}"`) || !worker.includes(integrity);
    });
    expect(missing).toEqual([]);
  });

  it('leaves out what readers never need (itself, Pagefind’s own interfaces)', () => {
    expect(worker).not.toContain('"/sw.js"');
    expect(worker).not.toContain('"/pagefind/pagefind-ui.js"');
  });

  it('fetches the offline page on install, and shows it for a page neither kept nor reachable', () => {
    expect(worker).toContain('"/offline/index.html"');
    const page = readPage('/offline/');
    expect(page.text('h1')).toBe('这一页还没有保存在本机');
    expect(page.$('a[href="/about/offline/"]')).toBeDefined();
  });
});

describe('web app manifest', () => {
  it('names the site, its scope and start page under the base, and an icon that exists', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      lang: string;
      start_url: string;
      scope: string;
      icons: Array<{ src: string }>;
    };
    expect(manifest).toMatchObject({ name: '城市基层党建案例库', lang: 'zh-CN', start_url: '/', scope: '/' });
    for (const icon of manifest.icons) expect(statSync(join(DIST, icon.src)).isFile()).toBe(true);
    expect(readPage('/').$('link[rel="manifest"]')?.properties?.['href']).toBe('/manifest.webmanifest');
  });
});

/** A page's module scripts: src files and inline code. */
function moduleScripts(url: string): Array<{ code: string; file?: string }> {
  return readPage(url)
    .$$('script[type="module"]')
    .map((s) => {
      const src = s.properties?.['src'];
      if (typeof src === 'string') {
        const file = src.replace(/^\/_astro\//, '');
        return { code: readFileSync(join(DIST, '_astro', file), 'utf8'), file };
      }
      return { code: s.children.map((c) => ('value' in c ? c.value : '')).join('') };
    });
}

const readChunk = (file: string) => readFileSync(join(DIST, '_astro', file), 'utf8');

/** The files a module's imports load with it: static ones only, or with `dynamic`, every import. */
function closure(code: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  for (const entry of parse(code)[0]) {
    if ((!dynamic && entry.d !== -1) || !entry.n) continue;
    const file = entry.n.replace(/^(\.\/|\/_astro\/)/, '');
    if (seen.has(file)) continue;
    seen.add(file);
    closure(readChunk(file), dynamic, seen);
  }
  return seen;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** The registration's own code: the message it sends the worker on a first visit. */
const REGISTRATION_MARK = 'OFFLINE_KEEP';

describe('the worker’s registration', () => {
  it(`adds at most ${REGISTRATION_BUDGET_GZ} bytes of gzip to every page’s JavaScript`, async () => {
    await init;
    const added = allPageUrls().map((url) => {
      const scripts = moduleScripts(url);
      // Everything the page loads without the registration: its scripts and their static imports.
      const eager = new Set(scripts.flatMap((s) => [...(s.file ? [s.file] : []), ...closure(s.code, false)]));
      // The page module imports the registration when the page has started.
      const all = new Set(scripts.flatMap((s) => [...closure(s.code, true)]));
      const registering = [...all].filter((f) => !eager.has(f) && readChunk(f).includes(REGISTRATION_MARK));
      const own = registering.flatMap((f) => [
        f,
        ...[...closure(readChunk(f), false)].filter((dep) => !eager.has(dep)),
      ]);
      return {
        url,
        registers: registering.length,
        bytes: [...new Set(own)].reduce((sum, f) => sum + gz(readChunk(f)), 0),
      };
    });
    // Every page registers the worker, from one module.
    expect(added.filter((p) => p.registers !== 1).map((p) => p.url)).toEqual([]);
    const worst = added.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `service worker 注册：每页最多增加 ${worst.bytes} 字节 gzip 的 JS（${worst.url}），预算 ${REGISTRATION_BUDGET_GZ}。`,
    );
    expect(worst.bytes).toBeLessThanOrEqual(REGISTRATION_BUDGET_GZ);
  });

  it('leaves no status element or script tag for it in the page: the page module makes the region', () => {
    const page = readPage('/cases/chizhou/');
    expect(page.$('.site-update')).toBeUndefined();
    expect(page.$$('script[type="module"]')).toHaveLength(1);
  });
});

describe('no invented domain (SITE_URL not set)', () => {
  it('has no canonical link, og:url or sitemap, and robots.txt names no sitemap', () => {
    const offenders = allPageUrls().filter((url) => {
      const page = readPage(url);
      return (
        page.$('link[rel="canonical"]') ||
        page.$('meta[property="og:url"]') ||
        page.$('link[rel="sitemap"]') ||
        page.html.includes('.example')
      );
    });
    expect(offenders).toEqual([]);
    expect(readdirSync(DIST).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});
