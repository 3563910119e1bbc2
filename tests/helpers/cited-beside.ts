/**
 * Which figures of a built page sit beside a citation marker of their own passage: the closest
 * paragraph, list item or table cell holding the figure also holds a marker citing the passage
 * the figure's data record names. The tooltip script marks these (cited-beside.ts) and print
 * leaves their citation out; this reads the same from the built HTML and the data, independently.
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { visitParents } from 'unist-util-visit-parents';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ROOT } from './paths.ts';
import { citedPassage } from './cited-passage.ts';
import { figureIdOf } from './figure-id.ts';

const BLOCKS = new Set(['p', 'li', 'td', 'th']);
let site: ReturnType<typeof loadSiteData> | undefined;

/** For each `.fig` below `content`, in document order: whether it is cited beside. */
export function citedBeside(content: Element): boolean[] {
  site ??= loadSiteData(ROOT);
  const flags: boolean[] = [];
  visitParents(content, 'element', (node, ancestors) => {
    if (!(node.properties['className'] as string[] | undefined)?.includes('fig')) return;
    const record = site!.figures.get(figureIdOf(node) ?? '')?.value;
    if (!record) throw new Error(`数字无法识别：${JSON.stringify(node.properties)}`);
    const block = [...ancestors]
      .reverse()
      .find((a): a is Element => a.type === 'element' && BLOCKS.has(a.tagName));
    const cited = block ? selectAll('sup > a', block).map((a) => citedPassage(a.properties['href'])) : [];
    flags.push(cited.includes(`${record.source}#${record.section}`));
  });
  return flags;
}
