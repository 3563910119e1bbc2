/** Lectures saved in this browser: open one in the builder, present it, or delete it. */
import { encodeLecture } from '../../lib/teaching/lecture.ts';
import type { SavedLecture } from '../../lib/teaching/saved-lectures.ts';
import { routes } from '../../lib/routes.ts';

interface Props {
  lectures: SavedLecture[];
  onOpen(lecture: SavedLecture): void;
  onDelete(lecture: SavedLecture): void;
}

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
};

/** One of a row's buttons; every row shows the same verbs, so the accessible name adds the lecture's title. */
function RowButton({
  verb,
  lecture,
  onClick,
}: {
  verb: string;
  lecture: SavedLecture;
  onClick(lecture: SavedLecture): void;
}) {
  return (
    <button
      type="button"
      class="lecture-button lecture-button--small"
      onClick={() => onClick(lecture)}
      aria-label={`${verb}：${lecture.title}`}
    >
      {verb}
    </button>
  );
}

export function SavedList({ lectures, onOpen, onDelete }: Props) {
  if (lectures.length === 0) return <p class="lecture-empty">还没有保存的讲座。</p>;
  return (
    <ul class="lecture-saved" data-lecture-saved>
      {lectures.map((lecture) => (
        <li key={lecture.id}>
          <span class="lecture-saved__title">{lecture.title}</span>
          <span class="lecture-saved__meta">
            {lecture.items.length} 部分 · {when(lecture.savedAt)}
          </span>
          <span class="lecture-saved__actions">
            <RowButton verb="打开" lecture={lecture} onClick={onOpen} />
            <a
              class="lecture-button lecture-button--small"
              href={routes.lecturePresent(encodeLecture(lecture))}
              aria-label={`演示：${lecture.title}`}
            >
              演示
            </a>
            <RowButton verb="删除" lecture={lecture} onClick={onDelete} />
          </span>
        </li>
      ))}
    </ul>
  );
}
