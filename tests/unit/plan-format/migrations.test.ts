/**
 * Old plans are migrated, never dropped: a version-0 draft (the prototype's
 * unversioned format, defined in src/lib/plan-format/migrations.ts) and a version-1
 * plan (before participants, outline units and the new member facts) open
 * as the current version with every field carried over, by the one reader
 * the planner, the command line and the build share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { detectVersion } from '../../../src/lib/plan-format/migrations.ts';
import { ROOT } from '../../helpers/paths.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/plans', name), 'utf8');

describe('migrations', () => {
  it('migrates a v0 draft to the current version', () => {
    const result = readPlan(fixture('v0-draft.json'));
    expect(result).toEqual({
      ok: true,
      plan: JSON.parse(fixture('v0-draft.expected.json')),
      migratedFrom: 0,
    });
  });

  it('migrates a version 1 plan to version 2, nothing lost and nothing invented', () => {
    const expected = JSON.parse(fixture('v1-community.expected.json')) as Record<string, unknown>;
    expect(readPlan(fixture('v1-community.json'))).toEqual({ ok: true, plan: expected, migratedFrom: 1 });
    // Every field of the old file is there as it was; only the version changed.
    const { version: old, ...fields } = JSON.parse(fixture('v1-community.json')) as Record<string, unknown>;
    expect(old).toBe(1);
    expect(expected['version']).toBe(2);
    expect(expected).toMatchObject(fields);
  });

  it('accepts an explicit version 0 the same way', () => {
    const draft = { ...(JSON.parse(fixture('v0-draft.json')) as object), version: 0 };
    const result = readPlan(draft);
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it('reports what is wrong in a broken v0 draft, saying it is the old format', () => {
    const draft = JSON.parse(fixture('v0-draft.json')) as {
      unit: { members: Array<Record<string, unknown>> };
    };
    draft.unit.members[1]!['unitType'] = '外星单位';
    const result = readPlan(draft);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^（旧版草稿）.*成员「b」 › unitType：「外星单位」 不是可选的值；可选：区委、/),
    ]);
  });

  it('tells current, old, newer and unknown versions apart', () => {
    expect(detectVersion({ version: 2 })).toEqual({ kind: 'current' });
    expect(detectVersion({ version: 1 })).toEqual({ kind: 'old', version: 1 });
    expect(detectVersion({ unit: {} })).toEqual({ kind: 'old', version: 0 });
    expect(detectVersion({ version: 7 })).toEqual({ kind: 'newer', version: 7 });
    expect(detectVersion({ version: 'one' }).kind).toBe('unknown');
    expect(detectVersion({}).kind).toBe('unknown');
  });
});
