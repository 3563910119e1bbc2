/**
 * Mermaid, loaded when a diagram is first drawn: imported as a module on a
 * served page; from file:// (the offline package), Mermaid's own classic
 * build, which the package ships and which defines the global `mermaid`.
 */
import { routes } from '../../lib/routes.ts';
import { fromFile, OFFLINE_MERMAID } from '../../lib/offline/package-files.ts';
import { loadScript } from '../offline/load-script.ts';

export type Mermaid = (typeof import('mermaid'))['default'];

export async function loadMermaid(): Promise<Mermaid> {
  if (fromFile(location.protocol)) {
    await loadScript(routes.file(OFFLINE_MERMAID));
    return (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  }
  return (await import('mermaid')).default;
}
