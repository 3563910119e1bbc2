/**
 * Reads YAML data files into records that remember where they came from, and
 * validates them with a zod schema so that a bad value is reported as
 * `file:line  field: message` — the form authors can act on.
 *
 * Pure: text in, records out. Reading the files is src/loaders/yaml-files.ts's
 * job; the Astro content loaders, the command-line tools and the tests use both.
 */
import { LineCounter, parseDocument, isSeq, isMap, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';

/** One record of a data file, with its location for error messages. */
export interface LocatedRecord {
  /** Path of the file, relative to the project root when known. */
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  /** The parsed value (not yet validated). */
  data: unknown;
  /** Line of a field of this record (dotted path), falling back to the record's line. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** A data error that names file, line and field. */
export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`内容数据有误：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

function nodeAt(node: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let current: unknown = node;
  for (const key of path) {
    if (isMap(current) || isSeq(current)) {
      current = current.get(key as never, true);
    } else {
      return undefined;
    }
  }
  return current as YamlNode | undefined;
}

/**
 * Parse the text of one YAML file (`file` names it in messages). A file
 * holding a sequence yields one record per item; a file holding a mapping
 * yields one record.
 */
export function parseYamlRecords(text: string, file: string): LocatedRecord[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new DataError(
      doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}  YAML 语法错误：${e.message}`),
    );
  }
  const lineOfNode = (node: YamlNode | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
  const toRecord = (node: YamlNode | undefined, data: unknown): LocatedRecord => {
    const line = lineOfNode(node, 1);
    return { file, line, data, lineOf: (p) => lineOfNode(nodeAt(node, p), line) };
  };
  const contents = doc.contents;
  const value: unknown = doc.toJS();
  if (isSeq(contents) && Array.isArray(value)) {
    return value.map((item, index) => toRecord(contents.items[index] as YamlNode, item));
  }
  return [toRecord(contents as YamlNode, value)];
}

/** Validate records against a schema; throws one DataError listing every problem. */
export function validateRecords<S extends z.ZodType>(
  records: LocatedRecord[],
  schema: S,
  idOf: (value: z.infer<S>) => string,
): Array<{ record: LocatedRecord; value: z.infer<S> }> {
  const problems: string[] = [];
  const out: Array<{ record: LocatedRecord; value: z.infer<S> }> = [];
  const seen = new Map<string, LocatedRecord>();
  for (const record of records) {
    const result = schema.safeParse(record.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(整条)';
        problems.push(`${record.file}:${record.lineOf(issue.path)}  字段 ${field}：${issue.message}`);
      }
      continue;
    }
    const id = idOf(result.data);
    const earlier = seen.get(id);
    if (earlier) {
      problems.push(
        `${record.file}:${record.line}  id「${id}」重复（先见于 ${earlier.file}:${earlier.line}）`,
      );
      continue;
    }
    seen.set(id, record);
    out.push({ record, value: result.data });
  }
  if (problems.length > 0) throw new DataError(problems);
  return out;
}
