/**
 * Reading a data file of the site (the planner's JSON, a diagram's source) in the browser. Served
 * over http(s) it is a fetch. A page opened from file:// (the offline package) may not fetch its
 * own files, so the package ships each such file also as a classic script beside it
 * ("data.json.js", "x.txt.js") that hands the data over under its own address
 * (scripts/offline/package.ts).
 */
import { fromFile, OFFLINE_JSON_GLOBAL } from '../../lib/offline/package-files.ts';
import { loadScript } from './load-script.ts';

const registry = (): Record<string, unknown> =>
  ((globalThis as unknown as Record<string, Record<string, unknown>>)[OFFLINE_JSON_GLOBAL] ??= {});

/** From file://: the value the file's script hands over. */
async function fromPackage(url: string): Promise<unknown> {
  const src = new URL(`${url}.js`, location.href).href;
  await loadScript(src);
  if (!(src in registry())) throw new Error(`${url}：文件内容不完整`);
  return registry()[src];
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response;
}

/** The JSON at `url` (made by routes), or a rejection saying why not. */
export async function loadJson(url: string): Promise<unknown> {
  if (fromFile(location.protocol)) return fromPackage(url);
  return (await fetched(url)).json();
}

/** The text file at `url` (made by routes), or a rejection saying why not. */
export async function loadText(url: string): Promise<string> {
  if (fromFile(location.protocol)) return String(await fromPackage(url));
  return (await fetched(url)).text();
}
