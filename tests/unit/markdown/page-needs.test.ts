import { describe, expect, it } from 'vitest';
import { pageNeeds } from '../../../src/lib/markdown/page-needs.ts';
import { renderMarkdown, FIXTURES } from './render.ts';
import { join } from 'node:path';

describe('pageNeeds', () => {
  it('asks for the tooltip script on pages with :term or :fig, the loader on pages with diagrams', async () => {
    const path0 = join(FIXTURES, 'page.md');
    expect(pageNeeds(await renderMarkdown('| 甲 | 乙 |\n| - | - |\n| 1 | 2 |\n', path0)).tables).toBe(true);
    const path = join(FIXTURES, 'page.md');
    expect(pageNeeds(await renderMarkdown('西湖区:term[大党委]。', path))).toEqual({
      tooltips: true,
      diagrams: false,
      tables: false,
    });
    expect(pageNeeds(await renderMarkdown('数字:fig[cs-863]。', path))).toEqual({
      tooltips: true,
      diagrams: false,
      tables: false,
    });
    const diagram = '```mermaid caption="图"\nflowchart TD\n  a --> b\n```\n';
    expect(pageNeeds(await renderMarkdown(diagram, path))).toEqual({
      tooltips: false,
      diagrams: true,
      tables: false,
    });
    expect(pageNeeds(await renderMarkdown('普通段落，代码 `data-diagram=` 不算。', path))).toEqual({
      tooltips: false,
      diagrams: false,
      tables: false,
    });
  });
});
