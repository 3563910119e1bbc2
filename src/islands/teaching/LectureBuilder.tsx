/**
 * The lecture builder: pick whole pages or single sections of case and topic
 * pages, put them in order, give the title slide a title, then present it or
 * print it as a handout. The selection lives in this page's address (so the
 * address is the lecture: copy it to share, reload to keep it) and can be
 * saved in the browser (src/stores/lectures.ts).
 *
 * This island is the lecture's plan only; the catalogue to choose from is
 * plain HTML beside it (use-catalogue.ts).
 */
import { useStore } from '@nanostores/preact';
import { UNTITLED } from '../../lib/teaching/lecture.ts';
import { $lectureStorage, $savedLectures } from '../../stores/lectures.ts';
import { LectureActions, ShareLink } from './LectureActions.tsx';
import { Selection } from './Selection.tsx';
import { SavedList } from './SavedList.tsx';
import { useAddButtons, useCatalogue } from './use-catalogue.ts';
import { useLecture } from './use-lecture.ts';

export default function LectureBuilder() {
  const catalogue = useCatalogue();
  const draft = useLecture(catalogue);
  const saved = useStore($savedLectures);
  const storage = useStore($lectureStorage);
  const { actions } = draft;
  useAddButtons(catalogue, actions.add);
  return (
    <section
      class="lecture-plan"
      aria-labelledby="lecture-plan-title"
      data-lecture-builder
      data-ready={draft.ready ? '' : undefined}
    >
      <p class="lecture-status" role="status" aria-live="polite" data-lecture-status>
        {draft.message}
      </p>
      {storage === 'memory' && draft.ready && (
        <p class="lecture-warning" data-lecture-storage-warning>
          此浏览器不允许本站保存数据（可能是无痕模式或禁用了网站数据）。讲座仍可照常编排、演示和打印，但“保存”的内容只保留到关闭本页为止；要长期保留，请复制链接。
        </p>
      )}
      <h2 id="lecture-plan-title">讲座安排</h2>
      <div class="lecture-fields">
        <label>
          标题（用于首张幻灯片和讲义封面）
          <input
            type="text"
            value={draft.title}
            maxLength={80}
            placeholder={UNTITLED}
            onInput={(e) => draft.setTitle(e.currentTarget.value)}
            data-lecture-title
          />
        </label>
        <label>
          副标题（可写主讲人、班次、日期）
          <input
            type="text"
            value={draft.subtitle}
            maxLength={80}
            onInput={(e) => draft.setSubtitle(e.currentTarget.value)}
            data-lecture-subtitle
          />
        </label>
      </div>
      <h3>顺序（{draft.items.length} 部分）</h3>
      <Selection items={draft.resolved} onMove={actions.move} onRemove={actions.remove} />
      <LectureActions draft={draft} catalogue={catalogue} />
      <ShareLink query={draft.query} announce={draft.announce} />
      <h3>已保存的讲座</h3>
      <SavedList lectures={saved} onOpen={actions.open} onDelete={actions.delete} />
    </section>
  );
}
