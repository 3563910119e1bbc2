/**
 * Word handout and slides of the page the reader is on (a case, a topic, the
 * compare page with the cases chosen there). Loaded when a download button
 * is pressed: with it come the document libraries, never before.
 */
import { convertContent } from '../../lib/documents/from-content.ts';
import { diagramsOf } from '../../lib/documents/model.ts';
import { docxBytes, DOCX_MIME } from '../../lib/documents/docx.ts';
import { pageDocument } from '../../lib/documents/page-document.ts';
import { documentFileName } from '../../lib/documents/text.ts';
import { domElement } from '../teaching/present/dom-tree.ts';
import { pageHead, readSources, type MadeFile } from './read-page.ts';
import { drawDiagrams } from './diagram-image.ts';

/** The compare page's chosen cases, as a line for the document ("对照案例：长沙、上海"). */
function compareNote(doc: Document): string[] {
  const chosen = [...doc.querySelectorAll<HTMLElement>('[data-compare-chosen] li > span:first-child')]
    .map((name) => name.textContent?.trim() ?? '')
    .filter(Boolean);
  return chosen.length > 0 ? [`对照案例：${chosen.join('、')}`] : [];
}

/** The page's handout as .docx. */
export async function pageDocx(doc: Document = document, date = new Date()): Promise<MadeFile> {
  const container = doc.querySelector('.sl-markdown-content');
  if (!container) throw new Error('本页没有正文，无法生成文档。');
  const head = pageHead(doc);
  performance.mark('documents:library');
  const blocks = convertContent(domElement(container), { sources: readSources(doc) });
  await drawDiagrams(diagramsOf(blocks));
  performance.mark('documents:diagrams');
  const model = pageDocument({
    ...head,
    url: location.href.split('#')[0] ?? location.href,
    notes: compareNote(doc),
    blocks,
    date,
  });
  return {
    name: documentFileName(head.title, '讲义', date, 'docx'),
    type: DOCX_MIME,
    bytes: await docxBytes(model),
  };
}
