/**
 * A JSON syntax error in words a reader can act on: where the text breaks
 * off or goes wrong (line and column), never the parser's own English.
 */

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const NEXT_STEP = '请用原来导出的文件，或用文本编辑器改正这一处后再打开。';

/** Why `text` is not JSON, from the error JSON.parse threw on it. */
export function jsonSyntaxMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (text.trim() === '') return '文件是空的：请选用从本站“导出 JSON”得到的方案文件。';
  const position = /position (\d+)/.exec(message);
  const token = /Unexpected token '(.+?)'/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  // The parser stopped at the end of the text: the file was cut short.
  if (/end of JSON input|Unterminated/i.test(message) || (!token && offset >= text.trimEnd().length)) {
    return '不是有效的 JSON 文件：内容在中途断了（可能没有复制或下载完整）。请重新导出或重新复制一次。';
  }
  if (!position && token) return `不是有效的 JSON 文件：“${token[1]}”处格式有误。${NEXT_STEP}`;
  const at = lineAndColumn(text, offset);
  return `不是有效的 JSON 文件：第${at.line}行第${at.column}列附近格式有误。${NEXT_STEP}`;
}
