/**
 * Reference problems found while rendering one page, reported together as
 * `file:line  message` so that an author can fix them all in one pass.
 *
 * Plugins call `addProblem`; `remarkReportProblems`, registered last, throws
 * one error listing them. Line numbers are those of the file on disk: Astro
 * hands the Markdown renderer the page body without its frontmatter, so the
 * offset is recovered from the file's text (`readSource`, given by the loader).
 */
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

interface Problem {
  /** 1-based line in the Markdown as rendered (before the frontmatter offset). */
  line: number | undefined;
  message: string;
}

declare module 'vfile' {
  interface DataMap {
    siteProblems: Problem[];
  }
}

/** Record a problem at a node of the page being rendered. */
export function addProblem(file: VFile, node: Node | undefined, message: string): void {
  const problems = (file.data.siteProblems ??= []);
  problems.push({ line: node?.position?.start.line, message });
}

/** Reads a page's file as on disk; undefined when it cannot. */
export type ReadSource = (path: string) => string | undefined;

/** Lines that precede the rendered text in the file on disk (the frontmatter). */
export function lineOffset(file: VFile, readSource: ReadSource | undefined): number {
  const original = file.path ? readSource?.(file.path) : undefined;
  if (original === undefined) return 0;
  const rendered = String(file.value);
  if (original === rendered || rendered.length === 0) return 0;
  const at = original.indexOf(rendered);
  if (at <= 0) return 0;
  return original.slice(0, at).split('\n').length - 1;
}

/** The page's path as authors see it: relative to the working directory (the project root). */
function displayPath(file: VFile): string {
  return file.path ? relative(file.cwd, file.path) || file.path : '（未命名文件）';
}

/** Error thrown when a page has reference problems; lists each as file:line. */
class MarkdownReferenceError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(`内容引用有误（${lines.length} 处）：\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'MarkdownReferenceError';
    this.lines = lines;
  }
}

/**
 * Where pages' problems go instead of being thrown, while a build collects
 * them (src/integrations/content-check.ts): the build then renders every
 * page once and reports the problems of all of them together, instead of
 * the content check rendering every page a first time only to find them.
 * Kept on globalThis: the config and the content layer may load this module
 * twice.
 */
const SINK = Symbol.for('dangjian.markdown-problems');
type Sink = { lines: string[] };
const sinks = globalThis as { [SINK]?: Sink | undefined };

/** From now on, pages' problems are kept, not thrown; returns where they are kept. */
export function collectProblems(): Sink {
  return (sinks[SINK] = { lines: [] });
}

/** Stop collecting; returns what was collected, by file and line. */
export function collectedProblems(): string[] {
  const lines = sinks[SINK]?.lines ?? [];
  sinks[SINK] = undefined;
  const place = (line: string) => /^(.*?)(?::(\d+))?  /.exec(line) ?? ['', line, '0'];
  return lines.sort((a, b) => {
    const [, fileA = '', lineA] = place(a);
    const [, fileB = '', lineB] = place(b);
    return fileA.localeCompare(fileB) || Number(lineA ?? 0) - Number(lineB ?? 0);
  });
}

/** Remark plugin (registered last): throw if the page has problems (or keep them, see collectProblems). */
export function remarkReportProblems(options: { readSource?: ReadSource | undefined } = {}) {
  return (_tree: unknown, file: VFile): void => {
    const problems = file.data.siteProblems ?? [];
    if (problems.length === 0) return;
    const path = displayPath(file);
    const offset = lineOffset(file, options.readSource);
    const lines = problems
      .map((p) => ({ ...p, line: p.line === undefined ? undefined : p.line + offset }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((p) => `${path}${p.line === undefined ? '' : `:${p.line}`}  ${p.message}`);
    const sink = sinks[SINK];
    if (sink) sink.lines.push(...lines);
    else throw new MarkdownReferenceError(lines);
  };
}
