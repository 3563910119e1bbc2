/**
 * Word handout and slides of a lecture, for the lecture builder and the
 * lecture's handout and presentation pages. Loaded on click. Pages already
 * brought in (the handout and presentation pages load them to show them)
 * are used as they are; the builder has to fetch them first.
 */
import {
  resolveLecture,
  type CataloguePage,
  type Lecture,
  type ResolvedItem,
} from '../../../lib/teaching/lecture.ts';
import {
  lectureDocument,
  lectureSlides,
  NOTHING_CHOSEN,
  type LecturePage,
} from '../../../lib/documents/lecture-document.ts';
import { diagramsOf } from '../../../lib/documents/model.ts';
import { documentFileName } from '../../../lib/documents/text.ts';
import { loadPages } from './load-pages.ts';
import { readSources, type MadeFile } from '../../documents/read-page.ts';
import { drawDiagrams } from '../../documents/diagram-image.ts';

export type LectureFileKind = 'docx' | 'pptx';

export async function lectureFile(
  kind: LectureFileKind,
  lecture: Lecture,
  items: readonly ResolvedItem[],
  pages: ReadonlyMap<string, LecturePage>,
  date = new Date(),
): Promise<MadeFile> {
  const ctx = { sources: readSources(document) };
  if (kind === 'docx') {
    const model = lectureDocument(lecture, items, pages, ctx, date);
    await drawDiagrams(diagramsOf(model.blocks));
    const { docxBytes, DOCX_MIME } = await import('../../../lib/documents/docx.ts');
    return {
      name: documentFileName(lecture.title, '讲义', date, 'docx'),
      type: DOCX_MIME,
      bytes: await docxBytes(model),
    };
  }
  const deck = lectureSlides(lecture, items, pages, ctx);
  await drawDiagrams(deck.slides.flatMap((s) => diagramsOf(s.body)));
  const { pptxBytes, PPTX_MIME } = await import('../../../lib/documents/pptx.ts');
  return {
    name: documentFileName(lecture.title, '幻灯片', date, 'pptx'),
    type: PPTX_MIME,
    bytes: await pptxBytes(deck),
  };
}

/** From the builder: resolve the lecture, fetch its pages, make the file, and let the fetched pages go. */
export async function builderFile(
  kind: LectureFileKind,
  lecture: Lecture,
  catalogue: CataloguePage[],
): Promise<MadeFile> {
  const { items } = resolveLecture(lecture, catalogue);
  if (items.length === 0) throw new Error(NOTHING_CHOSEN);
  const before = new Set(document.querySelectorAll('[data-lecture-holder]'));
  try {
    const pages = await loadPages(
      items.map((i) => i.page),
      catalogue,
    );
    return await lectureFile(kind, lecture, items, pages);
  } finally {
    for (const holder of document.querySelectorAll('[data-lecture-holder]'))
      if (!before.has(holder)) holder.remove();
  }
}
