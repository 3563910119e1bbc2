/**
 * Which figure a rendered figure is, from what its markup already says: the
 * passage its number links to (#source-<source>-<section>) and what it counts
 * (its tooltip's first sentence). No figure id is written into the page: on a
 * case page with a hundred figures the ids were some 0.9 KB gzip that no
 * reader used (issue 17's markup ratio). A passage never has two figures of
 * the same label (tests/build/cases.test.ts checks the data), so the pair is
 * a key.
 */
import { ANCHORS } from '../routes.ts';
import type { Figure } from '../schemas/data.ts';

/** The key of a rendered figure: its link's fragment (decoded) and its label, as the data writes it. */
export const figureKey = (fragment: string, label: string): string => `${fragment}|${label}`;

/** The key a figure record renders with. */
export const keyOfFigure = (figure: Pick<Figure, 'source' | 'section' | 'label'>): string =>
  figureKey(ANCHORS.sourceSection(figure.source, figure.section), figure.label);
