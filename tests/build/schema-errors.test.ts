import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

describe('a content file that breaks its schema fails the build', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  it('names the page file and the field for a bad enum in frontmatter', () => {
    site = createFixtureSite('bad-frontmatter');
    site.write(
      'content/docs/cases/bad-city.md',
      [
        '---',
        'title: 错误的案例',
        'kind: 案例',
        'city: 北京', // not in the city vocabulary
        'province: 湖南',
        'level: 市',
        'asOf: 2018年',
        'sources: [changsha]',
        '---',
        '',
        '正文。',
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('cases/bad-city');
    expect(output).toMatch(/city/);
  });

  it('names the data file, line and field for a bad enum in a figure', () => {
    site = createFixtureSite('bad-figure');
    site.write(
      'content/data/figures/zz-bad.yaml',
      [
        '- id: zz-ok',
        '  value: 1',
        '  unit: 个',
        '  label: 正常条目',
        '  city: 漳州',
        '  themes: [组织体系]',
        '  source: zhangzhou',
        '  section: s2-1',
        '- id: zz-bad',
        '  value: 2',
        '  unit: 个',
        '  label: 错误条目',
        '  city: 漳州',
        '  themes: [不存在的主题]',
        '  source: zhangzhou',
        '  section: s2-1',
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/figures/zz-bad.yaml:14');
    expect(output).toContain('字段 themes.0');
  });
});
