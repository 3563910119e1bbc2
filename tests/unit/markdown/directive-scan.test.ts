import { describe, expect, it } from 'vitest';
import { pageDirectives } from '../../../src/lib/markdown/directive-scan.ts';

describe('pageDirectives', () => {
  const page = [
    '---',
    'title: 示例',
    'description: 不算引用 :fig[in-frontmatter]',
    '---',
    '',
    '网格:term[党支部]覆盖:fig[cs-wangge]个社区，:term[大党委]牵头，又见:fig[cs-wangge]。',
    '',
    '::figure-table{city="长沙"}',
    '',
    '```md',
    ':fig[in-code] :term[代码里的]',
    '```',
    '',
    '行内 `:term[行内代码]` 不算，:term[党支部]再出现一次。',
  ].join('\n');

  it('reads terms (repeats kept), figures (first appearance) and figure tables, not code or frontmatter', () => {
    expect(pageDirectives(page)).toEqual({
      termLabels: ['党支部', '大党委', '党支部'],
      figureIds: ['cs-wangge'],
      tableCities: ['长沙'],
    });
  });

  it('gives a page file and its body (as the content layer keeps it) the same answer', () => {
    const body = page.slice(page.indexOf('---\n', 4) + 4).trim();
    expect(pageDirectives(body)).toEqual(pageDirectives(page));
  });

  it('reads a changed page again', () => {
    expect(pageDirectives(`${page}\n\n新增:term[社区]`).termLabels.at(-1)).toBe('社区');
  });
});
