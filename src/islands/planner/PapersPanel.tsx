/**
 * 会议材料: the four papers a secretary takes to the 党组织 meeting, as Word
 * files made from the open plan (src/lib/documents/meeting). The Word
 * library loads when a button is pressed.
 */
import { useState } from 'preact/hooks';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { $check, type Session } from '../../stores/planner.ts';
import { download } from './files.ts';

const PAPERS = [
  [
    'composition',
    '方案说明',
    '班子组成、人员名单和核对情况，供党组织会议研究（一页），附所依据的规则与原文。',
  ],
  ['duties', '兼职委员履职清单', '每名兼职委员一页：基本情况、履职事项和时间、其他职责。'],
  ['minutes', '联席会议纪要', '会议纪要模板：参加人员、议题、议定事项，以及本年度联席会议安排。'],
  ['agreement', '共驻共建责任书', '每个共建单位一份，写明甲乙双方，共建内容留待双方填写。'],
] as const;

export function PapersPanel({ session }: { session: Session; data: PlannerData }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const make = async (kind: (typeof PAPERS)[number][0], name: string) => {
    setBusy(true);
    setStatus(`正在生成${name}……`);
    try {
      const { planPaper } = await import('../../components/documents/plan-papers.ts');
      const made = await planPaper(kind, session.doc.plan, $check.get()?.view.summary);
      download(made.name, made.type, new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: made.type }));
      setStatus(`已生成文件：${made.name}`);
    } catch (error) {
      setStatus(`没能生成${name}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="pl-panel pl-papers" aria-labelledby="pl-papers-title">
      <h2 id="pl-papers-title">会议材料（Word）</h2>
      <p>
        按党政机关公文格式（GB/T
        9704）排版，内容取自本方案和所选规则包；方案中没有填写的地方印作“（待填写）”。每份材料都附有所依据的规则和原文。
      </p>
      <ul class="pl-papers-list">
        {PAPERS.map(([kind, name, what]) => (
          <li key={kind}>
            <button type="button" disabled={busy} onClick={() => make(kind, name)} data-paper={kind}>
              下载{name}
            </button>{' '}
            <span class="pl-hint">{what}</span>
          </li>
        ))}
      </ul>
      <p class="pl-hint" role="status" data-papers-status>
        {status}
      </p>
    </section>
  );
}
