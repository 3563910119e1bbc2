/**
 * Starlight's phone menu element (its PageFrame's script; our PageFrame.astro
 * leaves it to the page module rather than a script tag of its own). The menu opens and closes without JavaScript (the
 * popover API); this removes the popover on wide screens, where the sidebar
 * is always shown, and keeps keyboard focus in the header and menu while
 * the menu is open.
 */
class SidebarPane extends HTMLElement {
  constructor() {
    super();
    const desktop = matchMedia('(min-width: 50em)');
    // Only the phone menu is a popover.
    const resetPopover = () => {
      this.popover = desktop.matches ? null : 'auto';
    };
    resetPopover();
    desktop.addEventListener('change', resetPopover);
    this.addEventListener('toggle', (event) => this.trapFocus((event as ToggleEvent).newState === 'open'));
  }

  /** While the menu is open, the page behind it (and the skip link) cannot take focus. */
  trapFocus(trap: boolean): void {
    for (const element of document.querySelectorAll<HTMLElement>('.main-frame, .sl-skip-link'))
      element.toggleAttribute('inert', trap);
  }
}

if (!customElements.get('sl-sidebar-pane')) customElements.define('sl-sidebar-pane', SidebarPane);
