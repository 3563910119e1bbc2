/**
 * The plan format's JSON Schema is published with the site, is the one the
 * code generates, names the version field, and accepts every example plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/lib/plan-format/json-schema.ts';
import { examplePlanFiles } from '../../src/loaders/rule-packs.ts';
import { validateJson, type JsonSchema } from '../helpers/json-schema.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const published = JSON.parse(readFileSync(join(DIST, 'schemas/plan.schema.json'), 'utf8')) as JsonSchema;

describe('/schemas/plan.schema.json', () => {
  it('is the generated schema, naming no made-up domain in its $id (SITE_URL is not set)', () => {
    expect(published).toEqual(planJsonSchema());
    expect(published.$id).toBeUndefined();
  });

  it('names the version field', () => {
    expect(published.required).toContain('version');
    expect(published.properties?.['version']).toMatchObject({ const: 2 });
  });

  for (const [name, file] of examplePlanFiles(ROOT)) {
    it(`accepts the example plan ${name}`, () => {
      expect(validateJson(published, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }
});
