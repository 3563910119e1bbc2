/**
 * A Mermaid diagram's source is not written into its page (issue 17: 150–530 B gzip of markup per
 * case page): it is a small text file of its own, named by a short hash of the source, and the
 * page's canvas names only that key (markup.ts, DIAGRAM_KEY_ATTRIBUTE):
 *
 * ```html
 * <div class="site-diagram__canvas" data-diagram-key="k3f9a2c1" style="…"></div>
 * ```
 * remark-mermaid.ts writes the key, src/pages/diagrams/[key].txt.ts writes the file
 * (routes.diagram), and src/components/markdown/diagram-source.ts is the one thing that reads it
 * back (drawing, printing, the lecture builder, Word and slide export). Pure: no DOM, no fs.
 */

/**
 * The key of a diagram: 53 bits of a hash of its source (cyrb53), in base 36. The same source
 * gives the same key on every page and build; the build fails if two sources ever share one.
 */
export function diagramKey(source: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
