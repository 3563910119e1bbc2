/**
 * Whether a quotation stands word for word in a passage of a source. The
 * sources write ASCII punctuation and mask 党/政 as “*”; quotations on the
 * site use full-width punctuation and restore the masked characters, and
 * mark a cut with “……”. Comparison ignores those differences and nothing
 * else: every character of every part must match, in order.
 */

const PUNCTUATION: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '「': '"',
  '」': '"',
};

/** Whitespace dropped, punctuation brought to one form. */
export function normalisePassage(text: string): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, '')) out += PUNCTUATION[ch] ?? ch;
  return out;
}

/** Characters the sources mask with “*”. */
const MASKED = new Set(['党', '政']);

function partPattern(part: string): RegExp {
  const escaped = [...normalisePassage(part)].map((ch) =>
    MASKED.has(ch) ? `[${ch}*]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(escaped.join(''), 'u');
}

/** Where each part of the quotation stands in the passage (start, end), or undefined if one does not. */
export function locateQuote(quote: string, passage: string): Array<[number, number]> | undefined {
  const text = normalisePassage(passage);
  const parts = quote.split('……').filter((p) => p.trim() !== '');
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const part of parts) {
    const found = partPattern(part).exec(text.slice(from));
    if (!found) return undefined;
    const start = from + found.index;
    spans.push([start, start + found[0].length]);
    from = start + found[0].length;
  }
  return spans.length > 0 ? spans : undefined;
}

/** Whether every part of quotation `inner` stands within some part of quotation `outer`. */
export function quoteWithin(inner: string, outer: string): boolean {
  const outerParts = outer.split('……');
  return inner
    .split('……')
    .filter((p) => p.trim() !== '')
    .every((part) => outerParts.some((o) => locateQuote(part, o) !== undefined));
}
