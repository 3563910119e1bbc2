/**
 * Property tests of everything that reads what comes from outside: plan
 * files (JSON) and member lists (CSV), share links, stored plans and saved
 * lectures. Random and damaged input never throws out of a reader and
 * always ends in a plan (or lecture) or in Chinese messages.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { serialisePlan } from '../../../src/lib/plan-format/write.ts';
import { validatePlan } from '../../../src/lib/plan-format/validate.ts';
import { readMembersCsv, membersCsvTemplate } from '../../../src/lib/plan-editing/csv.ts';
import { decodeShare, encodeShare } from '../../../src/lib/plan-editing/share.ts';
import { encodeRecord, quickDecode } from '../../../src/lib/plan-editing/saved.ts';
import { decodeRecord } from '../../../src/lib/plan-editing/saved-verify.ts';
import { parseSavedLectures } from '../../../src/lib/teaching/saved-lectures.ts';
import { decodeLecture, encodeLecture, MAX_ITEMS, MAX_TITLE } from '../../../src/lib/teaching/lecture.ts';
import { data, exampleTexts } from '../plan-editing/helpers.ts';
import { CHINESE, HOSTILE_NAMES, mutatedJson, mutatedText, PARSER_ENGLISH } from './mutate.ts';

const RUNS = { numRuns: 300 };
const example = [...exampleTexts.values()][0]!;
const exampleJson: unknown = JSON.parse(example);

function expectChinese(messages: readonly string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message).toMatch(CHINESE);
    expect(message).not.toMatch(PARSER_ENGLISH);
  }
}

/** A plan, or Chinese reasons: never an exception. */
function readsToPlanOrChinese(input: unknown): void {
  const result = readPlan(input);
  if (result.ok) expect(validatePlan(result.plan)).toEqual([]);
  else expectChinese(result.errors);
}

describe('plan files (JSON)', () => {
  it('any text gives a valid plan or Chinese reasons', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), readsToPlanOrChinese), RUNS);
  });

  it('an example with random edits gives a valid plan or Chinese reasons', () => {
    fc.assert(fc.property(mutatedText(example), readsToPlanOrChinese), RUNS);
  });

  it('an example with a random part replaced gives a valid plan or Chinese reasons, and is not changed', () => {
    fc.assert(
      fc.property(mutatedJson(exampleJson), (value) => {
        const before = JSON.stringify(value);
        readsToPlanOrChinese(value);
        expect(JSON.stringify(value)).toBe(before);
      }),
      RUNS,
    );
  });

  it('any JSON value gives a valid plan or Chinese reasons', () => {
    fc.assert(fc.property(fc.jsonValue(), readsToPlanOrChinese), RUNS);
  });

  it('keeps hostile titles and names exactly, as text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_NAMES), (name) => {
        const plan = JSON.parse(example) as { title: string };
        plan.title = name.slice(0, 200);
        const read = readPlan(JSON.stringify(plan));
        if (!read.ok) return expectChinese(read.errors);
        expect(read.plan.title).toBe(plan.title);
        expect(readPlan(serialisePlan(read.plan))).toEqual(read);
      }),
    );
  });
});

describe('member lists (CSV)', () => {
  const check = (input: string) => {
    const result = readMembersCsv(input, data.vocabulary);
    if (result.ok) expect(Array.isArray(result.members)).toBe(true);
    else expectChinese(result.errors);
  };

  it('any text gives members or Chinese reasons', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), RUNS);
  });

  it('the template with random edits gives members or Chinese reasons', () => {
    const filled = `${membersCsvTemplate()}\n张三,委员,居民,,,,\n`;
    fc.assert(fc.property(mutatedText(filled), check), RUNS);
  });

  it('cells of random text under the real header give members or Chinese reasons', () => {
    const header = membersCsvTemplate().split(/\r?\n/)[0]!;
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE_NAMES));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 });
    const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(rows, (cells) => check([header, ...cells.map((r) => r.map(quote).join(','))].join('\n'))),
      RUNS,
    );
  });
});

