/**
 * fast-check arbitraries for what a reader might be handed: valid texts
 * damaged by a few random edits, JSON values with a random part replaced,
 * and the hostile names a security review tries.
 */
import fc from 'fast-check';

/** One edit of a text: a slice deleted, a string inserted, or a character replaced. */
type Edit = { at: number; kind: 'delete' | 'insert' | 'replace'; length: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'replace'),
  length: fc.integer({ min: 1, max: 20 }),
  text: fc.string({ maxLength: 8, unit: 'binary' }),
});

function applyEdit(text: string, { at, kind, length, text: inserted }: Edit): string {
  const i = text.length === 0 ? 0 : at % text.length;
  if (kind === 'delete') return text.slice(0, i) + text.slice(i + length);
  if (kind === 'insert') return text.slice(0, i) + inserted + text.slice(i);
  return text.slice(0, i) + (inserted || '\u0000') + text.slice(i + 1);
}

/** `text` with one to five random edits. */
export const mutatedText = (text: string): fc.Arbitrary<string> =>
  fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => edits.reduce(applyEdit, text));

/** `value` (parsed JSON) with the value at one random path replaced by random JSON. */
export function mutatedJson(value: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue())
    .map(([steps, replacement]) => {
      const copy: unknown = structuredClone(value);
      let node: unknown = copy;
      for (const [n, step] of steps.entries()) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length]!;
        if (n === steps.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
          (node as Record<string, unknown>)[key] = replacement;
          break;
        }
        node = (node as Record<string, unknown>)[key];
      }
      return copy;
    });
}

/** Names a reviewer types to see what breaks. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE plans; --',
  '第一行\n第二行\r\nEND:VEVENT\nBEGIN:VEVENT',
  '=HYPERLINK("http://example.com","点我")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\u202Eelif.exe\u202C',
  '\u200F右到左\u200E',
  '</script><script>alert(1)</script>',
  `名${'长'.repeat(1999)}`,
  '&lt;b&gt;&amp;',
  '${alert(1)}',
  '"]}{"',
];

/** Texts any message shown to a reader must read as: Chinese, no parser English. */
export const CHINESE = /[\u4e00-\u9fff]/;
export const PARSER_ENGLISH = /Unexpected|JSON at position|SyntaxError|undefined|\[object Object\]|TypeError/;
