/**
 * Crawls a served site from its home page: every page reachable by links,
 * and every file a page or a script names — href, src, action, srcset,
 * islands' component and renderer, the manifest's icons, stylesheets' url(),
 * scripts' static and dynamic imports — each fetched once. A link's #anchor
 * must name an element of the page it leads to. Reports what is broken, with
 * the page that named it.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { init, parse } from 'es-module-lexer';
import type { Element } from 'hast';

export interface CrawlReport {
  pages: string[];
  files: string[];
  /** "url (status) ← referrer" for every failure. */
  broken: string[];
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'component-url', 'renderer-url'];

function urlsOfHtml(html: string): { urls: string[]; ids: Set<string> } {
  const tree = fromHtml(html);
  const urls: string[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const props = node.properties ?? {};
    if (typeof props['id'] === 'string') ids.add(props['id']);
    if (node.tagName === 'a' && typeof props['name'] === 'string') ids.add(props['name']);
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (typeof value === 'string' && value !== '') urls.push(value);
    }
    const srcset = props['srcSet'];
    if (typeof srcset === 'string')
      for (const item of srcset.split(',')) urls.push(item.trim().split(/\s+/)[0] ?? '');
  });
  return { urls, ids };
}

async function urlsOfScript(code: string): Promise<string[]> {
  await init;
  const [imports] = parse(code);
  return imports.map((i) => i.n).filter((n): n is string => typeof n === 'string');
}

const urlsOfCss = (css: string): string[] =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((u) => !u.startsWith('data:'));

/** Crawl from `start` (a full URL); only URLs under `scope` are followed. */
export async function crawlSite(start: string, scope: string, extra: string[] = []): Promise<CrawlReport> {
  const seen = new Map<string, string>();
  const queue: Array<{ url: string; from: string }> = [start, ...extra].map((url) => ({
    url,
    from: '(起点)',
  }));
  const anchors: Array<{ page: string; id: string; from: string }> = [];
  const idsOf = new Map<string, Set<string>>();
  const broken: string[] = [];
  const pages: string[] = [];
  const files: string[] = [];
  const origin = new URL(start).origin;

  const follow = (raw: string, base: string, from: string) => {
    const url = new URL(raw, base);
    if (url.origin !== origin) return;
    const target = `${url.origin}${url.pathname}${url.search}`;
    if (url.hash.length > 1)
      anchors.push({ page: `${url.origin}${url.pathname}`, id: decodeURIComponent(url.hash.slice(1)), from });
    if (!seen.has(target)) queue.push({ url: target, from });
  };

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.set(url, from);
    if (!url.startsWith(scope)) {
      broken.push(`${url}（站点之外）← ${from}`);
      continue;
    }
    const response = await fetch(url);
    if (!response.ok) {
      broken.push(`${url}（${response.status}）← ${from}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    const final = response.url;
    if (type.startsWith('text/html')) {
      pages.push(url);
      const { urls, ids } = urlsOfHtml(await response.text());
      idsOf.set(`${new URL(final).origin}${new URL(final).pathname}`, ids);
      for (const raw of urls) follow(raw, final, url);
    } else {
      files.push(url);
      if (type.startsWith('text/javascript'))
        for (const raw of await urlsOfScript(await response.text())) follow(raw, final, url);
      else if (type.startsWith('text/css'))
        for (const raw of urlsOfCss(await response.text())) follow(raw, final, url);
      else if (type.startsWith('application/manifest+json')) {
        const manifest = (await response.json()) as { icons?: Array<{ src: string }>; start_url?: string };
        for (const raw of [...(manifest.icons ?? []).map((i) => i.src), manifest.start_url ?? ''])
          if (raw) follow(raw, final, url);
      } else await response.arrayBuffer();
    }
  }
  for (const { page, id, from } of anchors) {
    const ids = idsOf.get(page);
    if (ids && !ids.has(id)) broken.push(`${page}#${id}（没有这个锚点）← ${from}`);
  }
  return { pages, files, broken: [...new Set(broken)].sort() };
}
