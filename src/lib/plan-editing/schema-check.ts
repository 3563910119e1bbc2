/**
 * Validates a value against the plan's JSON Schema (generated from the zod
 * schema, so the two cannot drift) and fills in the schema's defaults. The
 * browser uses this instead of zod: the planner page must stay small.
 *
 * It understands exactly the keywords zod's generator emits for the plan
 * (type, const, enum, properties, required, additionalProperties,
 * propertyNames, items, $ref to #/$defs, minLength, maxLength, pattern,
 * minimum, maximum, default); a test makes sure the published schema uses no
 * other. String lengths count UTF-16 units, as zod does.
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  title?: string;
}

/** Keywords this validator acts on, and those it may ignore (annotations). */
export const SUPPORTED_KEYWORDS = new Set([
  '$ref',
  '$defs',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'default',
  // annotations
  '$schema',
  '$id',
  'description',
  'title',
]);

export interface SchemaIssue {
  /** Where, as keys from the top (numbers for list positions). */
  path: Array<string | number>;
  message: string;
}

export interface SchemaMessages {
  /** Messages for known patterns (the id rule), keyed by the pattern. */
  patterns?: Readonly<Record<string, string>>;
}

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

function matchesType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (type === 'number') return (actual === 'number' || actual === 'integer') && Number.isFinite(value);
  return actual === type;
}

const show = (value: unknown) => (typeof value === 'string' ? `「${value}」` : JSON.stringify(value));

/** Deep copy of a default, so a filled-in list is never shared between objects. */
const copy = <T>(value: T): T =>
  typeof value === 'object' && value !== null ? structuredClone(value) : value;

interface Context {
  root: JsonSchema;
  issues: SchemaIssue[];
  messages: SchemaMessages;
  patterns: Map<string, RegExp>;
  /** Stop collecting after this many issues (a wrong file can have thousands). */
  limit: number;
}

function resolve(ctx: Context, schema: JsonSchema): JsonSchema {
  let current = schema;
  // A chain of $refs ends at a definition; a missing one validates nothing.
  for (let hops = 0; current.$ref !== undefined && hops < 8; hops += 1) {
    current = ctx.root.$defs?.[current.$ref.replace(/^#\/\$defs\//, '')] ?? {};
  }
  return current;
}

function report(ctx: Context, path: Array<string | number>, message: string): void {
  if (ctx.issues.length < ctx.limit) ctx.issues.push({ path: [...path], message });
}

function checkString(ctx: Context, schema: JsonSchema, value: string, path: Array<string | number>): void {
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    report(ctx, path, schema.minLength === 1 ? '不能为空' : `至少要有 ${schema.minLength} 个字`);
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    report(ctx, path, `不能超过 ${schema.maxLength} 个字（现有 ${value.length} 个）`);
  }
  if (schema.pattern !== undefined) {
    let re = ctx.patterns.get(schema.pattern);
    if (!re) {
      re = new RegExp(schema.pattern, 'u');
      ctx.patterns.set(schema.pattern, re);
    }
    if (!re.test(value)) {
      const known = ctx.messages.patterns?.[schema.pattern];
      report(ctx, path, known ? `${show(value)}：${known}` : `${show(value)} 的格式不符合要求`);
    }
  }
}

/** Returns the value with defaults filled in (a copy where anything was added). */
function visit(ctx: Context, raw: JsonSchema, value: unknown, path: Array<string | number>): unknown {
  if (ctx.issues.length >= ctx.limit) return value;
  const schema = resolve(ctx, raw);
  if (schema.type !== undefined && !matchesType(schema.type, value)) {
    report(
      ctx,
      path,
      `应为${TYPE_NAMES[schema.type] ?? schema.type}，实际是${TYPE_NAMES[typeOf(value)] ?? typeOf(value)}`,
    );
    return value;
  }
  if ('const' in schema && value !== schema.const) {
    report(ctx, path, `应为 ${JSON.stringify(schema.const)}，实际是 ${JSON.stringify(value)}`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    report(ctx, path, `${show(value)} 不是可选的值；可选：${schema.enum.map(String).join('、')}`);
  }
  if (typeof value === 'string') checkString(ctx, schema, value, path);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      report(ctx, path, `不能小于 ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      report(ctx, path, `不能大于 ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (!schema.items) return value;
    const items = schema.items;
    return value.map((item, i) => visit(ctx, items, item, [...path, i]));
  }
  if (typeOf(value) === 'object') return visitObject(ctx, schema, value as Record<string, unknown>, path);
  return value;
}

function visitObject(
  ctx: Context,
  schema: JsonSchema,
  object: Record<string, unknown>,
  path: Array<string | number>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in object)) report(ctx, [...path, key], '缺少此项（必填）');
  }
  for (const [key, v] of Object.entries(object)) {
    const property = properties[key];
    if (property) {
      out[key] = visit(ctx, property, v, [...path, key]);
    } else if (schema.additionalProperties === false) {
      report(ctx, [...path, key], `不认识的字段「${key}」（可能拼错了，或不属于这一层）`);
    } else {
      if (schema.propertyNames) visit(ctx, schema.propertyNames, key, [...path, key]);
      out[key] =
        typeof schema.additionalProperties === 'object'
          ? visit(ctx, schema.additionalProperties, v, [...path, key])
          : v;
    }
  }
  for (const [key, property] of Object.entries(properties)) {
    if (!(key in object) && 'default' in property) out[key] = copy(property.default);
  }
  return out;
}

export interface SchemaResult {
  /** The value with defaults filled in (meaningful only without issues). */
  value: unknown;
  issues: SchemaIssue[];
  /** True when more issues were found than reported. */
  truncated: boolean;
}

/** Validate `value` against `schema`; never throws on any JSON value. */
export function checkAgainstSchema(
  schema: JsonSchema,
  value: unknown,
  messages: SchemaMessages = {},
  limit = 30,
): SchemaResult {
  const ctx: Context = { root: schema, issues: [], messages, patterns: new Map(), limit: limit + 1 };
  const out = visit(ctx, schema, value, []);
  const truncated = ctx.issues.length > limit;
  return { value: out, issues: ctx.issues.slice(0, limit), truncated };
}

/** Keywords used anywhere in a schema that this validator does not know (should be none). */
export function unknownKeywords(schema: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return out;
  for (const [key, value] of Object.entries(schema)) {
    if (!SUPPORTED_KEYWORDS.has(key)) out.add(key);
    if (key === 'properties' || key === '$defs') {
      for (const sub of Object.values(value as Record<string, unknown>)) unknownKeywords(sub, out);
    } else if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'required') {
      unknownKeywords(value, out);
    }
  }
  return out;
}
