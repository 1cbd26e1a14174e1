/**
 * What a rule's fix is about, in framework-neutral topics. The framework registries (src/core/frameworks/) turn a
 * finding's topics into the setting or the code that controls the finding's cookie (src/core/frameworks/advice.ts).
 */
import type { FixFramework, RuleFix } from './types.ts';

export type FixTopic =
  /** Cookie attributes to add: Secure, HttpOnly, an explicit SameSite=Lax, no Domain, no expiry, a __Host- name. */
  | 'secure'
  | 'httponly'
  | 'samesite'
  | 'host-only'
  | 'lifetime'
  | 'host-prefix'
  /** Keep the cookie's data on the server. */
  | 'server-side'
  /** Site-wide: serve over HTTPS only; accept session IDs from cookies only. */
  | 'https'
  | 'cookies-only-session-id';

export const FIX_FRAMEWORKS: readonly FixFramework[] = [
  'django', 'express', 'flask', 'rails', 'laravel', 'php', 'spring', 'java', 'aspnetcore',
];

/** A rule's fix before it meets a cookie: the general advice; the engine adds each framework's lines per finding. */
export function ruleFix(general: string): RuleFix {
  return { general, frameworks: {} };
}
