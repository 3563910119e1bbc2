/**
 * The theme select (ThemeSelect.astro): runs from the page script every page
 * loads (src/integrations/page-scripts.ts), not a script tag of its own in each page.
 * The select does nothing without JavaScript, so it is made here rather than
 * carried by every page's HTML: in the header's box, which has kept its room,
 * and in the phone menu's footer (Sidebar.astro), made here too.
 */
import { make } from '../common/make.ts';
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
  for (const select of document.querySelectorAll<HTMLSelectElement>('.theme-select select'))
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

/** The choices, in Starlight's order and words. */
const CHOICES: ReadonlyArray<readonly [Theme, string]> = [
  ['dark', '深色'],
  ['light', '浅色'],
  ['auto', '自动'],
];

/** One select, named for screen readers, showing the stored choice and applying a new one. */
function themeSelect(): HTMLSelectElement {
  const select = make('select', { autocomplete: 'off', 'aria-label': '选择主题' });
  select.append(...CHOICES.map(([value, text]) => make('option', { value }, text)));
  select.addEventListener('change', () => onThemeChange(parseTheme(select.value)));
  return select;
}

/** The phone menu's footer (Starlight's MobileMenuFooter), after the menu's links. */
function menuFooter(): HTMLElement | undefined {
  const menu = document.querySelector('sl-sidebar-pane > div');
  if (!menu) return undefined;
  const footer = make('div', { class: 'site-menu-footer theme-select' });
  menu.append(footer);
  return footer;
}

for (const holder of [document.querySelector('.header > .theme-select'), menuFooter()])
  holder?.append(themeSelect());
onThemeChange(loadTheme());
