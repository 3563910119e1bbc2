/** Writes a new case's files under content/, refusing to overwrite anything. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { casePage, figuresFile, sourceFile, type NewCase } from './templates.ts';

const REGISTRY = 'content/data/cases.json';

/** The registry written as Prettier writes it: one field a line, so it diffs field by field. */
function registryText(records: ReadonlyArray<Record<string, unknown>>): string {
  const entry = (r: Record<string, unknown>) =>
    `  {\n${Object.entries(r)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n')}\n  }`;
  return `[\n${records.map(entry).join(',\n')}\n]\n`;
}

function writeNew(root: string, path: string, text: string, written: string[]): void {
  const full = join(root, path);
  if (existsSync(full)) throw new Error(`${path} 已经存在，没有覆盖它`);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  written.push(path);
}

/** Every file the new case needs; returns the paths written or changed. */
export function writeCase(root: string, c: NewCase): string[] {
  const registry = JSON.parse(readFileSync(join(root, REGISTRY), 'utf8')) as Array<Record<string, unknown>>;
  if (registry.some((r) => r['slug'] === c.slug)) throw new Error(`案例登记中已有代号「${c.slug}」`);
  if (registry.some((r) => r['city'] === c.city)) throw new Error(`案例登记中已有城市「${c.city}」`);
  const written: string[] = [];
  writeNew(root, `content/docs/cases/${c.slug}.md`, casePage(c, registry.length + 1), written);
  writeNew(root, `content/data/figures/${c.slug}.yaml`, figuresFile(c), written);
  const source = `content/data/sources/${c.source}.yaml`;
  const sourceIsNew = !existsSync(join(root, source));
  if (sourceIsNew) writeNew(root, source, sourceFile(c), written);
  // The material's year is read from the source record's date (a new source's date is --year);
  // the model type is the author's call.
  const entry = {
    slug: c.slug,
    city: c.city,
    province: c.province,
    level: c.level,
    source: c.source,
  };
  writeFileSync(join(root, REGISTRY), registryText([...registry, entry]));
  written.push(REGISTRY);
  return written;
}
