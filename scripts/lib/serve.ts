/**
 * A minimal static file server for a built site, bound to 127.0.0.1 on a free
 * port. Enough for the browser tests: correct MIME types, index.html for
 * folders (a folder asked for without its trailing slash is redirected, as
 * static hosts do), 404.html for misses, a log of requested paths (to assert
 * what loaded). Optionally it serves the site under a path prefix
 * ("/dangjian/") and nothing outside it, can swap the folder it serves (a
 * new build deployed) and can drop every request (the network gone).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DIST } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The types nginx's gzip_types (README, 部署) compresses. */
const COMPRESSED = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

export interface StaticServer {
  /** Origin and prefix without the trailing slash, e.g. "http://127.0.0.1:4000/dangjian". */
  url: string;
  origin: string;
  /** Paths requested since the last reset, in order. */
  requests: string[];
  /** Serve another folder from now on (a new build deployed at the same address). */
  setRoot(root: string): void;
  /** Drop every request (true) or serve again (false). */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Path prefix the site is published under ("/dangjian/"); default "/". */
  prefix?: string;
  /** Headers sent with every response (a Content-Security-Policy, as the README's nginx setup adds). */
  headers?: Record<string, string>;
  /**
   * Send text files gzipped to clients that accept it, as the README's nginx
   * setup does: what a phone on a real host downloads (the Lighthouse bench
   * times downloads by the bytes sent).
   */
  gzip?: boolean;
}

type Resolved = { file: string } | { redirect: string } | undefined;

function resolve(urlPath: string, root: string): Resolved {
  const pathname = urlPath.split(/[?#]/)[0] ?? '/';
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, safe);
  if (!existsSync(file)) return undefined;
  if (!statSync(file).isDirectory()) return { file };
  if (!pathname.endsWith('/')) return { redirect: `${pathname}/${urlPath.slice(pathname.length)}` };
  const index = join(file, 'index.html');
  return existsSync(index) ? { file: index } : undefined;
}

export async function serveDist(root = DIST, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  const headers = options.headers ?? {};
  const requests: string[] = [];
  let current = root;
  let offline = false;
  const server: Server = createServer((req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const path = req.url ?? '/';
    requests.push(path);
    const inside = path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
    const found = inside === undefined ? undefined : resolve(inside, current);
    if (found && 'redirect' in found) {
      res.writeHead(301, { ...headers, location: `${prefix}${found.redirect.slice(1)}` });
      res.end();
      return;
    }
    if (!found) {
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
      createReadStream(join(current, '404.html')).pipe(res);
      return;
    }
    const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(found.file));
      res.writeHead(200, {
        ...headers,
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': type });
    createReadStream(found.file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix.replace(/\/$/, '')}`,
    origin,
    requests,
    setRoot: (next) => {
      current = next;
    },
    setOffline: (next) => {
      offline = next;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
