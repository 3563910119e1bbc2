import { describe, expect, it } from 'vitest';
import { indexChunkSize } from '../../../src/integrations/search/build-index.ts';

describe('indexChunkSize', () => {
  it('keeps the measured 1 200 postings for the site of seven cases', () => {
    expect(indexChunkSize(98)).toBe(1200);
    expect(indexChunkSize(1)).toBe(1200);
  });
  it('grows with the square root of the pages, so the list of chunks and a query’s chunks grow alike', () => {
    expect(indexChunkSize(400)).toBe(2 * indexChunkSize(100));
    expect(indexChunkSize(1600)).toBe(4 * indexChunkSize(100));
    expect(indexChunkSize(4000)).toBeGreaterThan(7000);
    expect(indexChunkSize(4000)).toBeLessThan(8000);
  });
});
