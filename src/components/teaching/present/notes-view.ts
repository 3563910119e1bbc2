/**
 * Speaker notes for a slide, built from a case's teaching notes as the case
 * page shows them (TeachingNotes.astro marks each item with data-notes…).
 * Items tied to the slide's section come first; the title slide carries the
 * learning objectives. Text only (textContent): notes are data, never markup.
 */
import type { TeachingNotes } from '../../../lib/schemas/teaching.ts';
import type { CaseSlug } from '../../../lib/content/cases.ts';
import { slideNotesPlan } from '../../../lib/teaching/notes.ts';
import type { DeckSlide } from '../../../lib/teaching/deck.ts';
import { make } from '../../common/make.ts';

const textIn = (item: Element, selector: string) => item.querySelector(selector)?.textContent?.trim() ?? '';
const sectionOf = (item: Element) => item.getAttribute('data-notes-section') ?? undefined;
const itemsOf = (notes: Element, list: string) => [...notes.querySelectorAll(`[data-notes="${list}"] > li`)];

/** The teaching notes shown in a document (a case page), if it has any. */
export function readNotes(root: ParentNode): TeachingNotes | undefined {
  const notes = root.querySelector('[data-teaching-notes]');
  if (!notes) return undefined;
  const minutes = Number(notes.getAttribute('data-notes-minutes'));
  const hint = (item: Element) => textIn(item, '[data-notes-hint]');
  return {
    case: (notes.getAttribute('data-teaching-notes') ?? '') as CaseSlug,
    ...(minutes > 0 ? { minutes } : {}),
    objectives: itemsOf(notes, 'objectives').map((li) => li.textContent?.trim() ?? ''),
    questions: itemsOf(notes, 'questions').map((li) => ({
      question: textIn(li, '[data-notes-text]'),
      ...(hint(li) ? { hint: hint(li) } : {}),
      section: sectionOf(li),
      cite: [],
    })),
    takeaways: itemsOf(notes, 'takeaways').map((li) => ({
      point: textIn(li, '[data-notes-text]'),
      section: sectionOf(li),
      cite: [],
    })),
    misunderstandings: itemsOf(notes, 'misunderstandings').map((li) => ({
      claim: textIn(li, '[data-notes-text]'),
      correction: textIn(li, '[data-notes-correction]'),
      section: sectionOf(li),
      cite: [],
    })),
    comparisons: itemsOf(notes, 'comparisons').map((li) => ({
      case: (li.getAttribute('data-notes-case') ?? '') as CaseSlug,
      prompt: textIn(li, '[data-notes-text]'),
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
export function slideNotes(
  doc: Document,
  slide: DeckSlide | undefined,
  notes: TeachingNotes | undefined,
): Node {
  const out = doc.createDocumentFragment();
  const plan = slideNotesPlan(slide, notes);
  for (const line of plan.lines) out.append(make('p', {}, line, doc));
  for (const section of plan.sections) {
    const part = listSection(doc, section.title, section.items);
    if (part) out.append(part);
  }
  return out;
}
