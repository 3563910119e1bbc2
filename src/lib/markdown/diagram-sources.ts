/**
 * The Mermaid sources a Markdown page holds (```` ```mermaid ```` fences), each byte for byte the
 * text remark-mermaid.ts hashes into the page's key; src/pages/diagrams/[key].txt.ts writes one file
 * for each. Pure: the caller reads the page.
 *
 * Most fences stand at the margin, and there a line scan finds them as remark would, without a
 * Markdown parse (about 7–9 ms a case page, which at 1,000 cases is seconds of build: issue 16). A
 * page the scan cannot read with certainty — a Mermaid fence indented, inside a list or a quote, or
 * left open — is parsed as remark parses it. The after-build check (diagram-files-check.ts) fails
 * the build if a page names a diagram with no file, so a wrong scan cannot pass unseen.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkDirective);

/** Each diagram's source in a page's Markdown, in order. */
export function mermaidSources(markdown: string): string[] {
  if (!markdown.includes('mermaid')) return [];
  return scannedSources(markdown) ?? parsedSources(markdown);
}

/** As remark reads the page: the reference the scan is checked against. */
export function parsedSources(markdown: string): string[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const sources: string[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang === 'mermaid') sources.push(node.value);
  });
  return sources;
}

/** A fence line (CommonMark): up to three spaces, three or more ` or ~, then its info string. */
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** A line that names a Mermaid fence anywhere: the scan must have read each such line as one. */
const MERMAID_FENCE_ANYWHERE = /(`{3,}|~{3,})[ \t]*mermaid(?:[ \t]|$)/;

interface OpenFence {
  marker: string;
  indent: number;
  mermaid: boolean;
  lines: string[];
}

/** The sources found by scanning lines, or undefined when the page needs the parser. */
export function scannedSources(markdown: string): string[] | undefined {
  const sources: string[] = [];
  let open: OpenFence | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (closes(line, open.marker)) {
        if (open.mermaid) sources.push(open.lines.join('\n'));
        open = undefined;
      } else open.lines.push(stripIndent(line, open.indent));
      continue;
    }
    const fence = opening(line);
    if (fence) open = fence;
    else if (MERMAID_FENCE_ANYWHERE.test(line)) return undefined;
  }
  return open?.mermaid ? undefined : sources;
}

function opening(line: string): OpenFence | undefined {
  const match = FENCE.exec(line);
  if (!match) return undefined;
  const [, indent = '', marker = '', info = ''] = match;
  // A backtick fence's info string may not hold a backtick (then the line is not a fence).
  if (marker.startsWith('`') && info.includes('`')) return undefined;
  const lang = info.trim().split(/\s/, 1)[0];
  return { marker, indent: indent.length, mermaid: lang === 'mermaid', lines: [] };
}

/** A closing fence: the same character, at least as long, nothing after it but spaces. */
function closes(line: string, marker: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return !!match && match[1]![0] === marker[0] && match[1]!.length >= marker.length;
}

/** A fence's content loses as many leading spaces as its opening fence had, at most. */
function stripIndent(line: string, indent: number): string {
  let cut = 0;
  while (cut < indent && line[cut] === ' ') cut += 1;
  return line.slice(cut);
}
