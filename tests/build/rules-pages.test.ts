/**
 * The rule reference pages, generated from the same packs the engine reads:
 * a list of packs, and a page per pack with every rule, its severity in
 * Chinese, its readings, and a link to its passage that resolves.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY_LABELS } from '../../src/lib/rules/labels.ts';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import { fileForUrl, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const packs = loadPacks(ROOT);

describe('/rules/', () => {
  const page = readPage('/rules/');

  it('has the site chrome and a title', () => {
    expect(page.html).toMatch(/<html[^>]*\slang="zh-CN"/);
    expect(page.text('h1')).toBe('规则包');
    expect(page.$('#starlight__sidebar')).toBeDefined();
  });

  it('links every pack', () => {
    const hrefs = page.$$('main a').map((a) => String(a.properties['href']));
    for (const pack of packs) expect(hrefs).toContain(`/rules/${pack.id}/`);
  });

  it('explains the three severities', () => {
    for (const label of Object.values(SEVERITY_LABELS)) expect(page.text('main')).toContain(label);
  });
});

for (const pack of packs) {
  describe(`/rules/${pack.id}/`, () => {
    const page = readPage(`/rules/${pack.id}/`);

    it('is titled after the pack', () => {
      expect(page.text('h1')).toBe(pack.title);
    });

    for (const rule of pack.rules) {
      it(`shows ${rule.id} with statement, severity, quote and a working link`, () => {
        const section = page.$(`section[data-rule="${rule.id}"]`);
        expect(section, rule.id).toBeDefined();
        const text = page.text(`section[data-rule="${rule.id}"]`);
        expect(page.$(`h3#${rule.id}`)).toBeDefined();
        expect(text).toContain(rule.title);
        expect(text).toContain(rule.statement);
        expect(text).toContain(rule.quote);
        expect(page.text(`section[data-rule="${rule.id}"] .sl-badge`)).toBe(SEVERITY_LABELS[rule.severity]);
        const href = String(page.$(`section[data-rule="${rule.id}"] a.rule-source`)?.properties['href']);
        expect(href).toBe(`/cases/${rule.source.case}/#${rule.source.anchor}`);
        const [path, anchor] = href.split('#');
        expect(existsSync(fileForUrl(path!))).toBe(true);
        expect(readPage(path!).$(`[id="${anchor}"]`)).toBeDefined();
      });
    }

    it('shows each reading with the option taken and the alternatives', () => {
      for (const question of pack.readings) {
        const blocks = page.$$(`.rule-reading[data-question="${question.id}"]`);
        expect(blocks.length, question.id).toBeGreaterThan(0);
        const options = page
          .$$(`.rule-reading[data-question="${question.id}"] li`)
          .map((li) => String(li.properties['dataOption']));
        for (const option of question.options) expect(options).toContain(option.id);
        const taken = page.text(`.rule-reading[data-question="${question.id}"] li[data-default="true"]`);
        expect(taken).toContain(
          `本站采取：${question.options.find((o) => o.id === question.default)?.label}`,
        );
      }
    });
  });
}
