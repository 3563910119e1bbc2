/**
 * Splits a page's blocks (blocks.ts) into slides: one slide per h2 section,
 * and long sections split where a reader would pause — first between h3
 * sub-sections, then between blocks, and only then inside a long list or
 * table (rows and items stay whole; a table keeps its header on every part).
 * Figures, diagrams and short tables never split.
 *
 * Pure and deterministic: the same blocks give the same slides on any screen,
 * so a slide number means the same slide for everyone in the room. The screen
 * only changes how large the type is, not where the breaks fall.
 */
import type { Block } from './blocks.ts';

/** A block, or a run of its parts (list items / table rows), shown on a slide. */
export interface BlockRef {
  /** Index of the block in the page's block list. */
  block: number;
  /** First part shown (inclusive), when only some parts are on this slide. */
  from?: number;
  /** Part after the last one shown (exclusive). */
  to?: number;
}

/** One slide of a page. */
export interface SlidePlan {
  /** The h2 title (or the page title for content before the first h2). */
  title: string;
  /** The h3 sub-sections on this slide, joined; absent when none. */
  subtitle?: string;
  /** The id of the section's h2, when it has one (ties speaker notes to sections). */
  sectionId?: string;
  /** The section's h2 title (speaker notes are keyed by it). */
  section: string;
  /** True on the second and later slides of one section. */
  continued: boolean;
  /** Position of this slide within its section (1-based) and the section's slide count. */
  part: number;
  parts: number;
  /** What the slide shows, in page order. */
  refs: BlockRef[];
}

/** How much a slide holds, in lines of slide-size type. Tuned so that 1024×768 stays readable. */
export interface SplitOptions {
  /** Lines one slide holds. */
  budget: number;
  /** Characters on one line of body text. */
  lineChars: number;
}

/**
 * Measured at 1024×768, where slide type is about 22px: some 18 lines of 40
 * characters fit under the title. Larger screens scale the type, not the text.
 */
export const DEFAULT_SPLIT: SplitOptions = { budget: 18, lineChars: 40 };

const lines = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));

/** Height of one part (list item or table row), in lines. */
function partWeight(block: Block, chars: number, o: SplitOptions): number {
  if (block.kind === 'table') {
    // Tables are set at three quarters of body size, so a line holds a third more characters;
    // each cell's padding takes the room of a few of them.
    return lines(chars + (block.columns ?? 1) * 4, o.lineChars * 1.33) * 0.75 + 0.35;
  }
  return lines(chars, o.lineChars * 0.95) + 0.25;
}

/** Height of a whole block, in lines. */
export function blockWeight(block: Block, o: SplitOptions = DEFAULT_SPLIT): number {
  switch (block.kind) {
    case 'heading':
      return block.level === 3 ? 1.6 : 1.2;
    case 'diagram':
      return 12;
    case 'image':
      return 9;
    case 'code':
      return lines(block.chars, o.lineChars * 1.6) + 1;
    case 'list':
      return (block.parts ?? []).reduce((sum, c) => sum + partWeight(block, c, o), 0.4);
    case 'table':
      return (block.parts ?? []).reduce((sum, c) => sum + partWeight(block, c, o), 1.6);
    case 'text':
      return lines(block.chars, o.lineChars) + 0.4;
  }
}

/** Weight of a run of parts of a block (the fixed part — a table header — counted once). */
function runWeight(block: Block, from: number, to: number, o: SplitOptions): number {
  const parts = (block.parts ?? []).slice(from, to);
  const fixed = block.kind === 'table' ? 1.6 : 0.4;
  return parts.reduce((sum, c) => sum + partWeight(block, c, o), fixed);
}

interface Section {
  title: string;
  id?: string;
  /** Indices of the section's blocks, after the h2 itself. */
  blocks: number[];
}

/** Group blocks into h2 sections; content before the first h2 forms a section titled with the page title. */
export function sectionsOf(blocks: Block[], pageTitle: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.level === 2) {
      current = { title: block.title ?? '', blocks: [], ...(block.id ? { id: block.id } : {}) };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { title: pageTitle, blocks: [] };
      sections.push(current);
    }
    current.blocks.push(index);
  });
  return sections;
}

/** Split h3 sub-sections: the run before the first h3, then each h3 with what follows it. */
function chunksOf(blocks: Block[], indices: number[]): number[][] {
  const chunks: number[][] = [];
  for (const index of indices) {
    const block = blocks[index];
    const isH3 = block?.kind === 'heading' && (block.level ?? 9) <= 3;
    if (isH3 || chunks.length === 0) chunks.push([]);
    chunks[chunks.length - 1]?.push(index);
  }
  return chunks;
}

