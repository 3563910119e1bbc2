/**
 * The lecture being built, as state: its title, subtitle and parts, which
 * saved lecture it is, and the message the builder announces. The address
 * holds the lecture (a shared link or a reload opens it; edits replace the
 * address without adding history entries).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  decodeLecture,
  encodeLecture,
  itemLabel,
  moveItem,
  resolveLecture,
  UNTITLED,
  type CataloguePage,
  type Lecture,
  type LectureItem,
  type ResolvedItem,
} from '../../lib/teaching/lecture.ts';
import type { SavedLecture } from '../../lib/teaching/saved-lectures.ts';
import { $lectureStorage, deleteLecture, saveLecture, startLectures } from '../../stores/lectures.ts';

const newId = () => `l-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

interface DraftState {
  lecture: Lecture;
  resolved: ResolvedItem[];
  savedId: string | undefined;
  setTitle(title: string): void;
  setSubtitle(subtitle: string): void;
  setItems(update: LectureItem[] | ((list: LectureItem[]) => LectureItem[])): void;
  setSavedId(id: string | undefined): void;
  announce(text: string): void;
}

/** What the builder's buttons do to the draft, each saying what it did. */
function lectureActions(state: DraftState) {
  const { lecture, resolved, savedId, setTitle, setSubtitle, setItems, setSavedId, announce } = state;
  return {
    add(item: LectureItem, label: string) {
      setItems((list) => [...list, item]);
      announce(`已添加：${label}`);
    },
    move(from: number, to: number) {
      setItems((list) => moveItem(list, from, to));
      const item = resolved[from];
      if (item) announce(`${itemLabel(item)} 移到第 ${to + 1} 位`);
    },
    remove(index: number) {
      const item = resolved[index];
      setItems((list) => list.filter((_, i) => i !== index));
      if (item) announce(`已移除：${itemLabel(item)}`);
    },
    save() {
      const id = savedId ?? newId();
      saveLecture({ ...lecture, id, savedAt: new Date().toISOString() });
      setSavedId(id);
      announce(
        $lectureStorage.get() === 'local'
          ? `已保存“${lecture.title}”到本机浏览器。`
          : `浏览器不允许保存，“${lecture.title}”只保留到关闭本页为止。`,
      );
    },
    open(saved: SavedLecture) {
      setTitle(saved.title);
      setSubtitle(saved.subtitle ?? '');
      setItems(saved.items);
      setSavedId(saved.id);
      announce(`已打开“${saved.title}”。`);
    },
    delete(saved: SavedLecture) {
      deleteLecture(saved.id);
      if (savedId === saved.id) setSavedId(undefined);
      announce(`已删除“${saved.title}”。`);
    },
  };
}

export function useLecture(catalogue: CataloguePage[]) {
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [items, setItems] = useState<LectureItem[]>([]);
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [message, announce] = useState('');
  const [ready, setReady] = useState(false);

  // A lecture in the address (a shared link, or this page reloaded) opens for editing.
  useEffect(() => {
    startLectures();
    const fromUrl = decodeLecture(location.search);
    const { items: known, unknown } = resolveLecture(fromUrl, catalogue);
    setTitle(fromUrl.title);
    setSubtitle(fromUrl.subtitle ?? '');
    setItems(known.map(({ page, section }) => (section ? { page, section } : { page })));
    if (unknown.length > 0)
      announce(`链接中有 ${unknown.length} 个部分在本站找不到（页面或小节可能已改名），已略去。`);
    setReady(true);
  }, [catalogue]);

  const lecture: Lecture = useMemo(
    () => ({
      title: title.trim() || UNTITLED,
      ...(subtitle.trim() ? { subtitle: subtitle.trim() } : {}),
      items,
    }),
    [title, subtitle, items],
  );
  const query = encodeLecture(lecture);
  const resolved = resolveLecture(lecture, catalogue).items;

  // Keep the address in step with the selection.
  useEffect(() => {
    if (ready) history.replaceState(history.state, '', `${location.pathname}?${query}`);
  }, [query, ready]);

  const actions = lectureActions({
    lecture,
    resolved,
    savedId,
    setTitle,
    setSubtitle,
    setItems,
    setSavedId,
    announce,
  });
  return {
    title,
    setTitle,
    subtitle,
    setSubtitle,
    items,
    lecture,
    query,
    resolved,
    message,
    announce,
    ready,
    actions,
  };
}
