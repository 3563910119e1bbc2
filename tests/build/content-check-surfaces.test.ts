/**
 * The one content check (npm run check:content) as `astro build` and `astro
 * dev` show it, on a fixture site with a broken page: the build stops before
 * building anything and prints each problem once, without a stack trace;
 * the dev server prints the same report at start and after every edit of
 * content/ (a broken page at start also stops Astro's own content sync, so
 * the test breaks the page once the server runs).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type DevServer, type FixtureSite } from '../helpers/fixture-site.ts';

const BROKEN = ['---', 'title: 引用错误', '---', '', '写错：:fig[no-such-figure]。'].join('\n');
const LINE = 'content/docs/broken.md:5  未知的数字 id「no-such-figure」';

async function outputUntil(server: DevServer, pattern: RegExp, ms = 30_000): Promise<string> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 300))) {
    if (pattern.test(server.output())) break;
  }
  return server.output();
}

describe('the content check in astro build and astro dev', () => {
  let site: FixtureSite | undefined;
  let server: DevServer | undefined;
  afterEach(() => {
    server?.stop();
    site?.remove();
  });

  it('stops the build, printing each problem once and no stack trace', () => {
    site = createFixtureSite('check-build');
    site.write('content/docs/broken.md', BROKEN);
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output.split('\n').filter((line) => line.includes(LINE))).toHaveLength(1);
    expect(output).toContain('内容检查发现 1 处问题');
    expect(output).not.toMatch(/Stack trace|\n\s+at \S+ \(/);
  });

  it('prints the report in the dev server as soon as an edit breaks a page', async () => {
    site = createFixtureSite('check-dev');
    site.write('content/docs/broken.md', BROKEN.replace(':fig[no-such-figure]', '正常'));
    server = await site.dev();
    site.write('content/docs/broken.md', BROKEN);
    expect(await outputUntil(server, /no-such-figure/)).toContain(LINE);
  }, 120_000);
});
