/**
 * The offline package's search script (_offline/search.js): the site's own
 * search engine (src/components/search/answer.ts) over its own Pagefind index,
 * running in the page. file:// allows neither fetch nor workers, so Pagefind's
 * files come as classic scripts (_offline/pagefind/<file>.js, each handing
 * over its bytes), and Pagefind's fetches are answered from them.
 */
import * as pagefind from 'offline:pagefind';
import { createAnswerer, type PagefindModule } from '../../../src/components/search/answer.ts';
import { watchFetch } from '../../../src/lib/search/fetch-watch.ts';
import { routes } from '../../../src/lib/routes.ts';
import {
  OFFLINE_DIR,
  OFFLINE_INDEX_FILE_CALLBACK,
  OFFLINE_SEARCH_GLOBAL,
} from '../../../src/lib/offline/package-files.ts';
import { loadScript } from '../../../src/components/offline/load-script.ts';

const files = new Map<string, string>();
(globalThis as unknown as Record<string, unknown>)[OFFLINE_INDEX_FILE_CALLBACK] = (
  path: string,
  base64: string,
) => files.set(path, base64);

const indexBase = new URL(routes.file('pagefind/'), location.href).href;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** fetch() for Pagefind's files, from their scripts; anything else as before (file:// refuses it anyway). */
async function fetchFromScripts(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
  if (!url.startsWith(indexBase)) return fetch(input, init);
  const path = decodeURIComponent(url.slice(indexBase.length).split(/[?#]/)[0] ?? '');
  if (!files.has(path)) {
    try {
      await loadScript(routes.file(`${OFFLINE_DIR}pagefind/${path}.js`));
    } catch {
      return new Response(null, { status: 404 });
    }
  }
  const base64 = files.get(path);
  return base64 === undefined ? new Response(null, { status: 404 }) : new Response(bytesOf(base64));
}

const fetches = watchFetch(fetchFromScripts as typeof fetch);
const pageFetch = globalThis.fetch.bind(globalThis);
// Pagefind calls the global fetch: its requests go to the scripts, other requests as before.
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
  return url.startsWith(indexBase) ? fetches.fetch(input, init) : pageFetch(input, init);
}) as typeof fetch;

(globalThis as unknown as Record<string, unknown>)[OFFLINE_SEARCH_GLOBAL] = createAnswerer(
  async () => pagefind as unknown as PagefindModule,
  routes.file('pagefind/'),
  fetches,
);
