/**
 * Where saved plans live: one localStorage entry per plan
 * ("dangjian-anliku:planner:plan:<id>", its name carrying the site's path
 * when not at the root: see site-storage.ts; through @nanostores/persistent's
 * persistentMap, which also brings other tabs' changes), plus the id of the
 * plan last open. `$records` mirrors the entries in memory; when the browser
 * refuses storage (private mode, site data blocked) or it is full, writes go
 * to memory only and `$storage` says so, so the planner can tell the user and
 * keep working. A full storage is retried on every save.
 */
import { atom } from 'nanostores';
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { siteStorageKey } from './site-storage.ts';

export const PLANS_PREFIX = siteStorageKey('planner:plan:');
export const CURRENT_KEY = siteStorageKey('planner:current');

/** 'local': saved in this browser; 'memory': storage refused; 'full': storage full, recent changes only in memory. */
export type StorageState = 'local' | 'memory' | 'full';

/** A write refused for want of space (as opposed to storage refused altogether). */
function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Can this page write to localStorage? A storage already full at load still works once space is freed. */
function probeStorage(): StorageState {
  try {
    const probe = `${PLANS_PREFIX}probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return 'local';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'memory';
  }
}

/** Until startStorage has probed the browser's storage, it is taken to work. */
export const $storage = atom<StorageState>('local');

/** The browser's storage, once started; undefined before, or when storage is refused. */
let persisted: ReturnType<typeof persistentMap<Record<string, string | undefined>>> | undefined;
let persistedCurrent: ReturnType<typeof persistentAtom<string | undefined>> | undefined;
/** The id of the plan open last time, as stored. */
let current: string | undefined;
/** The open plan's id could not be written (storage full): retried with the next save. */
let currentUnsaved = false;

/** Saved plans as stored text, by id. */
export const $records = atom<Record<string, string>>({});

/** Ids written only to memory (storage full or refused). */
const memoryOnly = new Set<string>();

function fromStorage(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(persisted?.get() ?? {})) if (text !== undefined) out[id] = text;
  return out;
}

let started = false;
/**
 * Probe the browser's storage, read the stored plans and follow other tabs'
 * changes. Nothing happens at import: the planner calls this when it starts
 * (and every function here that reads or writes storage makes sure it ran).
 */
export function startStorage(): void {
  if (started) return;
  started = true;
  const state = typeof window === 'undefined' ? 'memory' : probeStorage();
  $storage.set(state);
  if (state === 'memory') return;
  persisted = persistentMap<Record<string, string | undefined>>(PLANS_PREFIX, {});
  persistedCurrent = persistentAtom<string | undefined>(CURRENT_KEY, undefined);
  current = persistedCurrent.get();
  $records.set(fromStorage());
  persisted.listen(() => {
    const merged = fromStorage();
    for (const id of memoryOnly) {
      const mine = $records.get()[id];
      if (mine !== undefined) merged[id] = mine;
    }
    $records.set(merged);
  });
}

function tryWrite(id: string, text: string | undefined): boolean {
  if (!persisted || $storage.get() === 'memory') return false;
  try {
    persisted.setKey(id, text);
    return true;
  } catch {
    return false;
  }
}

/** Save one plan's text. Returns false when it is kept in memory only. */
export function writeRecord(id: string, text: string): boolean {
  startStorage();
  $records.set({ ...$records.get(), [id]: text });
  if ($storage.get() === 'memory') {
    memoryOnly.add(id);
    return false;
  }
  if (!tryWrite(id, text)) {
    memoryOnly.add(id);
    $storage.set('full');
    return false;
  }
  memoryOnly.delete(id);
  if ($storage.get() === 'full') {
    // Space came back: write what was kept in memory meanwhile, the open plan's id too.
    for (const other of [...memoryOnly]) {
      const pending = $records.get()[other];
      if (pending === undefined || tryWrite(other, pending)) memoryOnly.delete(other);
    }
    if (currentUnsaved) saveCurrentId();
    if (memoryOnly.size === 0 && !currentUnsaved) $storage.set('local');
  }
  return true;
}

/** Remove a saved plan. */
export function removeRecord(id: string): void {
  startStorage();
  const next = { ...$records.get() };
  delete next[id];
  $records.set(next);
  memoryOnly.delete(id);
  tryWrite(id, undefined);
}

/** The plan open last time. */
export function readCurrentId(): string | undefined {
  startStorage();
  return current;
}

function saveCurrentId(): void {
  if (!persistedCurrent || $storage.get() === 'memory') return;
  try {
    persistedCurrent.set(current);
    currentUnsaved = false;
  } catch {
    currentUnsaved = true;
    $storage.set('full');
  }
}

export function writeCurrentId(id: string | undefined): void {
  startStorage();
  current = id;
  saveCurrentId();
}
