/**
 * Validates a value against a JSON Schema (draft 2020-12) with Ajv, the
 * implementation the plan validator is generated with: "/path: keyword" for
 * each problem, none for a valid value.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

export type JsonSchema = Record<string, any>;

export function validateJson(schema: JsonSchema, value: unknown): string[] {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  return validate(structuredClone(value))
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.keyword}`);
}
