/**
 * A library of thirty synthetic cases (the generator of `npm run bench:scale`)
 * next to the real seven: every page's sidebar stays one link to the 案例库,
 * so a case page weighs the same whatever the size of the library; and a
 * content check of a library with three broken cases names all three, each at
 * file:line with its id, with the count — and the build stops with the same
 * report.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScaleSite, type ScaleSite } from '../../scripts/bench/scale/generate.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';

const SYNTHETIC = 30;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function run(site: ScaleSite, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: site.dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv({ FORCE_COLOR: '0' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const pageHtml = (dist: string, url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

/** The sidebar's links into /cases/, as [href, text]. */
function caseLinks(html: string): string[][] {
  return selectAll('#starlight__sidebar a', fromHtml(html))
    .map((a) => [String(a.properties['href']), toText(a).trim()])
    .filter(([href]) => href!.startsWith('/cases/'));
}

/**
 * A page as it can be compared across the two builds: the one part that
 * legitimately follows the number of cases, the count in the sidebar (and
 * Starlight's hash of the sidebar), set aside; and what hashes the code's own files, whose paths differ in the
 * copy (Astro's scoped-style class names, the names of the style and script
 * files, the CSP hashes of inline scripts), made equal — each is the same
 * length whatever it hashes.
 */
const comparable = (html: string) =>
  html
    .replace(/案例库（\d+ 篇）/g, '案例库（N 篇）')
    // Starlight's hash of the sidebar (it keeps the sidebar's state per sidebar): it hashes the count too.
    .replace(/(<sl-sidebar-state-persist data-hash=")[a-z0-9]+"/g, '$1x"')
    .replace(/astro-[a-z0-9]{8}\b/g, 'astro-xxxxxxxx')
    .replace(/(\/_astro\/[^"'\s]*?\.)[A-Za-z0-9_-]{8}(\.(?:css|js))/g, '$1xxxxxxxx$2')
    .replace(/sha256-[A-Za-z0-9+/]{43}=/g, 'sha256-x');

/**
 * A real case page without its 相关案例: the five cases most like it, which
 * a larger library legitimately changes (the section keeps its size class:
 * five entries), so that what remains must not change at all.
 */
const withoutRelated = (html: string) =>
  html.replace(/<section class="related-cases[^"]*"[\s\S]*?<\/section>/, '');

/** Where two texts first differ, with some context, for the failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i === a.length && i === b.length
    ? ''
    : `…${a.slice(i - 60, i + 60)}… ≠ …${b.slice(i - 60, i + 60)}…`;
}

describe(`a library of ${SYNTHETIC} synthetic cases besides the real ones`, () => {
  let site: ScaleSite;
  let build: { status: number | null; output: string };
  let dist: string;
  beforeAll(() => {
    site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), SYNTHETIC);
    build = run(site, [ASTRO, 'build', '--root', site.dir]);
    dist = join(site.dir, 'dist');
  }, 1_200_000);
  afterAll(() => site?.remove());

  it('builds', () => {
    expect(build.output).not.toMatch(/内容检查发现/);
    expect(build.status).toBe(0);
  });

  it('lists no case in the sidebar, real or synthetic: one link to the 案例库 with the count of all', () => {
    const total = CASE_SLUGS.length + SYNTHETIC;
    const library = [['/cases/', `案例库（${total} 篇）`]];
    // (The home page has no sidebar.)
    for (const url of [
      'cases/changsha',
      `cases/${site.slugs[17]}`,
      'cases',
      'reference/glossary',
      'topics',
    ]) {
      expect(caseLinks(pageHtml(dist, url)), url).toEqual(library);
    }
  });

  it('gives every real case page the same HTML as in the library of seven, the count and 相关案例 aside', () => {
    for (const slug of CASE_SLUGS) {
      const small = withoutRelated(pageHtml(DIST, `cases/${slug}`));
      const large = withoutRelated(pageHtml(dist, `cases/${slug}`));
      expect(Buffer.byteLength(large) - Buffer.byteLength(small), slug).toBeLessThanOrEqual(
        String(CASE_SLUGS.length + SYNTHETIC).length - String(CASE_SLUGS.length).length,
      );
      expect(firstDifference(comparable(large), comparable(small)), slug).toBe('');
    }
  });
});

/** Three mistakes, each in its own synthetic case, each naming an id. */
const BREAKS = [
  {
    index: 3,
    find: /:fig\[([a-z0-9-]+)\]/,
    id: (m: string) => `${m}-typo`,
    wrap: (id: string) => `:fig[${id}]`,
  },
  { index: 12, find: /:term\[([^\]]+)\]/, id: () => '不存在的术语', wrap: (id: string) => `:term[${id}]` },
  {
    index: 25,
    find: /:cite\[([a-z0-9-]+)#/,
    id: () => 'no-such-source',
    wrap: (id: string) => `:cite[${id}#`,
  },
] as const;

describe('three broken cases among thirty', () => {
  let site: ScaleSite;
  const planted: Array<{ file: string; line: number; id: string }> = [];
  beforeAll(() => {
    site = createScaleSite(ROOT, join(ROOT, 'tests/.tmp'), SYNTHETIC);
    for (const b of BREAKS) {
      const file = `content/docs/cases/${site.slugs[b.index]}.md`;
      const text = readFileSync(join(site.dir, file), 'utf8');
      const match = b.find.exec(text)!;
      const id = b.id(match[1]!);
      writeFileSync(join(site.dir, file), text.replace(match[0], b.wrap(id)));
      planted.push({ file, line: text.slice(0, match.index).split('\n').length, id });
    }
  }, 120_000);
  afterAll(() => site?.remove());

  const expectAllThree = (output: string) => {
    expect(output).toContain('内容检查发现 3 处问题');
    for (const { file, line, id } of planted) {
      const reported = output.split('\n').find((l) => l.includes(`${file}:${line}`));
      expect(reported, `${file}:${line}`).toBeDefined();
      expect(reported).toContain(id);
    }
  };

  it('check:content lists all three, with file, line and id, and the count', () => {
    const check = run(site, [join(site.dir, 'scripts/check-content.ts')]);
    expect(check.status).toBe(1);
    expectAllThree(check.output);
  }, 120_000);

  it('the build stops before building anything, with the same report', () => {
    const build = run(site, [ASTRO, 'build', '--root', site.dir]);
    expect(build.status).not.toBe(0);
    expectAllThree(build.output);
    expect(build.output).not.toMatch(/搜索索引完成/);
  }, 300_000);
});
