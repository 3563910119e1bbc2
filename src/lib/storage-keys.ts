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
