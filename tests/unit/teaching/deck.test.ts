import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/teaching/blocks.ts';
import { lectureDeck, pageDeck, slideLabel, type DeckPage } from '../../../src/lib/teaching/deck.ts';

const h2 = (title: string): Block => ({ kind: 'heading', level: 2, title, id: title, chars: title.length });
const text = (chars: number): Block => ({ kind: 'text', chars });

const changsha: DeckPage = {
  key: 'cases/changsha',
  title: '长沙',
  description: '四项再造',
  blocks: [h2('概况'), text(100), h2('组织架构'), text(900), text(900), h2('来源'), text(20)],
};
const xihu: DeckPage = {
  key: 'cases/nanchang-xihu',
  title: '西湖区',
  blocks: [h2('概况'), text(100), h2('工作机制'), text(50)],
};
const pages = new Map([changsha, xihu].map((p) => [p.key, p]));

describe('pageDeck', () => {
  it('opens with a title slide carrying the description, then the page slides', () => {
    const deck = pageDeck(changsha);
    expect(deck[0]).toEqual({ kind: 'title', title: '长沙', subtitle: '四项再造' });
    expect(deck.slice(1).map(slideLabel)).toEqual(['概况', '组织架构', '组织架构（续）', '来源']);
  });
});

describe('lectureDeck', () => {
  it('has a title slide with the agenda, a divider before a whole page, and single sections without one', () => {
    const deck = lectureDeck(
      {
        title: '大党委专题',
        subtitle: '春季班',
        items: [{ page: 'cases/nanchang-xihu' }, { page: 'cases/changsha', section: '组织架构' }],
      },
      pages,
    );
    expect(deck[0]).toEqual({
      kind: 'title',
      title: '大党委专题',
      subtitle: '春季班',
      agenda: ['西湖区', '长沙 · 组织架构'],
    });
    expect(deck.slice(1).map((s) => `${s.kind}:${slideLabel(s)}`)).toEqual([
      'divider:西湖区',
      'content:概况',
      'content:工作机制',
      'content:组织架构',
      'content:组织架构（续）',
    ]);
  });

  it('leaves out pages and sections it does not have', () => {
    const deck = lectureDeck(
      {
        title: 't',
        items: [
          { page: 'cases/none' },
          { page: 'cases/changsha', section: '没有' },
          { page: 'cases/changsha', section: '来源' },
        ],
      },
      pages,
    );
    expect(deck.map(slideLabel)).toEqual(['t', '来源']);
    expect(deck[0]).toMatchObject({ agenda: ['长沙 · 来源'] });
  });
});
