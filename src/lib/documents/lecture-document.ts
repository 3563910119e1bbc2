/**
 * A lecture (src/lib/teaching/lecture.ts) as a Word handout and as slides:
 * the parts the handout page prints (handout.ts) — each chosen page or
 * section under its own heading, the sources of pages whose lists are not
 * among them at the end — and the deck the lecture presents (deck.ts).
 * A lecture with nothing chosen makes no file: it is refused with a message.
 */
import type { PageNotes } from '../schemas/teaching.ts';
import type { Block, ElementLike } from '../teaching/blocks.ts';
import { lectureDeck } from '../teaching/deck.ts';
import { handoutPlan } from '../teaching/handout.ts';
import { itemLabel, type Lecture, type ResolvedItem } from '../teaching/lecture.ts';
import { deckDocument, type DeckDocument } from './deck-document.ts';
import { convertElement, foldReferenceHeadings, type ContentContext } from './from-content.ts';
import type { DocBlock, DocModel } from './model.ts';
import { SITE_NAME } from './page-document.ts';
import { chineseQuotes } from './text.ts';
import { chineseDate } from '../dates.ts';

/** A page of the lecture, loaded: its elements and their blocks (same order), and its teaching notes. */
export interface LecturePage {
  key: string;
  title: string;
  description?: string;
  elements: ElementLike[];
  blocks: Block[];
  notes?: PageNotes | undefined;
}

export const NOTHING_CHOSEN = '还没有选择任何材料：请先在“可选材料”中添加整页或小节，再下载。';

function refuseEmpty(items: readonly ResolvedItem[], pages: ReadonlyMap<string, LecturePage>): void {
  if (!items.some((item) => pages.has(item.page))) throw new Error(NOTHING_CHOSEN);
}

export function lectureDocument(
  lecture: Lecture,
  items: readonly ResolvedItem[],
  pages: ReadonlyMap<string, LecturePage>,
  ctx: ContentContext,
  date: Date,
): DocModel {
  refuseEmpty(items, pages);
  const plan = handoutPlan([...items], pages as Map<string, LecturePage>);
  const blocks: DocBlock[] = [];
  plan.parts.forEach((part) => {
    const item = items.find((i) => i.page === part.item.page && i.section === part.item.section);
    const page = pages.get(part.item.page);
    if (!item || !page) return;
    blocks.push({ kind: 'heading', level: 1, text: chineseQuotes(itemLabel(item)) });
    if (!item.section && page.description) {
      blocks.push({
        kind: 'paragraph',
        runs: [{ kind: 'text', text: chineseQuotes(page.description) }],
        style: 'lead',
      });
    }
    // A whole page's h2s go under the part's heading; a section's h3s are already one level down.
    const shifted = { ...ctx, headingShift: item.section ? 0 : 1 };
    blocks.push(
      ...foldReferenceHeadings(part.blocks.flatMap((i) => convertElement(page.elements[i]!, shifted))),
    );
  });
  for (const { page: key, block } of plan.sources) {
    const page = pages.get(key);
    if (!page) continue;
    const references = convertElement(page.elements[block]!, ctx).map((b) =>
      b.kind === 'references' ? { ...b, title: `资料来源：${chineseQuotes(page.title)}` } : b,
    );
    blocks.push(...references);
  }
  return {
    title: chineseQuotes(lecture.title),
    subtitle: [
      ...(lecture.subtitle ? [chineseQuotes(lecture.subtitle)] : []),
      `${SITE_NAME} · 组合讲座讲义 · ${chineseDate(date)}`,
    ],
    layout: 'handout',
    blocks,
    meta: { subject: `${SITE_NAME} 组合讲座` },
  };
}

export function lectureSlides(
  lecture: Lecture,
  items: readonly ResolvedItem[],
  pages: ReadonlyMap<string, LecturePage>,
  ctx: ContentContext,
): DeckDocument {
  refuseEmpty(items, pages);
  const slides = lectureDeck({ ...lecture, items: [...items] }, pages as Map<string, LecturePage>);
  return deckDocument(lecture.title, slides, {
    contentOf: (slide) => {
      const page = pages.get(slide.page);
      return page
        ? slide.plan.refs.flatMap((ref) => convertElement(page.elements[ref.block]!, ctx, ref))
        : [];
    },
    notesOf: (slide) => (slide.kind === 'title' ? undefined : pages.get(slide.page)?.notes),
  });
}
