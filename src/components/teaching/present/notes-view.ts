/**
 * Speaker notes for a slide, built from a case's teaching notes as the case
 * page shows them (TeachingNotes.astro; where each part is, NOTES_MARKS).
 * Items tied to the slide's section come first; the title slide carries the
 * learning objectives. Text only (textContent): notes are data, never markup.
 */
import type { PageNotes } from '../../../lib/schemas/teaching.ts';
import type { CaseSlug } from '../../../lib/content/cases.ts';
import { minutesIn, NOTES_LISTS, NOTES_MARKS, slideNotesPlan } from '../../../lib/teaching/notes.ts';
import { NOTES_SECTION } from '../../../lib/teaching/notes-section.ts';
import type { DeckSlide } from '../../../lib/teaching/deck.ts';
import { make } from '../../common/make.ts';

const textIn = (item: Element, selector: string) => item.querySelector(selector)?.textContent?.trim() ?? '';
const sectionOf = (item: Element) =>
  item.querySelector(NOTES_MARKS.section)?.textContent?.trim() || undefined;
/** The case a comparison names: the last part of its link's path ("/cases/changsha/" → changsha). */
const caseOf = (item: Element) =>
  (item.querySelector(NOTES_MARKS.comparedCase)?.getAttribute('href') ?? '')
    .split('/')
    .filter(Boolean)
    .at(-1) ?? '';

/** The teaching notes shown in a document (a case page), if it has any. */
export function readNotes(root: ParentNode): PageNotes | undefined {
  const notes = root.querySelector(NOTES_SECTION);
  if (!notes) return undefined;
  const lists = [...notes.querySelectorAll(NOTES_MARKS.lists)];
  const itemsOf = (list: (typeof NOTES_LISTS)[number]) => [
    ...(lists[NOTES_LISTS.indexOf(list)]?.children ?? []),
  ];
  const minutes = minutesIn(textIn(notes, NOTES_MARKS.minutes));
  const hint = (item: Element) => textIn(item, NOTES_MARKS.hint);
  return {
    ...(minutes ? { minutes } : {}),
    objectives: itemsOf('objectives').map((li) => li.textContent?.trim() ?? ''),
    questions: itemsOf('questions').map((li) => ({
      question: textIn(li, NOTES_MARKS.question),
      ...(hint(li) ? { hint: hint(li) } : {}),
      section: sectionOf(li),
      cite: [],
    })),
    takeaways: itemsOf('takeaways').map((li) => ({
      point: textIn(li, NOTES_MARKS.text),
      section: sectionOf(li),
      cite: [],
    })),
    misunderstandings: itemsOf('misunderstandings').map((li) => ({
      claim: textIn(li, NOTES_MARKS.claim),
      correction: textIn(li, NOTES_MARKS.correction),
      section: sectionOf(li),
      cite: [],
    })),
    comparisons: itemsOf('comparisons').map((li) => ({
      case: caseOf(li) as CaseSlug,
      prompt: textIn(li, NOTES_MARKS.text),
    })),
  };
}

function listSection(doc: Document, title: string, items: string[]): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const section = make('section', {}, undefined, doc);
  section.append(make('h3', {}, title, doc));
  const list = make('ul', {}, undefined, doc);
  for (const item of items) list.append(make('li', {}, item, doc));
  section.append(list);
  return section;
}

/** Notes for one slide, as nodes of `doc` (the deck's document or the speaker window's). */
export function slideNotes(doc: Document, slide: DeckSlide | undefined, notes: PageNotes | undefined): Node {
  const out = doc.createDocumentFragment();
  const plan = slideNotesPlan(slide, notes);
  for (const line of plan.lines) out.append(make('p', {}, line, doc));
  for (const section of plan.sections) {
    const part = listSection(doc, section.title, section.items);
    if (part) out.append(part);
  }
  return out;
}
