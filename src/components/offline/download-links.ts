/**
 * Download links (`<a download>`) that also work offline. Chromium fetches
 * such a download past the service worker, so with the network gone it fails
 * even when the file is kept; fetched by the page, the file comes from the
 * worker's copy and is saved from memory. From file:// the plain link reads
 * the file itself, so it is left alone; where the page cannot get the file,
 * the status line says why.
 */
import { fromFile } from '../../lib/offline/package-files.ts';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function keepDownloadsOffline(root: ParentNode, status: HTMLElement | null): void {
  if (fromFile(location.protocol)) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const name = link.getAttribute('download') || link.pathname.split('/').pop() || 'download';
      fetch(link.href)
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          save(await response.blob(), name);
          if (status) status.textContent = '';
        })
        .catch(() => {
          if (status) status.textContent = '下载失败：网络不可用，而这个文件还没有保存在本机。联网后再试。';
        });
    });
  }
}
