import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/teaching/blocks.ts';
import { handoutPlan } from '../../../src/lib/teaching/handout.ts';

const h2 = (title: string): Block => ({ kind: 'heading', level: 2, title, id: title, chars: 2 });
const text: Block = { kind: 'text', chars: 10 };
const sources: Block = { kind: 'list', chars: 10, sourceList: true, parts: [10] };
const page = { title: '长沙', blocks: [h2('概况'), text, h2('组织架构'), text, text, h2('来源'), sources] };
const other = { title: '上海', blocks: [h2('概况'), text, h2('来源'), sources] };
const pages = new Map([
  ['cases/changsha', page],
  ['cases/shanghai', other],
]);

describe('handoutPlan', () => {
  it('prints a section’s blocks without its h2, and a whole page with everything', () => {
    const plan = handoutPlan(
      [{ page: 'cases/changsha', section: '组织架构' }, { page: 'cases/shanghai' }],
      pages,
    );
    expect(plan.parts.map((p) => p.blocks)).toEqual([
      [3, 4],
      [0, 1, 2, 3],
    ]);
  });

  it('adds the source list of each page whose sources are not printed already, once', () => {
    const plan = handoutPlan(
      [
        { page: 'cases/changsha', section: '组织架构' },
        { page: 'cases/changsha', section: '概况' },
        { page: 'cases/shanghai' },
      ],
      pages,
    );
    expect(plan.sources).toEqual([{ page: 'cases/changsha', block: 6 }]);
  });

  it('skips items it cannot find', () => {
    const plan = handoutPlan([{ page: 'cases/none' }, { page: 'cases/changsha', section: '没有' }], pages);
    expect(plan).toEqual({ parts: [], sources: [] });
  });
});
