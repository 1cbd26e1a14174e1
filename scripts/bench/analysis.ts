/**
 * 1. Analysis throughput in Node: analyzeCookies (decode + classify + sensitive scan) over 10,000 generated cookies
 * of mixed kinds (trackers, framework sessions, JWTs, base64 JSON, consent strings, plain preferences).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import '../../src/core/public-suffix-list.ts';
import { analyzeCookies } from '../../src/core/analyze.ts';
import type { Cookie } from '../../src/core/types.ts';
import { median, sample } from './stats.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxOTAwMDAwMDAwfQ.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';
const KINDS: Array<(i: number) => [string, string]> = [
  (i) => ['_ga', `GA1.2.${1_000_000_000 + i}.1700000000`],
  (i) => [`_ga_${(i % 997).toString(36).toUpperCase()}`, `GS1.1.1700000000.${i % 9}.1.1700000100.0.0.0`],
  (i) => ['_gid', `GA1.2.${987_654_321 + i}.1700000000`],
  (i) => ['_fbp', `fb.1.1700000000000.${1_234_567_890 + i}`],
  () => ['OptanonConsent', 'isGpcEnabled=0&datestamp=Mon+Jan+01+2024&version=202301.1.0&groups=C0001%3A1%2CC0002%3A0'],
  (i) => ['sessionid', `k3j4h5g6f7d8s9a0q1w2e3r4t5y6${(i % 10_000).toString().padStart(4, '0')}`],
  () => ['csrftoken', 'Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab'],
  (i) => ['connect.sid', `s%3Aabcdefghijklmnopqrstuvwxyz${i}.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq`],
  (i) => ['lang', i % 2 ? 'en' : 'fr-CA'],
  (i) => ['__cf_bm', `abc.def-${1_700_000_000 + i}-0-AbCdEf==`],
  () => ['token', JWT],
  () => ['prefs', Buffer.from(JSON.stringify({ theme: 'dark', email: 'someone@example.com' })).toString('base64')],
  (i) => ['x_id', (0x0f8e3a9b7c6d + i).toString(16).padStart(32, '0')],
  (i) => ['PHPSESSID', `0123456789abcdef${(i % 65536).toString(16).padStart(16, '0')}`],
  (i) => [`pref_${i % 50}`, `value-${i}`],
];

export function generateCookies(n: number): Cookie[] {
  const now = Date.now() / 1000;
  return Array.from({ length: n }, (_, i) => {
    const [name, value] = (KINDS[i % KINDS.length] as (i: number) => [string, string])(i);
    const site = `site${i % 40}.example`;
    return {
      name,
      value,
      domain: i % 3 ? `.${site}` : `www.${site}`,
      hostOnly: i % 3 === 0,
      path: '/',
      secure: i % 2 === 0,
      httpOnly: i % 5 === 0,
      sameSite: (['lax', 'strict', 'no_restriction', 'unspecified'] as const)[i % 4] as Cookie['sameSite'],
      session: i % 7 === 0,
      ...(i % 7 === 0 ? {} : { expirationDate: now + 3e7 }),
      storeId: '0',
    };
  });
}

/** V8's full garbage collection, for use between timed runs (node's --expose-gc, switched on from here). */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Cookies per second: 10,000 cookies analysed per run (all results kept to the end of the run, as the panel keeps
 * them), median of 15 runs after a warm-up of at least a second, which lets V8 optimise first.
 * Each run starts from a collected heap, as a panel's analysis of a jar does: without that, a run also paid for
 * collecting the 10,000 results of the run before it, which a panel never has, and the figure swung by a third
 * between processes with where the collector happened to be. The collections a run itself causes are counted.
 */
export async function measureAnalysis(runs = 15, n = 10_000): Promise<number> {
  const gc = collectGarbage();
  const cookies = generateCookies(n);
  const pageUrl = 'https://www.site0.example/';
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) analyzeCookies(cookies, pageUrl);
  const times = await sample(runs, () => {
    gc();
    const start = performance.now();
    const analysed = analyzeCookies(cookies, pageUrl);
    const ms = performance.now() - start;
    if (analysed.length !== n) throw new Error(`analysed ${analysed.length} of ${n} cookies`);
    return ms;
  });
  return n / (median(times) / 1000);
}

