/**
 * `astro dev` on a fixture site: editing a figure in content/data shows the
 * new value on a page that cites it, without touching the page's own text
 * (the docs loader in src/content.config.ts re-renders pages on data changes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type DevServer, type FixtureSite } from '../helpers/fixture-site.ts';

/** Poll `path` until its text matches `pattern`, for up to `ms` milliseconds; returns the last text. */
async function pageUntil(server: DevServer, path: string, pattern: RegExp, ms = 30_000): Promise<string> {
  let text = '';
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 500))) {
    text = await server.fetchPage(path);
    if (pattern.test(text)) break;
  }
  return text;
}

describe('astro dev', () => {
  let site: FixtureSite | undefined;
  let server: DevServer | undefined;
  afterEach(() => {
    server?.stop();
    site?.remove();
  });

  it('shows an edited figure on the page that cites it, without the page being edited', async () => {
    site = createFixtureSite('dev-data-reload');
    site.write(
      'content/docs/population.md',
      '---\ntitle: 人口\n---\n\n长沙常住人口:fig[cs-changzhu-renkou]。\n',
    );
    server = await site.dev();
    expect(await pageUntil(server, '/population/', /792万/)).toMatch(/792万/);

    const file = join(site.dir, 'content/data/figures/changsha.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/id: cs-changzhu-renkou\n  value: 792\n/);
    writeFileSync(file, yaml.replace(/(id: cs-changzhu-renkou\n  value: )792/, '$1793'));

    const after = await pageUntil(server, '/population/', /793万/);
    expect(after, server.output()).toMatch(/793万/);
    expect(after).not.toMatch(/792万/);
  });
});
