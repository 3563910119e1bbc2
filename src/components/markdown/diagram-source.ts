/**
 * A diagram's Mermaid source, read from its file (routes.diagram; the page's canvas names only the
 * key, src/lib/markdown/diagram-key.ts). The one reader of sources: drawing (diagram-loader.ts),
 * Word and slide export (diagram-image.ts) and the lecture builder, through them. Each file is
 * fetched once per page; offline the service worker has it once read or after “下载全站”, and
 * the offline package ships it as a script. When it cannot be had, the promise rejects and the
 * caller keeps the page's text version of the diagram.
 */
import { DIAGRAM_KEY_ATTRIBUTE } from '../../lib/markdown/markup.ts';
import { routes } from '../../lib/routes.ts';
import { loadText } from '../offline/load-json.ts';

const loaded = new Map<string, Promise<string>>();

/** The source of the diagram with this key. */
export function diagramSource(key: string): Promise<string> {
  let source = loaded.get(key);
  if (!source) {
    source = key ? loadText(routes.diagram(key)) : Promise.reject(new Error('图示缺少文件名'));
    // A failed read (offline, say) is tried again next time rather than remembered.
    source.catch(() => loaded.delete(key));
    loaded.set(key, source);
  }
  return source;
}

/** The source of the diagram drawn into `canvas`. */
export const canvasSource = (canvas: Element): Promise<string> =>
  diagramSource(canvas.getAttribute(DIAGRAM_KEY_ATTRIBUTE) ?? '');
