/** The built site's pagefind.js, bundled into the offline search script (scripts/offline/search.ts). */
declare module 'offline:pagefind' {
  export function createInstance(options: { basePath: string; noWorker?: boolean }): unknown;
}
