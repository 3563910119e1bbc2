/**
 * The service worker, built by src/integrations/offline from this file and
 * the build's file list (workbox-build), one per build. With Workbox's
 * precaching it keeps the site in two caches, both named with the worker's
 * scope so that two copies of the site on one host keep apart:
 *
 *  - the shell (CSS, the "not saved yet" page), fetched on install;
 *  - the site: every file, listed with its revision and integrity. A file
 *    fetched while reading is kept when it is the one this build made (its
 *    integrity matches), so pages visited work offline; "离线使用" fetches
 *    the rest. Files are found under their URL, a folder under its
 *    index.html, whatever the query string.
 *
 * A new build is a new worker: it fetches its shell (and, if the reader
 * asked for the whole site, the files that changed), takes over at once and
 * deletes what the old build had that this one has not. The page then says
 * "内容已更新，刷新查看" (src/components/offline/register.ts).
 */
import { clientsClaim, registerQuotaErrorCallback } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import type {
  OfflineProgress,
  OfflineRequest,
  OfflineResult,
  OfflineStatus,
  SiteFile,
} from '../lib/offline/protocol.ts';
import { offlineCacheName } from '../lib/storage-keys.ts';

/** Filled in at build time (src/integrations/offline/build-worker.ts). */
declare const __SITE_FILES__: SiteFile[];
declare const __SHELL_URLS__: string[];
declare const __OFFLINE_PAGE_URL__: string;

interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (event: never) => void): void;
}
interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: OfflineRequest | undefined;
  source: { postMessage(message: unknown): void } | null;
  ports: ReadonlyArray<{ postMessage(message: unknown): void }>;
}

const scope = (self as unknown as WorkerScope).registration.scope;
const worker = self as unknown as WorkerScope;

/** A fetch for the page itself, without integrity, when the kept copy cannot be made (a newer build is online, storage full). */
const plainNetworkOnError: WorkboxPlugin = {
  handlerDidError: async ({ event, request }) => {
    if ((event as { type?: string }).type !== 'fetch') return undefined;
    try {
      return await fetch(request);
    } catch {
      return undefined;
    }
  },
};

const shell = new PrecacheController({ cacheName: offlineCacheName('shell', scope) });
const site = new PrecacheController({
  cacheName: offlineCacheName('site', scope),
  plugins: [plainNetworkOnError],
});
const stateCache = offlineCacheName('state', scope);
const WANTED_KEY = `${scope}__offline-wanted`;

const files = __SITE_FILES__;
const shellUrls = new Set(__SHELL_URLS__);
shell.addToCacheList(
  files.filter((f) => shellUrls.has(f.url)).map(({ url, revision }) => ({ url, revision })),
);
site.addToCacheList(files.map(({ url, revision, integrity }) => ({ url, revision, integrity })));
const sizeOf = new Map(files.map((f) => [new URL(f.url, scope).href, f.size]));
const totalBytes = files.reduce((sum, f) => sum + f.size, 0);

/** Also try "x/" for "x" (a page opened without its trailing slash). */
const withSlash = ({ url }: { url: URL }): URL[] =>
  url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)
    ? []
    : [new URL(`${url.pathname}/index.html`, url)];
const routeOptions = {
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  urlManipulation: withSlash,
};
registerRoute(new PrecacheRoute(shell, routeOptions));
registerRoute(new PrecacheRoute(site, routeOptions));

// A page neither kept nor reachable: the shell's page says so, in Chinese, with the way back.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') {
    const page = await shell.matchPrecache(__OFFLINE_PAGE_URL__);
    if (page) return page;
  }
  return Response.error();
});

let quotaHit = false;
registerQuotaErrorCallback(() => {
  quotaHit = true;
});

async function isWanted(): Promise<boolean> {
  return (await (await caches.open(stateCache)).match(WANTED_KEY)) !== undefined;
}

async function setWanted(wanted: boolean): Promise<void> {
  const cache = await caches.open(stateCache);
  if (wanted) await cache.put(WANTED_KEY, new Response('1'));
  else await cache.delete(WANTED_KEY);
}

/** The site's files not kept yet, as [url, cache key]. */
async function missing(): Promise<Array<[string, string]>> {
  const kept = new Set((await (await caches.open(site.strategy.cacheName)).keys()).map((r) => r.url));
  return [...site.getURLsToCacheKeys()].filter(([, key]) => !kept.has(key));
}

