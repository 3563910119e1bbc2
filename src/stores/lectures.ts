/**
 * Saved lectures, kept in localStorage (key "dangjian-anliku:lectures", with
 * the site's path when not at the root: see site-storage.ts; via
 * @nanostores/persistent) so that a trainer finds them again next time and
 * other tabs see changes. When the browser refuses storage (private mode,
 * site data disabled, quota full), the list lives in memory for this visit
 * and `$lectureStorage` says so, so the builder can tell the trainer.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  parseSavedLectures,
  removeLecture,
  upsertLecture,
  type SavedLecture,
} from '../lib/teaching/saved-lectures.ts';
import { siteStorageKey } from './site-storage.ts';

const LECTURES_KEY = siteStorageKey('lectures');

/** Whether this browser lets us write to localStorage (false on the server). */
function storageWorks(): boolean {
  try {
    const probe = `${LECTURES_KEY}:probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** 'local': saved in this browser; 'memory': storage refused, kept for this visit only. */
export const $lectureStorage = atom<'local' | 'memory'>('local');

/** The saved lectures, newest first. */
export const $savedLectures = atom<SavedLecture[]>([]);

let stored: WritableAtom<SavedLecture[]> | undefined;
let started = false;

/**
 * Read the saved lectures and follow other tabs' changes. The builder calls
 * this when it starts; nothing happens at import.
 */
export function startLectures(): void {
  if (started) return;
  started = true;
  if (!storageWorks()) {
    $lectureStorage.set('memory');
    return;
  }
  stored = persistentAtom<SavedLecture[]>(LECTURES_KEY, [], {
    encode: JSON.stringify,
    decode: parseSavedLectures,
  });
  $savedLectures.set(stored.get());
  // Changes made in another tab arrive through the persistent store.
  stored.listen((list) => $savedLectures.set([...list]));
}

function write(list: SavedLecture[]): void {
  startLectures();
  $savedLectures.set(list);
  if (!stored || $lectureStorage.get() !== 'local') return;
  try {
    stored.set(list);
  } catch {
    $lectureStorage.set('memory');
  }
}

export function saveLecture(lecture: SavedLecture): void {
  write(upsertLecture($savedLectures.get(), lecture));
}

export function deleteLecture(id: string): void {
  write(removeLecture($savedLectures.get(), id));
}
