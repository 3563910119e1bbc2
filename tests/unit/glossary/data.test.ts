/**
 * The real glossary data: enough terms, every reference resolves, numbers only
 * as figures, and the case pages' :term markup resolves and marks each term
 * once (its first use on the page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { termLabelsIn } from '../../../src/lib/glossary/backlinks.ts';
import { namesOf, termIndex } from '../../../src/lib/glossary/names.ts';
import { CASE_SLUGS } from '../../../src/lib/schemas/vocabulary.ts';
import { ROOT } from '../../helpers/paths.ts';

const data = loadSiteData(ROOT);
const entries = [...data.glossary.values()].map((l) => l.value);
const byId = new Map(entries.map((e) => [e.id, e]));
const allNames = entries.flatMap(namesOf);

describe('glossary data', () => {
  it('has at least 90 terms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(90);
  });

  it('cites existing figures, source sections and related terms; related terms point both ways', () => {
    for (const e of entries) {
      for (const m of e.full.matchAll(/:fig\[([^\]]*)\]/g))
        expect(data.figures.has(m[1] ?? ''), `${e.id}: ${m[0]}`).toBe(true);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) {
        const sections = data.sources.get(s.source)?.value.sections.map((x) => x.id);
        expect(sections, `${e.id}: ${s.source}#${s.section}`).toContain(s.section);
      }
      for (const r of e.related) {
        expect(r, e.id).not.toBe(e.id);
        expect(byId.get(r)?.related, `${e.id} → ${r}`).toContain(e.id);
      }
    }
  });

  it('writes no number in a short definition', () => {
    for (const e of entries) expect(e.short, e.id).not.toMatch(/[0-9０-９]/);
  });

  it('writes numbers in full definitions only as :fig[id] (digits inside a term name such as 6+2 excepted)', () => {
    const digitNames = allNames.filter((n) => /[0-9]/.test(n)).sort((a, b) => b.length - a.length);
    for (const e of entries) {
      let rest = e.full.replace(/:fig\[[^\]]*\]/g, '');
      for (const name of digitNames) rest = rest.split(name).join('');
      // A quoted part of such a name, e.g. the “1” of “1+1+N+X”.
      rest = rest.replace(/“([^”]*)”/g, (quoted, inner: string) =>
        digitNames.some((n) => n.includes(inner)) ? '' : quoted,
      );
      expect(rest, e.id).not.toMatch(/[0-9０-９]/);
    }
  });
});

describe('term markup on the case pages', () => {
  const terms = termIndex(entries);
  const resolve = (name: string) => terms.get(name)?.id;
  for (const slug of CASE_SLUGS) {
    it(`${slug}: every :term resolves, and each term is marked once`, () => {
      const labels = termLabelsIn(readFileSync(join(ROOT, 'content/docs/cases', `${slug}.md`), 'utf8'));
      expect(labels.length).toBeGreaterThan(10);
      const ids = labels.map((label) => {
        const id = resolve(label);
        expect(id, label).toBeDefined();
        return id;
      });
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});