/** The site's file for a URL a page used ("/x/" is "/x/index.html"; query and hash do not count). */
function siteFileOf(url: string): string | undefined {
  const plain = new URL(url, scope);
  plain.search = '';
  plain.hash = '';
  const href = plain.pathname.endsWith('/') ? `${plain.href}index.html` : plain.href;
  return site.getCacheKeyForURL(href) === undefined ? undefined : href;
}

async function status(): Promise<OfflineStatus> {
  const notKept = await missing();
  const missingBytes = notKept.reduce((sum, [url]) => sum + (sizeOf.get(url) ?? 0), 0);
  return {
    type: 'OFFLINE_STATUS',
    totalFiles: files.length,
    totalBytes,
    keptFiles: files.length - notKept.length,
    keptBytes: totalBytes - missingBytes,
    wanted: await isWanted(),
  };
}

/** Files fetched at once while downloading. */
const PARALLEL = 6;

/** Fetch the files not kept yet (all, or those of `only`), through Workbox's precache strategy; progress goes to `report`. */
async function downloadMissing(
  event: ExtendableEventLike,
  report: (p: OfflineProgress) => void,
  only?: ReadonlySet<string>,
): Promise<void> {
  const todo = (await missing()).filter(([url]) => !only || only.has(url));
  const todoBytes = todo.reduce((sum, [url]) => sum + (sizeOf.get(url) ?? 0), 0);
  let doneFiles = 0;
  let doneBytes = 0;
  quotaHit = false;
  const fetchOne = async ([url, cacheKey]: [string, string]) => {
    const integrity = site.getIntegrityForCacheKey(cacheKey);
    const request = new Request(url, {
      ...(integrity ? { integrity } : {}),
      cache: 'reload',
      credentials: 'same-origin',
    });
    const [response, done] = site.strategy.handleAll({
      params: { cacheKey, integrity },
      request,
      event: event as never,
    });
    await response;
    await done;
    if (quotaHit) throw new DOMException('quota', 'QuotaExceededError');
    doneFiles += 1;
    doneBytes += sizeOf.get(url) ?? 0;
    report({
      type: 'OFFLINE_PROGRESS',
      doneFiles,
      totalFiles: todo.length,
      doneBytes,
      totalBytes: todoBytes,
    });
  };
  for (let i = 0; i < todo.length; i += PARALLEL)
    await Promise.all(todo.slice(i, i + PARALLEL).map(fetchOne));
}

worker.addEventListener('install', (event: ExtendableEventLike) => {
  event.waitUntil(
    (async () => {
      await shell.install(event as never);
      // The reader keeps the whole site: this build's changed files come now, before it takes over.
      if (await isWanted()) {
        await downloadMissing(event, () => undefined).catch(async (error: unknown) => {
          // Without the room for them, the whole site is no longer kept; the site works online.
          if (!quotaHit) throw error;
          await setWanted(false);
        });
      }
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event: ExtendableEventLike) => {
  event.waitUntil(Promise.all([shell.activate(event as never), site.activate(event as never)]));
});
clientsClaim();

async function answer(event: MessageEventLike): Promise<unknown> {
  switch (event.data?.type) {
    case 'OFFLINE_STATUS':
      return status();
    case 'OFFLINE_KEEP': {
      const urls = new Set(event.data.urls.map(siteFileOf).filter((u): u is string => u !== undefined));
      // Best effort: what cannot be kept now is fetched again when next read.
      await downloadMissing(event, () => undefined, urls).catch(() => undefined);
      return undefined;
    }
    case 'OFFLINE_REMOVE':
      await setWanted(false);
      await caches.delete(site.strategy.cacheName);
      return status();
    case 'OFFLINE_DOWNLOAD': {
      await setWanted(true);
      try {
        await downloadMissing(event, (progress) => event.source?.postMessage(progress));
        return { type: 'OFFLINE_DONE', ok: true, status: await status() } satisfies OfflineResult;
      } catch (error) {
        const quota = quotaHit || (error instanceof DOMException && error.name === 'QuotaExceededError');
        // Without the room for it, the whole site is not wanted: new builds must not try again on their own.
        if (quota) await setWanted(false);
        return {
          type: 'OFFLINE_DONE',
          ok: false,
          failure: quota ? 'quota' : 'network',
          status: await status(),
        } satisfies OfflineResult;
      }
    }
    default:
      return undefined;
  }
}

worker.addEventListener('message', (event: MessageEventLike) => {
  const reply = answer(event).then((message) => {
    if (message !== undefined) event.ports[0]?.postMessage(message);
  });
  event.waitUntil(reply);
});
