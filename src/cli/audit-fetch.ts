/** Fetches a URL following redirects by hand, so the Set-Cookie headers of every response are seen. */
import type { SimulatedJar } from './audit-jar.ts';

export const MAX_REDIRECTS = 10;

export class AuditFetchError extends Error {}

export interface FetchedResponse {
  url: string;
  status: number;
  setCookie: string[];
}

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** Returns the chain of responses, first to last; every response's cookies go into the jar before the next hop. */
export async function fetchChain(startUrl: string, fetchFn: typeof fetch, jar: SimulatedJar): Promise<FetchedResponse[]> {
  const chain: FetchedResponse[] = [];
  let url = startUrl;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const cookieHeader = jar.cookieHeaderFor(url);
    let response: Response;
    try {
      response = await fetchFn(url, { redirect: 'manual', headers: cookieHeader ? { cookie: cookieHeader } : {} });
    } catch (error) {
      throw new AuditFetchError(`cannot reach ${url}: ${describe(error)}`);
    }
    const setCookie = response.headers.getSetCookie();
    chain.push({ url, status: response.status, setCookie });
    jar.receive(setCookie, url);
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!REDIRECT_STATUS.has(response.status) || location === null) return chain;
    url = new URL(location, url).href;
  }
  throw new AuditFetchError(`more than ${MAX_REDIRECTS} redirects from ${startUrl}`);
}
