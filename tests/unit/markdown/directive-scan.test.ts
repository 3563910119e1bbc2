import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pageDirectives, remarkRecordDirectives } from '../../../src/lib/markdown/directive-scan.ts';
import { ROOT } from '../../helpers/paths.ts';
import { FIXTURES } from './render.ts';

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

/** The start of the site's pipeline: how the renderer parses a page before our plugins see it. */
const rendererStart = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Render-side parse of a page body, with the recorder the site runs first. */
async function recordAsRendered(
  text: string,
  before?: () => (tree: Root) => void,
  path = '/pages/page.md',
): Promise<void> {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
  const pipeline = rendererStart();
  if (before) pipeline.use(before);
  const file = new VFile({ value: body, path });
  await pipeline.use(remarkRecordDirectives).run(pipeline.parse(file), file);
}

describe('directives recorded while rendering', () => {
  it('answer for a page the renderer has seen, without parsing it again', async () => {
    const page = '---\ntitle: 记录\n---\n\n只有:term[党支部]。\n';
    // A plugin ahead of the recorder adds a term no parse of the text would find.
    const addTerm = () => (tree: Root) => {
      tree.children.push({
        type: 'paragraph',
        children: [{ type: 'textDirective', name: 'term', children: [{ type: 'text', value: '记录的' }] }],
      });
    };
    await recordAsRendered(page, addTerm);
    expect(pageDirectives(page).termLabels).toEqual(['党支部', '记录的']);
  });

  it('are not recorded for an MDX page, whose tree is parsed another way', async () => {
    const page = '---\ntitle: MDX\n---\n\n只有:term[网格]。\n';
    const addTerm = () => (tree: Root) => {
      tree.children.push({
        type: 'paragraph',
        children: [{ type: 'textDirective', name: 'term', children: [{ type: 'text', value: '记录的' }] }],
      });
    };
    await recordAsRendered(page, addTerm, '/pages/page.mdx');
    expect(pageDirectives(page).termLabels).toEqual(['网格']);
  });

  const pages = [join(ROOT, 'content/docs'), FIXTURES].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(dir, name)),
  );
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(40));
  for (const path of pages) {
    it(`are what a scan finds: ${path.slice(ROOT.length + 1)}`, async () => {
      const text = readFileSync(path, 'utf8');
      const scanned = structuredClone(pageDirectives(text));
      await recordAsRendered(text);
      expect(pageDirectives(text)).toEqual(scanned);
    });
  }
});
