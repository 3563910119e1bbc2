/**
 * What the pages and the service worker say to each other about the offline
 * copy of the site (src/sw/service-worker.ts, src/components/offline/), and
 * how the page words it. Pure: no DOM, no service worker globals.
 */

/** One file of the built site as the service worker knows it (workbox-build's manifest, with integrity). */
export interface SiteFile {
  /** URL under the site's base ("/dangjian/cases/x/index.html"). */
  url: string;
  /** Content hash; null for files whose name already carries one (/_astro/…). */
  revision: string | null;
  /** Subresource integrity of the content ("sha384-…"): a page kept while browsing is the one this build made. */
  integrity: string;
  size: number;
}

export type OfflineRequest =
  | { type: 'OFFLINE_STATUS' }
  | { type: 'OFFLINE_DOWNLOAD' }
  | { type: 'OFFLINE_REMOVE' }
  /** Keep these (the page the worker first took over, and what it loaded before). */
  | { type: 'OFFLINE_KEEP'; urls: string[] };

export interface OfflineStatus {
  type: 'OFFLINE_STATUS';
  /** Files and bytes of the whole site. */
  totalFiles: number;
  totalBytes: number;
  /** Of these, kept in this browser (pages visited, or all after a download). */
  keptFiles: number;
  keptBytes: number;
  /** The reader asked for the whole site: new builds are fetched whole too. */
  wanted: boolean;
}

export interface OfflineProgress {
  type: 'OFFLINE_PROGRESS';
  doneFiles: number;
  totalFiles: number;
  doneBytes: number;
  totalBytes: number;
}

/** Why a download stopped: the browser refused the space, or a file did not arrive. */
export type DownloadFailure = 'quota' | 'network';

export type OfflineResult =
  | { type: 'OFFLINE_DONE'; ok: true; status: OfflineStatus }
  | { type: 'OFFLINE_DONE'; ok: false; failure: DownloadFailure; status: OfflineStatus };

/** "12.3 MB", "850 KB": sizes as the page shows them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the page says after a download that did not finish. */
export function failureText(failure: DownloadFailure, missingBytes: number): string {
  return failure === 'quota'
    ? `浏览器没有给本站足够的存储空间（还差约 ${formatBytes(missingBytes)}），下载停止了。` +
        '网站在联网时照常可用；可以在浏览器设置里清理其他网站的数据后再试。'
    : '下载没有完成：网络中断，或网站刚刚更新。联网后刷新页面再点一次，已下载的部分不会重新下载。';
}

/** Is there room for `needed` bytes, by the browser's own estimate (undefined: it does not say)? */
export function roomFor(needed: number, estimate: { quota?: number; usage?: number } | undefined): boolean {
  if (!estimate || estimate.quota === undefined) return true;
  return estimate.quota - (estimate.usage ?? 0) >= needed;
}
