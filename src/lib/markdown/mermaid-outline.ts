/**
 * Reads the flowchart subset our pages use — `flowchart TD|LR`, nodes
 * `id["标签"]`, edges `a --> b` and `a -->|标签| b`, subgraphs — into an
 * outline: the text alternative of a diagram, and the basis for the space
 * reserved for it before Mermaid draws it.
 *
 * Pure and strict: a line it does not understand is an error, so a diagram
 * can never render without a complete text alternative.
 */

type Direction = 'TD' | 'LR';

interface OutlineNode {
  id: string;
  label: string;
  /** Subgraph the node was first declared in. */
  group: string | undefined;
}

interface OutlineEdge {
  from: string;
  to: string;
  label: string | undefined;
}

interface OutlineGroup {
  id: string;
  title: string;
  parent: string | undefined;
}

export interface OutlineItem {
  kind: 'node' | 'group';
  id: string;
}

export interface Outline {
  direction: Direction;
  nodes: Map<string, OutlineNode>;
  edges: OutlineEdge[];
  groups: Map<string, OutlineGroup>;
  /** Contents of each group ('' for the top level), in order of first appearance. */
  contents: Map<string, OutlineItem[]>;
}

export class OutlineError extends Error {
  /** 1-based line within the diagram source. */
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'OutlineError';
    this.line = line;
  }
}

/** Node id: letters, digits, _ or CJK; a hyphen only when it cannot start an edge (a-->b). */
const ID = '[A-Za-z0-9_\\u4e00-\\u9fff](?:[\\w\\u4e00-\\u9fff]|-(?![-.>]))*';
/** Node shapes: [..] (..) {..} ([..]) [[..]] ((..)) {{..}} [(..)] [/../] >..] */
const SHAPES: Array<[string, string]> = [
  ['(((', ')))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['((', '))'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['>', ']'],
];
/** Edge operators: -->, ---, -.->, ==>, --o, --x, <-->, with extra dashes; ~~~ links for layout only. */
const EDGE = /^\s*<?(?:-{2,}|-\.+-|={2,}|~{3,})[->ox]?\s*(?:\|([^|]*)\|)?\s*/;
/** `-- 标签 -->` form. */
const EDGE_WITH_TEXT = /^\s*--\s+(.+?)\s+-->\s*/;
const IGNORED = /^(classDef|class|style|linkStyle|click|direction)\b/;

