/**
 * A small JSON Schema validator for the keywords zod's generator emits
 * (type, const, enum, properties, required, additionalProperties, items,
 * $ref to #/$defs, minLength, maxLength, pattern, minimum, maximum, anyOf).
 * Enough to show the published schema accepts real plans; not a general
 * implementation.
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
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
}

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

function matchesType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validateJson(root: JsonSchema, value: unknown, schema: JsonSchema = root, at = ''): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    return validateJson(root, value, root.$defs?.[name] ?? {}, at);
  }
  const here = at || '/';
  if (schema.anyOf) {
    return schema.anyOf.some((s) => validateJson(root, value, s, at).length === 0) ? [] : [`${here}: anyOf`];
  }
  const problems: string[] = [];
  if (schema.type && !matchesType(schema.type, value)) return [`${here}: type`];
  if ('const' in schema && value !== schema.const) problems.push(`${here}: const`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${here}: enum`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      problems.push(`${here}: minLength`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      problems.push(`${here}: maxLength`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${here}: pattern`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${here}: minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${here}: maximum`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => problems.push(...validateJson(root, item, schema.items!, `${at}/${i}`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${at}/${key}: required`);
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) problems.push(...validateJson(root, v, property, `${at}/${key}`));
      else if (schema.additionalProperties === false) problems.push(`${here}: additionalProperties`);
      else if (typeof schema.additionalProperties === 'object') {
        problems.push(...validateJson(root, v, schema.additionalProperties, `${at}/${key}`));
      }
    }
  }
  return problems;
}
