/**
 * A rule's fix before it meets a cookie. The framework registry (src/core/frameworks/) turns a finding's topics
 * into the setting or the code that controls its cookie (src/core/rules/advice.ts).
 */
import type { RuleFix } from './types.ts';

/** A rule's fix before it meets a cookie: the general advice; the engine adds each framework's lines per finding. */
export function ruleFix(general: string): RuleFix {
  return { general, frameworks: {} };
}
