/**
 * Files of the offline (USB) package that the site's own scripts load when a
 * page is opened from file://, where they may not fetch, start workers or
 * import modules: classic scripts made by scripts/package-offline.ts. The
 * names are site paths under the package's root (routes.file makes URLs).
 */

/** Where the package keeps the scripts it makes. */
export const OFFLINE_DIR = '_offline/';

/** Mermaid's own classic-script build; it defines the global `mermaid`. */
export const OFFLINE_MERMAID = `${OFFLINE_DIR}mermaid.js`;

/** The search engine over the index shipped as scripts; it defines `OFFLINE_SEARCH_GLOBAL`. */
export const OFFLINE_SEARCH = `${OFFLINE_DIR}search.js`;
export const OFFLINE_SEARCH_GLOBAL = '__siteSearch';

/** Is this page opened from a file (the offline package) rather than served? */
export const fromFile = (protocol: string): boolean => protocol === 'file:';

/** Where the package's data scripts ("data.json.js") leave their data: script URL → value. */
export const OFFLINE_JSON_GLOBAL = '__siteJson';

/** What each script of the search index calls: its path under pagefind/ and its bytes in base64. */
export const OFFLINE_INDEX_FILE_CALLBACK = '__pagefindFile';

/** The attribute the package gives each island in place of its module URLs. */
export const OFFLINE_ISLAND_ATTRIBUTE = 'data-offline-island';
