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
import { didYouMean } from './nearest.ts';

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

/** What a YAML parse error means, in Chinese (the library's own messages are English). */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: '缩进不对齐：同一层的条目要用同样多的空格缩进',
  BLOCK_AS_IMPLICIT_KEY: '冒号后的内容写错了位置，或上一行缺少冒号',
  DUPLICATE_KEY: '同一条目里有两个同名的字段',
  MISSING_CHAR: '缺少配对的引号或括号',
  MULTILINE_IMPLICIT_KEY: '这一行缺少“字段: 值”中的冒号，或上一行的冒号、引号有误',
  TAB_AS_INDENT: '缩进里有 Tab：请改用空格',
  UNEXPECTED_TOKEN: '这里出现了不该有的字符（常见原因：冒号后少了空格、引号没有闭合）',
  BAD_SCALAR_START: '值不能以这个字符开头：请用引号把整段文字括起来',
};

function yamlErrorText(code: string): string {
  return YAML_ERRORS[code] ?? '格式有误（请检查缩进、冒号和引号）';
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
      // The first error only: the parser's later ones are mostly the same mistake seen again.
      doc.errors
        .slice(0, 1)
        .map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}  YAML 语法错误：${yamlErrorText(e.code)}`),
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

/** The value at a path of parsed data (undefined when absent). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key];
  return current;
}

/** A zod issue in words, with the nearest allowed values when a value is not one of them. */
export function issueMessage(issue: z.core.$ZodIssue, data?: unknown): string {
  if (issue.code !== 'invalid_value') return issue.message;
  const given = valueAt(data, issue.path);
  const allowed = issue.values.map(String);
  if (typeof given !== 'string') return `${issue.message}（可选：${allowed.join('、')}）`;
  return `「${given}」不是可选的值（可选：${allowed.join('、')}）${didYouMean(given, allowed)}`;
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
        problems.push(
          `${record.file}:${record.lineOf(issue.path)}  字段 ${field}：${issueMessage(issue, record.data)}`,
        );
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
