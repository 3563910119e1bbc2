import { describe, expect, it } from 'vitest';
import { loadedFigureSchema, type Figure, type Source } from '../../../src/lib/schemas/data.ts';
import { formatFigure, MISSING_TEXT } from '../../../src/lib/figures/format.ts';
import {
  distractorValues,
  figurePrompt,
  figureQuestion,
  figureQuestionsFor,
  isQuizzable,
  statementQuestionsFor,
} from '../../../src/lib/teaching/quiz.ts';
import { seededRandom } from '../../../src/lib/teaching/random.ts';

const fig = (f: Record<string, unknown>): Figure =>
  loadedFigureSchema.parse({ city: '长沙', themes: ['阵地建设'], source: 'changsha', section: 's2-4', ...f });

const sources = new Map<string, Source>([
  [
    'changsha',
    {
      id: 'changsha',
      title: '长沙市"四项再造"推进城市基层党建案例',
      date: '未注明',
      file: 'x.txt',
      genre: '案例材料',
      covers: '…',
      defects: [],
      sections: [{ id: 's2-4', title: '（四）实施服务阵地再造' }],
    },
  ],
]);

const area = fig({
  id: 'cs-shequ-yongfang-zuidi',
  value: 600,
  qualifier: '不少于',
  unit: '平方米',
  label: '每个社区的服务用房面积',
});
const branches = fig({ id: 'cs-xiaoqu-dangzhibu', value: 863, unit: '个', label: '建在住宅小区的党支部' });
const share = fig({ id: 'cs-wutongyi', value: 90, unit: '%', label: '做到"五统一"的社区所占比例' });
const range = fig({
  id: 'cs-jingfei',
  value: 20,
  max: 40,
  unit: '万元',
  label: '楼宇党群服务中心建设启动经费',
});
const worded = fig({
  id: 'cs-wenming',
  value: 3,
  unit: '届',
  written: '三届',
  label: '连续荣获全国文明城市称号的届数',
});
const lost = fig({
  id: 'gz-lost',
  missing: true,
  unit: '个',
  label: '镇街',
  city: '广州',
  source: 'forum',
  section: 'gz-3',
});
const decimal = fig({ id: 'cs-zhiguan', value: 7.44, unit: '万', label: '社区直管党员' });
const figures = [area, branches, share, range, worded, lost, decimal];
const input = { figures, sources, seed: 'test' };

describe('figure questions', () => {
  it('asks in the words of the issue, with the qualifier and the unit', () => {
    expect(figurePrompt(area)).toBe('据原文，长沙每个社区的服务用房面积不少于多少平方米？');
    expect(figurePrompt(branches)).toBe('据原文，长沙建在住宅小区的党支部是多少个？');
    expect(figurePrompt(share)).toBe('据原文，长沙做到"五统一"的社区所占比例是百分之多少？');
    expect(figurePrompt(worded)).toBe('据原文，长沙连续荣获全国文明城市称号的届数是多少？');
  });

  it('has exactly one right option, reading as the figure reads on the site', () => {
    const q = figureQuestion(area, input);
    expect(q.type).toBe('single');
    expect(q.options).toHaveLength(4);
    expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['600平方米']);
    expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
    expect(q.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(q.explanation).toContain(formatFigure(area));
  });

  it('cites the source title and section, and links to the figure’s row in its case’s figures table', () => {
    const q = figureQuestion(area, input);
    expect(q.citations).toEqual([
      {
        source: 'changsha',
        sourceTitle: '长沙市"四项再造"推进城市基层党建案例',
        section: 's2-4',
        sectionTitle: '（四）实施服务阵地再造',
      },
    ]);
    expect(q.link.href).toBe('/reference/figures/changsha/#figure-row-cs-shequ-yongfang-zuidi');
    expect(q.cases).toEqual(['changsha']);
  });

  it('is the same for the same seed and may differ for another', () => {
    expect(figureQuestion(branches, input)).toEqual(figureQuestion(branches, input));
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
        figureQuestion(branches, { ...input, seed })
          .options.map((o) => o.text)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never asks about, or offers, a figure the source lost', () => {
    expect(isQuizzable(lost)).toBe(false);
    for (const q of figureQuestionsFor('changsha', input)) {
      for (const o of q.options) expect(o.text).not.toContain(MISSING_TEXT);
    }
    expect(figureQuestionsFor('guangzhou', input)).toEqual([]);
  });

  it('keeps wrong values plausible: same precision, percentages at most 100, ranges stay ranges', () => {
    const random = seededRandom('x');
    for (const v of distractorValues(decimal, figures, random))
      expect(String(v.value).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    for (const v of distractorValues(share, figures, random)) expect(v.value).toBeLessThanOrEqual(100);
    for (const v of distractorValues(range, figures, random)) {
      expect(v.max).toBeDefined();
      expect(v.max as number).toBeGreaterThan(v.value as number);
      expect([v.value, v.max]).not.toEqual([20, 40]);
    }
    const q = figureQuestion(range, input);
    expect(q.options.find((o) => o.correct)?.text).toBe('20—40万元');
  });

  it('asks about numbers the source writes in words in words', () => {
    const q = figureQuestion(worded, input);
    expect(q.options.find((o) => o.correct)?.text).toBe('三届');
    for (const o of q.options) expect(o.text).toMatch(/^[一二两三四五六七八九十]+届$/);
  });
});

describe('statement questions', () => {
  it('mix true and false statements about one case, at least one of each', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      fig({ id: `cs-n${i}`, value: 10 + i * 7, unit: '个', label: `项目${i}` }),
    );
    const qs = statementQuestionsFor('changsha', { figures: many, sources, seed: 's' }, 2);
    expect(qs).toHaveLength(2);
    for (const q of qs) {
      expect(q.type).toBe('multiple');
      expect(q.options).toHaveLength(4);
      const right = q.options.filter((o) => o.correct).length;
      expect(right).toBeGreaterThanOrEqual(1);
      expect(right).toBeLessThanOrEqual(3);
      for (const o of q.options) {
        const f = many.find((m) => o.text.startsWith(`${m.label}：`));
        expect(f).toBeDefined();
        expect(o.text === `${f?.label}：${formatFigure(f as Figure)}`).toBe(o.correct);
      }
    }
  });

  it('are not made when a case has too few figures', () => {
    expect(statementQuestionsFor('changsha', input, 3).length).toBeLessThanOrEqual(1);
  });
});
