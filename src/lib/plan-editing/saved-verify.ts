/**
 * Reading a stored plan in full: for entries whose checksum does not match
 * (damaged, changed by hand) or that hold an older format. Loaded only when
 * such an entry is met. Never throws: a damaged entry is reported with a
 * Chinese message and left as it is (the user decides whether to delete it).
 */
import type { PlannerData } from './data.ts';
import { readPlan } from '../plan-format/read.ts';
import { draftsOf, poolOf, RECORD_FORMAT, type SavedRecord } from './saved.ts';

export type Decoded =
  | {
      ok: true;
      record: SavedRecord;
      /** The entry held a version 0 draft, converted here: save it in the current format and say so. */
      convertedDraft?: true;
    }
  | { ok: false; id: string; error: string };

const damaged = (id: string, why: string): Decoded => ({
  ok: false,
  id,
  error: `这份保存的方案已损坏，无法打开（${why}）。它仍保留在浏览器中，没有被改动；可以删除它。`,
});

export function decodeRecord(
  id: string,
  text: string | undefined,
  ctx: Pick<PlannerData, 'vocabulary'>,
): Decoded {
  if (text === undefined || text === '') return damaged(id, '内容为空');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return damaged(id, '不是有效的 JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return damaged(id, '不是一个对象');
  const record = raw as Record<string, unknown>;
  const format = record['format'];
  if (typeof format !== 'number') return damaged(id, '缺少记录格式 format');
  if (format > RECORD_FORMAT) {
    return {
      ok: false,
      id,
      error: `这份方案由较新版本的规划器保存（记录格式 ${format}），本页读不了：请刷新页面使用最新版。它没有被改动。`,
    };
  }
  const doc = record['doc'];
  if (typeof doc !== 'object' || doc === null) return damaged(id, '缺少方案内容');
  const { plan: rawPlan, pool: rawPool, drafts } = doc as Record<string, unknown>;
  const saved = typeof record['saved'] === 'string' ? record['saved'] : '';
  const pool = poolOf(rawPool, ctx.vocabulary.homeTypes);
  const read = readPlan(rawPlan);
  if (!read.ok) return damaged(id, read.errors.slice(0, 3).join('；'));
  const decoded: SavedRecord = {
    format: RECORD_FORMAT,
    id,
    saved,
    doc: { plan: read.plan, pool, ...draftsOf(drafts) },
  };
  return read.migratedFrom === 0
    ? { ok: true, record: decoded, convertedDraft: true }
    : { ok: true, record: decoded };
}
