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
