/**
 * Adding a case, as a contributor does it, in a throw-away copy of the whole
 * site: `npm run new-case` scaffolds it, the test fills in its content,
 * check:content catches every planted mistake at file:line in Chinese, and
 * the copy builds with every view showing the new case — with no file
 * outside content/ changed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { caseCountText } from '../../src/lib/content/cases.ts';
import { NEW_CASE, filledFiles, plantedMistakes } from './new-case-content.ts';

/** Hash of every file of the copy outside node_modules and build output, by path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => !/^(node_modules|dist|\.astro)(\/|$)/.test(f) && statSync(join(dir, f)).isFile(),
  );
  return new Map(
    files.map((f) => [
      f,
      createHash('sha1')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

function run(site: FixtureSite, script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(site.dir, 'scripts', script), ...args], {
    cwd: site.dir,
    encoding: 'utf8',
    env: buildEnv({ FORCE_COLOR: '0' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const flags = Object.entries({
  slug: NEW_CASE.slug,
  city: NEW_CASE.city,
  province: NEW_CASE.province,
  level: NEW_CASE.level,
  source: NEW_CASE.source,
  'source-title': NEW_CASE.sourceTitle,
  year: NEW_CASE.year,
}).flatMap(([flag, value]) => [`--${flag}`, value]);

// One copy of the site for the whole file: the steps below follow one another, as a contributor's do.
let site: FixtureSite;
let before: Map<string, string>;
let scaffold: { status: number | null; output: string };
let registryLength = 0;
let registryText = '';

beforeAll(() => {
  site = createFixtureSite('new-case', { wholeSite: true });
  before = snapshot(site.dir);
  scaffold = run(site, 'new-case.ts', flags);
  registryText = readFileSync(join(site.dir, 'content/data/cases.json'), 'utf8');
  registryLength = (JSON.parse(registryText) as unknown[]).length;
});
afterAll(() => site?.remove());

describe('a new case, from npm run new-case to a green build', () => {
  it('scaffolds the registry entry, page, figures and source record, all under content/', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    const changed = changedPaths(before, snapshot(site.dir));
    expect(
      changed.every((p) => p.startsWith('content/')),
      changed.join('\n'),
    ).toBe(true);
    expect(changed).toContain(`content/docs/cases/${NEW_CASE.slug}.md`);
    const page = readFileSync(join(site.dir, `content/docs/cases/${NEW_CASE.slug}.md`), 'utf8');
    for (const heading of ['## 概况', '## 组织架构', '## 数据一览', '## 来源'])
      expect(page).toContain(heading);
    expect(page).toContain('npm run check:content');
  });

  it('passes check:content as scaffolded', () => {
    const check = run(site, 'check-content.ts');
    expect(check.status, check.output).toBe(0);
  });

  it('reports every planted mistake once, at file:line, in Chinese, with the nearest valid ids', () => {
    const planted = plantedMistakes(registryText);
    for (const [path, text] of Object.entries(planted.files)) site.write(path, text);
    const check = run(site, 'check-content.ts');
    expect(check.status).toBe(1);
    for (const expected of planted.expected) {
      const hits = check.output.split('\n').filter((line) => line.includes(expected));
      expect(hits, `${expected}\n${check.output}`).toHaveLength(1);
    }
    expect(check.output).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('builds once filled in, touching at most five files, all under content/', () => {
    site.write('content/data/cases.json', registryText);
    for (const [path, text] of Object.entries(filledFiles())) site.write(path, text);
    const changed = changedPaths(before, snapshot(site.dir));
    expect(
      changed.every((p) => p.startsWith('content/')),
      changed.join('\n'),
    ).toBe(true);
    expect(changed.length).toBeLessThanOrEqual(5);
    const check = run(site, 'check-content.ts');
    expect(check.status, check.output).toBe(0);
    const { status, output } = site.build();
    expect(status, output).toBe(0);
  }, 600_000);
});

describe('every view follows', () => {
  const page = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8');
  /** The filters the search index holds for a page. */
  const indexedFilters = (url: string): Record<string, string[]> | undefined => {
    const dir = join(site.dir, 'dist/pagefind/fragment');
    for (const file of readdirSync(dir)) {
      const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as {
        url: string;
        filters: Record<string, string[]>;
      };
      if (fragment.url === url) return fragment.filters;
    }
    return undefined;
  };
  const caseLink = `/cases/${NEW_CASE.slug}/`;

  it('the case page shows its figures and says it has no teaching notes yet', () => {
    const html = page(caseLink);
    expect(html).toContain(NEW_CASE.city);
    expect(html).toContain(NEW_CASE.shownFigure);
    expect(html).toContain('暂无教学笔记');
  });

  it('the home page counts it and names its city', () => {
    const html = page('');
    expect(html).toContain(caseCountText(registryLength));
    expect(html).toContain(caseLink);
  });

  it('the timeline links its event to the case', () => {
    expect(page('reference/timeline')).toContain(`href="${caseLink}"`);
  });

  it('it has a quiz of its own', () => {
    expect(existsSync(join(site.dir, 'dist/quiz', NEW_CASE.slug, 'index.html'))).toBe(true);
  });

  it('the topics sharing its themes list it under 相关案例', () => {
    const topics = readdirSync(join(site.dir, 'dist/topics'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => page(`topics/${d.name}`));
    expect(
      topics.filter((html) => html.includes('data-more-cases') && html.includes(caseLink)).length,
    ).toBeGreaterThan(0);
  });

  it('the comparison offers it, and its structured cells say it has not been compared yet', () => {
    // Its province in the picker's first step; the case itself, marked as not compared yet, in the list the second step reads.
    expect(page('topics/compare')).toContain(
      `<option value="${NEW_CASE.province}">${NEW_CASE.province}（1 个）</option>`,
    );
    const list = JSON.parse(readFileSync(join(site.dir, 'dist/topics/compare/cases.json'), 'utf8')) as {
      provinces: Array<{ province: string; cases: unknown[] }>;
    };
    expect(list.provinces.find((g) => g.province === NEW_CASE.province)?.cases).toEqual([
      [NEW_CASE.slug, NEW_CASE.city, 0],
    ]);
    // Its column is the file the page fetches when the case is added.
    const column = JSON.parse(
      readFileSync(join(site.dir, 'dist/topics/compare/columns', `${NEW_CASE.slug}.json`), 'utf8'),
    ) as { fields: string[]; outline: string[] };
    // six fields + key figures say so; the eight outline rows show the page's own sections
    expect(column.fields.filter((td) => td.includes('尚未编入结构化对照'))).toHaveLength(7);
    expect(column.outline.filter((td) => td.includes('compare-lead'))).toHaveLength(8);
  });

  it('its meta box, search facets and figures take the city, province and level from the registry', () => {
    const html = page(caseLink);
    const place =
      NEW_CASE.province === NEW_CASE.city ? NEW_CASE.city : `${NEW_CASE.province} · ${NEW_CASE.city}`;
    expect(html).toMatch(new RegExp(`<dd[^>]*>${place}</dd>`));
    // The facets are in the search index (the page drops them once indexed).
    expect(indexedFilters(caseLink)).toMatchObject({ 城市: [NEW_CASE.city], 层级: [`${NEW_CASE.level}级`] });
    expect(html).toContain(`data-figure-table="${NEW_CASE.city}"`);
    const csv = readFileSync(join(site.dir, 'dist/data/figures.csv'), 'utf8');
    expect(
      csv.split('\n').filter((line) => line.includes('ceshi-shequ') && line.includes(NEW_CASE.city)),
    ).toHaveLength(1);
  });
});
