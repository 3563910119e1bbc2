/**
 * The header search button's element (Search.astro): runs from the page script every page
 * loads (src/integrations/page-scripts.ts), not a script tag of its own in each page.
 */
import { NETWORK_FAILURE, searchFailureText } from '../../lib/search/protocol.ts';
import { searchDialog } from './dialog-markup.ts';
import { make } from '../common/make.ts';

/**
 * The shortcut, shown on the button with the platform's key (⌘ on Apple devices) and told to
 * screen readers: made here, as only this module makes the shortcut work (the page's HTML
 * carried a hidden copy for it on every page). The hint is for the eye; on a laptop it takes
 * room the button already has (its width is fixed by the header), so nothing moves.
 */
function showShortcut(openBtn: HTMLButtonElement): void {
  const apple = /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform);
  openBtn.setAttribute('aria-keyshortcuts', apple ? 'Meta+K /' : 'Control+K /');
  const shortcut = make('kbd', { class: 'sl-hidden md:sl-flex', 'aria-hidden': 'true' });
  shortcut.append(make('kbd', {}, apple ? '⌘' : 'Ctrl'), make('kbd', {}, 'K'));
  openBtn.append(shortcut);
}

/** Opening, closing and the shortcuts; everything else loads on first open. */
class SiteSearch extends HTMLElement {
  #attached = false;

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    showShortcut(openBtn);
    const dialog = this.querySelector('dialog') ?? this.appendChild(searchDialog());
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const frame = this.querySelector('.dialog-frame')!;
    const input = this.querySelector<HTMLInputElement>('input')!;

    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      const isLink = target instanceof Element && target.closest('a[href]') !== null;
      if (isLink || (document.body.contains(target) && !frame.contains(target))) dialog.close();
    };

    const open = (event?: Event) => {
      if (dialog.open) return;
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      input.select();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      if (!this.#attached) {
        this.#attached = true;
        import('./dialog.ts').then(
          ({ attachDialog }) => attachDialog(this),
          () => {
            // Its code did not arrive: the network is gone (and this page was kept without it).
            this.#attached = false;
            this.querySelector('[data-search-status]')!.textContent = searchFailureText(
              NETWORK_FAILURE,
              false,
            );
          },
        );
      }
    };

    openBtn.addEventListener('click', open);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else open();
        return;
      }
      if (event.key === '/' && !dialog.open && !isEditable(event.target)) {
        event.preventDefault();
        open();
      }
    });
  }
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

customElements.define('site-search', SiteSearch);
