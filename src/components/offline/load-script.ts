/**
 * Loading a classic script once, by URL: how pages opened from file:// (the
 * offline package) get what a served page would import or fetch — Mermaid,
 * the search engine, data files — since the browser allows them only classic
 * <script src>.
 */
const loading = new Map<string, Promise<void>>();

export function loadScript(url: string): Promise<void> {
  const src = new URL(url, location.href).href;
  let done = loading.get(src);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => {
        loading.delete(src);
        reject(new Error(`文件缺失：${url}`));
      };
      document.head.append(script);
    });
    loading.set(src, done);
  }
  return done;
}