describe('share links', () => {
  const check = async (hash: string) => {
    const result = await decodeShare(hash);
    if (result.ok === false) expectChinese([result.error]);
    if (result.ok === true) readsToPlanOrChinese(result.text);
  };

  it('any hash gives a plan text, nothing, or a Chinese reason', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), check), RUNS);
  });

  it('a real link with random edits gives a plan text, nothing, or a Chinese reason', async () => {
    const link = await encodeShare(example);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    await fc.assert(fc.asyncProperty(mutatedText(link.hash), check), RUNS);
  });

  it('carries any title there and back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE_NAMES)),
        async (title) => {
          const text = JSON.stringify({ ...(exampleJson as object), title });
          const link = await encodeShare(text, Infinity);
          expect(link.ok).toBe(true);
          if (link.ok) expect(await decodeShare(`#${link.hash}`)).toEqual({ ok: true, text });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('stored plans', () => {
  const first = readPlan(example);
  if (!first.ok) throw new Error('example plan does not read');
  const stored = encodeRecord({
    format: 1,
    id: 'p1',
    saved: '2026-01-01T00:00:00Z',
    doc: { plan: first.plan, pool: [] },
  });

  const check = (text: string) => {
    const decoded = decodeRecord('p1', text, data);
    if (decoded.ok) expect(validatePlan(decoded.record.doc.plan)).toEqual([]);
    else expectChinese([decoded.error]);
    const quick = quickDecode('p1', text, data.vocabulary.homeTypes);
    // The quick path takes only what the planner wrote itself (its checksum holds).
    if (quick) expect(decodeRecord('p1', text, data).ok).toBe(true);
  };

  it('a stored entry reads back', () => {
    const decoded = decodeRecord('p1', stored, data);
    expect(decoded.ok).toBe(true);
  });

  it('any stored text gives a plan or a Chinese reason', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), RUNS);
  });

  it('a stored entry with random edits gives a plan or a Chinese reason', () => {
    fc.assert(fc.property(mutatedText(stored), check), RUNS);
  });

  it('a stored entry with a random part replaced gives a plan or a Chinese reason', () => {
    fc.assert(
      fc.property(mutatedJson(JSON.parse(stored)), (value) => check(JSON.stringify(value))),
      RUNS,
    );
  });
});

describe('saved lectures and lecture links', () => {
  const saved = JSON.stringify([
    { id: 'a', title: '社区大党委', savedAt: '2026-01-01T00:00:00Z', items: [{ page: 'cases/changsha' }] },
  ]);

  const wellFormed = (text: string | undefined) => {
    for (const lecture of parseSavedLectures(text)) {
      expect(typeof lecture.id).toBe('string');
      expect(lecture.title.length).toBeLessThanOrEqual(MAX_TITLE);
      expect(lecture.items.length).toBeLessThanOrEqual(MAX_ITEMS);
      for (const item of lecture.items) expect(item.page).toMatch(/^[a-z0-9][a-z0-9/-]*$/);
    }
  };

  it('reads the saved list back', () => {
    expect(parseSavedLectures(saved)).toHaveLength(1);
  });

  it('any stored text gives a list of well-formed lectures', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), wellFormed), RUNS);
  });

  it('the stored list with random edits or a random part replaced gives well-formed lectures', () => {
    fc.assert(fc.property(mutatedText(saved), wellFormed), RUNS);
    fc.assert(
      fc.property(mutatedJson(JSON.parse(saved)), (v) => wellFormed(JSON.stringify(v))),
      RUNS,
    );
  });

  it('any query string gives a lecture; a lecture survives its link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const lecture = decodeLecture(search);
        expect(lecture.title.length).toBeLessThanOrEqual(MAX_TITLE);
        expect(decodeLecture(encodeLecture(lecture))).toEqual(lecture);
      }),
      RUNS,
    );
  });
});
