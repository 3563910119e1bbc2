/**
 * Cuts a source file into the pieces of text a reader can see, so that the
 * quotation-mark lint (src/lib/content/quotes.ts) looks at words, not at the
 * quotes a file format uses as syntax:
 *  - Markdown and MDX: text nodes, directive labels, mermaid labels and the
 *    frontmatter's values (not code, attributes, JSX or URLs);
 *  - YAML: string values (a quoted scalar's delimiters are syntax);
 *  - JSON: string contents;
 *  - TypeScript / TSX: string and template literals and JSX text (not
 *    comments or regular expressions);
 *  - Astro: text and attribute values of the template, and the TypeScript
 *    of its frontmatter, expressions and scripts (not styles).
 * Each piece is a range of the source with the escapes its format uses.
 */
import { parseDocument, visit as visitYaml, type Scalar } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { visitParents } from 'unist-util-visit-parents';
import type { Code, Root } from 'mdast';
import ts from 'typescript';
import { parse as parseAstro } from '@astrojs/compiler';
import type { Node as AstroNode, ParentNode as AstroParent } from '@astrojs/compiler/types';
import type { QuoteEscapes } from '../../src/lib/content/quotes.ts';

export interface Piece {
  /** Offset of the piece's first character in the source. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  escapes: QuoteEscapes;
  /**
   * Pieces of one run of text that the format cuts apart (a paragraph around
   * its links, a template literal around `${…}`) share a group, so that
   * their quotes pair across the cuts.
   */
  group?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** String values of a YAML text, `offset` characters into the file. */
function yamlPieces(source: string, offset = 0): Piece[] {
  const pieces: Piece[] = [];
  visitYaml(parseDocument(source), {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      const at = (s: number, e: number, escapes: QuoteEscapes) =>
        pieces.push({ start: offset + s, end: offset + e, escapes });
      if (node.type === 'QUOTE_DOUBLE') at(start + 1, end - 1, 'backslash');
      else if (node.type === 'QUOTE_SINGLE') at(start + 1, end - 1, 'doubled-single');
      else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
        at(source.indexOf('\n', start) + 1, end, 'none');
      else at(start, end, 'none');
    },
  });
  return pieces;
}

/** String contents of a JSON text. */
function jsonPieces(source: string): Piece[] {
  return [...source.matchAll(/"(?:[^"\\\n]|\\.)*"/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + m[0].length - 1,
    escapes: 'backslash' as const,
  }));
}

/** Labels of a mermaid diagram: `id["…"]`, `id("…")`, edge labels `|…|`. */
function mermaidPieces(source: string, node: Code): Piece[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const block = source.slice(start, end);
  return [...block.matchAll(/"([^"\n]*)"|\|([^|\n]*)\|/g)].map((m) => ({
    start: start + m.index + 1,
    end: start + m.index + m[0].length - 1,
    escapes: 'none' as const,
  }));
}

/** Markdown nodes whose text reads as one run. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'textDirective',
  'containerDirective',
  'leafDirective',
]);

/** Text of a Markdown or MDX page, its frontmatter and its diagrams' labels. */
function markdownPieces(source: string, mdx: boolean): Piece[] {
  const pieces: Piece[] = [];
  const front = FRONTMATTER.exec(source);
  let body = source;
  if (front) {
    const yamlStart = source.indexOf('\n') + 1;
    pieces.push(...yamlPieces(front[1] ?? '', yamlStart));
    // Blank the frontmatter out, keeping every offset of the body.
    body = source.slice(0, front[0].length).replace(/[^\n]/g, ' ') + source.slice(front[0].length);
  }
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  if (mdx) processor.use(remarkMdx);
  const tree = processor.parse(body) as Root;
  visitParents(tree, (node, ancestors) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') {
      const block = ancestors.findLast((a) => BLOCKS.has(a.type));
      pieces.push({ start, end, escapes: 'backslash', group: `md${block?.position?.start.offset ?? start}` });
    } else if (node.type === 'code' && (node as Code).lang === 'mermaid')
      pieces.push(...mermaidPieces(source, node as Code));
  });
  return pieces;
}

