/**
 * The "打印" button: every diagram is drawn first (they are otherwise drawn
 * only when they come near the viewport), then the print dialog opens. Ctrl+P
 * takes the same path (diagram-loader.ts), so both print the same page.
 */
import { drawAll } from '../../markdown/diagram-loader.ts';

/** Draw every diagram in `root` (a page, or a lecture's handout). */
export async function drawAllDiagrams(root: ParentNode = document): Promise<void> {
  await drawAll(root);
}

/** The 打印 button's action: draw every diagram, then open the print dialog. */
export async function printPage(button: HTMLButtonElement): Promise<void> {
  if (button.disabled) return;
  button.disabled = true;
  const label = button.textContent;
  button.textContent = '准备打印…';
  await drawAllDiagrams();
  button.textContent = label;
  button.disabled = false;
  window.print();
}
