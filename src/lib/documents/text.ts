/**
 * Small text rules every generated document follows: Chinese quotation
 * marks and file names with the date (dates themselves: src/lib/dates.ts).
 */
import { chineseDate } from '../dates.ts';

/**
 * Straight double quotes paired into Chinese ones: "大党委" → “大党委”.
 * Source records still carry straight quotes in places; a document handed to
 * a colleague must not. An unpaired quote is left alone.
 */
export function chineseQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '“$1”').replace(/'([^'\n]*[\u4e00-\u9fff][^'\n]*)'/g, '‘$1’');
}

/** Longest title kept in a file name: Windows paths and chat apps cut longer ones. */
const MAX_NAME = 60;

/**
 * A download's file name: "长沙市“四项再造”…（讲义）2026年12月6日.docx". Characters
 * file systems refuse are replaced, and a long title is cut with "…".
 */
export function documentFileName(title: string, kind: string, date: Date, extension: string): string {
  const cleaned = chineseQuotes(title)
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const base = cleaned.length > MAX_NAME ? `${cleaned.slice(0, MAX_NAME)}…` : cleaned || '未命名';
  return `${base}（${kind}）${chineseDate(date)}.${extension}`;
}
