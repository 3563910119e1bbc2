/**
 * Chinese quotation marks for quoting a passage: the passage in “”, the
 * quotation marks inside it turned to ‘’ (and straight quotes, which the
 * sources sometimes have, to the right curly ones), so a verdict never shows
 * nested “” or straight quotes next to Chinese text.
 */
export function quoted(text: string): string {
  let inner = '';
  let open = true;
  for (const ch of text) {
    if (ch === '“' || ch === '‘') inner += '‘';
    else if (ch === '”' || ch === '’') inner += '’';
    else if (ch === '"') {
      inner += open ? '‘' : '’';
      open = !open;
    } else inner += ch;
  }
  return `“${inner}”`;
}

/** Straight double quotes in Chinese text turned to “” in pairs (source records still carry some). */
export function curly(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}
