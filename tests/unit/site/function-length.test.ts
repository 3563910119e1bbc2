/**
 * No function in src/ or scripts/ is longer than MAX_LINES lines (the same
 * measure as `npm run check`'s step, scripts/lint/function-length.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_LINES,
  describeSize,
  functionSizes,
  projectFunctionSizes,
} from '../../../scripts/lib/function-length.ts';
import { ROOT } from '../../helpers/paths.ts';

/** A function `lines` lines long, from its header to its closing brace. */
const functionOf = (name: string, lines: number) => [
  `function ${name}() {`,
  ...Array.from({ length: lines - 2 }, (_, i) => `  const x${i} = ${i};`),
  '}',
];

describe('function length', () => {
  const sizes = projectFunctionSizes(ROOT);

  it(`no function in src/ or scripts/ is longer than ${MAX_LINES} lines`, () => {
    const over = sizes.filter((s) => s.lines > MAX_LINES);
    expect(over.map(describeSize)).toEqual([]);
  });

  it('measures .ts, .tsx and .astro files across src/ and scripts/', () => {
    const files = new Set(sizes.map((s) => s.file));
    expect([...files].some((f) => f.startsWith('scripts/'))).toBe(true);
    expect([...files].some((f) => f.endsWith('.tsx'))).toBe(true);
    expect([...files].some((f) => f.endsWith('.astro'))).toBe(true);
  });

  it('would be caught here (the check itself works): names, lines and lengths', () => {
    const text = ['// lead', ...functionOf('long', MAX_LINES + 1)].join('\n');
    expect(functionSizes('src/x.ts', text)).toEqual([
      { file: 'src/x.ts', line: 2, name: 'long', lines: MAX_LINES + 1 },
    ]);
    const arrows = 'const handler = () => {\n  return 1;\n};\nexport default { run() { return 2; } };';
    expect(functionSizes('src/y.ts', arrows).map((s) => [s.name, s.line, s.lines])).toEqual([
      ['handler', 1, 3],
      ['run', 4, 1],
    ]);
  });

  it('reads the frontmatter and <script> blocks of .astro files, at their own lines', () => {
    const astro = [
      '---',
      'function inFrontmatter() {',
      '  return 1;',
      '}',
      '---',
      '<p>{inFrontmatter()}</p>',
      '<script type="application/json">{"a": 1}</script>',
      '<script>',
      '  const onClick = () => {',
      '    console.log(1);',
      '  };',
      '</script>',
    ].join('\n');
    expect(functionSizes('src/Z.astro', astro).map((s) => [s.name, s.line, s.lines])).toEqual([
      ['inFrontmatter', 2, 3],
      ['onClick', 9, 3],
    ]);
  });
});
