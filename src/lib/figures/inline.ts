/**
 * Splits short data texts (compare cells, notes) that reference figures as
 * `:fig[id]` into text and figure pieces, so components can show each figure
 * from the data instead of a retyped number.
 */
export type InlinePiece = { kind: 'text'; text: string } | { kind: 'figure'; id: string };

const FIGURE = /:fig\[([a-z0-9-]+)\]/g;

export function splitFigures(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE)) {
    const at = match.index ?? 0;
    if (at > last) pieces.push({ kind: 'text', text: text.slice(last, at) });
    pieces.push({ kind: 'figure', id: match[1] ?? '' });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
