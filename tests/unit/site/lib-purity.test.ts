/**
 * src/lib/ is the pure core: logic that runs the same at build time, in the
 * browser and in the tests. No file there may import Astro's virtual modules
 * (astro:content, astro:assets…) or the file system: code that reads content
 * from disk or from Astro belongs in src/loaders/, which hands plain data to
 * src/lib/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

const FORBIDDEN = /^(astro:|node:fs$|node:fs\/|fs$|fs\/)/;

/** Every module a text imports, statically, by `import()` or by re-export. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

function forbiddenImports(): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(ROOT, 'src/lib'), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|tsx|mts|js)$/.test(name)) continue;
    const path = `src/lib/${name}`;
    for (const spec of importsOf(readFileSync(join(ROOT, path), 'utf8'))) {
      if (FORBIDDEN.test(spec)) found.push(`${path} imports ${spec}`);
    }
  }
  return found;
}

describe('src/lib', () => {
  it('imports neither astro:* nor the file system', () => {
    expect(forbiddenImports()).toEqual([]);
  });

  it('would be caught here (the check itself works)', () => {
    const text = [
      "import { getCollection } from 'astro:content';",
      "import { readFileSync } from 'node:fs';",
      "export { x } from 'fs/promises';",
      "const m = await import('fs');",
      "import { join } from 'node:path';",
    ].join('\n');
    expect(importsOf(text).filter((s) => FORBIDDEN.test(s))).toEqual([
      'astro:content',
      'node:fs',
      'fs/promises',
      'fs',
    ]);
  });
});
