/**
 * Speaker notes for a slide, built from a case's teaching notes (the JSON the
 * TeachingNotes component writes into the page). Items tied to the slide's
 * section come first; the title slide carries the learning objectives.
 * Text only (textContent): notes are data, never markup.
 */
import type { TeachingNotes } from '../../../lib/schemas/teaching.ts';
import { slideNotesPlan } from '../../../lib/teaching/notes.ts';
import type { DeckSlide } from '../../../lib/teaching/deck.ts';

/** The teaching notes embedded in a document, if it has any. */
export function readNotes(root: ParentNode): TeachingNotes | undefined {
  const script = root.querySelector('script[data-teaching-notes-json]');
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent) as TeachingNotes;
  } catch {
    return undefined;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function listSection(doc: Document, title: string, items: string[]): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const section = el(doc, 'section');
  section.append(el(doc, 'h3', title));
  const list = el(doc, 'ul');
  for (const item of items) list.append(el(doc, 'li', item));
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
  for (const line of plan.lines) out.append(el(doc, 'p', line));
  for (const section of plan.sections) {
    const part = listSection(doc, section.title, section.items);
    if (part) out.append(part);
  }
  return out;
}
