/**
 * The site's Markdown processor (src/lib/markdown/processor.ts) skips steps of
 * Astro's pipeline that cannot change our pages. It must render every page
 * exactly as Astro's `unified()` processor with the same plugins does: the
 * HTML byte for byte, the headings, image lists and frontmatter alike. Held on
 * the site's own pages with the processor as the build configures it
 * (Starlight's plugins included), on the plugin fixtures, and on Markdown
 * that needs the skipped steps (raw HTML, images).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  parseFrontmatter,
  unified,
  type AstroMarkdownOptions,
  type MarkdownRenderer,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { rehypePlugins } from '../../../src/lib/markdown/index.ts';
import { siteMarkdownProcessor } from '../../../src/lib/markdown/processor.ts';
import { remarkPluginsFor } from '../../../src/loaders/markdown.ts';
import { ROOT } from '../../helpers/paths.ts';
import { siteMarkdown } from '../../../scripts/lib/site-markdown.ts';
import { FIXTURE_DATA_ROOT, FIXTURES } from './render.ts';

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));

/** A page's result, or its error message: both renderers must fail alike too. */
async function outcome(renderer: MarkdownRenderer, text: string, path: string) {
  const { frontmatter, content } = parseFrontmatter(text);
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await renderer.render(content, { frontmatter, fileURL: pathToFileURL(path) });
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    log.mockRestore();
  }
}

/** Ours and Astro's renderer over the same plugin options. */
async function bothRenderers(options: UnifiedProcessorOptions, shared: AstroMarkdownOptions) {
  return {
    site: await siteMarkdownProcessor(options).createRenderer(shared),
    astro: await unified(options).createRenderer(shared),
  };
}

describe('the site Markdown processor on the site’s pages', () => {
  let renderers: Awaited<ReturnType<typeof bothRenderers>>;
  beforeAll(async () => {
    const { processor, shared } = await siteMarkdown();
    // The build's processor is ours (Starlight has added its plugins to its options).
    const site = await processor.createRenderer(shared);
    const astro = await unified(processor.options as UnifiedProcessorOptions).createRenderer(shared);
    renderers = { site, astro };
  }, 60_000);

  const pages = markdownFiles(join(ROOT, 'content/docs'));
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(20));

  for (const page of pages) {
    it(`${page.slice(ROOT.length + 1)} renders as with Astro's pipeline`, async () => {
      const text = readFileSync(page, 'utf8');
      const ours = await outcome(renderers.site, text, page);
      expect(ours).toEqual(await outcome(renderers.astro, text, page));
      if (!('code' in ours)) return;
      // Starlight's plugins ran (asides), without its heading links: headings are bare, with their ids.
      if (/^:::(note|tip|caution|danger)/m.test(text)) expect(ours.code).toContain('starlight-aside');
      if (ours.code.includes('<h2')) expect(ours.code).toMatch(/<h2 id="[^"]+">/);
      expect(ours.code).not.toContain('sl-heading-wrapper');
    });
  }
});

describe('the site Markdown processor on the plugin fixtures and on raw HTML and images', () => {
  let renderers: Awaited<ReturnType<typeof bothRenderers>>;
  beforeAll(async () => {
    const options = {
      remarkPlugins: [remarkDirective, ...remarkPluginsFor(FIXTURE_DATA_ROOT)],
      rehypePlugins,
    };
    // Remote images are marked only from the domains the site allows.
    const shared = { syntaxHighlight: false as const, image: { domains: ['example.org'] } };
    renderers = await bothRenderers({ ...options, smartypants: false }, shared);
  });

  const fixtures = markdownFiles(FIXTURES).filter((path) => path.endsWith('input.md'));
  it('finds the fixtures', () => expect(fixtures.length).toBeGreaterThan(20));
  for (const input of fixtures) {
    it(`${input.slice(FIXTURES.length + 1)} renders (or fails) as with Astro's pipeline`, async () => {
      const text = readFileSync(input, 'utf8');
      expect(await outcome(renderers.site, text, input)).toEqual(await outcome(renderers.astro, text, input));
    });
  }

  const path = join(FIXTURES, 'raw.md');
  const cases: Record<string, [string, (code: string) => void]> = {
    // Written sloppily, as people do: only parsing it (rehype-raw) gives the tidy form.
    'raw HTML is still parsed': [
      '# 标题\n\n<DIV CLASS=box>原样 <B>HTML</b></DIV>\n\n段落<br>换行 <SPAN Title=提示>未闭合 <!-- 注释 -->\n',
      (code) => expect(code).toContain('<div class="box">原样 <b>HTML</b></div>'),
    ],
    'a local image is still marked for Astro': [
      '## 图\n\n![示意图](./picture.png)\n',
      (code) => expect(code).toContain('__ASTRO_IMAGE_'),
    ],
    'a remote image is still marked for Astro': [
      '![示意图](https://example.org/picture.png)\n',
      (code) => expect(code).toContain('__ASTRO_IMAGE_'),
    ],
    'a table and headings without raw HTML': [
      '## 一\n\n| 甲 | 乙 |\n| -- | -- |\n| 1 | 2 |\n\n### 二 `代码`\n',
      (code) => expect(code).toContain('<table>'),
    ],
  };
  for (const [name, [text, check]] of Object.entries(cases)) {
    it(name, async () => {
      const ours = await outcome(renderers.site, text, path);
      expect(ours).toEqual(await outcome(renderers.astro, text, path));
      if (!('code' in ours)) throw new Error(ours.error);
      check(ours.code);
    });
  }
});
