/**
 * Presentation mode of the current page (a case or topic page): the "演示"
 * button plans the deck from the rendered content, moves the page's own
 * elements into the slides and puts them back on leaving. `#present` or
 * `#present-5` in the address opens the deck (at slide 5), so a reload keeps
 * the place.
 */
import { contentElements, describeBlock } from '../../../lib/teaching/blocks.ts';
import { pageDeck } from '../../../lib/teaching/deck.ts';
import { domElement } from './dom-tree.ts';
import { createMaterializer } from './materialize.ts';
import { openDeck, type DeckHandle } from './deck-view.ts';
import { readNotes } from './notes-view.ts';
import { slideAddress } from './address.ts';

/**
 * Open the page as slides (at slide `startAt`, 0-based); leaving puts the
 * page back and returns focus to `button`. Loaded on first use or once the
 * page is idle (tools-wiring.ts), which wires the button before this arrives.
 */
export function present(button: HTMLButtonElement, startAt = 0): DeckHandle | undefined {
  const container = document.querySelector('.sl-markdown-content');
  if (!container) return undefined;
  const elements = contentElements(domElement(container));
  const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  const description = document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  const slides = pageDeck({
    key: location.pathname,
    title,
    ...(description ? { description } : {}),
    blocks: elements.map(describeBlock),
  });
  const materializer = createMaterializer(elements);
  const notes = readNotes(document);
  const scrollY = window.scrollY;
  return openDeck(
    { slides, contentOf: (slide) => materializer.nodesFor(slide.plan.refs), notesOf: () => notes },
    {
      label: `演示：${title}`,
      startAt,
      onChange: (index) => history.replaceState(history.state, '', slideAddress(index)),
      onClose: () => {
        materializer.restore();
        history.replaceState(history.state, '', location.pathname + location.search);
        window.scrollTo(0, scrollY);
        button.focus();
      },
    },
  );
}
