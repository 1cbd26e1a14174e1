/**
 * Set-Cookie headers the page's responses carried, from DevTools' network log: which cookies the browser refused
 * and why, and which request last set each stored cookie. Only available inside DevTools.
 *
 * The report is about one site: a navigation keeps only the responses of the new page's site seen since the
 * navigation before it (the redirects and form posts that led to the page), so another site's Set-Cookie headers,
 * seen earlier in the same tab, are never judged against this page.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';

import { registrableDomain, topLevelSite } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import type { ParsedSetCookie, Refusal } from '../../core/set-cookie/index.ts';
import type { Engine } from './engine.ts';

/** A response's Set-Cookie lines as DevTools reported them; parsed by the engine once it has loaded. */
interface RawHeaders {
  requestUrl: string;
  lines: readonly string[];
  at: number;
}

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

function siteOf(url: string): string | null {
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return null;
  }
}

export function createNetworkStore(pageUrl: () => URL | null, engine: ReadonlySignal<Engine | null>) {
  const raw = signal<readonly RawHeaders[]>([]);
  const seen = computed<SeenHeader[]>(() => {
    const parse = engine.value?.parseSetCookieHeader;
    if (!parse) return [];
    const out: SeenHeader[] = [];
    for (const r of raw.value) {
      for (const line of r.lines) {
        const parsed = parse(line, r.requestUrl);
        if (parsed) out.push({ parsed, at: r.at });
      }
    }
    return out.length > MAX_HEADERS ? out.slice(-MAX_HEADERS) : out;
  });
  const headers = computed(() => seen.value.map((s) => s.parsed));

  const refused = computed<RefusedCookie[]>(() => {
    const page = pageUrl();
    const explainRefusal = engine.value?.explainRefusal;
    const out: RefusedCookie[] = [];
    if (!explainRefusal) return out;
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
    const toStoredCookie = engine.value?.toStoredCookie;
    if (!page || !toStoredCookie) return map;
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
    if (lines.length === 0) return;
    const next = [...raw.value, { requestUrl, lines, at }];
    raw.value = next.length > MAX_HEADERS ? next.slice(-MAX_HEADERS) : next;
  }

  /** When the previous navigation happened: responses older than that belong to an earlier page. */
  let previousNavigationAt = -Infinity;

  /** The inspected page navigated to `url`: a new report for its site. */
  function navigated(url: string, at = Date.now()): void {
    const site = siteOf(url);
    const since = previousNavigationAt;
    previousNavigationAt = at;
    raw.value = raw.value.filter((r) => r.at >= since && site !== null && siteOf(r.requestUrl) === site);
  }

  return { seen, headers, refused, lastSetBy, record, navigated };
}
