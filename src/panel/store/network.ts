/**
 * Set-Cookie headers the page's responses carried, from DevTools' network log: which cookies the browser refused
 * and why, and which request last set each stored cookie. Only available inside DevTools.
 */
import { computed, signal } from '@preact/signals';
import { explainRefusal, parseSetCookieHeader, toStoredCookie, type ParsedSetCookie, type Refusal } from '../../core/set-cookie.ts';
import { topLevelSite } from '../../core/cookie.ts';
import type { Cookie } from '../../core/types.ts';

export interface SeenHeader {
  parsed: ParsedSetCookie;
  at: number;
}

export interface RefusedCookie {
  header: ParsedSetCookie;
  refusal: Refusal;
  at: number;
}

const MAX_HEADERS = 1000;

/** Identity without the store: what a Set-Cookie header can name. */
export function setterKey(c: Pick<Cookie, 'name' | 'domain' | 'path'>): string {
  return `${c.name}\n${c.domain}\n${c.path}`;
}

export type NetworkStore = ReturnType<typeof createNetworkStore>;

export function createNetworkStore(pageUrl: () => URL | null) {
  const seen = signal<readonly SeenHeader[]>([]);
  const headers = computed(() => seen.value.map((s) => s.parsed));

  const refused = computed<RefusedCookie[]>(() => {
    const page = pageUrl();
    const out: RefusedCookie[] = [];
    for (const s of seen.value) {
      const refusal = explainRefusal(s.parsed, s.parsed.requestUrl, page?.href ?? s.parsed.requestUrl);
      if (refusal) out.push({ header: s.parsed, refusal, at: s.at });
    }
    return out.reverse();
  });

  /** The response that last set each cookie (by name, domain and path), for "set by the server" in the detail pane. */
  const lastSetBy = computed(() => {
    const page = pageUrl();
    const map = new Map<string, { url: string; at: number; raw: string }>();
    if (!page) return map;
    const site = topLevelSite(page);
    for (const s of seen.value) {
      try {
        const stored = toStoredCookie(s.parsed, s.parsed.requestUrl, site, s.at);
        map.set(setterKey(stored), { url: s.parsed.requestUrl, at: s.at, raw: s.parsed.raw });
      } catch {
        /* a header Chrome would not store has no stored identity */
      }
    }
    return map;
  });

  function record(requestUrl: string, lines: readonly string[], at = Date.now()): void {
    const parsed = lines.map((l) => parseSetCookieHeader(l, requestUrl)).filter((p): p is ParsedSetCookie => p !== null);
    if (parsed.length === 0) return;
    const next = [...seen.value, ...parsed.map((p) => ({ parsed: p, at }))];
    seen.value = next.length > MAX_HEADERS ? next.slice(-MAX_HEADERS) : next;
  }

  return { seen, headers, refused, lastSetBy, record, reset: () => (seen.value = []) };
}