/** String literals, template text and JSX text of TypeScript, `offset` characters into the file. */
function scriptPieces(source: string, offset = 0, jsx = true): Piece[] {
  const kind = jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(
    jsx ? 'piece.tsx' : 'piece.ts',
    source,
    ts.ScriptTarget.Latest,
    true,
    kind,
  );
  const pieces: Piece[] = [];
  const groupOf = (node: ts.Node) => `ts${offset + node.parent.pos}`;
  const walk = (node: ts.Node) => {
    const start = node.getStart(file);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      pieces.push({ start: offset + start + 1, end: offset + node.end - 1, escapes: 'backslash' });
    else if (ts.isTemplateHead(node))
      pieces.push({
        start: offset + start + 1,
        end: offset + node.end - 2,
        escapes: 'backslash',
        group: groupOf(node),
      });
    else if (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // A span's literal belongs to the template expression two levels up.
      const template = node.parent.parent;
      const closing = ts.isTemplateTail(node) ? 1 : 2;
      pieces.push({
        start: offset + start + 1,
        end: offset + node.end - closing,
        escapes: 'backslash',
        group: `ts${offset + template.pos}`,
      });
    } else if (ts.isJsxText(node))
      pieces.push({ start: offset + start, end: offset + node.end, escapes: 'none', group: groupOf(node) });
    ts.forEachChild(node, walk);
  };
  walk(file);
  return pieces;
}

/** The Astro compiler counts positions in UTF-8 bytes; pieces count UTF-16 characters. */
function byteToChar(source: string): (byte: number) => number {
  const bytes = Buffer.from(source, 'utf8');
  return (byte) => bytes.subarray(0, byte).toString('utf8').length;
}

/** Text, attribute values and scripts of an Astro component. */
async function astroPieces(source: string): Promise<Piece[]> {
  const { ast } = await parseAstro(source, { position: true });
  const char = byteToChar(source);
  const pieces: Piece[] = [];
  const startOf = (node: AstroNode) => char(node.position?.start.offset ?? 0);
  const endOf = (node: AstroNode) => char(node.position?.end?.offset ?? node.position?.start.offset ?? 0);
  const walk = (node: AstroNode, inExpression: boolean, parent = 0) => {
    if (node.type === 'frontmatter') pieces.push(...scriptPieces(node.value, source.indexOf(node.value)));
    else if (node.type === 'text') {
      const start = startOf(node);
      if (inExpression) pieces.push(...scriptPieces(source.slice(start, endOf(node)), start));
      else pieces.push({ start, end: endOf(node), escapes: 'none', group: `astro${parent}` });
    } else if (node.type === 'element' && node.name === 'style') return;
    else if (node.type === 'element' && node.name === 'script') {
      const [text] = 'children' in node ? node.children : [];
      if (text && text.type === 'text') pieces.push(...scriptPieces(text.value, startOf(text)));
      return;
    }
    if ('attributes' in node) {
      for (const attribute of node.attributes) {
        const at = source.indexOf(attribute.raw || attribute.value, startOf(node));
        if (at < 0) continue;
        if (attribute.kind === 'quoted')
          pieces.push({ start: at + 1, end: at + (attribute.raw ?? '').length - 1, escapes: 'none' });
        else if (attribute.kind === 'expression') pieces.push(...scriptPieces(attribute.value, at));
      }
    }
    // Text directly inside {…} is code; an element inside it holds template text again.
    if ('children' in node)
      for (const child of (node as AstroParent).children)
        walk(child, node.type === 'expression', node.type === 'expression' ? parent : startOf(node));
  };
  walk(ast, false);
  return pieces;
}

/** The pieces of any file the lint reads, by its extension. */
export async function piecesOf(path: string, source: string): Promise<Piece[]> {
  if (/\.mdx?$/.test(path)) return markdownPieces(source, path.endsWith('.mdx'));
  if (/\.ya?ml$/.test(path)) return yamlPieces(source);
  if (path.endsWith('.json')) return jsonPieces(source);
  if (/\.tsx?$/.test(path)) return scriptPieces(source, 0, path.endsWith('.tsx'));
  if (path.endsWith('.astro')) return astroPieces(source);
  return [];
}
