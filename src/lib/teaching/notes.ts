/**
 * Reading teaching notes (src/lib/schemas/teaching.ts) for display: which
 * items belong to a slide's section, and how a citation reference splits.
 */
import type { TeachingNotes } from '../schemas/teaching.ts';

/** The heading of a case's teaching notes: its text and anchor, in the page and its table of contents. */
export const TEACHING_NOTES_HEADING = { slug: '教学笔记', text: '教学笔记' } as const;

/** "xihu#s3-2" → { source: "xihu", section: "s3-2" }. */
export function parseCiteRef(ref: string): { source: string; section: string } {
  const [source = '', section = ''] = ref.split('#');
  return { source, section };
}

/** The notes' items tied to one section of the case page (by its h2 title). */
export function notesForSection(notes: TeachingNotes, section: string) {
  return {
    questions: notes.questions.filter((q) => q.section === section),
    takeaways: notes.takeaways.filter((t) => t.section === section),
    misunderstandings: notes.misunderstandings.filter((m) => m.section === section),
  };
}

/** Every piece of prose in the notes, for checks over their wording. */
export function notesTexts(notes: TeachingNotes): string[] {
  return [
    notes.audience ?? '',
    ...notes.objectives,
    ...notes.questions.flatMap((q) => [q.question, q.hint ?? '']),
    ...notes.takeaways.map((t) => t.point),
    ...notes.misunderstandings.flatMap((m) => [m.claim, m.correction]),
    ...notes.comparisons.map((c) => c.prompt),
  ].filter((t) => t !== '');
}

/** Section titles the notes refer to (each must be an h2 of the case page). */
export function sectionsReferenced(notes: TeachingNotes): string[] {
  const all = [...notes.questions, ...notes.takeaways, ...notes.misunderstandings]
    .map((item) => item.section)
    .filter((s): s is string => s !== undefined);
  return [...new Set(all)];
}
