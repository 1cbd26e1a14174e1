/**
 * The shape of a security rule (docs/rules.md §3) and of what the engine returns.
 * Every explanation a user reads lives as data on the rule, next to its sources.
 */
import type { AnalyzedCookie } from '../analysis-types.ts';
import type { Cookie } from '../cookie/model.ts';
import type { FixFramework } from '../frameworks/index.ts';
import type { FixTopic, SettingChange } from '../frameworks/types.ts';
import type { ParsedSetCookie } from '../set-cookie/parse.ts';
import type { SourceLink } from '../sources.ts';

export type { FixFramework, FixTopic, SourceLink };

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
 * 'raw-header': Chrome refuses such cookies before storing them (docs/rules.md §3.1), so the rule reads parsed
 * Set-Cookie headers instead.
 */
export type Observable = 'store' | 'raw-header';

export interface RuleFix {
  /** What to do, in plain words, whatever the stack. */
  general: string;
  /**
   * Per framework, the lines that fix this finding's cookie: the setting that controls it, or the call that sets it
   * (src/core/rules/advice.ts). Empty on the rule itself; filled per finding by the engine.
   */
  frameworks: Partial<Record<FixFramework, string>>;
  /** The settings among those lines, per framework, for the site's settings block. */
  settings?: Partial<Record<FixFramework, readonly SettingChange[]>>;
}

/** The attribute a rule reports missing, and how specific the rule is about it: one finding per problem. */
export interface MissingAttribute {
  attribute: 'Secure' | 'HttpOnly' | 'SameSite';
  /** Where two rules report the same attribute on the same cookie, the higher one is shown. */
  specificity: number;
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
  /** Overrides the rule's default severity (rules whose severity varies per docs/rules.md §1). */
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
  /** What the fix changes on the cookie (or the site); the framework registries turn it into lines. */
  fixTopics: readonly FixTopic[];
  missing?: MissingAttribute;
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
