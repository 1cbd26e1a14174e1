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

/** undici's error code (on the error or its cause), e.g. UND_ERR_HEADERS_OVERFLOW. */
function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Why a request failed, in one line. Node's fetch (undici) refuses responses whose headers pass Node's
 * --max-http-header-size (16 KiB by default; Chrome accepts 256 KiB: net/http/http_stream_parser.cc kMaxHeaderBufSize).
 */
function failure(url: string, error: unknown, timeoutSeconds: number, timedOut: boolean): AuditFetchError {
  if (timedOut)
    return new AuditFetchError(
      `no complete answer from ${url} within ${timeoutSeconds} s (raise it with --timeout <seconds>)`,
    );
  if (codeOf(error) === 'UND_ERR_HEADERS_OVERFLOW' || /headers overflow/i.test(describe(error))) {
    return new AuditFetchError(
      `the response from ${url} has more header bytes than Node's limit (16 KiB by default): run with NODE_OPTIONS=--max-http-header-size=262144 (Chrome's limit, 256 KiB) to read it`,
    );
  }
  return new AuditFetchError(`cannot reach ${url}: ${describe(error)}`);
}

/**
 * Returns the chain of responses, first to last; every response's cookies go into the jar before the next hop.
 * The whole chain must finish within `timeoutSeconds` (default 30): a host that accepts and never answers fails.
 */
export async function fetchChain(
  startUrl: string,
  fetchFn: typeof fetch,
  jar: SimulatedJar,
  timeoutSeconds = 30,
): Promise<FetchedResponse[]> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutSeconds * 1000);
  try {
    const chain: FetchedResponse[] = [];
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const cookieHeader = jar.cookieHeaderFor(url);
      let response: Response;
      try {
        response = await fetchFn(url, {
          redirect: 'manual',
          headers: cookieHeader ? { cookie: cookieHeader } : {},
          signal: controller.signal,
        });
      } catch (error) {
        throw failure(url, error, timeoutSeconds, timedOut);
      }
      const setCookie = response.headers.getSetCookie();
      chain.push({ url, status: response.status, setCookie });
      jar.receive(setCookie, url);
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (!REDIRECT_STATUS.has(response.status) || location === null) return chain;
      try {
        url = new URL(location, url).href;
      } catch {
        throw new AuditFetchError(
          `the redirect from ${url} has an unusable Location header: ${location.slice(0, 100)}`,
        );
      }
    }
    throw new AuditFetchError(`more than ${MAX_REDIRECTS} redirects from ${startUrl}`);
  } finally {
    clearTimeout(timer);
  }
}
