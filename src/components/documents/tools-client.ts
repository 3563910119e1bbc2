/**
 * Wires the document tools of a page (DocumentTools.astro). The buttons are
 * in the page; their status line and the two panels are made here, where
 * they are used. Everything else is a dynamic import made on click — the
 * Word and slide libraries, the QR encoder, the download helper, the source
 * records — so a case page starts without them. A failure is said in the
 * status line, in Chinese, and nothing is downloaded.
 */
import { make } from '../common/make.ts';
import { DIAGRAM_CANVAS } from '../../lib/markdown/markup.ts';

const PANEL_LABELS: Record<string, string> = { cite: '引用本页', share: '分享本页' };

export function setUpDocumentTools(doc: Document): void {
  const bar = doc.querySelector('[data-doc-download]')?.parentElement;
  if (!bar) return;
  // A live region in the page from the start, so that what it says later is announced.
  const status = make('p', { class: 'doc-tools__status', role: 'status', 'aria-live': 'polite' }, '', doc);
  bar.append(status);
  const say = (text: string) => {
    status.textContent = text;
  };

  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-doc-download]'))
    wireDownload(doc, button, say);

  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-doc-panel]')) {
    const kind = button.dataset['docPanel'] ?? '';
    const label = PANEL_LABELS[kind] ?? button.textContent ?? '';
    const attrs = { class: 'doc-tools__panel', id: `doc-${kind}-panel`, 'aria-label': label, hidden: '' };
    const panel = make('section', attrs, undefined, doc);
    bar.append(panel);
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open) return;
      try {
        const [{ fillCitePanel, fillSharePanel }] = await Promise.all([
          import('./cite-share.ts'),
          kind === 'cite' ? import('./page-sources.ts').then((m) => m.embedPageSources(doc)) : undefined,
        ]);
        if (kind === 'cite') fillCitePanel(panel, doc);
        else fillSharePanel(panel, doc);
      } catch (error) {
        say(error instanceof Error ? error.message : String(error));
      }
    });
  }
}

/** A download button: the file is made in the browser from the page. */
function wireDownload(doc: Document, button: HTMLButtonElement, say: (text: string) => void): void {
  const kind = button.dataset['docDownload'];
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    button.setAttribute('aria-busy', 'true');
    say(kind === 'pptx' ? '正在生成幻灯片……' : '正在生成 Word 文档……');
    // Marks for the bench: click, library loaded, diagrams drawn, file written.
    performance.mark('documents:click');
    try {
      // Mermaid, for the diagrams, loads alongside the document library rather than after it.
      if (doc.querySelector(DIAGRAM_CANVAS)) void import('./diagram-image.ts').then((m) => m.warmUp());
      const [, build, { download }] = await Promise.all([
        import('./page-sources.ts').then((m) => m.embedPageSources(doc)),
        kind === 'pptx'
          ? import('./page-slides.ts').then((m) => () => m.pageSlides(doc))
          : import('./page-export.ts').then((m) => () => m.pageDocx(doc)),
        import('../../islands/planner/files.ts'),
      ]);
      const made = await build();
      download(made.name, made.type, new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }));
      say(`已生成“${made.name}”。`);
    } catch (error) {
      say(`没能生成文件：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      button.removeAttribute('aria-disabled');
      button.removeAttribute('aria-busy');
    }
  });
}
