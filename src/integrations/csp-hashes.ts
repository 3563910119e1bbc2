/**
 * Sets each page's Content Security Policy to the hashes of exactly the
 * inline scripts the page has. Astro's `security.csp` misses the scripts
 * marked is:inline (Starlight's theme script), which it writes out
 * untouched, and names its island scripts on every page whether the page has
 * an island or not. Only the page's own scripts may run; any other inline
 * script, injected or not, is blocked. Runs after the
 * build and before the search index and the service worker's file list,
 * which must see the final pages.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles } from './built-pages.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** Hashes by script: most pages carry the same few inline scripts (Starlight's theme and sidebar). */
const hashes = new Map<string, string>();

function hashOf(code: string): string {
  let hash = hashes.get(code);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    hashes.set(code, hash);
  }
  return hash;
}

/** The hashes (quoted CSP sources) of the page's scripts that have no src. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', code = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes) || /type\s*=\s*"?application\/(ld\+)?json/i.test(attributes)) continue;
    hashes.push(hashOf(code));
  }
  return [...new Set(hashes)];
}

/**
 * The page with its CSP meta's script-src naming every inline script of the
 * page (and `sources` besides, such as the USB package's 'wasm-unsafe-eval').
 * With `replace`, the hashes already there are dropped first (a page whose
 * scripts were rewritten). A page without the meta is returned unchanged.
 */
export function completeScriptHashes(
  html: string,
  options: { sources?: string[]; replace?: boolean } = {},
): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const directives = decodeAttribute(meta[2] ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const inline = inlineScriptHashes(html);
  const completed = directives.map((directive) => {
    const [name, ...values] = directive.split(/\s+/);
    if (name !== 'script-src') return directive;
    const kept = options.replace ? values.filter((v) => !v.startsWith("'sha")) : values;
    return [name, ...new Set([...kept, ...(options.sources ?? []), ...inline])].join(' ');
  });
  return html.replace(
    META,
    (_, open: string, __: string, close: string) => `${open}${completed.join('; ')};${close}`,
  );
}

/** An attribute value as written by Astro or hast-util-to-html (which writes ' as &#x27;). */
const decodeAttribute = (value: string): string =>
  value
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export default function cspHashes(): AstroIntegration {
  return {
    name: 'dangjian:csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const file of builtHtmlFiles(root)) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          // replace: Astro names the hashes of its island scripts on every page, used or not
          // (seven on a case page, which has no island: about 0.35 KB gzip of noise a page).
          const completed = completeScriptHashes(html, { replace: true });
          if (completed !== html) {
            writeFileSync(path, completed);
            changed += 1;
          }
        }
        logger.info(`内容安全策略：${changed} 个页面按各自的内联脚本写好了哈希。`);
      },
    },
  };
}
