/**
 * The storage key of a name for this copy of the site (see
 * src/lib/storage-keys.ts): the copy's root is where the routes' base points
 * from this page; outside a browser (server render, unit tests) it is "/".
 */
import { routes } from '../lib/routes.ts';
import { storageKey } from '../lib/storage-keys.ts';

export function siteStorageKey(name: string): string {
  const root = typeof location === 'undefined' ? '/' : new URL(routes.base, location.href).pathname;
  return storageKey(root, name);
}
