/**
 * What must not reach a reader: internal ids (gz-xiezhu-xiang-yuan, s3-2-1,
 * zh-m01), source codes and slugs (forum, xihu), file names
 * (figures.yaml) and commands (npm run …). Readers see names, titles and
 * sentences; ids belong to maintainers' pages and to the markup.
 */

/** Addresses are shown as they are (printed links, a site's address): not ids. */
const URL = /\b(?:https?:\/\/|www\.)\S+/g;

/** Files a reader handles himself, named so he can find them (the offline copy's start page). */
const READER_FILES = /\bindex\.html\b/g;

const PATTERNS: RegExp[] = [
  // kebab-case ids: letters first, one or more hyphenated parts (3—5 and 2023-12-01 are numbers, not ids)
  /(?<![\w.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])/g,
  // file names with the extensions the project uses
  /(?<![\w-])[\w-]+\.(?:ya?ml|json|mdx?|tsx?|astro|txt|csv|js|mjs)(?![\w])/g,
  // a lower-case Latin word of three letters or more: a slug, a source code or a command (npm)
  /(?<![\w.-])[a-z]{3,}(?![\w-])/g,
];

/** The id-like tokens in a piece of reader text, each once, in order of appearance. */
export function idLikeTokens(text: string): string[] {
  const plain = text.replace(URL, ' ').replace(READER_FILES, ' ');
  const found = PATTERNS.flatMap((pattern) =>
    [...plain.matchAll(pattern)].map((m) => ({ at: m.index, token: m[0] })),
  ).sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.token))];
}
