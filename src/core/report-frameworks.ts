/** Which framework a site runs, from the analysed cookies, and the settings its findings call for (§(d)). */
import type { AnalyzedCookie } from './analysis-types.ts';
import { fixFrameworkOf } from './fix-framework.ts';
import { FIX_FRAMEWORKS, linesFor, type FixTopic } from './rules/framework-fixes.ts';
import type { FixFramework } from './rules/types.ts';

export interface DetectedFramework {
  framework: FixFramework;
  score: number;
  evidence: string[];
}


/** Well-known default names: [test over all names, framework, weight, evidence]. */
const NAME_HINTS: readonly (readonly [(names: Set<string>) => string | null, FixFramework, number])[] = [
  [(n) => (n.has('sessionid') && n.has('csrftoken') ? 'sessionid + csrftoken' : null), 'django', 3],
  [(n) => (n.has('csrftoken') !== n.has('sessionid') ? (n.has('csrftoken') ? 'csrftoken' : 'sessionid') : null), 'django', 1],
  [(n) => (n.has('connect.sid') ? 'connect.sid' : null), 'express', 2],
  [(n) => (n.has('session') && n.has('session.sig') ? 'session + session.sig (cookie-session)' : null), 'express', 2],
  [(n) => (n.has('PHPSESSID') ? 'PHPSESSID' : null), 'php', 2],
  [(n) => (n.has('JSESSIONID') ? 'JSESSIONID' : null), 'java', 2],
  [(n) => (n.has('laravel_session') || n.has('laravel-session') ? 'laravel_session' : null), 'laravel', 2],
  [(n) => (n.has('XSRF-TOKEN') ? 'XSRF-TOKEN' : null), 'laravel', 1],
  [(n) => [...n].find((x) => /^_[a-z0-9_]+_session$/i.test(x)) ?? null, 'rails', 2],
  [(n) => [...n].find((x) => x.startsWith('.AspNetCore.')) ?? null, 'aspnetcore', 2],
  [(n) => (n.has('SESSION') ? 'SESSION' : null), 'spring', 1],
];

const FORMAT_WEIGHT = 2;

export function detectFrameworks(cookies: readonly AnalyzedCookie[]): DetectedFramework[] {
  const found = new Map<FixFramework, DetectedFramework>();
  const add = (framework: FixFramework, weight: number, evidence: string): void => {
    const entry = found.get(framework) ?? { framework, score: 0, evidence: [] };
    entry.score += weight;
    entry.evidence.push(evidence);
    found.set(framework, entry);
  };
  for (const { cookie, analysis } of cookies) {
    const fw = analysis.classification.framework;
    const mapped = fixFrameworkOf(fw);
    if (mapped !== undefined) add(mapped, FORMAT_WEIGHT, `${cookie.name}: ${analysis.classification.frameworkLabel ?? fw} format`);
  }
  const names = new Set(cookies.map((c) => c.cookie.name));
  for (const [test, framework, weight] of NAME_HINTS) {
    const evidence = test(names);
    if (evidence !== null) add(framework, weight, `default name ${evidence}`);
  }
  return [...found.values()].sort(
    (a, b) => b.score - a.score || FIX_FRAMEWORKS.indexOf(a.framework) - FIX_FRAMEWORKS.indexOf(b.framework),
  );
}

export interface FrameworkTip {
  framework: FixFramework;
  label: string;
  /** Where the lines go. */
  file: string;
  lines: string[];
  /** A command that checks the configuration, when the framework has one. */
  check?: string;
}

const FRAMEWORK_INFO: Record<FixFramework, { label: string; file: string; check?: string }> = {
  django: { label: 'Django', file: 'settings.py', check: 'python manage.py check --deploy' },
  express: { label: 'Express (express-session / cookie-session)', file: 'app.js' },
  flask: { label: 'Flask', file: 'app config' },
  rails: { label: 'Rails', file: 'config/environments/production.rb, config/initializers/session_store.rb' },
  laravel: { label: 'Laravel', file: '.env (config/session.php)' },
  php: { label: 'PHP', file: 'php.ini' },
  spring: { label: 'Spring Boot', file: 'application.properties' },
  java: { label: 'Java EE', file: 'web.xml' },
  aspnetcore: { label: 'ASP.NET Core', file: 'Program.cs (cookie options)' },
};

/** Tips for each detected framework: only the lines for the topics the findings call for. */
export function frameworkTips(detected: readonly DetectedFramework[], topics: readonly FixTopic[]): FrameworkTip[] {
  const tips: FrameworkTip[] = [];
  for (const { framework } of detected) {
    const info = FRAMEWORK_INFO[framework];
    const lines = linesFor(framework, topics);
    if (lines.length === 0 && info.check === undefined) continue;
    const tip: FrameworkTip = { framework, label: info.label, file: info.file, lines };
    if (info.check !== undefined) tip.check = info.check;
    tips.push(tip);
  }
  return tips;
}

export const GENERAL_TIPS: readonly string[] = [
  'Never put passwords, secrets or personal data in cookies: store an opaque random ID and keep the data on the server.',
  'Use HTTPS everywhere: redirect HTTP to HTTPS and send HSTS, then mark every cookie Secure.',
  'Keep HttpOnly on the session cookie so scripts (and XSS) cannot read it.',
  'Expire sessions: an idle timeout and an absolute timeout, and a new session ID at login.',
  'Keep CSRF protection on, and set SameSite=Lax or Strict explicitly on session cookies.',
];
