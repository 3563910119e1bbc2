/**
 * Reading a JSON file of the site (the planner's data) in the browser. Served
 * over http(s) it is a fetch. A page opened from file:// (the offline
 * package) may not fetch its own files, so the package ships each such file
 * also as a classic script beside it ("data.json.js") that hands the data
 * over under its own address (scripts/offline/data-scripts.ts).
 */

/** Where those scripts leave their data: script URL → value. */
export const OFFLINE_JSON_GLOBAL = '__siteJson';

type JsonRegistry = Record<string, unknown>;

const registry = (): JsonRegistry =>
  ((globalThis as unknown as Record<string, JsonRegistry>)[OFFLINE_JSON_GLOBAL] ??= {});

function loadByScript(url: string): Promise<unknown> {
  const src = new URL(`${url}.js`, location.href).href;
  if (src in registry()) return Promise.resolve(registry()[src]);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () =>
      src in registry() ? resolve(registry()[src]) : reject(new Error(`${url}：文件内容不完整`));
    script.onerror = () => reject(new Error(`${url}：文件缺失`));
    document.head.append(script);
  });
}

/** The JSON at `url` (made by routes), or a rejection saying why not. */
export async function loadJson(url: string): Promise<unknown> {
  if (location.protocol === 'file:') return loadByScript(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}
