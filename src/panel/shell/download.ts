/** Save text as a file from the panel: a Blob, an object URL, an `<a download>` click; the URL is revoked after. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; a short delay keeps slower browsers safe, then the URL is freed.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
