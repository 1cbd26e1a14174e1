/**
 * Set-Cookie headers the page's responses carried, from DevTools' network log: which cookies the browser refused
 * and why, and which request last set each stored cookie. Only available inside DevTools.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { topLevelSite } from '../../core/cookie.ts';
import type { ParsedSetCookie, Refusal } from '../../core/set-cookie.ts';
import type { Cookie } from '../../core/types.ts';
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

  return { seen, headers, refused, lastSetBy, record };
}
