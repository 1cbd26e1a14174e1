/**
 * A ready `curl` command that sends the page's cookies: `curl --cookie 'a=1; b=2' '<url>'`.
 * Only the cookies a browser would send to the URL are included (see header.ts); every argument is single-quoted
 * for a POSIX shell, so hostile values (quotes, `$(...)`, backticks, backslashes) stay data.
 */
import type { Cookie } from '../cookie/model.ts';
import { headerCookies } from './header.ts';
import { shellQuote } from './shell-quote.ts';
import type { CookieFormat, ExportResult } from './types.ts';

export interface CurlExportOptions {
  url: string;
}

/** Throws nothing: an unusable URL is reported as the result's only note with an empty command. */
export function exportCurl(cookies: readonly Cookie[], options: CurlExportOptions): ExportResult {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    return { text: '', notes: [`not a URL: "${options.url.slice(0, 100)}"`] };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { text: '', notes: ['curl export needs an http or https URL'] };
  const { sent, notes } = headerCookies(cookies, url.href);
  const header = sent.map((c) => (c.name === '' ? c.value : `${c.name}=${c.value}`)).join('; ');
  // curl reads a --cookie argument without "=" as a file name, so an empty or nameless-only list is left out.
  const cookieArg = header.includes('=') ? `--cookie ${shellQuote(header)} ` : '';
  if (!cookieArg && sent.length > 0)
    notes.push('Only nameless cookies: curl would read them as a file name, so they are left out.');
  return { text: `curl ${cookieArg}${shellQuote(url.href)}`, notes };
}

/** The curl command's registry entry (src/core/formats/index.ts): written only, for one page URL. */
export const curlFormat = {
  id: 'curl',
  label: 'curl command',
  extension: 'sh',
  mime: 'text/x-shellscript',
  carriesAttributes: false,
  exporter: {
    choice: 'curl command',
    carries: 'A ready curl command sending the cookies this page would receive.',
    stem: 'curl',
    usage: 'a ready curl command for --url',
    needsUrl: true,
    write: (cookies, { url }) =>
      url === undefined ? { text: '', notes: ['curl export needs the page URL'] } : exportCurl(cookies, { url }),
  },
} satisfies CookieFormat;
