import { describe, expect, it } from 'vitest';
import {
  parseSavedLectures,
  removeLecture,
  upsertLecture,
  type SavedLecture,
} from '../../../src/lib/teaching/saved-lectures.ts';

const a: SavedLecture = {
  id: 'a',
  title: '甲',
  items: [{ page: 'cases/changsha' }],
  savedAt: '2026-01-01T00:00:00.000Z',
};
const b: SavedLecture = {
  id: 'b',
  title: '乙',
  subtitle: '副',
  items: [],
  savedAt: '2026-01-02T00:00:00.000Z',
};

describe('saved lectures', () => {
  it('reads what it wrote', () => {
    expect(parseSavedLectures(JSON.stringify([a, b]))).toEqual([a, b]);
  });

  it('drops anything malformed instead of failing', () => {
    expect(parseSavedLectures(undefined)).toEqual([]);
    expect(parseSavedLectures('{not json')).toEqual([]);
    expect(parseSavedLectures('{"a":1}')).toEqual([]);
    const mixed = JSON.stringify([
      a,
      { id: 1 },
      null,
      { ...b, items: [{ page: '../x' }, { page: 'cases/jining', section: '概况' }, 'x'] },
    ]);
    expect(parseSavedLectures(mixed)).toEqual([
      a,
      { ...b, items: [{ page: 'cases/jining', section: '概况' }] },
    ]);
  });

  it('adds new lectures first and replaces saved ones in place', () => {
    expect(upsertLecture([a], b).map((l) => l.id)).toEqual(['b', 'a']);
    const renamed = { ...a, title: '甲二' };
    expect(upsertLecture([b, a], renamed)).toEqual([b, renamed]);
    expect(removeLecture([a, b], 'a')).toEqual([b]);
  });
});
