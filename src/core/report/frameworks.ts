/** Which framework a site runs, from the analysed cookies (docs/rules.md §9), and the general tips. */
import type { AnalyzedCookie } from '../analysis-types.ts';
import { FIX_FRAMEWORKS, type FixFramework, fixFrameworkOf, REGISTRIES } from '../frameworks/index.ts';
import type { NameHint } from '../frameworks/types.ts';
import { baseName } from '../rules/advice.ts';

export interface DetectedFramework {
  framework: FixFramework;
  score: number;
  evidence: string[];
}

/** Well-known default names, from each framework module's `hints`. */
const NAME_HINTS: readonly (readonly [FixFramework, NameHint])[] = FIX_FRAMEWORKS.flatMap((fw) => {
  const hints: readonly NameHint[] = REGISTRIES[fw].hints ?? [];
  return hints.map((hint) => [fw, hint] as const);
});

const FORMAT_WEIGHT = 2;

export function detectFrameworks(cookies: readonly AnalyzedCookie[]): DetectedFramework[] {
  const found = new Map<FixFramework, DetectedFramework>();
  const add = (framework: FixFramework, weight: number, evidence: string): void => {
    const entry = found.get(framework) ?? { framework, score: 0, evidence: [] };
    entry.score += weight;
    if (!entry.evidence.includes(evidence)) entry.evidence.push(evidence);
    found.set(framework, entry);
  };
  for (const { cookie, analysis } of cookies) {
    const fw = analysis.classification.framework;
    const mapped = fixFrameworkOf(fw);
    if (mapped !== undefined)
      add(mapped, FORMAT_WEIGHT, `${cookie.name}: ${analysis.classification.frameworkLabel ?? fw} format`);
  }
  // A renamed cookie keeps its default name after a __Host-/__Secure- prefix (SESSION_COOKIE_NAME = "__Host-sessionid").
  const names = new Set(cookies.map((c) => baseName(c.cookie.name)));
  for (const [framework, { test, weight }] of NAME_HINTS) {
    const evidence = test(names);
    if (evidence !== null) add(framework, weight, `default name ${evidence}`);
  }
  return [...found.values()].sort(
    (a, b) => b.score - a.score || FIX_FRAMEWORKS.indexOf(a.framework) - FIX_FRAMEWORKS.indexOf(b.framework),
  );
}

export const GENERAL_TIPS: readonly string[] = [
  'Never put passwords, secrets or personal data in cookies: store an opaque random ID and keep the data on the server.',
  'Use HTTPS everywhere: redirect HTTP to HTTPS and send HSTS, then mark every cookie Secure.',
  'Keep HttpOnly on the session cookie so scripts (and XSS) cannot read it.',
  'Expire sessions: an idle timeout and an absolute timeout, and a new session ID at login.',
  'Keep CSRF protection on, and set SameSite=Lax or Strict explicitly on session cookies.',
];
