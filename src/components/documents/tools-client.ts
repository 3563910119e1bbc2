/**
 * Wires the document tools of a page (DocumentTools.astro). Everything else
 * is a dynamic import made on click — the Word and slide libraries, the QR
 * encoder, the download helper — so a case page starts without them. A
 * failure is said in the status line, in Chinese, and nothing is downloaded.
 */
export function setUpDocumentTools(doc: Document): void {
  const status = doc.querySelector<HTMLElement>('[data-doc-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-doc-download]')) {
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
        if (doc.querySelector('[data-diagram-source]'))
          void import('./diagram-image.ts').then((m) => m.warmUp());
        const [made, { download }] = await Promise.all([
          kind === 'pptx'
            ? import('./page-slides.ts').then((m) => m.pageSlides(doc))
            : import('./page-export.ts').then((m) => m.pageDocx(doc)),
          import('../../islands/planner/files.ts'),
        ]);
        download(
          made.name,
          made.type,
          new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }),
        );
        say(`已生成“${made.name}”。`);
      } catch (error) {
        say(`没能生成文件：${error instanceof Error ? error.message : String(error)}`);
      } finally {
        button.removeAttribute('aria-disabled');
        button.removeAttribute('aria-busy');
      }
    });
  }

  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-doc-panel]')) {
    const panel = doc.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!panel) continue;
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open) return;
      const { fillCitePanel, fillSharePanel } = await import('./cite-share.ts');
      if (button.dataset['docPanel'] === 'cite') fillCitePanel(panel, doc);
      else fillSharePanel(panel, doc);
    });
  }
}
