/**
 * What a lecture's handout prints, block by block: for each item, the blocks
 * of its section (or of the whole page), then — for every page whose source
 * list is not already among them — that page's source list at the end, so
 * every citation marker in the handout still points at a listed source.
 */
import type { Block } from './blocks.ts';
import type { LectureItem } from './lecture.ts';
import { sectionsOf } from './slides.ts';

interface HandoutPart {
  item: LectureItem;
  /** Indices into the page's blocks, in order (for a whole page: everything, h2s included). */
  blocks: number[];
}

export interface HandoutPlan {
  parts: HandoutPart[];
  /** Pages whose source list is printed at the end, with the block index of that list. */
  sources: Array<{ page: string; block: number }>;
}

export function handoutPlan(
  items: LectureItem[],
  pages: Map<string, { title: string; blocks: Block[] }>,
): HandoutPlan {
  const parts: HandoutPart[] = [];
  const printedSources = new Set<string>();
  const usedPages: string[] = [];
  for (const item of items) {
    const page = pages.get(item.page);
    if (!page) continue;
    let blocks: number[];
    if (item.section) {
      const section = sectionsOf(page.blocks, page.title).find((s) => s.id === item.section);
      if (!section) continue;
      blocks = section.blocks;
    } else {
      blocks = page.blocks.map((_, i) => i);
    }
    parts.push({ item, blocks });
    if (!usedPages.includes(item.page)) usedPages.push(item.page);
    if (blocks.some((i) => page.blocks[i]?.sourceList)) printedSources.add(item.page);
  }
  const sources = usedPages
    .filter((key) => !printedSources.has(key))
    .flatMap((key) => {
      const block = pages.get(key)?.blocks.findIndex((b) => b.sourceList) ?? -1;
      return block >= 0 ? [{ page: key, block }] : [];
    });
  return { parts, sources };
}
