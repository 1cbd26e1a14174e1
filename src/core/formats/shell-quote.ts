/** POSIX shell quoting: one single-quoted word; a `'` inside becomes `'\''`. Safe for any byte string. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
