import { describe, expect, it } from 'vitest';
import { displayAliases, nameClashes, namesOf, termIndex } from '../../../src/lib/glossary/names.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { ROOT } from '../../helpers/paths.ts';

const entry = (id: string, term: string, aliases: string[] = []) => ({ id, term, aliases });

describe('nameClashes', () => {
  it('reports a name claimed by two entries, and a name one entry repeats', () => {
    const clashes = nameClashes([
      entry('a', '支部', ['小区支部']),
      entry('b', '党支部', ['支部']),
      entry('c', '大党委', ['社区大党委', '社区大党委']),
    ]);
    expect(clashes).toEqual([
      { name: '社区大党委', ids: ['c', 'c'] },
      { name: '支部', ids: ['a', 'b'] },
    ]);
  });

  it('finds none when every name is unique', () => {
    expect(nameClashes([entry('a', '大工委', ['大党工委']), entry('b', '大党委')])).toEqual([]);
  });
});

describe('termIndex', () => {
  it('resolves terms and aliases, and nothing for a clashing name, naming who claims it', () => {
    const index = termIndex([entry('a', '大工委', ['大党工委', '支部']), entry('b', '党支部', ['支部'])]);
    const resolve = (name: string) => index.get(name)?.id;
    expect(index.conflicts('支部')).toEqual(['a', 'b']);
    expect(index.conflicts('大工委')).toBeUndefined();
    expect(resolve('大工委')).toBe('a');
    expect(resolve('大党工委')).toBe('a');
    expect(resolve('党支部')).toBe('b');
    expect(resolve('支部')).toBeUndefined();
    expect(resolve('不存在')).toBeUndefined();
  });
});

describe('displayAliases', () => {
  it('shows straight quotes as curly ones, once, and drops the quoted bare term', () => {
    expect(
      displayAliases({
        term: '大党委',
        aliases: ['社区大党委', '社区"大党委"', '社区“大党委”', '"大党委"', '“大党委”'],
      }),
    ).toEqual(['社区大党委', '社区“大党委”']);
  });
});

describe('the real glossary', () => {
  const data = loadSiteData(ROOT);
  const entries = [...data.glossary.values()].map((l) => l.value);

  it('claims every term and alias once only', () => {
    expect(nameClashes(entries)).toEqual([]);
  });

  it('resolves every name to its own entry', () => {
    const index = termIndex(entries);
    for (const e of entries) {
      for (const name of namesOf(e)) {
        expect(index.get(name)?.id, name).toBe(e.id);
      }
    }
  });
});
