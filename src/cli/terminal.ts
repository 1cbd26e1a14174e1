/**
 * Cookie names, values and error excerpts come from the network or from files: printed raw, an ESC sequence in a
 * cookie name could recolour the terminal, move the cursor or rewrite the lines above (CWE-150). Everything the CLI
 * prints as text goes through here.
 */

/** Bidirectional controls (Unicode TR9): they reorder what follows on screen ("Trojan Source", CVE-2021-42574). */
const isBidi = (c: number): boolean =>
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x61c;

/** C0 controls, DEL, C1 controls and bidi controls as visible escapes (`\x1b`, `\u202e`); one pass, linear. */
export function escapeControls(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    if (!control && !isBidi(c)) continue;
    out +=
      s.slice(from, i) + (control ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A message as one terminal-safe line: line breaks (and the spaces around them) become one space. */
export function oneLine(message: string): string {
  return escapeControls(
    message
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' '),
  );
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves DEL, C1 and bidi controls raw; written as
 * `\u` escapes they read back as the same string.
 */
export function terminalSafeJson(json: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x7f) continue;
    if (!(c <= 0x9f || isBidi(c))) continue;
    out += `${json.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}
