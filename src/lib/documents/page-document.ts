/**
 * The handout of one page (a case, a topic, the compare page): the page's
 * title, a line saying where it comes from and when it was made, then the
 * page's content as the reader sees it.
 */
import type { DocBlock, DocModel } from './model.ts';
import { chineseQuotes } from './text.ts';
import { chineseDate } from '../dates.ts';

export const SITE_NAME = '城市基层党建案例库';

export interface PageDocumentInput {
  title: string;
  /** The page's description, printed under the title. */
  description?: string | undefined;
  /** The page's full address, printed so a reader of the paper can find the page. */
  url: string;
  /** Lines that say what the reader chose (the compare page's cases). */
  notes?: string[];
  blocks: DocBlock[];
  date: Date;
}

export function pageDocument(input: PageDocumentInput): DocModel {
  return {
    title: chineseQuotes(input.title),
    subtitle: [
      ...(input.description ? [chineseQuotes(input.description)] : []),
      ...(input.notes ?? []),
      `${SITE_NAME} · ${chineseDate(input.date)}`,
    ],
    layout: 'handout',
    blocks: [
      ...input.blocks,
      { kind: 'paragraph', runs: [{ kind: 'text', text: `网页版：${input.url}` }], style: 'note' },
    ],
    meta: { subject: SITE_NAME },
  };
}
