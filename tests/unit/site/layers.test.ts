/**
 * The layers of the code, kept apart (CONTRIBUTING.md, "Architecture"):
 *  - src/lib/ is the pure core: logic that runs the same at build time, in
 *    the browser and in the tests. No file there may import Astro's virtual
 *    modules (astro:content…) or the file system, nor reach up into the
 *    layers that use it (loaders, components, islands, stores, pages).
 *  - src/loaders/ reads content from disk or from Astro and hands plain data
 *    to src/lib/.
 *  - scripts/ and src/ never import from tests/: shared helpers live in
 *    scripts/lib/, which the tests may use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

const CODE = /\.(ts|tsx|mts|js|mjs|astro)$/;
const FILE_SYSTEM_OR_ASTRO = /^(astro:|node:fs$|node:fs\/|fs$|fs\/)/;
const ABOVE_LIB = /^src\/(loaders|components|islands|stores|pages|integrations|sw)\//;

/** Every module a text imports, statically, by `import()` or by re-export. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** [file, import as written, import resolved to a project path (for relative ones)] of every file under `dir`. */
function importsUnder(dir: string): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (const name of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
    if (!CODE.test(name)) continue;
    const path = `${dir}/${name}`;
    for (const spec of importsOf(readFileSync(join(ROOT, path), 'utf8'))) {
      const resolved = spec.startsWith('.') ? normalize(join(dirname(path), spec)) : spec;
      found.push([path, spec, resolved]);
    }
  }
  return found;
}

describe('src/lib', () => {
  const imports = importsUnder('src/lib');

  it('imports neither astro:* nor the file system', () => {
    const bad = imports.filter(([, spec]) => FILE_SYSTEM_OR_ASTRO.test(spec));
    expect(bad.map(([file, spec]) => `${file} imports ${spec}`)).toEqual([]);
  });

  it('imports nothing from the layers above it', () => {
    const bad = imports.filter(([, , resolved]) => ABOVE_LIB.test(resolved));
    expect(bad.map(([file, spec]) => `${file} imports ${spec}`)).toEqual([]);
  });

  it('would be caught here (the check itself works)', () => {
    const text = [
      "import { getCollection } from 'astro:content';",
      "import { readFileSync } from 'node:fs';",
      "export { x } from 'fs/promises';",
      "const m = await import('fs');",
      "import { join } from 'node:path';",
    ].join('\n');
    expect(importsOf(text).filter((s) => FILE_SYSTEM_OR_ASTRO.test(s))).toEqual([
      'astro:content',
      'node:fs',
      'fs/promises',
      'fs',
    ]);
  });
});

describe('scripts/ and src/', () => {
  it('never import from tests/', () => {
    const bad = [...importsUnder('scripts'), ...importsUnder('src')].filter(([, , resolved]) =>
      resolved.startsWith('tests/'),
    );
    expect(bad.map(([file, spec]) => `${file} imports ${spec}`)).toEqual([]);
  });
});
