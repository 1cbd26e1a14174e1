/**
 * E-mail addresses in a text, in linear time. The pattern is ZAP's (InformationDisclosureInUrlScanRule
 * emailAddressPattern, TLD widened; docs/rules.md §6.1): /\b[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}\b/g.
 * Run by a backtracking regex engine that pattern costs O(n²) and worse on crafted values (a long run of local-part
 * characters before an "@", or "a.a.a.…" after it: every start position and every dot is retried). This scanner
 * finds exactly the same matches (a property test runs both) looking at each character a bounded number of times:
 * the local part must run up to an "@" (no "@" is a local-part character), and the domain's last dot is found from
 * the right once per "@".
 */

const isLocal = (c: number): boolean => isWord(c) || c === 46 || c === 37 || c === 43 || c === 45; // . % + -
const isDomain = (c: number): boolean => isAlnum(c) || c === 46 || c === 45; // . -
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
/** A regex word character (\w); NaN (past either end) is not one. */
const isWord = (c: number): boolean => isAlnum(c) || c === 95;

/** Index after the domain's last dot that has two or more letters after it (a domain run from `from`), or -1. */
function domainEnd(t: string, from: number, boundaries: boolean): number {
  let q = from;
  while (q < t.length && isDomain(t.charCodeAt(q))) q++;
  for (let d = q - 1; d >= from + 1; d--) {
    if (t.charCodeAt(d) !== 46) continue;
    let f = d + 1;
    while (f < q && isLetter(t.charCodeAt(f))) f++;
    if (f - d - 1 >= 2 && (!boundaries || !isWord(t.charCodeAt(f)))) return f;
  }
  return -1;
}

/** Calls `found` with every match, left to right, as the global regex would. */
export function eachEmail(t: string, found: (match: string) => void): void {
  let lastEnd = 0;
  for (let p = t.indexOf('@'); p !== -1; p = t.indexOf('@', p + 1)) {
    if (p < lastEnd) continue;
    // The domain: the rightmost dot with two or more letters after it, ending where a word ends.
    const end = domainEnd(t, p + 1, true);
    if (end === -1) continue;
    // The local part: the run of local-part characters just before the "@"; the leftmost start at a word boundary.
    let runStart = p;
    while (runStart > lastEnd && isLocal(t.charCodeAt(runStart - 1))) runStart--;
    let start = -1;
    for (let s = runStart; s < p && start === -1; s++)
      if (isWord(t.charCodeAt(s - 1)) !== isWord(t.charCodeAt(s))) start = s;
    if (start === -1) continue;
    found(t.slice(start, end));
    lastEnd = end;
  }
}

/**
 * True when the text holds an e-mail address with "@" or "%40" and no word boundaries asked (entropy.ts's looser
 * /[a-zA-Z0-9._%+-]+(?:@|%40)[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/), in linear time.
 */
export function containsEmail(t: string): boolean {
  for (let p = 0; p < t.length; p++) {
    const c = t.charCodeAt(p);
    const sep = c === 64 ? 1 : c === 37 && t.charCodeAt(p + 1) === 52 && t.charCodeAt(p + 2) === 48 ? 3 : 0;
    if (sep === 0 || p === 0 || !isLocal(t.charCodeAt(p - 1))) continue;
    if (domainEnd(t, p + sep, false) !== -1) return true;
  }
  return false;
}
