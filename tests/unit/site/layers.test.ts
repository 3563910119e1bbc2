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

describe('islands', () => {
  /** Names a file exports (export function/const/class/let, and `export { a, b }`). */
  function exportsOf(text: string): string[] {
    const declared = [
      ...text.matchAll(/^export (?:async )?(?:function|const|let|class) ([A-Za-z_$][\w$]*)/gm),
    ];
    const listed = [...text.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
      m[1]!.split(',').map((n) =>
        n
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      ),
    );
    return [...declared.map((m) => m[1]!), ...listed].filter(Boolean);
  }

  it('component files (PascalCase.tsx) export components only; helpers live in modules', () => {
    const bad: string[] = [];
    for (const name of readdirSync(join(ROOT, 'src/islands'), { recursive: true, encoding: 'utf8' })) {
      if (!/(^|\/)[A-Z][\w-]*\.tsx$/.test(name)) continue;
      const text = readFileSync(join(ROOT, 'src/islands', name), 'utf8');
      for (const exported of exportsOf(text)) {
        if (!/^[A-Z]/.test(exported)) bad.push(`src/islands/${name} exports ${exported}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('would be caught here (the check itself works)', () => {
    expect(
      exportsOf('export const memberDomId = 1;\nexport function Item() {}\nexport { a as b, C };'),
    ).toEqual(['memberDomId', 'Item', 'b', 'C']);
  });
});
