import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citedFigureIds,
  findUnusedFigures,
  unusedFiguresWarning,
} from '../../../src/loaders/figure-usage.ts';
import { FIXTURE_DATA_ROOT } from '../markdown/render.ts';

function site(pages: Record<string, string>, data: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'unused-figures-'));
  cpSync(join(FIXTURE_DATA_ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries({ ...pages, ...data })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('figures cited nowhere', () => {
  it('counts :fig in .md and .mdx pages and in data texts, but not in code or in _ files', () => {
    const root = site(
      {
        'content/docs/cases/a.md':
          '共建立:fig[cs-863]。\n\n`:fig[cs-744]` 是行内代码。\n\n```\n:fig[cs-873]\n```\n',
        'content/docs/about/b.mdx': "import X from './x';\n\n数字:fig[xh-13]。\n",
        'content/docs/_draft.md': ':fig[cs-85]\n',
      },
      { 'content/data/compare.yaml': '- cell: 共有:fig[xh-3-5]\n' },
    );
    expect([...citedFigureIds(root)].sort()).toEqual(['cs-863', 'xh-13', 'xh-3-5']);
    const unused = findUnusedFigures(root).map((f) => f.id);
    expect(unused).toEqual([
      'cs-744',
      'cs-873',
      'cs-85',
      'cs-wenming-chengshi',
      'gz-zdy',
      'gz-bad-section',
      'gz-zuzhiyuan',
    ]);
  });

  it('warns with the record location of each unused figure', () => {
    const root = site({ 'content/docs/a.md': '无数字。\n' });
    const warning = unusedFiguresWarning(findUnusedFigures(root));
    expect(warning).toContain('警告：10 个数字已录入');
    expect(warning).toContain('content/data/figures/changsha.yaml:2  cs-863（住宅小区党支部）');
  });

  it('says nothing when every figure is cited', () => {
    expect(unusedFiguresWarning([])).toBeUndefined();
  });
});
