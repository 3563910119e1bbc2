/**
 * One page of the offline package: the built HTML with every link made
 * relative to the page (routes.relativeUrl, with index.html named, as file://
 * needs), its module scripts taken out (bundles.ts makes one classic script of
 * them), its islands marked for that script to hydrate, and the page's base
 * given to the site's scripts before anything else runs. The HTML is read and
 * written with the same unified tools that build the site, not with regexes.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { OFFLINE_ROUTES_GLOBAL, relativeUrl, stripBase } from '../../src/lib/routes.ts';
import { OFFLINE_ISLAND_ATTRIBUTE as ISLAND_ATTRIBUTE } from '../../src/lib/offline/package-files.ts';

/** A module script of the page, in order: a built file (site path) or inline code. */
type ModuleScript = { kind: 'file'; sitePath: string } | { kind: 'inline'; code: string };

interface Island {
  /** Key the page's bundle registers the island's parts under. */
  key: string;
  component: string;
  renderer: string;
}

export interface OfflinePage {
  /** Site path of the page ("/cases/changsha/", "/404.html"). */
  sitePath: string;
  scripts: ModuleScript[];
  islands: Island[];
  /** Serialize the page, with `bundle` (site path of its classic script). */
  render(bundle: string | undefined): string;
}

const URL_PROPERTIES = ['href', 'src', 'action', 'poster'];
const INDEX = { indexFile: 'index.html' };

/** Astro's runtime for islands imports modules: on file:// the page's bundle hydrates them instead. */
const isIslandRuntime = (code: string): boolean =>
  code.includes('astro-island') || code.includes('(self.Astro||(self.Astro={}))');

export function offlinePage(html: string, sitePath: string, base: string): OfflinePage {
  const tree: Root = fromHtml(html);
  const relative = (url: string): string => {
    const site = stripBase(base, url);
    return site === undefined ? url : relativeUrl(sitePath, site, INDEX);
  };
  const scripts: ModuleScript[] = [];
  const islands: Island[] = [];
  let head: Element | undefined;
  let body: Element | undefined;

  visit(tree, 'element', (node, index, parent) => {
    const props = node.properties ?? {};
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'body') body = node;
    const remove = (): [typeof SKIP, number] => {
      parent?.children.splice(index ?? 0, 1);
      return [SKIP, index ?? 0];
    };
    if (node.tagName === 'script') {
      const type = String(props['type'] ?? '');
      const code = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (type === 'module') {
        if (typeof props['src'] === 'string')
          scripts.push({ kind: 'file', sitePath: stripBase(base, props['src']) ?? props['src'] });
        else scripts.push({ kind: 'inline', code });
        return remove();
      }
      if (type === '' && props['src'] === undefined && isIslandRuntime(code)) return remove();
    }
    // No service worker, manifest or modulepreload from file://.
    if (
      node.tagName === 'link' &&
      ['manifest', 'modulepreload', 'sitemap'].includes(String((props['rel'] as string[] | undefined)?.[0]))
    ) {
      return remove();
    }
    if (node.tagName === 'astro-island' && typeof props['component-url'] === 'string') {
      const component = stripBase(base, props['component-url']) ?? '';
      const renderer = stripBase(base, String(props['renderer-url'] ?? '')) ?? '';
      const key = `${component}|${renderer}`;
      islands.push({ key, component, renderer });
      props[ISLAND_ATTRIBUTE] = key;
      delete props['component-url'];
      delete props['renderer-url'];
      delete props['before-hydration-url'];
    }
    for (const name of URL_PROPERTIES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = relative(value);
    }
    if (typeof props['srcSet'] === 'string') {
      props['srcSet'] = props['srcSet']
        .split(',')
        .map((item) => item.trim().replace(/^\S+/, (url) => relative(url)))
        .join(', ');
    }
    return undefined;
  });

  const routesScript = h(
    'script',
    `window.${OFFLINE_ROUTES_GLOBAL}=${JSON.stringify({ base: relativeUrl(sitePath, '/').replace(/index\.html$/, ''), ...INDEX })};`,
  );
  return {
    sitePath,
    scripts,
    islands,
    render(bundle) {
      // First in <head>: the site's scripts read their base when they start.
      head?.children.unshift(routesScript);
      if (bundle) body?.children.push(h('script', { src: relativeUrl(sitePath, bundle), defer: true }));
      return toHtml(tree);
    },
  };
}
