/**
 * Share links: the plan, compressed, in the address's hash
 * (/planner/#plan=1.<base64url>), with the members not yet filled in
 * (&draft=m12,m13: the plan file cannot say so, and without it they would
 * read as 不符合 where the sender sees 待填写). The hash never reaches a server, so the
 * plan stays between the two browsers — but anyone with the link sees it.
 *
 * Compression is the browser's own CompressionStream with 'deflate' (zlib):
 * unlike 'deflate-raw' it ends with an Adler-32 checksum, so a link that was
 * cut short or altered fails to decompress instead of yielding another plan.
 * The decompressed text then goes through the same reading as an imported
 * file. Nothing here throws: every failure is a Chinese message.
 */

const SHARE_PARAM = 'plan';
const DRAFT_PARAM = 'draft';
/** Ids the draft list may carry at most, and how long each may be (as saved.ts keeps them). */
const MAX_DRAFTS = 500;
const MAX_ID_CHARS = 100;
const SHARE_FORMAT = '1';
/** Longest link hash we make: longer links are cut by chat apps and mail clients. */
export const MAX_SHARE_CHARS = 8000;
/** Largest plan text a link may unpack to (a bomb of repeated bytes is refused). */
const MAX_UNPACKED_CHARS = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write and read concurrently: a stream with a full queue waits for its reader.
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export type ShareLink = { ok: true; hash: string } | { ok: false; error: string };

/** The hash (without '#') carrying the plan and its unfinished members, or why it cannot be made. */
export async function encodeShare(
  planJson: string,
  maxChars = MAX_SHARE_CHARS,
  drafts: readonly string[] = [],
): Promise<ShareLink> {
  if (typeof CompressionStream === 'undefined') {
    return {
      ok: false,
      error: '此浏览器不支持压缩（CompressionStream），无法生成分享链接：请改用「导出 JSON」。',
    };
  }
  const packed = await pipe(new TextEncoder().encode(planJson), new CompressionStream('deflate'), Infinity);
  const draftPart =
    drafts.length > 0 ? `&${DRAFT_PARAM}=${drafts.map((id) => encodeURIComponent(id)).join(',')}` : '';
  const hash = `${SHARE_PARAM}=${SHARE_FORMAT}.${toBase64Url(packed)}${draftPart}`;
  if (hash.length > maxChars) {
    return {
      ok: false,
      error: `方案太大，放不进链接（压缩后 ${hash.length} 个字符，上限 ${maxChars}）：请改用「导出 JSON」发送文件。`,
    };
  }
  return { ok: true, hash };
}

export type SharedPlan =
  { ok: true; text: string; drafts?: string[] } | { ok: false; error: string } | { ok: 'none' };

/** The unfinished members a link names (a hint, like saved.ts's: anything odd is dropped). */
function draftsIn(params: URLSearchParams): { drafts?: string[] } {
  const ids = (params.get(DRAFT_PARAM) ?? '')
    .split(',')
    .filter((id) => id.length > 0 && id.length <= MAX_ID_CHARS)
    .slice(0, MAX_DRAFTS);
  return ids.length > 0 ? { drafts: ids } : {};
}

const BROKEN = '分享链接不完整或被改动过，读不出方案：请让发送人重新复制一次完整的链接。没有任何方案被改动。';

/** The plan text carried by a location hash ('#plan=…'), if any. */
export async function decodeShare(hash: string): Promise<SharedPlan> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (value === null) return { ok: 'none' };
  const dot = value.indexOf('.');
  const format = dot < 0 ? '' : value.slice(0, dot);
  if (format !== SHARE_FORMAT) {
    return /^\d+$/.test(format) && Number(format) > Number(SHARE_FORMAT)
      ? {
          ok: false,
          error: '这个分享链接来自较新版本的规划器，本页读不了：请刷新页面后再打开。没有任何方案被改动。',
        }
      : { ok: false, error: BROKEN };
  }
  const bytes = fromBase64Url(value.slice(dot + 1));
  if (!bytes || bytes.length === 0) return { ok: false, error: BROKEN };
  if (typeof DecompressionStream === 'undefined') {
    return { ok: false, error: '此浏览器不支持解压（DecompressionStream），打不开分享链接。' };
  }
  try {
    const unpacked = await pipe(bytes, new DecompressionStream('deflate'), MAX_UNPACKED_CHARS * 3);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
    if (text.length > MAX_UNPACKED_CHARS) throw new RangeError('too large');
    return { ok: true, text, ...draftsIn(params) };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, error: '分享链接里的内容过大，不像一份班子方案，已拒绝打开。没有任何方案被改动。' };
    }
    return { ok: false, error: BROKEN };
  }
}
