/**
 * After a build: every diagram a page names (its canvas's key) has its source file, each file is
 * the source of its name (its text hashes to its key), and no file is left that no page names.
 * A problem is a line in Chinese naming the page or the file. Pure: the caller reads dist/.
 */
import { diagramKey } from './diagram-key.ts';
import { DIAGRAM_KEY_ATTRIBUTE } from './markup.ts';

const KEY_IN_HTML = new RegExp(`\\s${DIAGRAM_KEY_ATTRIBUTE}="([^"]*)"`, 'g');

/** The diagram keys a built page names, in order. */
export const keysInPage = (html: string): string[] => [...html.matchAll(KEY_IN_HTML)].map((m) => m[1] ?? '');

/**
 * `pages`: site path → HTML; `files`: key → the text of its file. Returns the problems found
 * (none when all is well).
 */
export function diagramFileProblems(
  pages: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  const named = new Set<string>();
  for (const [page, html] of pages) {
    for (const key of keysInPage(html)) {
      named.add(key);
      if (!files.has(key)) problems.push(`${page}：图示 ${key} 没有对应的图示文件`);
    }
  }
  for (const [key, text] of files) {
    if (diagramKey(text) !== key) problems.push(`图示文件 ${key}：内容与文件名不符`);
    if (!named.has(key)) problems.push(`图示文件 ${key}：没有页面用到它`);
  }
  return problems;
}
