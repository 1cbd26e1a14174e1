/**
 * The shape of a security rule (cookie-rules.md §(a)) and of what the engine returns.
 * Every explanation a user reads lives as data on the rule, next to its sources.
 */
import type { AnalyzedCookie } from '../analysis-types.ts';
import type { ParsedSetCookie } from '../set-cookie-parse.ts';
import type { Cookie } from '../types.ts';
import type { FixTopic } from './framework-fixes.ts';

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** Worst first. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) <= severityRank(threshold);
}

/** 'cookie': one finding per affected cookie. 'site': findings about the page or the jar as a whole. */
export type RuleScope = 'cookie' | 'site';

/**
 * 'store': can fire on cookies read from Chrome's jar.
 * 'raw-header': Chrome refuses such cookies before storing them (notes under §(a)), so the rule reads parsed
 * Set-Cookie headers instead.
 */
export type Observable = 'store' | 'raw-header';

export interface SourceLink {
  label: string;
  url: string;
}

/** Frameworks that cookie-rules.md §(d) gives settings for. */
export type FixFramework = 'django' | 'express' | 'flask' | 'rails' | 'laravel' | 'php' | 'spring' | 'java' | 'aspnetcore';

export interface RuleFix {
  /** What to do, in plain words, whatever the stack. */
  general: string;
  /** The exact setting lines per framework (only where §(d) gives one). */
  frameworks: Partial<Record<FixFramework, string>>;
}

export interface PageContext {
  url: URL;
  https: boolean;
  /** Plain http and not a potentially trustworthy origin (localhost, 127.x, [::1]). */
  insecureHttp: boolean;
  /** Registrable domain of the page host. */
  site: string;
  nowMs: number;
}

export interface RuleContext {
  page: PageContext;
  cookies: readonly AnalyzedCookie[];
  /** Set-Cookie headers seen for this page (raw-header mode); empty when reading Chrome's jar only. */
  headers: readonly ParsedSetCookie[];
}

export interface RuleHit {
  cookie?: Cookie;
  /** Site-scope hits about one cookie name (CK018) and raw-header hits name the cookie here. */
  cookieName?: string;
  /** Raw-header hits: the Set-Cookie header that triggered it (the engine derives the cookie key from it). */
  header?: ParsedSetCookie;
  /** Overrides the rule's default severity (rules whose severity varies per §(a)). */
  severity?: Severity;
  detail?: string;
}

export interface Rule {
  id: string;
  /** Default (or highest) severity; a hit may override it. */
  severity: Severity;
  /** How the severity varies, in words, when it does. */
  severityNote?: string;
  scope: RuleScope;
  observable: Observable;
  title: string;
  why: string;
  attack: string;
  fix: RuleFix;
  /** Which framework settings the fix refers to; the site report collects them for its tips. */
  fixTopics: readonly FixTopic[];
  sources: readonly SourceLink[];
  check(ctx: RuleContext): RuleHit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  cookieKey?: string;
  cookieName?: string;
  title: string;
  why: string;
  attack: string;
  fix: RuleFix;
  sources: readonly SourceLink[];
  observable: Observable;
  muted: boolean;
  detail?: string;
}
