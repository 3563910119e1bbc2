/**
 * Renders Markdown the way the site does — Astro's unified processor with
 * remark-directive (which Starlight adds) and our plugins — but against the
 * frozen fixture data in tests/fixtures/data.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypePlugins } from '../../../src/lib/markdown/index.ts';
import { remarkPluginsFor } from '../../../src/loaders/markdown.ts';
import { ROOT } from '../../helpers/paths.ts';

export const FIXTURES = join(ROOT, 'tests/fixtures');
export const FIXTURE_DATA_ROOT = join(FIXTURES, 'data');

// As in astro.config.mjs, plus remark-directive, which Starlight adds; and
// created the way Astro's content loader creates its renderer.
const renderer = unified({
  remarkPlugins: [remarkDirective, ...remarkPluginsFor(FIXTURE_DATA_ROOT)],
  rehypePlugins,
  smartypants: false,
}).createRenderer({ syntaxHighlight: false });

/** Render Markdown text; `path` (absolute) is the file it claims to come from. */
export async function renderMarkdown(text: string, path: string): Promise<string> {
  const result = await (await renderer).render(text, { fileURL: pathToFileURL(path) });
  return result.code;
}
