/**
 * Runs the site's own remark plugins (the ones the build renders with) over
 * every page under content/docs without building the site: unknown :fig,
 * :term and :cite ids, bad anchors, Mermaid, numbers typed into case prose.
 * Each page's problems come back as `file:line  message`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { createRemarkPlugins } from '../../lib/markdown/index.ts';
import type { SiteData } from '../../lib/data/site-data.ts';
import { readFrontmatter } from './frontmatter.ts';

const DOCS = 'content/docs';

/** The pages (relative to the root), sorted. */
export function docsPages(root: string): string[] {
  return readdirSync(join(root, DOCS), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((name) => join(DOCS, name));
}

/** A page's file as on disk (for line numbers past the frontmatter). */
function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function processorFor(data: SiteData, mdx: boolean) {
  const site = createRemarkPlugins({ siteData: () => data, readSource });
  const plugins = [remarkDirective, remarkGfm, ...(mdx ? [remarkMdx] : []), ...site];
  return unified()
    .use(remarkParse)
    .use(plugins as PluggableList);
}

/** The report lines of the error the plugins throw, or the error itself when it is something else. */
function linesOf(error: unknown, page: string): string[] {
  const lines = (error as { lines?: unknown }).lines;
  if (Array.isArray(lines)) return lines.map(String);
  const message = error instanceof Error ? error.message : String(error);
  const place = (error as { place?: { line?: number }; line?: number }).line;
  return [`${page}${place ? `:${place}` : ''}  无法解析：${message.split('\n')[0]}`];
}

/** Problems of each of the given pages, in the order given (a page without problems maps to []). */
export async function checkEachPage(
  root: string,
  data: SiteData,
  pages: readonly string[],
): Promise<Map<string, string[]>> {
  const processors = { md: processorFor(data, false), mdx: processorFor(data, true) };
  const problems = new Map<string, string[]>();
  for (const page of pages) {
    const path = join(root, page);
    const text = readFileSync(path, 'utf8');
    const { data, body } = readFrontmatter(text);
    const file = new VFile({ path, cwd: root, value: body });
    file.data.astro = { frontmatter: data };
    const processor = page.endsWith('.mdx') ? processors.mdx : processors.md;
    try {
      await processor.run(processor.parse(file), file);
      problems.set(page, []);
    } catch (error) {
      problems.set(page, linesOf(error, relative(root, path)));
    }
  }
  return problems;
}
