/**
 * Plans as kept in the browser's storage: written and read back unchanged
 * (at once, by checksum); anything changed goes through the full check,
 * where a damaged, foreign or newer entry is reported in Chinese, not thrown.
 */
import { describe, expect, it } from 'vitest';
import {
  checksum,
  encodeRecord,
  quickDecode,
  RECORD_FORMAT,
  type SavedRecord,
} from '../../../src/lib/plan-editing/saved.ts';
import { decodeRecord } from '../../../src/lib/plan-editing/saved-verify.ts';
import { fromTemplate } from '../../../src/lib/plan-editing/start.ts';
import { data } from './helpers.ts';

const doc = fromTemplate(data.templates.find((t) => t.id === 'xihu-dadangwei')!);
const record: SavedRecord = { format: RECORD_FORMAT, id: 'p1', saved: '2025-01-02T03:04:05.000Z', doc };

describe('saved plans', () => {
  it('round-trip, pool included, read at once while the checksum matches', () => {
    const text = encodeRecord(record);
    expect(JSON.parse(text)).toEqual({ ...record, sum: checksum(JSON.stringify(doc)) });
    expect(quickDecode('p1', text, data.vocabulary.homeTypes)).toEqual(record);
    expect(decodeRecord('p1', text, data)).toEqual({ ok: true, record });
    expect(doc.pool.map((u) => u.name)).toEqual([
      '某医院',
      '某中学',
      '某小区业委会',
      '某物业公司',
      '某派出所',
    ]);
  });

  it('report damaged entries and say they were left alone', () => {
    for (const text of [
      '',
      '{"format":1,',
      '[]',
      '{"doc":{}}',
      '{"format":1}',
      JSON.stringify({ format: 1, doc: { plan: { version: 1, title: '' } } }),
    ]) {
      const decoded = decodeRecord('p1', text, data);
      expect(decoded.ok).toBe(false);
      if (decoded.ok === false) expect(decoded.error).toMatch(/已损坏，无法打开.*没有被改动/);
    }
  });

  it('report an entry written by a newer planner', () => {
    const decoded = decodeRecord('p1', JSON.stringify({ ...record, format: 9 }), data);
    expect(decoded.ok === false && decoded.error).toContain('较新版本的规划器');
  });

  it('drop damaged pool entries but keep the plan', () => {
    const text = JSON.stringify({
      ...record,
      doc: { ...doc, pool: [{ type: '火星', name: 'x' }, null, { type: '驻区单位', name: '某医院' }] },
    });
    const decoded = decodeRecord('p1', text, data);
    expect(decoded.ok === true && decoded.record.doc.pool).toEqual([{ type: '驻区单位', name: '某医院' }]);
  });

  it('convert an old draft inside, to be saved in the current format when opened', () => {
    const text = JSON.stringify({
      ...record,
      doc: { plan: { name: '旧草稿', unit: { id: 'c', level: '社区' } }, pool: [] },
    });
    expect(decodeRecord('p1', text, data)).toMatchObject({
      ok: true,
      convertedDraft: true,
      record: { doc: { plan: { version: 2, title: '旧草稿', root: { id: 'c', kind: '社区' } } } },
    });
  });
});

describe('the checksum', () => {
  const text = encodeRecord(record);

  it('sends any changed entry to the full check', () => {
    const changed = text.replace('"role":"委员"', '"role":"主任"');
    expect(changed).not.toBe(text);
    expect(quickDecode('p1', changed, data.vocabulary.homeTypes)).toBeUndefined();
    const full = decodeRecord('p1', changed, data);
    expect(full.ok === false && full.error).toContain('职务（role）：「主任」 不是可选的值');
  });

  it('a valid plan changed by hand still opens, through the full check', () => {
    const changed = text.replace('"asOf":2023', '"asOf":2024');
    expect(quickDecode('p1', changed, data.vocabulary.homeTypes)).toBeUndefined();
    expect(decodeRecord('p1', changed, data)).toMatchObject({
      ok: true,
      record: { doc: { plan: { asOf: 2024 } } },
    });
  });

  it('entries without one (or of another format) are read in full', () => {
    expect(quickDecode('p1', JSON.stringify(record), data.vocabulary.homeTypes)).toBeUndefined();
    expect(quickDecode('p1', '{"format":1,', data.vocabulary.homeTypes)).toBeUndefined();
  });
});
