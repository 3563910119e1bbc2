import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { lineOffset } from '../../../src/lib/markdown/problems.ts';
import { renderMarkdown } from './render.ts';

const readFile = (path: string) => readFileSync(path, 'utf8');

const page = [
  '---',
  'title: 测试页',
  'kind: 指南',
  '---',
  '',
  '',
  '第一段正常：:fig[cs-863]。',
  '',
  '第九行的 id 写错了：:fig[cs-0]。',
].join('\n');

function tempPage(text: string, name = 'page.md'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'problems-')), name);
  writeFileSync(path, text);
  return path;
}

describe('problem reports', () => {
  it('give the line in the file on disk although Astro renders the body without frontmatter', async () => {
    const path = tempPage(page);
    // What Astro's content loader hands the renderer for a .md page.
    const body = parseFrontmatter(page).content.trim();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await renderMarkdown(body, path).catch((e: Error) => e);
    log.mockRestore();
    expect(String(error)).toContain('page.md:9  未知的数字 id「cs-0」');
  });

  it('lineOffset is 0 when the rendered text is the file (MDX keeps frontmatter lines as blanks)', () => {
    const path = tempPage(page, 'page.mdx');
    expect(lineOffset(new VFile({ path, value: page }), readFile)).toBe(0);
    expect(
      lineOffset(
        new VFile({ path, value: page.replace(/^---[\s\S]*?---/, (m) => m.replace(/[^\n]/g, ' ')) }),
        readFile,
      ),
    ).toBe(0);
  });

  it('lineOffset counts the lines before the body', () => {
    const path = tempPage(page);
    expect(lineOffset(new VFile({ path, value: parseFrontmatter(page).content.trim() }), readFile)).toBe(6);
    expect(lineOffset(new VFile({ value: 'x' }), readFile)).toBe(0);
  });
});
