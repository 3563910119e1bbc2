/**
 * Names of what the site keeps in the browser (saved plans, lectures, folds).
 * localStorage belongs to a whole origin: two copies of the site on one host
 * (/dangjian/ and /dangjian-test/) would read and overwrite each other's
 * plans. So every key carries the path of the copy's root, except at "/",
 * where the names stay what they always were and nothing saved is lost.
 */

/** The first part of every key. */
const APP = 'dangjian-anliku';

/**
 * The key `name` ("planner:plan:") for the copy of the site rooted at
 * `rootPath`, the pathname of its home page ("/", "/dangjian/",
 * "/media/u盘/dist-offline/" for the offline package).
 */
export function storageKey(rootPath: string, name: string): string {
  const root = rootPath.endsWith('/') ? rootPath : `${rootPath}/`;
  return root === '/' ? `${APP}:${name}` : `${APP}@${root}:${name}`;
}

/** Whether `key` is one this copy of the site (rooted at `rootPath`) wrote. */
export function isKeyOfCopy(key: string, rootPath: string): boolean {
  return key.startsWith(storageKey(rootPath, ''));
}

/** What the service worker keeps offline: the shell, the whole site, and whether the site is wanted. */
export type OfflineCacheKind = 'shell' | 'site' | 'state';

/**
 * The name of one of the service worker's caches for the copy whose worker
 * scope is `scope` (a full URL, "https://host/dangjian/"): caches belong to a
 * whole origin too, so each copy names its own.
 */
export function offlineCacheName(kind: OfflineCacheKind, scope: string): string {
  return `dangjian-${kind}-${scope}`;
}

/** Whether the cache `name` is one of this copy's (its worker scope `scope`). */
export function isCacheOfCopy(name: string, scope: string): boolean {
  return (['shell', 'site', 'state'] as const).some((kind) => name === offlineCacheName(kind, scope));
}
