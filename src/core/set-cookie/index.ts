/** Raw-header mode in one import: parse Set-Cookie lines, explain refusals, compute the stored cookie. */
export type { CookiePrefix, ParsedSetCookie, RawAttribute } from './parse.ts';
export { detectPrefix, parseSetCookieHeader, parseSetCookieHeaders } from './parse.ts';
export type { Refusal, RefusalCode } from './refusal.ts';
export { explainRefusal, MAX_NAME_VALUE_BYTES } from './refusal.ts';
export {
  defaultPath,
  effectiveDomainAttribute,
  isPublicSuffix,
  MAX_LIFETIME_S,
  storedExpiry,
  storedSameSite,
  toStoredCookie,
} from './store.ts';
