/**
 * The JSON Schema generated from the zod schema: it names the version field,
 * lists the vocabularies, and accepts the shape of every example plan (checked
 * here with Ajv).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../src/lib/plan-format/json-schema.ts';
import { ROLES, UNIT_KINDS } from '../../../src/lib/plan-format/vocabulary.ts';
import { examplePlanFiles } from '../../../src/loaders/rule-packs.ts';
import { ROOT } from '../../helpers/paths.ts';
import { validateJson, type JsonSchema } from '../../helpers/json-schema.ts';

const schema = planJsonSchema('https://example.org/') as JsonSchema;

describe('plan JSON Schema', () => {
  it('is draft 2020-12 with an $id on the site and a required, constant version', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://example.org/schemas/plan.schema.json');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'title', 'root']));
    expect(schema.properties?.['version']).toMatchObject({ const: 2 });
  });

  it('describes units recursively with the vocabularies of the plan format', () => {
    const unit = schema.$defs?.['Unit'];
    expect(unit?.properties?.['kind']?.enum).toEqual([...UNIT_KINDS]);
    expect(unit?.properties?.['children']?.items).toEqual({ $ref: '#/$defs/Unit' });
    const member = unit?.properties?.['members']?.items;
    expect(member?.properties?.['role']?.enum).toEqual([...ROLES]);
    expect(member?.additionalProperties).toBe(false);
  });

  for (const [name, file] of examplePlanFiles(ROOT)) {
    it(`accepts the example ${name}`, () => {
      expect(validateJson(schema, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }

  it('rejects what the zod schema rejects', () => {
    const bad = { version: 3, title: '', root: { id: 'a b', kind: '省', extra: 1 } };
    const problems = validateJson(schema, bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/version: const',
        '/title: minLength',
        '/root/id: pattern',
        '/root/kind: enum',
        '/root: additionalProperties',
      ]),
    );
  });
});
