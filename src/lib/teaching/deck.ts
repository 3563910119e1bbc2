/**
 * A deck: the ordered slides of one page (presentation mode) or of a lecture
 * (several pages and sections). Built from block lists (blocks.ts) split by
 * slides.ts, plus title and divider slides. The browser turns the plan into
 * slides by moving the page's own elements (figures and diagrams stay the
 * real ones); the tests compute the same plan from the built HTML.
 */
import type { Block } from './blocks.ts';
import type { Lecture, LectureItem } from './lecture.ts';
import { splitSlides, DEFAULT_SPLIT, type SlidePlan, type SplitOptions } from './slides.ts';

/** One page's content, as the deck builder needs it. */
export interface DeckPage {
  /** Page key (docs entry id). */
  key: string;
  title: string;
  description?: string;
  blocks: Block[];
}

export type DeckSlide =
  /** The opening slide: the page's or the lecture's title. */
  | { kind: 'title'; title: string; subtitle?: string; agenda?: string[] }
  /** In a lecture, the start of a whole page. */
  | { kind: 'divider'; page: string; title: string; subtitle?: string }
  /** A slide of content from a page. */
  | { kind: 'content'; page: string; pageTitle: string; plan: SlidePlan };

/** Presentation mode of one page: its title slide, then one or more slides per h2. */
export function pageDeck(page: DeckPage, options: SplitOptions = DEFAULT_SPLIT): DeckSlide[] {
  return [
    { kind: 'title', title: page.title, ...(page.description ? { subtitle: page.description } : {}) },
    ...splitSlides(page.blocks, page.title, options).map((plan): DeckSlide => ({
      kind: 'content',
      page: page.key,
      pageTitle: page.title,
      plan,
    })),
  ];
}

/** Title of one lecture item, for the agenda. */
function agendaLine(
  item: LectureItem,
  pages: Map<string, DeckPage>,
  sectionTitle: string | undefined,
): string {
  const title = pages.get(item.page)?.title ?? item.page;
  return sectionTitle ? `${title} · ${sectionTitle}` : title;
}

/**
 * A lecture's deck: a title slide with the agenda, then for each item either
 * a divider and all slides of the page, or the slides of one section. Items
 * whose page is not in `pages` (or whose section is not on it) are skipped.
 */
export function lectureDeck(
  lecture: Lecture,
  pages: Map<string, DeckPage>,
  options: SplitOptions = DEFAULT_SPLIT,
): DeckSlide[] {
  const slidesOf = new Map<string, SlidePlan[]>();
  const plansFor = (page: DeckPage) => {
    let plans = slidesOf.get(page.key);
    if (!plans) {
      plans = splitSlides(page.blocks, page.title, options);
      slidesOf.set(page.key, plans);
    }
    return plans;
  };
  const agenda: string[] = [];
  const body: DeckSlide[] = [];
  for (const item of lecture.items) {
    const page = pages.get(item.page);
    if (!page) continue;
    const plans = plansFor(page);
    if (item.section) {
      const own = plans.filter((p) => p.sectionId === item.section);
      if (own.length === 0) continue;
      agenda.push(agendaLine(item, pages, own[0]?.section));
      body.push(
        ...own.map((plan): DeckSlide => ({ kind: 'content', page: page.key, pageTitle: page.title, plan })),
      );
    } else {
      agenda.push(agendaLine(item, pages, undefined));
      body.push({
        kind: 'divider',
        page: page.key,
        title: page.title,
        ...(page.description ? { subtitle: page.description } : {}),
      });
      body.push(
        ...plans.map((plan): DeckSlide => ({ kind: 'content', page: page.key, pageTitle: page.title, plan })),
      );
    }
  }
  return [
    {
      kind: 'title',
      title: lecture.title,
      ...(lecture.subtitle ? { subtitle: lecture.subtitle } : {}),
      agenda,
    },
    ...body,
  ];
}

/** The label a slide shows in the counter's tooltip and the speaker window ("组织架构（续）"). */
export function slideLabel(slide: DeckSlide): string {
  if (slide.kind !== 'content') return slide.title;
  const { plan } = slide;
  return plan.continued ? `${plan.title}（续）` : plan.title;
}
