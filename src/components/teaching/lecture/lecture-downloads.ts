/**
 * The download buttons of a lecture's handout and presentation pages
 * ([data-lecture-download="docx" | "pptx"]). Small on purpose: the code that
 * makes the files is imported when a button is pressed.
 */
import type { Lecture, ResolvedItem } from '../../../lib/teaching/lecture.ts';
import type { LecturePage } from '../../../lib/documents/lecture-document.ts';
import { download } from '../../../islands/planner/files.ts';

export interface LectureOnPage {
  lecture: Lecture;
  items: ResolvedItem[];
  pages: ReadonlyMap<string, LecturePage>;
}

export function setUpLectureDownloads(
  doc: Document,
  current: () => LectureOnPage,
  say: (text: string) => void,
): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-lecture-download]')) {
    const kind = button.dataset['lectureDownload'] === 'pptx' ? 'pptx' : 'docx';
    button.addEventListener('click', async () => {
      button.disabled = true;
      say(kind === 'pptx' ? '正在生成幻灯片……' : '正在生成 Word 讲义……');
      try {
        const { lecture, items, pages } = current();
        const { lectureFile } = await import('./lecture-export.ts');
        const made = await lectureFile(kind, lecture, items, pages);
        download(
          made.name,
          made.type,
          new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }),
        );
        say(`已生成文件：${made.name}`);
      } catch (error) {
        say(`没能生成文件：${error instanceof Error ? error.message : String(error)}`);
      } finally {
        button.disabled = false;
      }
    });
  }
}
