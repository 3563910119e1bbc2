/**
 * Cutting a query into units, dictionary first.
 *
 * Each punctuation-free piece of the query is matched from the left against
 * the dictionary, longest term first (forward maximum matching):
 *
 *   长沙小区党支部  →  [长沙] [小区党支部]          (both terms)
 *   西湖区兼职委员任期 → [西湖区] [兼职委员] 任期    (任期 is plain text)
 *
 * Text between terms becomes a `text` unit that keeps both its whole form
 * (searched as one phrase) and the words Intl.Segmenter finds in it (the
 * fallback when the phrase is not on any page). Letters and digits become
 * `latin` units.
 */
import type { Dictionary } from './dictionary.ts';
import { isHanChar } from './tokens.ts';
import { pieces } from './normalize.ts';

export type Unit =
  | { kind: 'term'; text: string }
  | { kind: 'text'; text: string; words: string[] }
  | { kind: 'latin'; text: string };

/** Word segmentation for text outside the dictionary (Intl.Segmenter in practice). */
export type WordSplitter = (text: string) => string[];

/** The platform's word segmenter for Chinese, keeping word-like segments only. */
export function intlWordSplitter(): WordSplitter {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export function segmentQuery(query: string, dictionary: Dictionary, split: WordSplitter): Unit[] {
  return pieces(query).flatMap((piece) => segmentPiece(piece, dictionary, split));
}

function segmentPiece(piece: string, dictionary: Dictionary, split: WordSplitter): Unit[] {
  const chars = [...piece];
  const units: Unit[] = [];
  let gap = '';
  const flush = () => {
    units.push(...gapUnits(gap, split));
    gap = '';
  };
  let i = 0;
  while (i < chars.length) {
    const term = longestTermAt(chars, i, dictionary);
    if (term) {
      flush();
      units.push({ kind: 'term', text: term });
      i += [...term].length;
    } else {
      gap += chars[i];
      i += 1;
    }
  }
  flush();
  return mergeLoneCharacters(units);
}

/**
 * A single character left between terms is almost always an affix of its
 * neighbour (网格 + 员, 大 + 工委 when 大工委 is not a term): searched alone it
 * would match every word it starts. It joins the unit before it (or after
 * it, at the start), and the two are searched as one phrase.
 */
function mergeLoneCharacters(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i] as Unit;
    if (!isLoneHan(unit)) {
      out.push(unit);
      continue;
    }
    const previous = out[out.length - 1];
    const next = units[i + 1];
    if (previous && previous.kind !== 'latin') {
      out[out.length - 1] = joined(previous, unit);
    } else if (next && next.kind !== 'latin') {
      out.push(joined(unit, next));
      i += 1;
    } else {
      out.push(unit);
    }
  }
  return out;
}

function isLoneHan(unit: Unit): boolean {
  return unit.kind === 'text' && [...unit.text].length === 1;
}

function wordsOf(unit: Unit): string[] {
  return unit.kind === 'text' ? unit.words : [unit.text];
}

function joined(a: Unit, b: Unit): Unit {
  return { kind: 'text', text: a.text + b.text, words: [...wordsOf(a), ...wordsOf(b)] };
}

/**
 * The terms a compound term is made of, longest first from the left, or
 * undefined when it is not made of shorter terms only:
 *   decompose("社区大党委") → ["社区", "大党委"];  decompose("大党委") → undefined.
 */
export function decompose(term: string, dictionary: Dictionary): string[] | undefined {
  const chars = [...term];
  const parts: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let found: string | undefined;
    for (
      let length = Math.min(dictionary.maxLength, chars.length - i, chars.length - 1);
      length >= 2;
      length -= 1
    ) {
      const candidate = chars.slice(i, i + length).join('');
      if (dictionary.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) return undefined;
    parts.push(found);
    i += [...found].length;
  }
  return parts.length > 1 ? parts : undefined;
}

function longestTermAt(chars: string[], start: number, dictionary: Dictionary): string | undefined {
  for (let length = Math.min(dictionary.maxLength, chars.length - start); length >= 2; length -= 1) {
    const candidate = chars.slice(start, start + length).join('');
    if (dictionary.has(candidate)) return candidate;
  }
  return undefined;
}

/** Text outside the dictionary: Han runs become text units, the rest latin units. */
function gapUnits(gap: string, split: WordSplitter): Unit[] {
  const units: Unit[] = [];
  for (const run of gap.match(/[\p{Script=Han}〇]+|[^\p{Script=Han}〇]+/gu) ?? []) {
    if (isHanChar([...run][0] ?? '')) {
      const words = split(run);
      units.push({ kind: 'text', text: run, words: words.length > 0 ? words : [run] });
    } else {
      units.push({ kind: 'latin', text: run });
    }
  }
  return units;
}
