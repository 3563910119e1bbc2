/**
 * Decisions the page component makes from a page's rendered Markdown: which
 * client scripts it needs, and whether its render failed.
 */
import { resolve } from 'node:path';
import { recordedFailure } from './problems.ts';

export interface PageNeeds {
  /** :term or :fig tooltips (data-tip). */
  tooltips: boolean;
  /** Mermaid diagrams (data-diagram). */
  diagrams: boolean;
  /** Tables that may scroll sideways (data-table-scroll). */
  tables: boolean;
}

/** True if some element of the HTML carries the attribute (text mentioning it does not count). */
const hasAttribute = (html: string, name: string) => new RegExp(`<[a-z][^<>]*\\s${name}=`).test(html);

export function pageNeeds(html: string): PageNeeds {
  return {
    tooltips: hasAttribute(html, 'data-tip'),
    diagrams: hasAttribute(html, 'data-diagram'),
    tables: hasAttribute(html, 'data-table-scroll'),
  };
}

interface EntryLike {
  filePath?: string | undefined;
  body?: string | undefined;
  rendered?: unknown;
}

/**
 * A message when a Markdown (.md) page has text but nothing rendered: Astro
 * logged the render error and moved on. MDX errors fail the build already.
 */
export function renderFailure(entry: EntryLike, html: string): string | undefined {
  const path = entry.filePath;
  if (!path || !path.endsWith('.md')) return undefined;
  if (entry.rendered !== undefined || html.trim() !== '' || !entry.body?.trim()) return undefined;
  // entry.filePath is relative to the project root; the registry keys absolute paths.
  const recorded = recordedFailure(resolve(path)) ?? recordedFailure(path);
  return `页面 ${path} 未能渲染，构建中止。${recorded ? `\n${recorded}` : '错误信息见构建输出的上文。'}`;
}
