/**
 * Which built files the service worker knows and which it keeps from the
 * start. Every file a reader can need is listed (the whole-site download
 * fetches them all); the shell, fetched when the worker installs, is only
 * what the "not saved yet" page needs to look right. Pure: paths in, lists out.
 */

/**
 * Built files a reader never needs: the worker itself, files for crawlers,
 * and Pagefind's ready-made interfaces (the site has its own search UI).
 */
export const NOT_FOR_READERS = [
  'sw.js',
  'robots.txt',
  'sitemap-*.xml',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/** The page shown for a page not kept, with the network gone (site path). */
export const OFFLINE_PAGE = '/offline/';

/** Is this file (path inside the build) part of the shell? */
export function inShell(path: string): boolean {
  return (
    path === 'offline/index.html' ||
    path === 'favicon.svg' ||
    path === 'manifest.webmanifest' ||
    (path.startsWith('_astro/') && path.endsWith('.css'))
  );
}
