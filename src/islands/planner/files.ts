/**
 * Files in and out of the browser: downloads built from text or blobs, and
 * reading a chosen file as text with a size check before reading it.
 */

/** Offer `content` as a download named `name`. */
export function download(name: string, type: string, content: string | Blob): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a plan title: characters file systems refuse are replaced. */
export function fileName(title: string, extension: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 80) || '方案';
  return `${base}.${extension}`;
}

export type FileText = { ok: true; text: string } | { ok: false; error: string };

/** Read a chosen file as UTF-8 text, refusing files over `maxBytes` without reading them. */
export async function readFileText(file: File, maxBytes: number): Promise<FileText> {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return { ok: false, error: `文件过大（${mb(file.size)}，上限 ${mb(maxBytes)}），没有读取。` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: '无法读取这个文件。' };
  }
}
