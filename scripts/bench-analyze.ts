/** Throughput of analyzeCookie over mixed realistic cookies: npx tsx scripts/bench-analyze.ts */
import '../src/core/public-suffix-list.ts';
import { analyzeCookie } from '../src/core/analyze.ts';
import type { Cookie } from '../src/core/types.ts';

const base: Omit<Cookie, 'name' | 'value'> = { domain: '.example.com', hostOnly: false, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: false, expirationDate: Date.now() / 1000 + 3e7, storeId: '0' };
const samples: Array<[string, string]> = [
  ['_ga', 'GA1.2.1234567890.1700000000'], ['_ga_ABC123', 'GS1.1.1700000000.1.1.1700000100.0.0.0'], ['_gid', 'GA1.2.987654321.1700000000'],
  ['_fbp', 'fb.1.1700000000000.1234567890'], ['_gcl_au', '1.1.123456789.1700000000'], ['OptanonConsent', 'isGpcEnabled=0&datestamp=Mon+Jan+01+2024&version=202301.1.0&groups=C0001%3A1%2CC0002%3A0'],
  ['sessionid', 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8'], ['csrftoken', 'Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab'], ['connect.sid', 's%3Aabcdefghijklmnopqrstuvwxyz012345.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq'],
  ['lang', 'en'], ['__cf_bm', 'abc.def-1700000000-0-AbCdEf=='], ['token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxOTAwMDAwMDAwfQ.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl'],
  ['prefs', 'eyJ0aGVtZSI6ImRhcmsifQ=='], ['x_id', '0f8e3a9b7c6d5e4f3a2b1c0d9e8f7a6b'], ['PHPSESSID', '0123456789abcdef0123456789abcdef'],
];
const cookies: Cookie[] = samples.map(([name, value]) => ({ ...base, name, value }));
const N = 200_000;
const now = Date.now();
for (let i = 0; i < 20_000; i++) analyzeCookie(cookies[i % cookies.length] as Cookie, 'https://www.example.com/', now);
const start = performance.now();
for (let i = 0; i < N; i++) analyzeCookie(cookies[i % cookies.length] as Cookie, 'https://www.example.com/', now);
const s = (performance.now() - start) / 1000;
console.log(`${N} cookies in ${s.toFixed(2)} s: ${Math.round(N / s).toLocaleString('en')} cookies/s`);
