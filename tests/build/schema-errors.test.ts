import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

describe('a content file that breaks its schema fails the build', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  it('names the page file and the field for a bad enum in frontmatter', () => {
    site = createFixtureSite('bad-frontmatter');
    site.write(
      'content/docs/topics/bad-theme.md',
      ['---', 'title: 错误的专题', 'kind: 专题', 'themes: [不存在的主题]', '---', '', '正文。'].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/topics/bad-theme.md:4  字段 themes.0');
  });

  it('refuses a case page that repeats the registry’s city, naming file and line', () => {
    site = createFixtureSite('case-city');
    site.write(
      'content/docs/cases/changsha.md',
      ['---', 'title: 长沙', 'kind: 案例', 'city: 长沙', '---', '', '正文。'].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/cases/changsha.md:4  案例页不再写 city（城市）');
  });

  it('names the data file, line and field for a bad enum in a figure', () => {
    site = createFixtureSite('bad-figure');
    site.write(
      'content/data/figures/zhangzhou.yaml',
      [
        '- id: zz-ok',
        '  value: 1',
        '  unit: 个',
        '  label: 正常条目',
        '  themes: [组织体系]',
        '  source: zhangzhou',
        '  section: s2-1',
        '- id: zz-bad',
        '  value: 2',
        '  unit: 个',
        '  label: 错误条目',
        '  themes: [不存在的主题]',
        '  source: zhangzhou',
        '  section: s2-1',
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/figures/zhangzhou.yaml:12');
    expect(output).toContain('字段 themes.0');
  });
});
