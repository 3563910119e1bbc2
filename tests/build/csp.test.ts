/**
 * The Content Security Policy in the built pages: every HTML page has the
 * meta; script-src allows neither 'unsafe-inline' nor any eval; the fixed
 * directives are there; no outside origin is named; every inline script of
 * the page is allowed by its hash (so the browser runs them all, and only
 * them). The README's nginx header is the one src/lib/security/csp.ts gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { inlineScriptHashes } from '../../src/integrations/csp-hashes.ts';
import { HEADER_POLICY, PAGE_DIRECTIVES, SELF_BY_DEFAULT } from '../../src/lib/security/csp.ts';

const URLS = allPageUrls();

/** The page's policy as directive name → sources. */
function policyOf(url: string): Map<string, string[]> | undefined {
  const meta = readPage(url).$('meta[http-equiv="content-security-policy"]');
  const content = meta?.properties?.['content'];
  if (typeof content !== 'string') return undefined;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...sources] = d.split(/\s+/);
        return [name, sources];
      }),
  );
}

describe('Content Security Policy of the built pages', () => {
  it('is on every HTML page', () => {
    expect(URLS.length).toBeGreaterThan(50);
    expect(URLS.filter((url) => policyOf(url) === undefined)).toEqual([]);
  });

  it('never allows eval or inline script, and names no other origin', () => {
    const bad: string[] = [];
    for (const url of URLS) {
      const policy = policyOf(url)!;
      const script = policy.get('script-src') ?? [];
      if (script.length === 0) bad.push(`${url}：没有 script-src`);
      for (const source of script)
        if (["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", "'unsafe-hashes'"].includes(source))
          bad.push(`${url}：script-src ${source}`);
      for (const [name, sources] of policy) {
        if (sources.includes("'unsafe-eval'")) bad.push(`${url}：${name} 'unsafe-eval'`);
        for (const source of sources)
          if (/^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(source)) bad.push(`${url}：${name} ${source}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has the fixed directives on every page', () => {
    for (const url of URLS) {
      const policy = policyOf(url)!;
      for (const directive of PAGE_DIRECTIVES) {
        const [name = '', ...sources] = directive.split(' ');
        expect({ url, [name]: policy.get(name) }).toEqual({ url, [name]: sources });
      }
    }
  });

  // What each kind of request falls back to when the policy does not name it (CSP Level 3).
  const FALLBACK: Record<string, string[]> = {
    'worker-src': ['child-src', 'script-src', 'default-src'],
    'frame-src': ['child-src', 'default-src'],
  };
  const effective = (policy: Map<string, string[]>, name: string) => {
    const chain = [name, ...(FALLBACK[name] ?? ['default-src'])];
    const named = chain.find((n) => policy.has(n));
    return named ? policy.get(named)! : undefined;
  };

  it('holds fetches, fonts, workers, the manifest, media and frames to the site itself', () => {
    const loose: string[] = [];
    for (const url of URLS) {
      const policy = policyOf(url)!;
      for (const name of SELF_BY_DEFAULT) {
        // A worker's script is held by script-src: 'self' and the page's hashes, which match no worker file.
        const sources = effective(policy, name)?.filter((s) => !s.startsWith("'sha"));
        if (JSON.stringify(sources) !== JSON.stringify(["'self'"])) loose.push(`${url}：${name} ${sources}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it('allows every inline script of a page by its hash', () => {
    const missing: string[] = [];
    for (const url of URLS) {
      const script = policyOf(url)!.get('script-src') ?? [];
      for (const hash of inlineScriptHashes(readPage(url).html))
        if (!script.includes(hash)) missing.push(`${url}：${hash}`);
    }
    expect(missing).toEqual([]);
  });

  it('names no script hash beyond the page’s own inline scripts (each costs every page 50 bytes)', () => {
    const extra: string[] = [];
    for (const url of URLS) {
      const own = new Set(inlineScriptHashes(readPage(url).html));
      const script = policyOf(url)!.get('script-src') ?? [];
      for (const source of script)
        if (source.startsWith("'sha") && !own.has(source)) extra.push(`${url}：${source}`);
    }
    expect(extra).toEqual([]);
  });

  it('is given to nginx in the README as the same rules', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
  });
});
