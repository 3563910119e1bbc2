/**
 * A docs page's Markdown as the build's readers of terms and links need it.
 * The content layer keeps the text of most pages, but not of case pages
 * (src/content.config.ts: at 1,000 cases their text was a quarter of the
 * store that every step of the build loads, copies and parses); theirs is
 * read from the file. The file's frontmatter comes along: the directive scan
 * (src/lib/markdown/directive-scan.ts) skips it, and reads each text once
 * whoever asks, the figures table's reader of the same files included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface StoredPage {
  id: string;
  body?: string | undefined;
  /** Relative to the project root, as the content layer records it. */
  filePath?: string | undefined;
}

export function pageMarkdown(page: StoredPage): string {
  if (page.body !== undefined) return page.body;
  if (page.filePath === undefined) return '';
  // The build runs at the project root (src/loaders/markdown.ts reads the data from there too).
  return readFileSync(resolve(process.cwd(), page.filePath), 'utf8');
}
