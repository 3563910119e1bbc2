/**
 * Reading teaching notes (src/lib/schemas/teaching.ts) for display: which
 * items belong to a slide's section, and how a citation reference splits.
 */
import type { PageNotes, TeachingNotes } from '../schemas/teaching.ts';

/** The heading of a case's teaching notes: its text and anchor, in the page and its table of contents. */
export const TEACHING_NOTES_HEADING = { slug: '教学笔记', text: '教学笔记' } as const;

/**
 * How the teaching notes on a case page (TeachingNotes.astro) hold their
 * parts, for the speaker notes and lectures that read them back
 * (present/notes-view.ts), by the notes' own structure rather than a mark on
 * every item (those were about 0.15 KB gzip of each case page):
 *  - the section itself, NOTES_SECTION (notes-section.ts); the suggested length in its summary;
 *  - the five lists, in this order, each the `<ol>`/`<ul>` under its heading;
 *  - in an item, its text is its first `<span>` (a question: its first
 *    paragraph, its hint the second's; a misunderstanding: the claim's, then
 *    the correction's paragraph);
 *  - an item's section is the text of its "对应" link (in the item's small
 *    print: the in-page link other than its citations'), a comparison's case
 *    the last part of its link's path.
 */
/** The suggested length, in minutes, from the summary's text (“建议课时约 60 分钟”), if it gives one. */
export function minutesIn(summaryText: string): number | undefined {
  const minutes = Number(/(\d+)\s*分钟/.exec(summaryText)?.[1]);
  return minutes > 0 ? minutes : undefined;
}

export const NOTES_LISTS = [
  'objectives',
  'questions',
  'takeaways',
  'misunderstandings',
  'comparisons',
] as const;
export const NOTES_MARKS = {
  lists: 'details > ol, details > ul',
  text: ':scope > span',
  question: ':scope > p:first-child',
  hint: ':scope > p + p > span',
  claim: ':scope > p:first-child > span',
  correction: ':scope > p + p > span',
  // The in-page link that is not a citation (those lead to a passage, #source-…, in the 来源 list).
  section: ':scope > small > a[href^="#"]:not([href^="#source-"])',
  comparedCase: ':scope > a',
  /** The suggested length, after the summary's text. */
  minutes: 'summary > span',
} as const;

/** "xihu#s3-2" → { source: "xihu", section: "s3-2" }. */
export function parseCiteRef(ref: string): { source: string; section: string } {
  const [source = '', section = ''] = ref.split('#');
  return { source, section };
}

/** The notes' items tied to one section of the case page (by its h2 title). */
export function notesForSection(notes: PageNotes, section: string) {
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

/** One titled list of a slide's speaker notes. */
interface NoteSection {
  title: string;
  items: string[];
}

/** A slide's speaker notes: lines of text, then titled lists. */
export interface SlideNotesPlan {
  lines: string[];
  sections: NoteSection[];
}

/** The minimal slide shape the notes need (a DeckSlide of deck.ts fits). */
type NotedSlide =
  { kind: 'title' | 'divider'; title: string } | { kind: 'content'; plan: { section: string } };

/**
 * What the speaker notes of a slide say, from the case's teaching notes:
 * items tied to the slide's section first; the title slide carries the
 * learning objectives and questions. Presentation mode shows this
 * (present/notes-view.ts) and the slides file carries it as notes.
 */
export function slideNotesPlan(slide: NotedSlide | undefined, notes: PageNotes | undefined): SlideNotesPlan {
  const list = (title: string, items: string[]): NoteSection[] =>
    items.length > 0 ? [{ title, items }] : [];
  if (!slide) return { lines: [], sections: [] };
  if (!notes) return { lines: [slide.kind === 'content' ? '本页没有教学笔记。' : slide.title], sections: [] };
  if (slide.kind !== 'content') {
    return {
      lines: notes.minutes ? [`建议课时约 ${notes.minutes} 分钟。`] : [],
      sections: [
        ...list('学习目标', notes.objectives),
        ...list(
          '讨论题',
          notes.questions.map((q) => q.question),
        ),
      ],
    };
  }
  const own = notesForSection(notes, slide.plan.section);
  const sections = [
    ...list(
      '讨论题',
      own.questions.map((q) => (q.hint ? `${q.question}（提示：${q.hint}）` : q.question)),
    ),
    ...list(
      '要点',
      own.takeaways.map((t) => t.point),
    ),
    ...list(
      '常见误解',
      own.misunderstandings.map((m) => `误解：${m.claim} 实际上：${m.correction}`),
    ),
  ];
  const plan: SlideNotesPlan =
    sections.length > 0
      ? { lines: [], sections }
      : {
          lines: [`“${slide.plan.section}”一节没有专门的笔记。`],
          sections: list('学习目标', notes.objectives),
        };
  if (slide.plan.section === '经验启示') {
    plan.sections.push(
      ...list(
        '案例对照',
        notes.comparisons.map((c) => c.prompt),
      ),
    );
  }
  return plan;
}

/** Speaker notes as plain text (for a slides file). */
export function slideNotesText(plan: SlideNotesPlan): string {
  return [
    ...plan.lines,
    ...plan.sections.map((s) => `${s.title}：\n${s.items.map((item) => `· ${item}`).join('\n')}`),
  ].join('\n\n');
}
