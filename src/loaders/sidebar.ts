/**
 * Builds the sidebar from the folders of content/docs.
 *
 * Starlight's `autogenerate` assumes docs live in src/content/docs and
 * compares file paths against that folder, so with our content/docs it would
 * find nothing. We list each folder ourselves, ordered by `sidebar.order`
 * then title, and hand Starlight plain `{ slug }` items.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bySidebarOrder } from '../lib/content/order.ts';

interface SidebarGroupSpec {
  /** Group label shown in the sidebar. */
  label: string;
  /** Folder below content/docs whose pages fill the group; a group of links alone has none. */
  directory?: string;
  /** Extra links placed after the folder's pages (custom routes such as /rules/). */
  links?: Array<{ label: string; link: string }>;
  /**
   * List none of the folder's pages, only this link to the page that lists
   * them all, labelled with how many there are ("案例库（7 篇）"). For a
   * folder that grows with the library: every page carries the sidebar, so a
   * link per case made every page, and the build, grow with the number of cases.
   */
  overview?: { label: string; link: string };
}

interface PageInfo {
  slug: string;
  title: string;
  sidebar: { order?: number | undefined };
  hidden: boolean;
}

function readFrontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return match ? ((parse(match[1] ?? '') as Record<string, unknown>) ?? {}) : {};
}

function pagesIn(docsRoot: string, directory: string): PageInfo[] {
  const dir = join(docsRoot, directory);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => {
      const fm = readFrontmatter(join(dir, name));
      const sidebar = (fm['sidebar'] ?? {}) as { order?: number; hidden?: boolean };
      // Maintainers' pages are linked from 资料来源, not listed on the readers' path.
      const forMaintainers = fm['audience'] === '维护者';
      const base = name.replace(/\.mdx?$/, '');
      return {
        slug: base === 'index' ? directory : `${directory}/${base}`,
        title: String(fm['title'] ?? base),
        sidebar: { order: sidebar.order },
        hidden: sidebar.hidden === true || forMaintainers,
      };
    })
    .filter((page) => !page.hidden)
    .sort(bySidebarOrder);
}

/** Sidebar groups in Starlight's config format. */
export function buildSidebar(docsRoot: string, groups: SidebarGroupSpec[]) {
  return groups.map((group) => {
    const pages = group.directory ? pagesIn(docsRoot, group.directory) : [];
    const listed = group.overview
      ? [
          {
            label: `${group.overview.label}（${pages.filter((p) => p.slug !== group.directory).length} 篇）`,
            link: group.overview.link,
          },
        ]
      : pages.map((page) => ({ slug: page.slug }));
    return { label: group.label, items: [...listed, ...(group.links ?? [])] };
  });
}
