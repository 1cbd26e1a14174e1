/**
 * A small simulated browser jar for the CLI: receives Set-Cookie lines like Chrome would (refusals explained,
 * accepted cookies stored by identity, expired ones deleted) and keeps every parsed header for the raw-header rules.
 */
import { cookieAppliesTo, cookieKey, isExpired } from '../core/cookie/cookie.ts';
import type { Cookie } from '../core/cookie/model.ts';
import {
  explainRefusal,
  type ParsedSetCookie,
  parseSetCookieHeaders,
  type Refusal,
  toStoredCookie,
} from '../core/set-cookie/index.ts';

export interface RefusedCookie {
  cookie: string;
  url: string;
  header: string;
  refusal: Refusal;
}

export class SimulatedJar {
  private readonly cookies = new Map<string, Cookie>();
  readonly headers: ParsedSetCookie[] = [];
  readonly refused: RefusedCookie[] = [];

  constructor(
    private readonly topLevelSite: string,
    private readonly nowMs: number,
  ) {}

  /** One response's Set-Cookie lines; the request is treated as a top-level navigation. */
  receive(lines: readonly string[], requestUrl: string): void {
    for (const header of parseSetCookieHeaders(lines, requestUrl)) {
      this.headers.push(header);
      const refusal = explainRefusal(header, requestUrl, requestUrl);
      if (refusal !== null) this.refused.push({ cookie: header.name, url: requestUrl, header: header.raw, refusal });
      if (refusal?.effect === 'rejected') continue;
      this.add(toStoredCookie(header, requestUrl, this.topLevelSite, this.nowMs));
    }
  }

  add(cookie: Cookie): void {
    const key = cookieKey(cookie);
    if (isExpired(cookie, this.nowMs)) this.cookies.delete(key);
    else this.cookies.set(key, cookie);
  }

  /** The Cookie request header the browser would send to `url` (SameSite ignored: navigations). */
  cookieHeaderFor(url: string): string {
    const target = new URL(url);
    return this.list()
      .filter((c) => cookieAppliesTo(c, target))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  list(): Cookie[] {
    return [...this.cookies.values()];
  }
}
