/**
 * The 离线使用 control: asks the service worker how much of the site this
 * browser keeps, shows the size of the rest before anything is fetched,
 * downloads it with a progress bar, and removes it again. Talks to the worker
 * through workbox-window's messageSW; progress arrives as messages.
 */
import { messageSW } from 'workbox-window/messageSW.js';
import {
  failureText,
  formatBytes,
  roomFor,
  type OfflineProgress,
  type OfflineRequest,
  type OfflineResult,
  type OfflineStatus,
} from '../../lib/offline/protocol.ts';

/** Without a word from the worker for this long, a download is taken as stopped. */
const STALL_MS = 60_000;

interface Parts {
  state: HTMLElement;
  download: HTMLButtonElement;
  remove: HTMLButtonElement;
  progress: HTMLProgressElement;
  progressText: HTMLElement;
}

function partsOf(root: HTMLElement): Parts {
  const get = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-offline-${name}]`)!;
  return {
    state: get('state'),
    download: get<HTMLButtonElement>('download'),
    remove: get<HTMLButtonElement>('remove'),
    progress: get<HTMLProgressElement>('progress'),
    progressText: get('progress-text'),
  };
}

async function ask<T>(request: OfflineRequest): Promise<T> {
  const registration = await navigator.serviceWorker.ready;
  if (!registration.active) throw new Error('no worker');
  return (await messageSW(registration.active, request)) as T;
}

function describe(status: OfflineStatus): string {
  const rest = status.totalBytes - status.keptBytes;
  if (rest === 0) {
    return `全站已保存在本机（${formatBytes(status.totalBytes)}）：断网后所有页面、搜索、规划器和数据下载都能使用。网站更新后，下次联网打开时会自动更新。`;
  }
  const kept =
    status.keptFiles > 0
      ? `本机已保存打开过的内容 ${formatBytes(status.keptBytes)}，断网后这些页面仍可阅读。`
      : '本机还没有保存本站内容。';
  return `${kept}下载全站还需约 ${formatBytes(rest)}（全站共 ${formatBytes(status.totalBytes)}）。`;
}

function show(parts: Parts, status: OfflineStatus, note = ''): void {
  const rest = status.totalBytes - status.keptBytes;
  parts.state.textContent = `${note}${describe(status)}`;
  parts.download.hidden = rest === 0;
  parts.download.disabled = false;
  parts.download.textContent = `下载全站（约 ${formatBytes(rest)}）`;
  parts.remove.hidden = status.keptFiles === 0;
  parts.remove.disabled = false;
}

function showProgress(parts: Parts, p: OfflineProgress): void {
  parts.progress.hidden = false;
  parts.progress.max = Math.max(1, p.totalBytes);
  parts.progress.value = p.doneBytes;
  parts.progressText.textContent = `已下载 ${p.doneFiles} / ${p.totalFiles} 个文件（${formatBytes(p.doneBytes)} / ${formatBytes(p.totalBytes)}）`;
}

async function download(parts: Parts): Promise<void> {
  const status = await ask<OfflineStatus>({ type: 'OFFLINE_STATUS' });
  const needed = status.totalBytes - status.keptBytes;
  // Ask first whether the room is there: a refusal halfway helps nobody.
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!roomFor(needed, estimate)) {
    show(
      parts,
      status,
      `${failureText('quota', needed - ((estimate?.quota ?? 0) - (estimate?.usage ?? 0)))}`,
    );
    return;
  }
  // Kept data the browser may not clear on its own when space runs short (it may say no; the download goes on).
  await navigator.storage?.persist?.().catch(() => false);
  parts.download.disabled = true;
  parts.remove.disabled = true;
  parts.state.textContent = '正在下载全站，请保持联网，不要关闭本页……';
  let stall: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    const arm = () => {
      clearTimeout(stall);
      stall = setTimeout(() => resolve('stalled'), STALL_MS);
    };
    arm();
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineProgress>) => {
      if (event.data?.type !== 'OFFLINE_PROGRESS') return;
      arm();
      showProgress(parts, event.data);
    });
  });
  const result = await Promise.race([ask<OfflineResult>({ type: 'OFFLINE_DOWNLOAD' }), stalled]);
  clearTimeout(stall);
  parts.progress.hidden = true;
  parts.progressText.textContent = '';
  const now = await ask<OfflineStatus>({ type: 'OFFLINE_STATUS' });
  if (result === 'stalled') show(parts, now, failureText('network', 0));
  else if (result.ok) show(parts, now, '下载完成。');
  else show(parts, now, failureText(result.failure, now.totalBytes - now.keptBytes));
}

async function remove(parts: Parts): Promise<void> {
  parts.remove.disabled = true;
  const status = await ask<OfflineStatus>({ type: 'OFFLINE_REMOVE' });
  show(parts, status, '已删除本机保存的本站内容。');
}

export async function startOfflineControl(root: HTMLElement): Promise<void> {
  const parts = partsOf(root);
  if (location.protocol === 'file:') {
    parts.state.textContent = '这是从本地文件打开的离线版（如U盘版）：全部内容已在本机，不需要下载。';
    return;
  }
  if (!('serviceWorker' in navigator)) {
    parts.state.textContent =
      '这个浏览器不支持保存网站供离线使用。请换用新版的 Chrome、Edge、Firefox 或 Safari，或向管理员索取U盘版。';
    return;
  }
  parts.download.addEventListener('click', () => void download(parts).catch(() => fail(parts)));
  parts.remove.addEventListener('click', () => void remove(parts).catch(() => fail(parts)));
  try {
    show(parts, await ask<OfflineStatus>({ type: 'OFFLINE_STATUS' }));
  } catch {
    fail(parts);
  }
}

function fail(parts: Parts): void {
  parts.state.textContent = '暂时无法查询本机保存的内容，请刷新页面再试。网站在联网时照常可用。';
}
