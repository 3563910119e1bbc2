/**
 * Slides of the page the reader is on: the deck presentation mode shows
 * (src/lib/teaching/deck.ts), as a .pptx with speaker notes from the case's
 * teaching notes. Loaded when "下载幻灯片" is pressed.
 */
import { pageDeck } from '../../lib/teaching/deck.ts';
import { convertElement } from '../../lib/documents/from-content.ts';
import { deckDocument } from '../../lib/documents/deck-document.ts';
import { diagramsOf } from '../../lib/documents/model.ts';
import { pptxBytes, PPTX_MIME } from '../../lib/documents/pptx.ts';
import { documentFileName } from '../../lib/documents/text.ts';
import { readNotes } from '../teaching/present/notes-view.ts';
import { pageBlocks, pageHead, readSources, type MadeFile } from './read-page.ts';
import { drawDiagrams } from './diagram-image.ts';

export async function pageSlides(doc: Document = document, date = new Date()): Promise<MadeFile> {
  const head = pageHead(doc);
  const { elements, blocks } = pageBlocks(doc);
  if (elements.length === 0) throw new Error('本页没有正文，无法生成幻灯片。');
  const ctx = { sources: readSources(doc) };
  const notes = readNotes(doc);
  const deck = deckDocument(head.title, pageDeck({ key: location.pathname, ...head, blocks }), {
    contentOf: (slide) => slide.plan.refs.flatMap((ref) => convertElement(elements[ref.block]!, ctx, ref)),
    notesOf: () => notes,
  });
  await drawDiagrams(deck.slides.flatMap((s) => diagramsOf(s.body)));
  return {
    name: documentFileName(head.title, '幻灯片', date, 'pptx'),
    type: PPTX_MIME,
    bytes: await pptxBytes(deck),
  };
}
