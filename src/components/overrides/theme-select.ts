/**
 * The theme select's element (ThemeSelect.astro): runs from the page script every page
 * loads (src/integrations/page-scripts.ts), not a script tag of its own in each page.
 * The page holds one select, in the header; the phone menu's footer gets a copy here
 * (Sidebar.astro), before the element is defined so that both copies start alike.
 */
type Theme = 'auto' | 'dark' | 'light';

/** Key in localStorage, Starlight's: a choice made before this override still holds. */
const storageKey = 'starlight-theme';

const parseTheme = (theme: unknown): Theme =>
  theme === 'auto' || theme === 'dark' || theme === 'light' ? theme : 'auto';

const loadTheme = (): Theme =>
  parseTheme(typeof localStorage !== 'undefined' && localStorage.getItem(storageKey));

function storeTheme(theme: Theme): void {
  if (typeof localStorage !== 'undefined') {
    localStorage.setItem(storageKey, theme === 'light' || theme === 'dark' ? theme : '');
  }
}

const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

/** Every theme select on the page (header and phone menu) shows the choice. */
function updatePickers(choice: Theme): void {
  for (const select of document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select'))
    select.value = choice;
}

function onThemeChange(theme: Theme): void {
  updatePickers(theme);
  document.documentElement.dataset.theme = theme === 'auto' ? systemTheme() : theme;
  storeTheme(theme);
}

matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
  if (loadTheme() === 'auto') onThemeChange('auto');
});

class ThemeSelect extends HTMLElement {
  constructor() {
    super();
    onThemeChange(loadTheme());
    this.querySelector('select')?.addEventListener('change', (event) => {
      if (event.currentTarget instanceof HTMLSelectElement)
        onThemeChange(parseTheme(event.currentTarget.value));
    });
  }
}
const menuFooter = document.querySelector('.site-menu-footer');
const headerSelect = document.querySelector('header starlight-theme-select');
if (menuFooter && headerSelect && !menuFooter.firstElementChild)
  menuFooter.append(headerSelect.cloneNode(true));
customElements.define('starlight-theme-select', ThemeSelect);
