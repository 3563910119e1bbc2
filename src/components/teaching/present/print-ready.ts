/**
 * The "打印" button: diagrams are drawn only when they come near the
 * viewport, so before printing we bring each undrawn one into view, wait
 * until it is drawn (or a few seconds pass), go back to where the reader was,
 * and open the print dialog. Printing with Ctrl+P still works; undrawn
 * diagrams then print as their text version.
 */

const DRAWN = ['rendered', 'error'];

function whenDrawn(canvas: HTMLElement, timeout: number): Promise<void> {
  if (DRAWN.includes(canvas.dataset['state'] ?? '')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (DRAWN.includes(canvas.dataset['state'] ?? '')) done();
    });
    observer.observe(canvas, { attributes: true, attributeFilter: ['data-state'] });
    const timer = setTimeout(done, timeout);
  });
}

/** Draw every diagram in `root`, then restore the scroll position. */
export async function drawAllDiagrams(root: ParentNode = document): Promise<void> {
  const canvases = [...root.querySelectorAll<HTMLElement>('[data-diagram-source]')];
  const { scrollX, scrollY } = window;
  for (const canvas of canvases) {
    if (DRAWN.includes(canvas.dataset['state'] ?? '')) continue;
    canvas.scrollIntoView({ block: 'center' });
    await whenDrawn(canvas, 4000);
  }
  window.scrollTo(scrollX, scrollY);
}

export function setUpPrintButton(button: HTMLButtonElement): void {
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    const label = button.textContent;
    button.textContent = '准备打印…';
    await drawAllDiagrams();
    button.textContent = label;
    button.disabled = false;
    window.print();
  });
}
