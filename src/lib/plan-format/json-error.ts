/**
 * Where a text stops being JSON, said in Chinese. JSON.parse's own message
 * is the engine's English ("Unexpected token … at position 12"); a reader
 * gets the line and column instead, read from the position the engine names.
 */

/** Line and column (from 1) of the character at `position` in `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Why `text` is not JSON, given the error JSON.parse threw on it. */
export function jsonErrorText(text: string, error: unknown): string {
  if (text.trim() === '') return '不是有效的 JSON 文件：文件是空的';
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '不是有效的 JSON 文件：内容在结尾处中断（文件可能没有保存或复制完整）';
  const { line, column } = lineAndColumn(text, Number(position));
  return `不是有效的 JSON 文件：第 ${line} 行第 ${column} 列附近有格式错误`;
}