/** Pack one section's blocks into runs of refs, each within the budget where that is possible. */
function packSection(blocks: Block[], indices: number[], o: SplitOptions): BlockRef[][] {
  const weight = (i: number) => blockWeight(blocks[i] as Block, o);
  const pages: BlockRef[][] = [];
  let page: BlockRef[] = [];
  let used = 0;
  const flush = () => {
    // A heading never ends a slide: it moves on with the text it introduces.
    const carried: BlockRef[] = [];
    while (page.length > 0) {
      const last = page[page.length - 1] as BlockRef;
      if (blocks[last.block]?.kind !== 'heading' || last.from !== undefined) break;
      carried.unshift(page.pop() as BlockRef);
    }
    if (page.length > 0) pages.push(page);
    page = carried;
    used = carried.reduce((sum, r) => sum + weight(r.block), 0);
  };
  const hasContent = () => page.some((r) => blocks[r.block]?.kind !== 'heading' || r.from !== undefined);
  const add = (ref: BlockRef, w: number) => {
    page.push(ref);
    used += w;
  };

  const total = indices.reduce((sum, i) => sum + weight(i), 0);
  if (total <= o.budget) return [indices.map((block) => ({ block }))];

  for (const chunk of chunksOf(blocks, indices)) {
    const chunkWeight = chunk.reduce((sum, i) => sum + weight(i), 0);
    // A whole sub-section that fits stays together, on this slide or the next.
    if (chunkWeight <= o.budget) {
      if (used + chunkWeight > o.budget) flush();
      chunk.forEach((i) => add({ block: i }, weight(i)));
      continue;
    }
    // A long sub-section starts on a fresh slide unless the current one is still mostly empty.
    if (used > o.budget * 0.5) flush();
    for (const i of chunk) {
      const block = blocks[i] as Block;
      const w = weight(i);
      if (used + w <= o.budget) {
        add({ block: i }, w);
        continue;
      }
      const parts = block.parts ?? [];
      if (parts.length < 2 || w <= o.budget) {
        // Atomic, or a list/table that fits a slide of its own: move it whole
        // (with the heading it carries, if together they still fit).
        flush();
        if (parts.length < 2 || used + w <= o.budget) {
          add({ block: i }, w);
          continue;
        }
      }
      // A list or table longer than a slide: split between parts, filling the
      // current slide first unless only a sliver of it is left.
      if (hasContent() && o.budget - used < 3) flush();
      let from = 0;
      while (from < parts.length) {
        let to = from + 1;
        while (to < parts.length && used + runWeight(block, from, to + 1, o) <= o.budget) to += 1;
        if (used + runWeight(block, from, to, o) > o.budget && hasContent()) {
          flush();
          continue;
        }
        const whole = from === 0 && to === parts.length;
        add(whole ? { block: i } : { block: i, from, to }, runWeight(block, from, to, o));
        from = to;
        if (from < parts.length) flush();
      }
    }
  }
  flush();
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Titles of the h3 headings shown on a slide, or the one it continues. */
function subtitleOf(blocks: Block[], refs: BlockRef[], before: string | undefined): string | undefined {
  const own = refs
    .map((r) => blocks[r.block])
    .filter((b): b is Block => b?.kind === 'heading' && b.level === 3)
    .map((b) => b.title ?? '');
  if (own.length > 0) return own.join(' · ');
  return before ? `${before}（续）` : undefined;
}

/** The slides of one page (without a title slide; see deck.ts). */
export function splitSlides(
  blocks: Block[],
  pageTitle: string,
  options: SplitOptions = DEFAULT_SPLIT,
): SlidePlan[] {
  const slides: SlidePlan[] = [];
  for (const section of sectionsOf(blocks, pageTitle)) {
    const runs = section.blocks.length > 0 ? packSection(blocks, section.blocks, options) : [[]];
    let lastH3: string | undefined;
    runs.forEach((refs, n) => {
      const subtitle = subtitleOf(blocks, refs, lastH3);
      for (const r of refs) {
        const b = blocks[r.block];
        if (b?.kind === 'heading' && b.level === 3) lastH3 = b.title;
      }
      slides.push({
        title: section.title,
        section: section.title,
        ...(section.id ? { sectionId: section.id } : {}),
        ...(subtitle ? { subtitle } : {}),
        continued: n > 0,
        part: n + 1,
        parts: runs.length,
        refs,
      });
    });
  }
  return slides;
}

/** The slides of one h2 section of a page, found by its heading id. */
export function sectionSlides(
  blocks: Block[],
  pageTitle: string,
  sectionId: string,
  options: SplitOptions = DEFAULT_SPLIT,
): SlidePlan[] {
  return splitSlides(blocks, pageTitle, options).filter((s) => s.sectionId === sectionId);
}
