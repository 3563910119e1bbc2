/**
 * 删除本机数据: what this copy of the site keeps in the browser, counted
 * before the confirmation and removed after it. Only this copy's share:
 * localStorage keys carrying its root (src/lib/storage-keys.ts), its service
 * worker's caches and registration; another copy on the same host keeps its own.
 */
import { routes } from '../../lib/routes.ts';
import { isCacheOfCopy, isKeyOfCopy } from '../../lib/storage-keys.ts';

interface Parts {
  start: HTMLButtonElement;
  confirm: HTMLElement;
  ask: HTMLElement;
  yes: HTMLButtonElement;
  no: HTMLButtonElement;
  status: HTMLElement;
}

const rootPath = (): string => new URL(routes.base, location.href).pathname;
/** The service worker scope of this copy: its root, as a full URL. */
const scope = (): string => new URL(routes.base, location.href).href;

function ownKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => isKeyOfCopy(key, rootPath()));
  } catch {
    return [];
  }
}

async function ownCaches(): Promise<string[]> {
  if (typeof caches === 'undefined') return [];
  return (await caches.keys()).filter((name) => isCacheOfCopy(name, scope()));
}

async function forget(): Promise<number> {
  const keys = ownKeys();
  for (const key of keys) localStorage.removeItem(key);
  const cacheNames = await ownCaches();
  await Promise.all(cacheNames.map((name) => caches.delete(name)));
  if ('serviceWorker' in navigator) {
    const registration = await navigator.serviceWorker.getRegistration(scope());
    if (registration && registration.scope === scope()) await registration.unregister();
  }
  return keys.length + cacheNames.length;
}

function partsOf(root: HTMLElement): Parts {
  const get = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-forget-${name}]`)!;
  return {
    start: get<HTMLButtonElement>('start'),
    confirm: get('confirm'),
    ask: get('ask'),
    yes: get<HTMLButtonElement>('yes'),
    no: get<HTMLButtonElement>('no'),
    status: get('status'),
  };
}

export function startForgetLocalData(root: HTMLElement): void {
  const parts = partsOf(root);
  parts.start.addEventListener('click', async () => {
    const plans = ownKeys().filter((key) => key.includes(':planner:plan:')).length;
    const offline = (await ownCaches()).length > 0;
    parts.ask.textContent =
      `确定删除吗？将删除本机保存的 ${plans} 个方案、讲座和页面设置` +
      `${offline ? '，以及离线保存的全站内容' : ''}，删除后不能恢复。`;
    parts.confirm.hidden = false;
    parts.status.textContent = '';
    parts.no.focus();
  });
  parts.no.addEventListener('click', () => {
    parts.confirm.hidden = true;
    parts.status.textContent = '没有删除任何数据。';
    parts.start.focus();
  });
  parts.yes.addEventListener('click', async () => {
    parts.yes.disabled = true;
    try {
      const removed = await forget();
      parts.status.textContent =
        removed > 0 ? '已删除本站保存在这个浏览器里的全部数据。' : '这个浏览器里没有本站保存的数据。';
    } catch {
      parts.status.textContent = '没有全部删除：请在浏览器设置中清除本站的网站数据。';
    } finally {
      parts.yes.disabled = false;
      parts.confirm.hidden = true;
      parts.start.focus();
    }
  });
}