/** Chrome's limit on a cookie's name plus value, in bytes (RFC 6265bis section 5.6, "4096 octets"). */
const MAX_COOKIE_BYTES = 4096;
const HOSTILE_NAMES = ['sessionid', 'session', 'connect.sid', 'token', '_ga', 'PHPSESSID', 'remember_token', 'x'];
/**
 * Values made to stress the decoders, the classifier and the sensitive-data scan, each near Chrome's size limit:
 * long base64 runs, deep nesting, JWT-, Django- and Express-shaped noise, nested percent-encoding, escaped quotes,
 * key=value floods, digit runs (the card check), e-mail-like text and markup.
 */
const HOSTILE_VALUES: string[] = [
  'QUFB'.repeat(1000),
  Array.from({ length: 4000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
  `${'['.repeat(2000)}${']'.repeat(2000)}`,
  Buffer.from(`${'{"a":'.repeat(480)}1${'}'.repeat(480)}`).toString('base64'),
  `eyJhbGciOiJIUzI1NiJ9.${'eyJ'.repeat(1300)}.sig`,
  `eyJhbGciOiJIUzI1NiJ9.${'x.'.repeat(1950)}`,
  '%25'.repeat(1300),
  `s:${'a'.repeat(3900)}.`,
  `"${'\\"'.repeat(1950)}"`,
  'a=b&'.repeat(1000),
  '4111 1111 1111 1111 '.repeat(200),
  'x@y.'.repeat(1000),
  `.${'A'.repeat(3900)}:1xWM6m:${'A'.repeat(43)}`,
  '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>'.repeat(60),
].map((v) => v.slice(0, MAX_COOKIE_BYTES - 16));

function cookieOf(name: string, value: string, i: number): Cookie {
  return { name, value, domain: `www.site${i % 40}.example`, hostOnly: true, path: '/', secure: true, httpOnly: true, sameSite: 'lax', session: true, storeId: '0' };
}

export interface AnalysisCost {
  normalAnalysisMsPerCookie: number;
  hostileAnalysisMsPerCookie: number;
  /** Mean value length of each set, in characters. */
  normalValueChars: number;
  hostileValueChars: number;
}

/**
 * The analysis cost of a cookie, ordinary and hostile: 3,000 mixed cookies (the generator above) and 280 hostile
 * ones (each of the 14 hostile values under 20 name and site pairs), timed alternately, median of `runs` each.
 */
export async function measureAnalysisCost(runs = 9): Promise<AnalysisCost> {
  const gc = collectGarbage();
  const normal = generateCookies(3000);
  const hostile = HOSTILE_VALUES.flatMap((v, k) => Array.from({ length: 20 }, (_, i) => cookieOf(HOSTILE_NAMES[(k + i) % HOSTILE_NAMES.length] as string, v, i)));
  const pageUrl = 'https://www.site0.example/';
  const timeOnce = (cookies: Cookie[]) => {
    gc();
    const start = performance.now();
    analyzeCookies(cookies, pageUrl);
    return performance.now() - start;
  };
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
    timeOnce(normal);
    timeOnce(hostile);
  }
  const normalMs: number[] = [];
  const hostileMs = await sample(runs, () => {
    normalMs.push(timeOnce(normal));
    return timeOnce(hostile);
  });
  const meanChars = (cookies: Cookie[]) => cookies.reduce((n, c) => n + c.value.length, 0) / cookies.length;
  return {
    normalAnalysisMsPerCookie: median(normalMs) / normal.length,
    hostileAnalysisMsPerCookie: median(hostileMs) / hostile.length,
    normalValueChars: meanChars(normal),
    hostileValueChars: meanChars(hostile),
  };
}

/**
 * The time to analyse the browser's own 3,000-cookie jar (as read with getAll({})), alternating with `readJar`, a
 * getAll({}) of the same jar timed in the panel: medians of both, so their ratio comes from one stretch of time.
 */
export async function measureJarAnalysis(jar: Cookie[], pageUrl: string, readJar: () => Promise<number>, runs = 9): Promise<{ analysisJarMs3000: number; getAllMs: number }> {
  const gc = collectGarbage();
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) analyzeCookies(jar, pageUrl);
  const reads: number[] = [];
  const times = await sample(runs, async () => {
    reads.push(await readJar());
    gc();
    const start = performance.now();
    const analysed = analyzeCookies(jar, pageUrl);
    const ms = performance.now() - start;
    if (analysed.length !== jar.length) throw new Error(`analysed ${analysed.length} of ${jar.length} cookies`);
    return ms;
  });
  return { analysisJarMs3000: median(times), getAllMs: median(reads) };
}
