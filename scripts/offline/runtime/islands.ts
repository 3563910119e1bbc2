/**
 * Runs in the offline package's pages: hydrates their islands (the planner,
 * the lecture builder). Astro's own island element imports the component and
 * its renderer as modules, which file:// forbids; the page's bundle has both
 * already (scripts/offline/bundles.ts), so this does the rest of Astro's
 * work: read the props Astro serialized, hand them to the renderer.
 */

/** Astro's renderer module's default export (e.g. @astrojs/preact's client). */
type Renderer = (
  element: HTMLElement,
) => (
  component: unknown,
  props: Record<string, unknown>,
  slots: Record<string, string>,
  meta: { client: string },
) => Promise<void> | void;

export interface IslandParts {
  module: Record<string, unknown>;
  renderer: { default: Renderer };
}

import { OFFLINE_ISLAND_ATTRIBUTE as ISLAND_ATTRIBUTE } from '../../../src/lib/offline/package-files.ts';

type Serialized = [number, unknown];

/** Astro's prop encoding ([type, value] pairs), as its island element reads it. */
const REVIVERS: Record<number, (value: unknown) => unknown> = {
  0: (v) => reviveObject(v),
  1: (v) => reviveArray(v as Serialized[]),
  2: (v) => new RegExp(String(v)),
  3: (v) => new Date(String(v)),
  4: (v) => new Map(reviveArray(v as Serialized[]) as Array<[unknown, unknown]>),
  5: (v) => new Set(reviveArray(v as Serialized[])),
  6: (v) => BigInt(String(v)),
  7: (v) => new URL(String(v)),
  8: (v) => new Uint8Array(v as number[]),
  9: (v) => new Uint16Array(v as number[]),
  10: (v) => new Uint32Array(v as number[]),
  11: (v) => Number.POSITIVE_INFINITY * Number(v),
};

function revive([type, value]: Serialized): unknown {
  return REVIVERS[type]?.(value);
}

function reviveArray(values: Serialized[]): unknown[] {
  return values.map(revive);
}

function reviveObject(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, revive(v as Serialized)]));
}

export async function hydrateIslands(parts: Record<string, IslandParts>): Promise<void> {
  for (const island of document.querySelectorAll<HTMLElement>(`astro-island[${ISLAND_ATTRIBUTE}]`)) {
    const part = parts[island.getAttribute(ISLAND_ATTRIBUTE) ?? ''];
    if (!part) continue;
    const component = part.module[island.getAttribute('component-export') ?? 'default'];
    const props = island.hasAttribute('props')
      ? (reviveObject(JSON.parse(island.getAttribute('props')!)) as Record<string, unknown>)
      : {};
    await part.renderer.default(island)(
      component,
      props,
      {},
      { client: island.getAttribute('client') ?? 'load' },
    );
    island.removeAttribute('ssr');
    island.dispatchEvent(new CustomEvent('astro:hydrate'));
  }
}
