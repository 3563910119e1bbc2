/**
 * What a key does in presentation mode. Kept apart from the DOM so that the
 * key map is tested and documented in one place (the help text reads it too).
 */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'notes' | 'exit';

const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'notes',
  N: 'notes',
  Escape: 'exit',
};

/** The action of a key press; modifier chords (Ctrl+F, Alt+←…) are left to the browser. */
export function deckAction(
  key: string,
  modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {},
): DeckAction | undefined {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return undefined;
  return KEYS[key];
}

/** The key help shown in the deck, in Chinese. */
export const KEY_HELP =
  '→ ↓ 空格 PgDn 下一张 · ← ↑ PgUp 上一张 · Home/End 首/末张 · F 全屏 · N 备注 · Esc 退出';

/** Clamp a slide index to the deck. */
export const clampSlide = (index: number, count: number) => Math.max(0, Math.min(count - 1, index));
