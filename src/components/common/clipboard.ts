/**
 * Copying to the clipboard, for the scripts and islands that offer a copy
 * button. The browser may refuse (no permission, no secure context); the
 * caller then says so, and the reader can still select the text and copy it.
 */
export async function copyText(text: string, copied: string, refused: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return copied;
  } catch {
    return refused;
  }
}
