/**
 * Every page's part in offline use, kept small (its gzip size is budgeted in
 * tests/build/offline-worker.test.ts): register the service worker, and when
 * a new build's worker takes over a page an older one served, say
 * "内容已更新，刷新查看". Everything else — the whole-site download and its
 * controls — lives on the 离线使用 page (offline-control.ts).
 *
 * The browser's own API rather than workbox-window here: registering and
 * noticing the change of worker take a few lines, and workbox-window alone
 * would use most of the budget.
 */
import { routes } from '../../lib/routes.ts';

/** "内容已更新，刷新查看", made when it is said (not carried, hidden, by every page). */
function updateNotice(): HTMLElement {
  const notice = document.createElement('p');
  notice.dataset['update'] = '';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '刷新查看';
  button.addEventListener('click', () => location.reload());
  notice.append('内容已更新，', button);
  return notice;
}

/**
 * The page's status region for that notice, made here rather than carried by every page's HTML
 * (without JavaScript there is no worker and nothing to say). It is there from the moment the
 * worker is registered, before anything is said in it, so that screen readers announce the notice.
 */
function statusRegion(): HTMLElement {
  const holder = document.createElement('div');
  holder.className = 'site-update';
  holder.setAttribute('role', 'status');
  document.body.append(holder);
  return holder;
}

/** Registers the site's worker (this build's base, from the routes module), on every page. */
export function registerWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const holder = statusRegion();
  // A page an older worker served: the worker that takes over is a new build's.
  const served = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (served && !holder.querySelector('[data-update]')) holder.append(updateNotice());
    // The first visit: this page loaded before any worker could keep it; the worker fetches it again.
    if (!served) {
      const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
      navigator.serviceWorker.controller?.postMessage({ type: 'OFFLINE_KEEP', urls });
    }
  });
  const register = () => void navigator.serviceWorker.register(routes.file('sw.js'), { scope: routes.base });
  // After the page has loaded: the worker's own downloads never compete with the page's.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
