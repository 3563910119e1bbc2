/**
 * References in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则),
 * which Chinese readers expect in a handout's footnotes and under "引用本页":
 *
 *   金信烨. 上海如何发挥街道社区党组织的“轴心”作用[N]. 上观新闻, 2021-12-28.
 *   长沙市“四项再造”推进城市基层党建案例[Z]. [出版地不详]: [出版者不详], [出版年不详].
 *
 * The standard's punctuation is kept (". ", ", ", ": "). What a record does
 * not know is said in brackets as the standard does for 出版地 and 出版者
 * ("[出版者不详]"); a year is never estimated, because the sources give only
 * the period of the events they describe. In a footnote the cited section
 * stands where a book would give its page ("…, 2021-12-28: 推动街道社区减负提能.").
 */
import type { Source } from '../schemas/data.ts';
import { chineseQuotes } from './text.ts';

/** What a reference needs of a source record (src/lib/schemas/data.ts). */
export interface SourceRecord {
  id: string;
  title: string;
  author?: string | undefined;
  publisher?: string | undefined;
  date: string;
  genre: string;
  /** Section titles by section id. */
  sections: Record<string, string>;
}

/**
 * The document type code. A news outlet's article is a newspaper item [N];
 * every other record here is material whose kind of publication is not
 * known, which the standard files as [Z] (其他) rather than guessing.
 */
function typeCode(source: Pick<SourceRecord, 'publisher' | 'genre'>): 'N' | 'Z' {
  return /新闻|日报|晚报/.test(source.publisher ?? '') ? 'N' : 'Z';
}

const UNKNOWN = /^未注明/;
const EXACT_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Authors as the standard lists them: "王世彤, 孔凡萍, 张杰华" (notes in brackets dropped). */
export function authorsOf(author: string | undefined): string | undefined {
  if (!author || UNKNOWN.test(author)) return undefined;
  const names = author
    .split(/[、，,;；]/)
    .map((name) => name.replace(/[（(][^）)]*[）)]/g, '').trim())
    .filter((name) => name !== '');
  // The standard lists three authors and then "等".
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

function publisherOf(source: SourceRecord): string {
  const publisher = source.publisher?.trim();
  return !publisher || UNKNOWN.test(publisher) ? '[出版者不详]' : chineseQuotes(publisher);
}

function yearOf(source: SourceRecord, full: boolean): string {
  if (!EXACT_DATE.test(source.date)) return '[出版年不详]';
  return full ? source.date : source.date.slice(0, 4);
}

/** The reference of a source, without a citation place. Ends with a full stop. */
export function sourceReference(source: SourceRecord, at?: string): string {
  const code = typeCode(source);
  const authors = authorsOf(source.author);
  const title = `${chineseQuotes(source.title)}[${code}]`;
  const imprint =
    code === 'N'
      ? `${publisherOf(source)}, ${yearOf(source, true)}`
      : `[出版地不详]: ${publisherOf(source)}, ${yearOf(source, false)}`;
  const place = at ? `: ${chineseQuotes(at)}` : '';
  return `${authors ? `${authors}. ` : ''}${title}. ${imprint}${place}.`;
}

/** The reference of one section of a source (a footnote): the section stands where a page number would. */
export function passageReference(source: SourceRecord, section: string): string {
  return sourceReference(source, source.sections[section] ?? section);
}

/**
 * The reference of a page of this site ("引用本页"):
 * 城市基层党建案例库. 长沙市“四项再造”推进城市基层党建[EB/OL]. [2026-12-06]. https://…/cases/changsha/.
 * `accessed` is the reader's date (YYYY-MM-DD); the standard puts it in brackets.
 */
export function pageReference(page: { site: string; title: string; url: string; accessed: string }): string {
  return `${chineseQuotes(page.site)}. ${chineseQuotes(page.title)}[EB/OL]. [${page.accessed}]. ${page.url}.`;
}

/** What a reference needs of a source record as the data schema has it. */
export function toSourceRecord(
  source: Pick<Source, 'id' | 'title' | 'author' | 'publisher' | 'date' | 'genre' | 'sections'>,
): SourceRecord {
  return {
    id: source.id,
    title: source.title,
    ...(source.author ? { author: source.author } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    date: source.date,
    genre: source.genre,
    sections: Object.fromEntries(source.sections.map((s) => [s.id, s.title])),
  };
}
