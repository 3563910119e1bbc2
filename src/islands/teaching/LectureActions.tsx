/**
 * What can be done with the lecture being built: present it, print it as a
 * handout, save it in this browser, download it as Word or slides (made
 * here, the library loaded on click), and share its address.
 */
import { useState } from 'preact/hooks';
import type { CataloguePage } from '../../lib/teaching/lecture.ts';
import { routes } from '../../lib/routes.ts';
import { copyText } from '../../components/common/clipboard.ts';
import type { useLecture } from './use-lecture.ts';

type Draft = ReturnType<typeof useLecture>;

const DOWNLOADS = [
  ['docx', '下载 Word 讲义'],
  ['pptx', '下载幻灯片'],
] as const;

/** Word handout or slides of the lecture; nothing chosen gives a message, not a file. */
function useExport(draft: Draft, catalogue: CataloguePage[]) {
  const [making, setMaking] = useState(false);
  const exportFile = async (kind: 'docx' | 'pptx') => {
    if (making) return;
    setMaking(true);
    draft.announce(kind === 'pptx' ? '正在生成幻灯片……' : '正在生成 Word 讲义……');
    try {
      const [{ builderFile }, { download }] = await Promise.all([
        import('../../components/teaching/lecture/lecture-export.ts'),
        import('../planner/files.ts'),
      ]);
      const made = await builderFile(kind, draft.lecture, catalogue);
      download(made.name, made.type, new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }));
      draft.announce(`已生成文件：${made.name}`);
    } catch (error) {
      draft.announce(`没能生成文件：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setMaking(false);
    }
  };
  return { making, exportFile };
}

export function LectureActions({ draft, catalogue }: { draft: Draft; catalogue: CataloguePage[] }) {
  const { making, exportFile } = useExport(draft, catalogue);
  const empty = draft.items.length === 0;
  const link = (href: string) => (empty ? undefined : href);
  return (
    <div class="lecture-actions">
      <a
        class={`lecture-button lecture-button--primary${empty ? ' is-disabled' : ''}`}
        href={link(routes.lecturePresent(draft.query))}
        aria-disabled={empty ? 'true' : undefined}
        data-lecture-present
      >
        演示
      </a>
      <a
        class={`lecture-button${empty ? ' is-disabled' : ''}`}
        href={link(routes.lectureHandout(draft.query))}
        aria-disabled={empty ? 'true' : undefined}
        data-lecture-handout
      >
        讲义（可打印）
      </a>
      <button
        type="button"
        class="lecture-button"
        onClick={draft.actions.save}
        disabled={empty}
        data-lecture-save
      >
        保存到本机
      </button>
      {DOWNLOADS.map(([kind, label]) => (
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
  );
}

/** The lecture's address, to copy: the link itself holds the whole lecture. */
export function ShareLink({ query, announce }: { query: string; announce(text: string): void }) {
  const url =
    typeof location === 'undefined'
      ? routes.lecture(query)
      : new URL(routes.lecture(query), location.href).href;
  const copy = async () =>
    announce(await copyText(url, '链接已复制。', '无法自动复制，请手动复制链接框中的地址。'));
  return (
    <label class="lecture-share">
      分享链接（链接本身就包含整个讲座，不经过服务器）
      <span class="lecture-share__row">
        <input
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-lecture-share
        />
        <button type="button" class="lecture-button lecture-button--small" onClick={copy}>
          复制
        </button>
      </span>
    </label>
  );
}
