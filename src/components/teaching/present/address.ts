/**
 * The address of a slide: `#present` or `#present-5` opens the page's deck
 * (at slide 5), so a reload keeps the place.
 */
const HASH = /^#present(?:-(\d+))?$/;

/** The hash for slide `index` (0-based). */
export const slideAddress = (index: number): string => `#present-${index + 1}`;

/** The slide (0-based) a hash asks for, or undefined when it asks for none. */
export function slideInAddress(hash: string): number | undefined {
  const match = HASH.exec(hash);
  return match ? Number(match[1] ?? 1) - 1 : undefined;
}
