/**
 * The coverage register (content/data/rules/register/<source>.yaml) against
 * the sources and the packs: every quotation stands word for word in the
 * section it cites (checked against the stored section texts), every section
 * of every source is accounted for, every sentence that asks something
 * (要、须、应、原则上、一般、可、鼓励, quotas, schedules, structures) lies within an
 * entry, every entry is either checked by rules or says why not, every rule
 * cites an entry, and every rule's severity is what the entry's wording
 * gives under the one mapping (src/lib/rules/wording.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { loadRegisters } from '../../../src/loaders/rule-packs.ts';
import { locateQuote, normalisePassage, quoteWithin } from '../../../src/lib/rules/passage-match.ts';
import { severityFromWording, type Mode } from '../../../src/lib/rules/wording.ts';
import { ROOT } from '../../helpers/paths.ts';
import { readSectionTexts } from '../../../scripts/lib/sections.ts';
import { allRules, packs } from './helpers.ts';

const registers = loadRegisters(ROOT);
const sources = loadSiteData(ROOT).sources;
const sectionTexts = readSectionTexts();
const entries = registers.flatMap((register) => register.entries.map((entry) => ({ register, entry })));
const entryById = new Map(entries.map((e) => [e.entry.id, e]));

/**
 * Words that mark a sentence as asking something, or stating a quota, a
 * schedule or a structure. Deliberately broad: a false alarm only asks for an
 * entry (with the reason it asks nothing of a plan). Lookarounds keep out
 * words that merely contain the character (需要、重要、响应、认可 …).
 */
const MARKERS =
  /必须|(?<!必)须|应当|(?<![对适回反相效供呼区响有六])应(?![对用急])|(?<![重主需必首纪提只想])要(?![求事素点])|原则上|一般|(?<![认许])可(?![能见靠持供])|鼓励|明确|规定|不得|不少于|不超过|至少|每季度|每月|每年|统一|全面推行|全面实施|下设|兼任|担任|比如|定期|建在|配备|增配|每个|一社区一|推动|推行|(?<![压做])实行/gu;

describe('the severity mapping', () => {
  it.each([
    ['须', 'rule', 'error'],
    ['要', 'rule', 'error'],
    ['明确', 'rule', 'error'],
    ['全面推行', 'rule', 'error'],
    [undefined, 'rule', 'error'],
    ['原则上', 'rule', 'warning'],
    ['一般', 'rule', 'warning'],
    ['可', 'rule', 'info'],
    ['鼓励', 'rule', 'info'],
    ['推动', 'rule', 'info'],
    ['比如', 'example', 'info'],
    ['统一', 'example', 'info'],
    [undefined, 'description', 'info'],
    [undefined, 'advice', 'info'],
    ['要', 'advice', 'error'],
  ] as const)('gives “%s” in a %s passage the severity %s', (word, mode, severity) => {
    expect(severityFromWording(word, mode as Mode)).toBe(severity);
  });
});

describe('coverage register', () => {
  it('has a register for every source', () => {
    expect(registers.map((r) => r.source).sort()).toEqual([...sources.keys()].sort());
  });

  it('quotes every passage word for word from the section it names', () => {
    const wrong = entries
      .filter(({ register, entry }) => {
        const text = sectionTexts.get(register.source)?.[entry.section];
        return text === undefined || locateQuote(entry.quote, text) === undefined;
      })
      .map(({ entry }) => `${entry.id}（${entry.section}）：${entry.quote}`);
    expect(wrong).toEqual([]);
  });

  it('accounts for every section of every source: passages, a note on why it asks nothing, or no text', () => {
    for (const register of registers) {
      const source = sources.get(register.source)!.value;
      const texts = sectionTexts.get(register.source) ?? {};
      expect(Object.keys(texts).sort(), register.source).toEqual(source.sections.map((s) => s.id).sort());
      for (const section of source.sections) {
        const covered =
          section.id in register.sections ||
          register.entries.some((e) => e.section === section.id) ||
          normalisePassage(texts[section.id] ?? '') === '';
        expect(covered, `${register.source} ${section.id}`).toBe(true);
      }
      for (const id of Object.keys(register.sections)) {
        expect(
          source.sections.map((s) => s.id),
          `${register.source}: ${id}`,
        ).toContain(id);
      }
    }
  });

  it('lists every sentence that asks something: each marker word lies within a passage of the register', () => {
    const uncovered: string[] = [];
    for (const register of registers) {
      for (const [section, raw] of Object.entries(sectionTexts.get(register.source) ?? {})) {
        if (section in register.sections) continue;
        const text = normalisePassage(raw);
        const spans = register.entries
          .filter((e) => e.section === section)
          .flatMap((e) => {
            const at = locateQuote(e.quote, raw);
            // A quotation with a cut (……) stands for the passage from its first part to its last.
            return at ? [[at[0]![0], at.at(-1)![1]] as const] : [];
          });
        for (const match of text.matchAll(MARKERS)) {
          const at = match.index;
          if (!spans.some(([from, to]) => at >= from && at < to)) {
            uncovered.push(
              `${register.source} ${section}【${match[0]}】${text.slice(Math.max(0, at - 20), at + 20)}`,
            );
          }
        }
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('checks every passage by rules or says why not, and never both', () => {
    const cited = new Set(allRules.map(({ rule }) => rule.register));
    for (const { entry } of entries) {
      expect(cited.has(entry.id) !== (entry.reason !== undefined), entry.id).toBe(true);
    }
  });

  it('uses Chinese quotation marks only', () => {
    const texts = registers.flatMap((r) => [
      r.summary,
      ...Object.values(r.sections),
      ...r.entries.flatMap((e) => [e.quote, e.reason ?? '']),
    ]);
    expect(texts.filter((t) => t.includes('"'))).toEqual([]);
  });
});

describe('every rule', () => {
  for (const { pack, rule } of allRules) {
    describe(rule.id, () => {
      const cited = entryById.get(rule.register);

      it('cites a passage of its own source, in the section it names', () => {
        expect(cited, rule.register).toBeDefined();
        expect(cited?.register.source).toBe(pack.source);
        expect(cited?.entry.section).toBe(rule.source.section);
      });

      it('quotes words that stand within that passage', () => {
        expect(quoteWithin(rule.quote, cited!.entry.quote), rule.quote).toBe(true);
        const text = sectionTexts.get(pack.source)?.[rule.source.section] ?? '';
        expect(locateQuote(rule.quote, text)).toBeDefined();
      });

      it('has the severity the passage’s wording gives', () => {
        const { word, mode } = cited!.entry;
        expect(rule.severity).toBe(severityFromWording(word, mode));
      });
    });
  }

  it('is changed in severity by a reading only away from the default option', () => {
    for (const pack of packs) {
      for (const question of pack.readings) {
        const byDefault = question.options.find((o) => o.id === question.default)!;
        expect(
          Object.values(byDefault.rules).filter((r) => r.severity),
          question.id,
        ).toEqual([]);
      }
    }
  });
});
