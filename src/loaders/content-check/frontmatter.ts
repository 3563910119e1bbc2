/** A Markdown page's frontmatter, parsed, with the line of each top-level field. */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** Lines before the body (the frontmatter and its fences). */
  bodyOffset: number;
  body: string;
  /** 1-based line of a top-level field in the file (the first line when absent). */
  lineOf(key: string): number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readFrontmatter(text: string): Frontmatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, bodyOffset: 0, body: text, lineOf: () => 1 };
  const counter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: counter });
  const data = (doc.errors.length === 0 ? (doc.toJS() ?? {}) : {}) as Record<string, unknown>;
  const lineOf = (key: string) => {
    const contents = doc.contents;
    if (!isMap(contents)) return 1;
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const range = (pair?.key as { range?: [number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line + 1 : 1;
  };
  return { data, bodyOffset: match[0].split('\n').length - 1, body: text.slice(match[0].length), lineOf };
}
