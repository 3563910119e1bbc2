/**
 * The content check of `astro dev` after an edit: it checks again only what
 * the edit can have changed, yet reports what the whole check would. Each
 * step edits a copy of the real content and compares the recheck with a
 * whole `checkContent` of the same files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/loaders/content-check/index.ts';
import { createContentChecker } from '../../../src/loaders/content-check/incremental.ts';
import { planRecheck } from '../../../src/lib/content/recheck.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('what a recheck covers', () => {
  const pages = ['content/docs/a.md', 'content/docs/cases/b.md', 'content/docs/cases/c.md'];

  it('an edited page: that page only, the registry kept', () => {
    expect(planRecheck(['content/docs/cases/b.md'], pages, pages)).toEqual({
      kind: 'pages',
      pages: ['content/docs/cases/b.md'],
      removed: [],
      registry: false,
    });
  });

  it('an added or removed page: that page, and the registry again', () => {
    const added = [...pages, 'content/docs/cases/d.md'];
    expect(planRecheck(['content/docs/cases/d.md'], pages, added)).toEqual({
      kind: 'pages',
      pages: ['content/docs/cases/d.md'],
      removed: [],
      registry: true,
    });
    expect(planRecheck(['content/docs/cases/c.md'], pages, pages.slice(0, 2))).toEqual({
      kind: 'pages',
      pages: [],
      removed: ['content/docs/cases/c.md'],
      registry: true,
    });
  });

  it('a data file, the registry or a file under docs that is not a page: everything', () => {
    for (const path of [
      'content/data/figures/jining.yaml',
      'content/data/cases.json',
      'content/docs/cases/_part.md',
      'content/docs/cases/map.svg',
    ]) {
      expect(planRecheck(['content/docs/a.md', path], pages, pages)).toEqual({ kind: 'all' });
    }
  });
});

describe('the recheck after an edit, on a copy of the content', () => {
  const root = mkdtempSync(join(tmpdir(), 'incremental-check-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const checker = createContentChecker(root);
  const page = 'content/docs/cases/jining.md';
  const original = readFileSync(join(root, page), 'utf8');
  const write = (path: string, text: string) => writeFileSync(join(root, path), text);

  /** The recheck's problems, after checking they are the whole check's. */
  async function recheck(changed: string[]): Promise<string[]> {
    const problems = await checker.recheck(changed);
    expect(problems).toEqual(await checkContent(root));
    return problems;
  }

  it('starts from the whole check', async () => {
    expect(await checker.checkAll()).toEqual(await checkContent(root));
  }, 60_000);

  it('reports a problem an edited page gains, and drops it when it is fixed', async () => {
    // A registry-only field in the frontmatter and an unknown figure in the prose.
    write(
      page,
      original
        .replace('kind: 案例', 'kind: 案例\ncity: 济宁')
        .replace(':fig[jn-wangge]', ':fig[jn-wangge-x]'),
    );
    const problems = await recheck([page]);
    expect(problems.some((p) => p.startsWith(`${page}:`) && p.includes('city'))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${page}:`) && p.includes('jn-wangge-x'))).toBe(true);
    write(page, original);
    expect(await recheck([page])).toEqual([]);
  }, 60_000);

  it('keeps the problems of pages not edited', async () => {
    const other = 'content/docs/cases/changsha.md';
    const otherText = readFileSync(join(root, other), 'utf8');
    write(other, `${otherText}\n:fig[cs-no-such-figure]\n`);
    await recheck([other]);
    write(page, `${original}\n:term[没有这个术语]\n`);
    const problems = await recheck([page]);
    expect(problems.filter((p) => p.startsWith(`${other}:`))).not.toEqual([]);
    expect(problems.filter((p) => p.startsWith(`${page}:`))).not.toEqual([]);
    write(other, otherText);
    write(page, original);
    expect(await recheck([other, page])).toEqual([]);
  }, 60_000);

  it('checks every page again when a data file changes', async () => {
    // jining.md cites jn-wangge; the data file, not the page, loses it.
    const figures = 'content/data/figures/jining.yaml';
    const text = readFileSync(join(root, figures), 'utf8');
    write(figures, text.replace(/\bid: jn-wangge\n/, 'id: jn-wangge-renamed\n'));
    const problems = await recheck([figures]);
    expect(problems.some((p) => p.startsWith(`${page}:`) && p.includes('jn-wangge'))).toBe(true);
    write(figures, text);
    expect(await recheck([figures])).toEqual([]);
  }, 60_000);

  it('checks the registry again when a case page is added or removed', async () => {
    const added = 'content/docs/cases/weidengji.md';
    write(added, '---\ntitle: 未登记\ndescription: 未登记的案例页。\nkind: 案例\n---\n\n正文。\n');
    const problems = await recheck([added]);
    expect(problems.some((p) => p.startsWith(`${added}:1`) && p.includes('不在案例登记'))).toBe(true);
    unlinkSync(join(root, added));
    expect(await recheck([added])).toEqual([]);
    const pageText = readFileSync(join(root, page), 'utf8');
    unlinkSync(join(root, page));
    expect((await recheck([page])).some((p) => p.includes(`缺少案例页 ${page}`))).toBe(true);
    write(page, pageText);
    expect(await recheck([page])).toEqual([]);
  }, 60_000);
});
