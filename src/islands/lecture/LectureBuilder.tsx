/**
 * The lecture builder: pick whole pages or single sections of case and topic
 * pages, put them in order, give the title slide a title, then present it or
 * print it as a handout. The selection lives in this page's address (so the
 * address is the lecture: copy it to share, reload to keep it) and can be
 * saved in the browser (src/stores/lectures.ts).
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
} from '../../lib/teaching/lecture.ts';
import type { SavedLecture } from '../../lib/teaching/saved-lectures.ts';
import { $lectureStorage, $savedLectures, deleteLecture, saveLecture } from '../../stores/lectures.ts';
import { Catalogue } from './Catalogue.tsx';
import { Selection } from './Selection.tsx';
import { SavedList } from './SavedList.tsx';
import { useStore } from './use-store.ts';
import { routes } from '../../lib/routes.ts';

interface Props {
  catalogue: CataloguePage[];
}

const newId = () => `l-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

export default function LectureBuilder({ catalogue }: Props) {
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [items, setItems] = useState<LectureItem[]>([]);
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const saved = useStore($savedLectures);
  const storage = useStore($lectureStorage);

  // A lecture in the address (a shared link, or this page reloaded) opens for editing.
  useEffect(() => {
    const fromUrl = decodeLecture(location.search);
    const { items: known, unknown } = resolveLecture(fromUrl, catalogue);
    setTitle(fromUrl.title);
    setSubtitle(fromUrl.subtitle ?? '');
    setItems(known.map(({ page, section }) => (section ? { page, section } : { page })));
    if (unknown.length > 0)
      setMessage(`链接中有 ${unknown.length} 个部分在本站找不到（页面或小节可能已改名），已略去。`);
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

  // Keep the address in step with the selection, without adding history entries.
  useEffect(() => {
    if (ready) history.replaceState(history.state, '', `${location.pathname}?${query}`);
  }, [query, ready]);

  const announce = (text: string) => setMessage(text);
  const add = (item: LectureItem, label: string) => {
    setItems((list) => [...list, item]);
    announce(`已添加：${label}`);
  };
  const move = (from: number, to: number) => {
    setItems((list) => moveItem(list, from, to));
    const item = resolved[from];
    if (item) announce(`${itemLabel(item)} 移到第 ${to + 1} 位`);
  };
  const remove = (index: number) => {
    const item = resolved[index];
    setItems((list) => list.filter((_, i) => i !== index));
    if (item) announce(`已移除：${itemLabel(item)}`);
  };
  const save = () => {
    const id = savedId ?? newId();
    saveLecture({ ...lecture, id, savedAt: new Date().toISOString() });
    setSavedId(id);
    announce(
      $lectureStorage.get() === 'local'
        ? `已保存“${lecture.title}”到本机浏览器。`
        : `浏览器不允许保存，“${lecture.title}”只保留到关闭本页为止。`,
    );
  };
  const open = (l: SavedLecture) => {
    setTitle(l.title);
    setSubtitle(l.subtitle ?? '');
    setItems(l.items);
    setSavedId(l.id);
    announce(`已打开“${l.title}”。`);
  };
  const remove_ = (l: SavedLecture) => {
    deleteLecture(l.id);
    if (savedId === l.id) setSavedId(undefined);
    announce(`已删除“${l.title}”。`);
  };
  const shareUrl =
    typeof location === 'undefined'
      ? routes.lecture(query)
      : new URL(routes.lecture(query), location.href).href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      announce('链接已复制。');
    } catch {
      announce('无法自动复制，请手动复制链接框中的地址。');
    }
  };
  const empty = items.length === 0;
  const [making, setMaking] = useState(false);
  /** Word handout or slides of the lecture, made here (the pages are fetched); nothing chosen gives a message, not a file. */
  const exportFile = async (kind: 'docx' | 'pptx') => {
    if (making) return;
    setMaking(true);
    announce(kind === 'pptx' ? '正在生成幻灯片……' : '正在生成 Word 讲义……');
    try {
      const [{ builderFile }, { download }] = await Promise.all([
        import('../../components/documents/lecture-export.ts'),
        import('../planner/files.ts'),
      ]);
      const made = await builderFile(kind, lecture, catalogue);
      download(made.name, made.type, new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }));
      announce(`已生成文件：${made.name}`);
    } catch (error) {
      announce(`没能生成文件：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setMaking(false);
    }
  };

  return (
    <div class="lecture-builder not-content" data-lecture-builder data-ready={ready ? '' : undefined}>
      <p class="lecture-status" role="status" aria-live="polite" data-lecture-status>
        {message}
      </p>
      {storage === 'memory' && ready && (
        <p class="lecture-warning" data-lecture-storage-warning>
          此浏览器不允许本站保存数据（可能是无痕模式或禁用了网站数据）。讲座仍可照常编排、演示和打印，但“保存”的内容只保留到关闭本页为止；要长期保留，请复制链接。
        </p>
      )}
      <div class="lecture-columns">
        <section class="lecture-plan" aria-labelledby="lecture-plan-title">
          <h2 id="lecture-plan-title">讲座安排</h2>
          <div class="lecture-fields">
            <label>
              标题（用于首张幻灯片和讲义封面）
              <input
                type="text"
                value={title}
                maxLength={80}
                placeholder={UNTITLED}
                onInput={(e) => setTitle(e.currentTarget.value)}
                data-lecture-title
              />
            </label>
            <label>
              副标题（可写主讲人、班次、日期）
              <input
                type="text"
                value={subtitle}
                maxLength={80}
                onInput={(e) => setSubtitle(e.currentTarget.value)}
                data-lecture-subtitle
              />
            </label>
          </div>
          <h3>顺序（{items.length} 部分）</h3>
          <Selection items={resolved} onMove={move} onRemove={remove} />
          <div class="lecture-actions">
            <a
              class={`lecture-button lecture-button--primary${empty ? ' is-disabled' : ''}`}
              href={empty ? undefined : routes.lecturePresent(query)}
              aria-disabled={empty ? 'true' : undefined}
              data-lecture-present
            >
              演示
            </a>
            <a
              class={`lecture-button${empty ? ' is-disabled' : ''}`}
              href={empty ? undefined : routes.lectureHandout(query)}
              aria-disabled={empty ? 'true' : undefined}
              data-lecture-handout
            >
              讲义（可打印）
            </a>
            <button type="button" class="lecture-button" onClick={save} disabled={empty} data-lecture-save>
              保存到本机
            </button>
            {(
              [
                ['docx', '下载 Word 讲义'],
                ['pptx', '下载幻灯片'],
              ] as const
            ).map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                class="lecture-button"
                onClick={() => exportFile(kind)}
                aria-busy={making ? 'true' : undefined}
                data-lecture-download={kind}
              >
                {label}
              </button>
            ))}
          </div>
          <label class="lecture-share">
            分享链接（链接本身就包含整个讲座，不经过服务器）
            <span class="lecture-share__row">
              <input
                type="text"
                readOnly
                value={shareUrl}
                onFocus={(e) => e.currentTarget.select()}
                data-lecture-share
              />
              <button type="button" class="lecture-button lecture-button--small" onClick={copy}>
                复制
              </button>
            </span>
          </label>
          <h3>已保存的讲座</h3>
          <SavedList lectures={saved} onOpen={open} onDelete={remove_} />
        </section>
        <section class="lecture-material" aria-labelledby="lecture-material-title">
          <h2 id="lecture-material-title">可选材料</h2>
          <p class="lecture-hint">
            展开一个页面，添加整页或其中一节。整页会以该页标题作为分节页，其下每个二级标题成为一张或几张幻灯片。
          </p>
          <Catalogue catalogue={catalogue} onAdd={add} />
        </section>
      </div>
    </div>
  );
}
