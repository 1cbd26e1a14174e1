/**
 * 1. Analysis throughput in Node: analyzeCookies (decode + classify + sensitive scan) over 10,000 generated cookies
 * of mixed kinds (trackers, framework sessions, JWTs, base64 JSON, consent strings, plain preferences).
 */
import '../../src/core/cookie/public-suffix-list.ts';

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { analyzeCookies } from '../../src/core/analyze-jar.ts';
import type { Cookie } from '../../src/core/cookie/model.ts';
import { HOSTILE_VALUES, normalValue } from '../../test/fixtures/hostile-values.ts';
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

function siteCookie(name: string, value: string): Cookie {
  return {
    name,
    value,
    domain: 'hostile.example',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
  };
}

/**
 * Hostile-value cost next to the normal one: 180 cookies (one site's limit in Chrome) of ~4 KB crafted values
 * (test/fixtures/hostile-values.ts: each aims at a pattern or decoder that could be super-linear), and 180 cookies
 * of random 4 KB values; milliseconds per cookie, median of `runs` runs after a warm-up.
 */
export async function measureHostileAnalysis(
  runs = 15,
  n = 180,
): Promise<{ hostileMsPerCookie: number; normalMsPerCookie: number }> {
  const gc = collectGarbage();
  const hostile = Array.from({ length: n }, (_, i) =>
    siteCookie(`h${i}`, HOSTILE_VALUES[i % HOSTILE_VALUES.length] as string),
  );
  const normal = Array.from({ length: n }, (_, i) => siteCookie(`n${i}`, normalValue(i)));
  const pageUrl = 'https://hostile.example/';
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) {
    analyzeCookies(hostile, pageUrl);
    analyzeCookies(normal, pageUrl);
  }
  const perCookie = (cookies: Cookie[]) =>
    sample(runs, () => {
      gc();
      const start = performance.now();
      analyzeCookies(cookies, pageUrl);
      return (performance.now() - start) / cookies.length;
    });
  const hostileMs = median(await perCookie(hostile));
  const normalMs = median(await perCookie(normal));
  return { hostileMsPerCookie: hostileMs, normalMsPerCookie: normalMs };
}

/**
 * The time to analyse the browser's own 3,000-cookie jar (as read with getAll({})), alternating with `readJar`, a
 * getAll({}) of the same jar timed in the panel: medians of both, so their ratio comes from one stretch of time.
 */
export async function measureJarAnalysis(
  jar: Cookie[],
  pageUrl: string,
  readJar: () => Promise<number>,
  runs = 9,
): Promise<{ analysisJarMs3000: number; getAllMs: number }> {
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
