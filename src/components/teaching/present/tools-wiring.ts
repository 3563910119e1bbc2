/**
 * Wires the 演示 and 打印 buttons of a case or topic page (PageTools.astro).
 * The first screen needs none of the deck's or the print path's code: it
 * loads once the page is idle — so presenting works offline later — or at
 * once when a button is used or the address asks for a slide.
 */
import { whenIdle } from '../../common/when-idle.ts';
import { slideInAddress } from './address.ts';

function wirePresent(button: HTMLButtonElement): void {
  const deckCode = () => import('./page-present.ts');
  let opening = false;
  const open = (startAt: number) => {
    if (opening) return;
    opening = true;
    void deckCode()
      .then(({ present }) => present(button, startAt))
      .finally(() => (opening = false));
  };
  button.addEventListener('click', () => open(0));
  const asked = slideInAddress(location.hash);
  if (asked !== undefined) open(asked);
  else whenIdle(() => void deckCode());
}

function wirePrint(button: HTMLButtonElement): void {
  const printCode = () => import('./print-ready.ts');
  button.addEventListener('click', () => void printCode().then(({ printPage }) => printPage(button)));
  whenIdle(() => void printCode());
}

const presentButton = document.querySelector<HTMLButtonElement>('[data-present-button]');
if (presentButton) wirePresent(presentButton);
const printButton = document.querySelector<HTMLButtonElement>('[data-print-button]');
if (printButton) wirePrint(printButton);
