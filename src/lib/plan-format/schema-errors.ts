/**
 * The plan validator's findings (src/lib/plan-format/generated/, compiled
 * from the published JSON Schema) in Chinese a secretary can act on: each
 * names its place the way where.ts does (根单位「某社区」› 成员「m3」› 职务),
 * then says what is wrong and what would be right. The generated code
 * carries no messages of its own.
 */
import type { SchemaError } from './generated/plan-validators.js';
import { describePath, fieldLabel } from './where.ts';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是或否（true/false）',
  object: '对象（{ … }）',
  array: '列表（[ … ]）',
  null: '空值（null）',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const typeName = (type: string) => TYPE_NAMES[type] ?? type;
const show = (value: unknown) => (typeof value === 'string' ? `「${value}」` : JSON.stringify(value));

/** "/root/members/0/role" → ["root", "members", 0, "role"]. */
function pathOf(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = input;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

/** What is wrong, in Chinese, and the path of the field it concerns. */
function explain(
  error: SchemaError,
  path: Array<string | number>,
  value: unknown,
  patterns: Readonly<Record<string, string>>,
): { path: Array<string | number>; message: string } | undefined {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(p['missingProperty'])], message: '缺少此项（必填）' };
    case 'additionalProperties': {
      const key = String(p['additionalProperty']);
      return { path: [...path, key], message: `不认识的字段「${key}」（可能拼错了，或不属于这一层）` };
    }
    case 'type':
      return { path, message: `应为${typeName(String(p['type']))}，实际是${typeName(typeOf(value))}` };
    case 'const':
      return { path, message: `应为 ${JSON.stringify(p['allowedValue'])}，实际是 ${JSON.stringify(value)}` };
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map(String).join('、');
      return { path, message: `${show(value)} 不是可选的值；可选：${allowed}` };
    }
    case 'minLength':
      return { path, message: p['limit'] === 1 ? '不能为空' : `至少要有 ${String(p['limit'])} 个字` };
    case 'maxLength':
      return { path, message: `不能超过 ${String(p['limit'])} 个字（现有 ${String(value).length} 个）` };
    case 'pattern': {
      const known = patterns[String(p['pattern'])];
      return { path, message: known ? `${show(value)}：${known}` : `${show(value)} 的格式不符合要求` };
    }
    case 'minimum':
      return { path, message: `不能小于 ${String(p['limit'])}` };
    case 'maximum':
      return { path, message: `不能大于 ${String(p['limit'])}` };
    case 'propertyNames':
      // Reported once more by the keyword that failed on the name.
      return undefined;
    default:
      return { path, message: `不符合方案格式（${error.keyword}）` };
  }
}

/**
 * One message per problem, "place：problem", at most `limit` of them (a
 * wrong file can have thousands), with a last line saying more were found.
 */
export function schemaErrorMessages(
  errors: readonly SchemaError[],
  input: unknown,
  patterns: Readonly<Record<string, string>>,
  limit = 30,
): string[] {
  const messages: string[] = [];
  // A value of the wrong type fails its enum or pattern too: say the type alone.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
    const at = pathOf(error.instancePath);
    const found = explain(error, at, valueAt(input, at), patterns);
    if (found) messages.push(`${describePath(input, found.path, fieldLabel)}：${found.message}`);
  }
  const unique = [...new Set(messages)];
  return unique.length > limit ? [...unique.slice(0, limit), '……问题较多，只列出前面这些'] : unique;
}
