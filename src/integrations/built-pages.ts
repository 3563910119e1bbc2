/**
 * The HTML pages of a finished build, as paths relative to dist/ in a stable order (Pagefind's own
 * folder left out). One listing for every after-build step: the CSP hashes, the diagram-file check
 * and the search index.
 */
import { readdirSync } from 'node:fs';

export function builtHtmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
}
