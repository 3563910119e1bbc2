/**
 * The quotation-mark lint over the project's reader text: content pages,
 * data files and the interface strings in src/. Reports each straight quote
 * next to Chinese text as `file:line`, and can rewrite them as “” ‘’.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { curlQuotesAcross, misplacedQuotes } from '../../src/lib/content/quotes.ts';
import { piecesOf, type Piece } from './pieces.ts';

/** Folders whose files readers see, and the kinds of file read in each. */
const LINTED = [
  { dir: 'content/docs', ext: /\.mdx?$/ },
  { dir: 'content/data', ext: /\.(ya?ml|json)$/ },
  { dir: 'src', ext: /\.(tsx?|astro|json)$/ },
] as const;

export interface QuoteProblem {
  /** Path relative to the project root. */
  file: string;
  line: number;
  /** The line, trimmed, for the message. */
  text: string;
}

function filesUnder(root: string): string[] {
  return LINTED.flatMap(({ dir, ext }) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => ext.test(f) && !f.endsWith('.d.ts'))
      .map((f) => join(dir, f)),
  ).sort();
}

/** Every straight quote next to Chinese text in the project's reader text. */
export async function lintQuotes(root: string): Promise<QuoteProblem[]> {
  const problems: QuoteProblem[] = [];
  for (const file of filesUnder(root)) {
    const source = readFileSync(join(root, file), 'utf8');
    const lines = source.split('\n');
    for (const piece of await piecesOf(file, source)) {
      const text = source.slice(piece.start, piece.end);
      for (const quote of misplacedQuotes(text, piece.escapes)) {
        const line = source.slice(0, piece.start + quote.index).split('\n').length;
        problems.push({ file, line, text: (lines[line - 1] ?? '').trim() });
      }
    }
  }
  // One report per line is enough to find it.
  return problems.filter(
    (p, i) => i === 0 || p.file !== problems[i - 1]?.file || p.line !== problems[i - 1]?.line,
  );
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Each piece with its quotes curled, pairing across the pieces of a group. */
function curledPieces(source: string, pieces: readonly Piece[]): Edit[] {
  const groups = new Map<string, Piece[]>();
  pieces.forEach((piece, i) => {
    const key = piece.group ?? `piece${i}`;
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  });
  return [...groups.values()].flatMap((group) => {
    const ordered = [...group].sort((a, b) => a.start - b.start);
    const texts = ordered.map((p) => source.slice(p.start, p.end));
    const curled = curlQuotesAcross(texts, ordered[0]?.escapes ?? 'none');
    return ordered.map((p, i) => ({ start: p.start, end: p.end, text: curled[i] ?? texts[i] ?? '' }));
  });
}

/** The source with non-overlapping edits applied. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Rewrites the straight quotes of Chinese text as “” ‘’ in place; returns the files changed. */
export async function fixQuotes(root: string): Promise<string[]> {
  const changed: string[] = [];
  for (const file of filesUnder(root)) {
    const path = join(root, file);
    const source = readFileSync(path, 'utf8');
    const fixed = applyEdits(source, curledPieces(source, await piecesOf(file, source)));
    if (fixed !== source) {
      writeFileSync(path, fixed);
      changed.push(relative(root, path));
    }
  }
  return changed;
}

/** The lint's report, one line per problem, in Chinese. */
export function describeQuoteProblems(problems: readonly QuoteProblem[]): string {
  return problems
    .map((p) => `${p.file}:${p.line}：中文旁边用了直引号（应为“”或‘’）：${p.text.slice(0, 80)}`)
    .join('\n');
}
