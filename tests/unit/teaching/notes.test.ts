/** The teaching notes in content/data/teaching: complete, well-cited, tied to real sections, no retyped figures. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCollection, loadSiteData } from '../../../src/loaders/site-data.ts';
import { formatNumber } from '../../../src/lib/figures/format.ts';
import { CASE_SLUGS } from '../../../src/lib/schemas/vocabulary.ts';
import { TEACHING_PATH, teachingNotesSchema, type TeachingNotes } from '../../../src/lib/schemas/teaching.ts';
import {
  notesForSection,
  notesTexts,
  parseCiteRef,
  sectionsReferenced,
} from '../../../src/lib/teaching/notes.ts';
import { ROOT } from '../../helpers/paths.ts';

const notes = loadCollection(ROOT, TEACHING_PATH, teachingNotesSchema, (n) => n.case);
const site = loadSiteData(ROOT);

function casePage(slug: string) {
  const text = readFileSync(join(ROOT, 'content/docs/cases', `${slug}.md`), 'utf8');
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { models?: string[] };
  const h2 = [...text.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
  return { models: front.models ?? [], h2 };
}

/** Model names may contain digits (1+1+N+X, 6+2, 7办5中心); so may the documented misprint 14N. */
const allowedWithDigits = [...new Set(CASE_SLUGS.flatMap((slug) => casePage(slug).models))]
  .filter((m) => /\d/.test(m))
  .concat(['14N'])
  .sort((a, b) => b.length - a.length);

describe('teaching notes', () => {
  it('exist for every case, one file per case named after it', () => {
    const files = readdirSync(join(ROOT, TEACHING_PATH)).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(CASE_SLUGS.map((s) => `${s}.yaml`).sort());
    for (const { value, record } of notes) expect(record.file).toBe(`${TEACHING_PATH}/${value.case}.yaml`);
  });

  it.each(notes.map((n) => [n.value.case, n.value] as const))(
    '%s: has 3–5 questions, objectives, takeaways, misreadings and comparisons',
    (_, n) => {
      expect(n.questions.length).toBeGreaterThanOrEqual(3);
      expect(n.questions.length).toBeLessThanOrEqual(5);
      expect(n.objectives.length).toBeGreaterThanOrEqual(2);
      expect(n.takeaways.length).toBeGreaterThanOrEqual(2);
      expect(n.misunderstandings.length).toBeGreaterThanOrEqual(1);
      expect(n.comparisons.every((c) => c.case !== n.case)).toBe(true);
    },
  );

  it.each(notes.map((n) => [n.value.case, n.value] as const))(
    '%s: every citation names a real source section',
    (_, n: TeachingNotes) => {
      const refs = [...n.questions, ...n.takeaways, ...n.misunderstandings].flatMap((i) => i.cite);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const { source, section } = parseCiteRef(ref);
        const record = site.sources.get(source)?.value;
        expect(record, ref).toBeDefined();
        expect(
          record?.sections.some((s) => s.id === section),
          ref,
        ).toBe(true);
      }
    },
  );

  it.each(notes.map((n) => [n.value.case, n.value] as const))(
    '%s: items point at sections the case page has',
    (slug, n) => {
      const { h2 } = casePage(slug);
      for (const section of sectionsReferenced(n)) expect(h2, section).toContain(section);
      // Speaker notes find something for most content sections.
      const covered = h2.filter((s) => Object.values(notesForSection(n, s)).some((list) => list.length > 0));
      expect(covered.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(notes.map((n) => [n.value.case, n.value] as const))(
    '%s: never retypes a figure (no digits outside model names)',
    (slug, n) => {
      const texts = notesTexts(n).join('\n');
      let stripped = texts;
      for (const token of allowedWithDigits) stripped = stripped.split(token).join('');
      expect(stripped.match(/.{0,8}\d.{0,8}/g) ?? []).toEqual([]);
      for (const { value: f } of site.figures.values()) {
        if (f.value === undefined) continue;
        const number = `${formatNumber(f)}${f.unit}`;
        if (/\d/.test(number)) expect(texts.includes(number), `${slug}: ${f.id}`).toBe(false);
      }
    },
  );
});
