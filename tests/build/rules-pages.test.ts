/**
 * The rule reference pages, generated from the same packs the engine reads:
 * a list of packs, and a page per pack with every rule, its severity in
 * Chinese, its readings, and a link to its passage that resolves; and a
 * “原文要求与规则对照” page per source with every passage of the register,
 * linked from the list, in reader text only.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY_LABELS } from '../../src/lib/rules/labels.ts';
import { loadPacks, loadRegisters } from '../../src/loaders/rule-packs.ts';
import { quoted } from '../../src/lib/rules/quote.ts';
import { fileForUrl, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const packs = loadPacks(ROOT);
const registers = loadRegisters(ROOT);
/** Ids a reader must not see: pack, rule and register entry ids, section ids. */
const ID = /\b(?:xihu|forum|changsha|shanghai|zhangzhou|guangzhou|jining|chizhou)-[a-z0-9-]+|\bs\d-\d/;

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

  it('explains the three severities and how the wording gives them', () => {
    for (const label of Object.values(SEVERITY_LABELS)) expect(page.text('main')).toContain(label);
    expect(page.text('main .wording-table')).toContain('原则上');
    expect(page.text('main .wording-table')).toContain('比如');
  });

  it('links the “原文要求与规则对照” of every source, and says what 漳州 asks in reader words', () => {
    const hrefs = page.$$('main a').map((a) => String(a.properties['href']));
    for (const register of registers) expect(hrefs).toContain(`/rules/register/${register.source}/`);
    expect(page.text('main li[data-source="zhangzhou"]')).toContain('没有规定街道、社区班子由谁组成');
  });

  it('shows no commands, file names or ids to readers', () => {
    expect(page.text('main')).not.toMatch(/npm run|check-plan|\.yaml|\.ts\b/);
    expect(page.text('main')).not.toMatch(ID);
  });
});

for (const register of registers) {
  describe(`/rules/register/${register.source}/`, () => {
    const page = readPage(`/rules/register/${register.source}/`);

    it('is titled “原文要求与规则对照”', () => {
      expect(page.text('h1')).toMatch(/^原文要求与规则对照：/);
    });

    it('shows every passage with its weight, and the rules that check it or why none does', () => {
      const items = page.$$('main li.register-entry');
      expect(items).toHaveLength(register.entries.length);
      const text = page.text('main');
      for (const entry of register.entries) {
        expect(text).toContain(quoted(entry.quote));
        if (entry.reason) expect(text).toContain(entry.reason);
      }
      for (const note of Object.values(register.sections)) expect(text).toContain(note);
      const checked = page.$$('main li.register-entry[data-checked="true"]').length;
      expect(checked).toBe(register.entries.filter((e) => e.reason === undefined).length);
    });

    it('links each rule to its place on its pack’s page', () => {
      for (const a of page.$$('main li.register-entry a')) {
        const [path, anchor] = String(a.properties['href']).split('#');
        expect(readPage(path!).$(`[id="${anchor}"]`), `${path}#${anchor}`).toBeDefined();
      }
    });

    it('reads as reader text: no ids, no straight quotes next to Chinese', () => {
      const text = page.text('main');
      expect(text).not.toMatch(ID);
      expect(text).not.toMatch(/[\u4e00-\u9fff]"|"[\u4e00-\u9fff]/);
    });
  });
}

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
        expect(text).toContain(quoted(rule.quote));
        expect(text).not.toMatch(ID);
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
