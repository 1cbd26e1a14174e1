/**
 * The frameworks a rule's fix names, and the fix before it meets a cookie. The framework registries
 * (src/core/frameworks/) turn a finding's topics into the setting or the code that controls its cookie.
 */
import type { FixFramework, RuleFix } from './types.ts';

export const FIX_FRAMEWORKS: readonly FixFramework[] = [
  'django', 'express', 'flask', 'rails', 'laravel', 'php', 'spring', 'java', 'aspnetcore',
];

/** A rule's fix before it meets a cookie: the general advice; the engine adds each framework's lines per finding. */
export function ruleFix(general: string): RuleFix {
  return { general, frameworks: {} };
}
