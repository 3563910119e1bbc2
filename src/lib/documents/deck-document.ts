/**
 * A slides file's content: the deck presentation mode shows (deck.ts), slide
 * for slide, so slide 7 of the file is slide 7 on the screen. Each content
 * slide carries its blocks as document blocks, up to three of its figures as
 * large numbers with their source line, and speaker notes from the teaching
 * notes (the same items presentation mode shows).
 */
import type { PageNotes } from '../schemas/teaching.ts';
import type { DeckSlide } from '../teaching/deck.ts';
import { slideLabel } from '../teaching/deck.ts';
import { slideNotesPlan, slideNotesText } from '../teaching/notes.ts';
import type { DocBlock, Inline } from './model.ts';
import { chineseQuotes } from './text.ts';

interface SlideFigure {
  /** Which figure (src/lib/figures/identify.ts): a slide shows each once. */
  key: string;
  text: string;
  label: string;
  citation: string;
}

export interface SlideModel {
  kind: DeckSlide['kind'];
  /** Small line above the title (the page a content slide comes from). */
  kicker?: string;
  title: string;
  subtitle?: string;
  agenda?: string[];
  body: DocBlock[];
  /** Figures shown large beside the text. */
  figures: SlideFigure[];
  notes: string;
}

export interface DeckDocument {
  title: string;
  slides: SlideModel[];
}

/** Figures shown large on one slide at most. */
const MAX_SLIDE_FIGURES = 3;

function figuresIn(blocks: readonly DocBlock[]): SlideFigure[] {
  const runs: Inline[] = blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return b.runs;
    if (b.kind === 'list') return b.items.flatMap((i) => i.runs);
    if (b.kind === 'table') return [...b.header, ...b.rows].flat().flatMap((c) => c.paragraphs.flat());
    return [];
  });
  const seen = new Set<string>();
  const out: SlideFigure[] = [];
  for (const run of runs) {
    if (run.kind !== 'figure' || run.missing || seen.has(run.key)) continue;
    seen.add(run.key);
    out.push({ key: run.key, text: run.text, label: run.label, citation: run.citation });
  }
  return out;
}

export interface DeckSources {
  /** The document blocks of a content slide. */
  contentOf(slide: Extract<DeckSlide, { kind: 'content' }>): DocBlock[];
  /** The teaching notes of the page a slide comes from. */
  notesOf(slide: DeckSlide): PageNotes | undefined;
}

export function deckDocument(
  title: string,
  slides: readonly DeckSlide[],
  sources: DeckSources,
): DeckDocument {
  return {
    title: chineseQuotes(title),
    slides: slides.map((slide): SlideModel => {
      const notes = slideNotesText(slideNotesPlan(slide, sources.notesOf(slide)));
      if (slide.kind === 'title' || slide.kind === 'divider') {
        return {
          kind: slide.kind,
          ...(slide.kind === 'divider' ? { kicker: '本部分' } : { kicker: '城市基层党建案例库' }),
          title: chineseQuotes(slide.title),
          ...(slide.subtitle ? { subtitle: chineseQuotes(slide.subtitle) } : {}),
          ...(slide.kind === 'title' && slide.agenda?.length
            ? { agenda: slide.agenda.map(chineseQuotes) }
            : {}),
          body: [],
          figures: [],
          notes,
        };
      }
      const body = sources.contentOf(slide);
      return {
        kind: 'content',
        kicker: chineseQuotes(slide.pageTitle),
        title: chineseQuotes(slideLabel(slide)),
        ...(slide.plan.subtitle ? { subtitle: chineseQuotes(slide.plan.subtitle) } : {}),
        body,
        figures: figuresIn(body).slice(0, MAX_SLIDE_FIGURES),
        notes,
      };
    }),
  };
}