/** Label text as a reader sees it: quotes, <br>, markdown backticks and entities resolved. */
export function cleanLabel(raw: string): string {
  let text = raw.trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) text = text.slice(1, -1);
  if (text.startsWith('`') && text.endsWith('`') && text.length >= 2) text = text.slice(1, -1);
  return (
    text
      // A line break inside Chinese text joins without a space.
      .replace(/([\u2e80-\uffef])\s*<br\s*\/?>\s*(?=[\u2e80-\uffef])/gi, '$1')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/#quot;/g, '"')
      .replace(/#amp;/g, '&')
      .replace(/#lt;/g, '<')
      .replace(/#gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Read `id` plus an optional shape with its label from the start of `text`. */
function readNode(text: string): { id: string; label: string | undefined; rest: string } | undefined {
  const idMatch = new RegExp(`^\\s*(${ID})`).exec(text);
  if (!idMatch) return undefined;
  const id = idMatch[1]!;
  let rest = text.slice(idMatch[0].length);
  let label: string | undefined;
  for (const [open, close] of SHAPES) {
    if (!rest.startsWith(open)) continue;
    // A quoted label may contain the closing characters.
    const quoted = rest.slice(open.length).trimStart().startsWith('"');
    const body = rest.slice(open.length);
    let end: number;
    if (quoted) {
      const q1 = body.indexOf('"');
      const q2 = body.indexOf('"', q1 + 1);
      end = q2 < 0 ? -1 : body.indexOf(close, q2 + 1);
    } else {
      end = body.indexOf(close);
    }
    if (end < 0) return undefined;
    label = cleanLabel(body.slice(0, end));
    rest = body.slice(end + close.length);
    break;
  }
  rest = rest.replace(/^:::[\w-]+/, '');
  return { id, label, rest };
}

/** Read `a & b` (nodes joined by &). */
function readNodeGroup(text: string) {
  const nodes: Array<{ id: string; label: string | undefined }> = [];
  let rest = text;
  for (;;) {
    const node = readNode(rest);
    if (!node) return undefined;
    nodes.push({ id: node.id, label: node.label });
    rest = node.rest;
    const amp = /^\s*&\s*/.exec(rest);
    if (!amp) return { nodes, rest };
    rest = rest.slice(amp[0].length);
  }
}

/** `subgraph id["标题"]`, `subgraph id [标题]`, or just `subgraph 标题`. */
function readSubgraph(spec: string): { id: string; title: string } {
  const withTitle = /^(\S+?)\s*\[(.*)\]$/.exec(spec);
  const id = withTitle ? withTitle[1]! : cleanLabel(spec);
  return { id, title: withTitle ? cleanLabel(withTitle[2]!) : id };
}

/**
 * A statement: node groups joined by edges (`a & b --> c -->|文字| d`).
 * Each node goes to `declare`, each visible edge to `addEdge`.
 */
function readStatement(
  text: string,
  line: number,
  declare: (id: string, label: string | undefined) => void,
  addEdge: (edge: OutlineEdge) => void,
): void {
  let group = readNodeGroup(text);
  if (!group) throw new OutlineError(line, `无法识别的图示语句：「${text}」`);
  for (const n of group.nodes) declare(n.id, n.label);
  let rest = group.rest;
  while (rest.trim() !== '') {
    const edge = EDGE_WITH_TEXT.exec(rest) ?? EDGE.exec(rest);
    if (!edge) throw new OutlineError(line, `无法识别的连线：「${rest.trim()}」`);
    const label = edge[1] === undefined ? undefined : cleanLabel(edge[1]) || undefined;
    // An invisible link (~~~) only places one part of the drawing below another: no edge to read out.
    const invisible = edge[0].trim().startsWith('~');
    const next = readNodeGroup(rest.slice(edge[0].length));
    if (!next) throw new OutlineError(line, `连线后缺少节点：「${rest.trim()}」`);
    for (const n of next.nodes) declare(n.id, n.label);
    for (const from of invisible ? [] : group.nodes) {
      for (const to of next.nodes) addEdge({ from: from.id, to: to.id, label });
    }
    group = next;
    rest = next.rest;
  }
}

export function parseOutline(source: string): Outline {
  const lines = source.split(/\r?\n/);
  const outline: Outline = {
    direction: 'TD',
    nodes: new Map(),
    edges: [],
    groups: new Map(),
    contents: new Map(),
  };
  const stack: string[] = [];
  let header = false;
  const place = (item: OutlineItem) => {
    const key = stack.at(-1) ?? '';
    const list = outline.contents.get(key) ?? [];
    list.push(item);
    outline.contents.set(key, list);
  };

  const declare = (id: string, label: string | undefined) => {
    // Edges may point at a whole subgraph; it is not a node.
    if (outline.groups.has(id)) return;
    const existing = outline.nodes.get(id);
    if (existing) {
      if (label !== undefined) existing.label = label;
      return;
    }
    outline.nodes.set(id, { id, label: label ?? id, group: stack.at(-1) });
    place({ kind: 'node', id });
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/%%.*$/, '').trim().replace(/;$/, '').trim();
    if (!text) return;
    if (!header) {
      const match = /^(?:flowchart|graph)\s+(TD|TB|LR|RL|BT)$/.exec(text);
      if (!match)
        throw new OutlineError(line, `图示须以 flowchart TD 或 flowchart LR 开头，而不是「${text}」`);
      outline.direction = match[1] === 'LR' || match[1] === 'RL' ? 'LR' : 'TD';
      header = true;
      return;
    }
    if (IGNORED.test(text)) return;
    if (text === 'end') {
      if (!stack.pop()) throw new OutlineError(line, '多余的 end：没有对应的 subgraph');
      return;
    }
    const sub = /^subgraph\s+(.+)$/.exec(text);
    if (sub) {
      const { id, title } = readSubgraph(sub[1]!.trim());
      if (outline.groups.has(id)) throw new OutlineError(line, `分组 id「${id}」重复`);
      outline.groups.set(id, { id, title, parent: stack.at(-1) });
      place({ kind: 'group', id });
      stack.push(id);
      return;
    }
    readStatement(text, line, declare, (edge) => outline.edges.push(edge));
  });
  if (!header) throw new OutlineError(1, '图示为空：应以 flowchart TD 或 flowchart LR 开头');
  if (stack.length > 0) throw new OutlineError(lines.length, `分组「${stack.at(-1)}」缺少 end`);
  return outline;
}

/** Mermaid's flowchart sizes: 16px text wrapped at 200px, node padding (calibrated in Chromium). */
const FONT = 16;
const WRAP = 200;
const PADDING = 15;
const PADDING_X = 30;
const LINE = 24;
/**
 * Space between nodes of one rank and between ranks: tighter than Mermaid's
 * defaults (50, 50) so that diagrams fit a column and an A4 page with
 * readable labels. The diagram loader sets Mermaid to the same values.
 */
export const DIAGRAM_SPACING = { node: 24, rank: 40 } as const;

/**
 * The least a drawing is scaled to fit a column: Mermaid's 16px labels at
 * 12px. A wider drawing keeps this size and scrolls sideways instead, so the
 * space reserved for it is never less than its height at this scale.
 */
export const DIAGRAM_MIN_SCALE = 0.75;

/** Rendered width of a label in px: CJK and full-width characters are square, others about half. */
function textWidth(label: string): number {
  let width = 0;
  for (const char of label) width += /[\u2e80-\uffef\u201c\u201d]/u.test(char) ? FONT : FONT * 0.55;
  return width;
}

function nodeBox(label: string): { width: number; height: number } {
  const text = textWidth(label);
  const lines = Math.max(1, Math.ceil(text / WRAP));
  return { width: Math.min(text, WRAP) + 2 * PADDING_X, height: lines * LINE + 2 * PADDING };
}

/** Rank of each node by longest path from a source (|nodes| rounds of relaxation also stop cycles). */
function ranks(outline: Outline): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of outline.nodes.keys()) rank.set(id, 0);
  const edges = outline.edges.filter((e) => e.from !== e.to && rank.has(e.from) && rank.has(e.to));
  for (let round = 0; round < outline.nodes.size; round += 1) {
    let changed = false;
    for (const { from, to } of edges) {
      const next = rank.get(from)! + 1;
      if (next > rank.get(to)! && next < outline.nodes.size) {
        rank.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rank;
}

export interface DiagramSize {
  /** Estimated natural width of Mermaid's drawing, in CSS px. */
  width: number;
  /** Estimated natural height, in CSS px. */
  height: number;
}

/**
 * The size Mermaid will draw the chart at, estimated from the outline with
 * Mermaid's layout defaults (ranks along the flow, nodes side by side across
 * it). The page reserves a box of this aspect ratio, at most this wide, so
 * drawing the SVG into it never moves the text; a wrong guess only leaves a
 * margin around the drawing.
 */
export function diagramSize(outline: Outline): DiagramSize {
  const rankOf = ranks(outline);
  const byRank = new Map<number, Array<{ width: number; height: number }>>();
  for (const node of outline.nodes.values()) {
    const r = rankOf.get(node.id) ?? 0;
    const list = byRank.get(r) ?? [];
    list.push(nodeBox(node.label));
    byRank.set(r, list);
  }
  const td = outline.direction === 'TD';
  // Along the flow: the largest node of each rank, plus spacing (more where edges carry labels).
  const labelled = new Set(outline.edges.filter((e) => e.label).map((e) => rankOf.get(e.from) ?? -1));
  let along = 0;
  let across = 0;
  const rankList = [...byRank.keys()].sort((a, b) => a - b);
  rankList.forEach((r, i) => {
    const boxes = byRank.get(r)!;
    along += Math.max(...boxes.map((b) => (td ? b.height : b.width)));
    if (i > 0) along += DIAGRAM_SPACING.rank + (labelled.has(rankList[i - 1]!) ? (td ? LINE + 8 : 60) : 0);
    const side =
      boxes.reduce((sum, b) => sum + (td ? b.width : b.height), 0) +
      (boxes.length - 1) * DIAGRAM_SPACING.node;
    across = Math.max(across, side);
  });
  // Subgraphs add a frame and a title at each level of nesting.
  let depth = 0;
  for (const group of outline.groups.values()) {
    let d = 1;
    for (let p = group.parent; p !== undefined; p = outline.groups.get(p)?.parent) d += 1;
    depth = Math.max(depth, d);
  }
  const frame = depth * 2 * PADDING + 16;
  along += depth * (LINE + 2 * PADDING) + 16;
  across += frame;
  const width = Math.round(td ? across : along);
  const height = Math.round(td ? along : across);
  return { width: Math.max(80, width), height: Math.max(60, height) };
}
