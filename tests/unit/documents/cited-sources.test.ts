import { describe, expect, it } from 'vitest';
import { citedSources } from '../../../src/lib/documents/cited-sources.ts';
import type { SourceRecord } from '../../../src/lib/documents/gbt7714.ts';

const record = (id: string, sections: Record<string, string>): SourceRecord => ({
  id,
  title: `《${id}》`,
  date: '2019',
  genre: '案例材料',
  sections,
});

const ALL = [
  record('forum', { gz: '广州', cz: '池州', 'cz-1': '池州一' }),
  record('forum-extra', { a: '另一篇' }),
  record('changsha', { s0: '导语' }),
];

describe('citedSources', () => {
  it('keeps the sources the page names, each with only the sections it names', () => {
    const kept = citedSources(ALL, new Set(['source-forum-cz', 'source-forum-cz-1', 'source-forum']));
    expect(kept).toEqual([{ ...ALL[0], sections: { cz: '池州', 'cz-1': '池州一' } }]);
  });

  it('does not take a source whose id begins like a cited one (forum-extra is not forum)', () => {
    const kept = citedSources(ALL, new Set(['source-forum-extra-a']));
    expect(kept.map((s) => [s.id, Object.keys(s.sections)])).toEqual([['forum-extra', ['a']]]);
  });

  it('keeps nothing for a page without citations', () => {
    expect(citedSources(ALL, new Set(['sources-note']))).toEqual([]);
  });
});
