/**
 * Runs the built site's own pagefind.js in Node against the built index,
 * served over HTTP from dist/ (pagefind.js fetches its files). In Node there
 * is no document, so Pagefind does no query segmentation of its own, exactly
 * as in the search worker in the browser.
 *
 * The files are served with `Connection: close`: Node's fetch reuses idle
 * connections, and one reused just as the server times it out fails with
 * ECONNRESET inside pagefind.js, where nothing retries it.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { DIST } from '../helpers/paths.ts';
import type { PagefindApi } from '../../src/lib/search/pagefind-types.ts';

export interface NodePagefind {
  pagefind: PagefindApi;
  /** Paths requested, in order (to measure what a search loads). */
  requests: Array<{ path: string; bytes: number }>;
  close(): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindApi & {
    init(): Promise<void>;
    destroy(): Promise<void>;
  };
}

export async function openPagefind(dist = DIST): Promise<NodePagefind> {
  const requests: NodePagefind['requests'] = [];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    readFile(join(dist, path)).then(
      (body) => {
        requests.push({ path, bytes: body.length });
        res.writeHead(200, { connection: 'close', 'content-length': body.length });
        res.end(body);
      },
      () => {
        res.writeHead(404, { connection: 'close' });
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const module = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
  // baseUrl "/": result URLs are site paths, as in the browser.
  const instance = module.createInstance({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
  await instance.init();
  return {
    pagefind: instance,
    requests,
    close: async () => {
      await instance.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
