/**
 * The site's Content Security Policy, in one place. Astro writes it into
 * every page as a <meta> (astro.config.mjs, `security.csp`), adding the
 * hashes of that page's own scripts and styles to `script-src` and
 * `style-src-elem`; the README's 部署 section gives the same rules as an
 * HTTP header for nginx (`HEADER_POLICY`), which also covers what a <meta>
 * cannot: the service worker, the search worker and framing.
 *
 * Everything comes from the site itself: no outside origin appears anywhere.
 */

/**
 * Directives every page carries besides the script and style ones Astro writes.
 * Fetches, fonts, workers, the web app manifest and frames are not named:
 * they fall back to `default-src 'self'` (workers by way of `script-src`,
 * which is 'self' and hashes), and naming each again cost every page some
 * 30 bytes gzip. The header below has no `default-src`, so it names them.
 */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // data: and blob: are pictures the page makes itself: QR codes, diagram images for documents.
  "img-src 'self' data: blob:",
  "form-action 'self'",
] as const;

/** The kinds of request a page's `default-src 'self'` holds to the site without naming them. */
export const SELF_BY_DEFAULT = [
  'connect-src',
  'font-src',
  'worker-src',
  'manifest-src',
  'frame-src',
  'media-src',
  'child-src',
] as const;

/** Script sources besides the per-page hashes: the site's own files. */
export const SCRIPT_SOURCES = ["'self'"] as const;

/**
 * What the USB package (file://) adds: 'wasm-unsafe-eval' lets a page compile
 * WebAssembly, nothing more (no eval, no new Function). Pagefind's search
 * engine is WebAssembly. Served from a web server it runs in the search
 * worker, which a page's <meta> policy does not govern, so the served pages
 * go without it; from file://, where browsers start no workers, it runs in
 * the page itself and needs it.
 */
export const PACKAGE_SCRIPT_SOURCES = [...SCRIPT_SOURCES, "'wasm-unsafe-eval'"] as const;

/**
 * Style sources: the site's stylesheets and inline styles. Scripts are held
 * to hashes; styles cannot be. Mermaid writes a <style> into each diagram it
 * draws, whose rules name that drawing's id and theme (no hash can be known
 * before), and it must be in force while Mermaid measures the labels; and
 * Starlight and the diagrams set custom properties (icon sizes, sidebar
 * depth, diagram sizes) in style="" attributes on every page. A style can
 * run no script, so this opens no way to run code.
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/**
 * The same rules as an HTTP header. Scripts and inline styles are allowed
 * page by page by hash, which only the page's <meta> knows; a header
 * `default-src` or `script-src` would block them (the browser enforces both
 * policies), so the header names every other kind of request instead, and
 * adds what only a header can do: forbid framing by other sites.
 */
export const HEADER_POLICY = [
  ...PAGE_DIRECTIVES.filter((d) => !d.startsWith('default-src')),
  ...SELF_BY_DEFAULT.map((name) => `${name} 'self'`),
  "frame-ancestors 'self'",
].join('; ');
