/**
 * Every rule cites a passage by anchor; the anchor must exist as an element
 * id on the built case page it points to (the case pages place them with
 * :anchor{#<source>-<section>}).
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import { readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const rules = loadPacks(ROOT).flatMap((p) => p.rules);
const cases = [...new Set(rules.map((r) => r.source.case))];

describe('rule anchors on the case pages', () => {
  for (const slug of cases) {
    it(`/cases/${slug}/ has the anchor of every rule that cites it`, () => {
      const page = readPage(`/cases/${slug}/`);
      const ids = new Set(page.$$('[id]').map((el) => String(el.properties['id'])));
      const missing = rules
        .filter((r) => r.source.case === slug && !ids.has(r.source.anchor))
        .map((r) => `${r.id} → #${r.source.anchor}`);
      expect(missing).toEqual([]);
    });
  }
});
