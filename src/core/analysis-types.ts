/**
 * The contract between the analysis (decode + classify), the security rules and the UI / CLI.
 * Everything here is plain data: it crosses the panel, the CLI's --json output and tests unchanged.
 */
import type { Cookie } from './cookie/model.ts';
import type { Framework } from './frameworks/index.ts';
import type { Confidence, CookieClass, Readability } from './vocabulary.ts';

export type { Confidence, CookieClass, Readability } from './vocabulary.ts';
/** The frameworks the analysis recognises: the ids of the framework registry (src/core/frameworks/index.ts). */
export type { Framework } from './frameworks/index.ts';

export type LayerKind =
  | 'raw'
  | 'quotes'
  | 'url'
  | 'base64'
  | 'base64url'
  | 'json'
  | 'jwt'
  | 'jwe'
  | 'zlib'
  | 'kv'
  | 'serialized'
  | 'framework';

/** One step of decoding, outermost first. `text` is always a display string; `data` is structured when known. */
export interface DecodedLayer {
  kind: LayerKind;
  /** Short human label, e.g. "URL-decoded", "Django signed_cookies: payload:timestamp:signature". */
  label: string;
  /** The text after this step (truncated for display by the UI, never rendered as HTML). */
  text: string;
  /**
   * Structured result:
   * - json: the parsed value
   * - jwt: { header: Record<string, unknown>; payload: Record<string, unknown> | null; signature: string }
   * - jwe: { header: Record<string, unknown> }
   * - framework: { framework: Framework; parts: Record<string, string>; timestamp?: number (epoch seconds) }
   * - serialized: { format: 'java' | 'pickle' | 'php' | 'dotnet' | 'ruby-marshal' }
   * - kv: Record<string, string>
   * - base64 / base64url: { text: string | null } (the decoded bytes as UTF-8 text, null when binary)
   */
  data?: unknown;
}

export interface KnownCookie {
  vendor: string;
  category: 'analytics' | 'advertising' | 'consent' | 'cdn' | 'infrastructure' | 'framework' | 'functional';
  purpose: string;
  /** Usual lifetime as the vendor documents it, e.g. "2 years (Chrome caps at 400 days)". */
  lifetime: string;
  source?: string;
}

export interface Classification {
  class: CookieClass;
  readability: Readability;
  confidence: Confidence;
  framework?: Framework;
  /** e.g. "Django signed_cookies session", "express-session", "Google Analytics 4". */
  frameworkLabel?: string;
  /** Finer kind, e.g. 'signed-framework', 'jwt', 'base64-json', 'kv'. */
  subtype?: string;
  /** Key of the plain-language texts in src/core/classify/explain.ts (a class, or a format such as 'django-signed-cookies'). */
  formatId?: string;
  /**
   * AUTH(c) of docs/rules.md §2: a session ID, or client data whose format is a session/auth container
   * (Django signed_cookies, Flask session, cookie-session, Rails session, Auth.js, JWT with sub/user claims).
   */
  isAuth: boolean;
  /** Reasons a learner can check, in plain words, most important first. */
  evidence: string[];
  /** Entropy estimate from this single value (an upper bound; labelled as an estimate in the UI). */
  entropyBits?: number;
  known?: KnownCookie;
}

export type SensitiveKind = 'email' | 'card' | 'ssn' | 'password' | 'private-ip' | 'authz-flag';

export interface SensitiveHit {
  kind: SensitiveKind;
  /** Where it was found: "value", "JSON key role", "JWT claim email". */
  where: string;
  /** The matched text, shortened for display. */
  sample: string;
}

export interface CookieAnalysis {
  layers: DecodedLayer[];
  classification: Classification;
  sensitive: SensitiveHit[];
}

export interface AnalyzedCookie {
  cookie: Cookie;
  analysis: CookieAnalysis;
}
