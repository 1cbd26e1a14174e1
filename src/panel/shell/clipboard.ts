/** Copy text to the clipboard. The async clipboard is often refused inside DevTools' iframe; fall back to a selection copy. */
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied';
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok ? 'Copied' : 'The browser refused the clipboard: select the text and press Ctrl+C';
  }
}
