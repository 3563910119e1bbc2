/** Every page links a stylesheet with the A4 print rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';

const cssOf = (url: string) =>
  readPage(url)
    .$$('link[rel~="stylesheet"]')
    .map((link) => String(link.properties['href']))
    .filter((href) => href.startsWith('/_astro/'))
    .map((href) => readFileSync(join(DIST, href), 'utf8'))
    .join('\n');

describe('print stylesheet', () => {
  it('is on every page: A4, navigation chrome hidden, tables kept whole', () => {
    for (const url of allPageUrls().filter((u) => !u.endsWith('404.html'))) {
      const css = cssOf(url);
      expect(css, url).toMatch(/@page\s*\{[^}]*size:\s*A4/);
      expect(css, url).toMatch(/nav\.sidebar/);
      expect(css, url).toMatch(/break-inside:\s*avoid/);
    }
  });
});
