/**
 * How a plan is kept in the browser's storage: one entry per plan, holding
 * the plan (in the published format, with its own version) and the pool of
 * local units. The entry has a format number too, so a later planner can
 * migrate it, and a checksum of the document as written.
 *
 * Every plan the planner writes is valid (edits keep it so), so an entry
 * whose checksum still matches is read as it is — opening a 3,000-unit plan
 * does not re-validate it, and the validator is not loaded. Any other entry
 * (damaged, changed by hand, older) is read in full by saved-verify.ts: a
 * damaged entry is reported in Chinese and left as it is.
 *
 * An entry also keeps the plan's verdicts as last shown, with the
 * checkVersion they were computed under and a checksum of their own: a
 * return visit shows them before the rule engine loads, only when both still
 * hold (a plan too large to keep them for is checked in full on opening).
 */
import type { LocalUnit, PlannerDoc } from './doc.ts';
import type { VerdictView } from './verdict-view.ts';

export const RECORD_FORMAT = 1;

export interface SavedRecord {
  format: typeof RECORD_FORMAT;
  /** Storage id (not the plan's title, which the user may change). */
  id: string;
  /** When it was last saved (ISO 8601). */
  saved: string;
  doc: PlannerDoc;
  verdicts?: StoredVerdicts;
}

/** A plan's verdicts as last shown, kept with it. */
export interface StoredVerdicts {
  /** PlannerIndex.checkVersion when they were computed. */
  key: string;
  view: VerdictView;
}

/**
 * Verdicts kept with a plan at most. Kept, each takes about 600 characters
 * of the browser's storage (a committee's 26 about 16,000, the 西湖区 street
 * template's 180 about 96,000); a real street has tens of thousands and
 * would fill it, so a plan this large is checked in full when it opens.
 */
const MAX_STORED_VERDICTS = 300;

/** The verdicts to keep with a plan, or undefined when there are too many. */
export function storableView(key: string, view: VerdictView): StoredVerdicts | undefined {
  const count = view.groups.reduce((n, g) => n + g.open.length + g.settled.length, 0);
  return count <= MAX_STORED_VERDICTS ? { key, view } : undefined;
}

/** FNV-1a (32 bit) of a text, as 8 hex digits: catches damage and hand edits, cheaply. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function encodeRecord(record: SavedRecord): string {
  const doc = JSON.stringify(record.doc);
  const head = JSON.stringify({
    format: record.format,
    id: record.id,
    saved: record.saved,
    sum: checksum(doc),
  });
  const view = record.verdicts && JSON.stringify(record.verdicts.view);
  const verdicts =
    view === undefined
      ? ''
      : `,"verdicts":{"key":${JSON.stringify(record.verdicts!.key)},"sum":"${checksum(view)}","view":${view}}`;
  return `${head.slice(0, -1)},"doc":${doc}${verdicts}}`;
}

/** The verdicts an entry keeps, if they are as the planner wrote them. */
function verdictsOf(raw: unknown): { verdicts?: StoredVerdicts } {
  if (typeof raw !== 'object' || raw === null) return {};
  const { key, sum, view } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || typeof view !== 'object' || view === null) return {};
  if (checksum(JSON.stringify(view)) !== sum) return {};
  return { verdicts: { key, view: view as VerdictView } };
}

/** An entry read without validation, when its checksum shows it is as the planner wrote it. */
export function quickDecode(id: string, text: string, homeTypes: readonly string[]): SavedRecord | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { format, saved, sum, doc, verdicts } = raw as Record<string, unknown>;
  if (format !== RECORD_FORMAT || typeof sum !== 'string' || typeof doc !== 'object' || doc === null)
    return undefined;
  // JSON.stringify of parsed JSON gives back the text it was parsed from.
  if (checksum(JSON.stringify(doc)) !== sum) return undefined;
  const { plan, pool, drafts } = doc as Record<string, unknown>;
  if (typeof plan !== 'object' || plan === null) return undefined;
  return {
    format: RECORD_FORMAT,
    id,
    saved: typeof saved === 'string' ? saved : '',
    doc: { plan: plan as PlannerDoc['plan'], pool: poolOf(pool, homeTypes), ...draftsOf(drafts) },
    ...verdictsOf(verdicts),
  };
}

/** The unfinished members a record lists (ids only; anything else is dropped: it is a hint, not data). */
export function draftsOf(raw: unknown): { drafts?: string[] } {
  if (!Array.isArray(raw)) return {};
  const ids = raw.filter((x): x is string => typeof x === 'string' && x.length <= 100);
  return ids.length > 0 ? { drafts: ids } : {};
}

export function poolOf(raw: unknown, homeTypes: readonly string[]): LocalUnit[] {
  if (!Array.isArray(raw)) return [];
  // The pool is a convenience rebuilt from the members anyway: damaged entries are dropped, not fatal.
  return raw.flatMap((u): LocalUnit[] => {
    if (typeof u !== 'object' || u === null) return [];
    const { type, name, highLevel, large } = u as Record<string, unknown>;
    if (typeof type !== 'string' || !homeTypes.includes(type)) return [];
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200) return [];
    return [
      {
        type: type as LocalUnit['type'],
        name,
        ...(typeof highLevel === 'boolean' && { highLevel }),
        ...(typeof large === 'boolean' && { large }),
      },
    ];
  });
}

/** A new storage id: time-ordered, unique enough within one browser. */
export function newRecordId(now = Date.now()): string {
  return `p${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
