import { describe, expect, it } from 'vitest';
import { decodeLibrary, encodeLibrary } from '../../../src/lib/library/compact.ts';
import { generatedLibrary } from './generated-library.ts';

describe('案例库 compact data', () => {
  it('gives back the cases it was given', () => {
    const cases = generatedLibrary(60);
    const decoded = decodeLibrary(JSON.parse(JSON.stringify(encodeLibrary(cases))));
    expect(decoded.map((c) => ({ ...c, themes: [...c.themes].sort() }))).toEqual(
      cases.map((c) => ({ ...c, themes: [...c.themes].sort() })),
    );
  });

  it('writes each province, level, theme and type once', () => {
    const data = encodeLibrary(generatedLibrary(60));
    expect(data.provinces.length).toBe(5);
    expect(data.levels.length).toBe(4);
    expect(data.types.length).toBe(4);
    expect(data.rows.length).toBe(60);
  });
});
