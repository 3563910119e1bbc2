/**
 * Function length, measured the same way by `npm run check` and the unit
 * test: every function in the TypeScript of src/ and scripts/ (.ts, .tsx and
 * the frontmatter and <script> blocks of .astro files), with its length in
 * lines. A function counts with the handlers it holds, so a component with
 * a long event handler inside is long.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const MAX_LINES = 80;
const ROOTS = ['src', 'scripts'];
const CODE = /\.(tsx?|astro)$/;

export interface FunctionSize {
  file: string;
  line: number;
  name: string;
  lines: number;
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/** A readable name: the declaration's own, or the variable or property it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) {
    return parent.name.getText(source);
  }
  return '（匿名函数）';
}

/**
 * The TypeScript of an .astro file — its frontmatter and its <script> blocks
 * — with everything else blanked out line for line, so that line numbers
 * stay those of the .astro file.
 */
function astroCode(text: string): string {
  const keep: Array<[number, number]> = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) keep.push([4, 4 + frontmatter[1]!.length]);
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type=["'](?!module)/.test(m[1]!)) continue; // JSON and other data blocks
    const start = m.index + m[0].indexOf('>') + 1;
    keep.push([start, start + m[2]!.length]);
  }
  let code = '';
  let at = 0;
  for (const [start, end] of keep) {
    code += text.slice(at, start).replace(/[^\n]/g, ' ') + text.slice(start, end);
    at = end;
  }
  return code + text.slice(at).replace(/[^\n]/g, ' ');
}

/** Every function in one source file's text, with its length in lines. */
export function functionSizes(file: string, text: string): FunctionSize[] {
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const sizes: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      sizes.push({ file, line: start + 1, name: nameOf(node, source), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sizes;
}

/** Every function of src/ and scripts/ under `root`, longest first. */
export function projectFunctionSizes(root: string): FunctionSize[] {
  return ROOTS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => CODE.test(name) && !name.endsWith('.d.ts'))
      .map((name) => `${dir}/${name}`),
  )
    .flatMap((file) => functionSizes(file, readFileSync(join(root, file), 'utf8')))
    .sort((a, b) => b.lines - a.lines);
}

/** One line of the report: where the function starts, its name and length. */
export const describeSize = (s: FunctionSize): string => `${s.file}:${s.line}  ${s.name}  ${s.lines} 行`;
