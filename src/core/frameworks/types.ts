/**
 * The facts one framework module holds (one module per framework, each citing its documentation): its label, its
 * docs, its default cookie names, the names that point at it, the explain texts of the formats its detectors
 * (src/core/decode/frameworks/) emit, and, for a framework whose settings control its cookies, which setting controls
 * which attribute of each cookie, the defaults, how a setting line is written, and the call that sets any other
 * cookie. The advice (src/core/rules/advice.ts) derives every fix and the site's settings block from these facts only.
 *
 * A leaf of the core: the analysis contract (analysis-types.ts) takes its `Framework` ids from the registry
 * (index.ts), so nothing here imports the analysis.
 */
import type { SourceLink } from '../sources.ts';
import type { CookieClass, ExplainText } from '../vocabulary.ts';

/** What a managed cookie's `recognise` reads of a cookie's analysis (a structural part of CookieAnalysis). */
export interface RecognisedAs {
  classification: { class: CookieClass; framework?: string; formatId?: string };
}

/** One default cookie name: [name (a trailing `*` matches a prefix), purpose, lifetime?, class?]. */
export type NameRow = readonly [name: string, purpose: string, lifetime?: string, cls?: CookieClass];

/** The framework's default cookie names, as the cookie catalogue (src/core/classify/catalogue/) lists them. */
export interface DefaultNames {
  /** Who sets the names, as the catalogue shows it ("Ruby on Rails", "Spring Session"). */
  vendor: string;
  /** Usual lifetime, unless a row says otherwise. */
  lifetime: string;
  source: string;
  rows: readonly NameRow[];
}

/**
 * A default name (or pair of names) that points at the framework when a site's cookies include it: the test returns
 * the evidence in words, or null; `weight` adds to the framework's score (src/core/report/frameworks.ts).
 */
export interface NameHint {
  test: (names: ReadonlySet<string>) => string | null;
  weight: number;
}

/** The facts every framework the analysis recognises has. */
export interface FrameworkFacts {
  /** The registry key (src/core/frameworks/index.ts); the decoders' `framework` ids. */
  id: string;
  /** How the panel, the CLI and the report name it. */
  label: string;
  /** The public documentation its facts are taken from. */
  docs: readonly SourceLink[];
  names?: DefaultNames;
  /**
   * Default names that give the stack away (rule CK030, OWASP "Session ID Name Fingerprinting"), each with the stack
   * it names: `[/^PHPSESSID$/i, 'PHP']`.
   */
  fingerprints?: readonly (readonly [RegExp, string])[];
  /** Plain-language texts of the formats its detector emits, by formatId (overrides of the class's text). */
  explain: Readonly<Record<string, Partial<ExplainText>>>;
}

/** What a rule's fix is about, in framework-neutral topics; each registry says which setting or code serves a topic. */
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

/** A setting's value as the framework's settings language writes it; `{ code }` is an expression written as is. */
export type SettingValue = boolean | number | string | null | { code: string };

/** One setting to write, e.g. `SESSION_COOKIE_SECURE = True`. `group` names the options object it belongs to. */
export interface SettingChange {
  key: string;
  value: SettingValue;
  /** Why it is there when it only restates the framework's default (the observed cookie shows it is overridden). */
  note?: string;
  group?: string;
}

/** Cookie attributes a setting can control. `persistent`: the cookie has an expiry (it outlives the browser session). */
export type CookieAttribute = 'name' | 'secure' | 'httpOnly' | 'sameSite' | 'path' | 'domain' | 'persistent';

/** What an attribute should become: SameSite in its canonical spelling, Domain null for a host-only cookie. */
export interface DesiredAttributes {
  name?: string;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: 'Lax' | 'Strict' | 'None';
  path?: string;
  domain?: null;
  persistent?: boolean;
}

/** The setting that controls one attribute of a managed cookie, its default, and how a wanted attribute is written. */
export interface Control {
  key: string;
  default: SettingValue;
  encode(wanted: NonNullable<DesiredAttributes[keyof DesiredAttributes]>): SettingValue;
}

/** A cookie the framework sets itself (its session cookie, CSRF cookie, flash messages ...). */
export interface ManagedCookie {
  role: 'session' | 'csrf' | 'messages' | 'remember';
  /** "Django's session cookie". */
  label: string;
  /** Default names (without a __Host-/__Secure- prefix). */
  names: readonly (string | RegExp)[];
  /** The analysis recognises the cookie as this one under another name (a renamed session cookie). */
  recognise?: (a: RecognisedAs) => boolean;
  controls: Partial<Record<CookieAttribute, Control>>;
  /** Settings that move the cookie's data to the server (a client-side session). */
  serverSide?: { settings?: readonly SettingChange[]; code?: readonly string[] };
  /** Code to use where no setting controls a wanted attribute. */
  codeFor?: Partial<Record<CookieAttribute, string>>;
  /**
   * The framework does not send a Secure cookie over plain http (the request itself must be https): on an http
   * page, Secure and a __Host- name are left out of the block, with this reason.
   */
  secureNeedsHttps?: string;
  group?: string;
}

/** Flags of an application cookie, as the call that sets it should pass them. */
export interface AppCookieFlags {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Set when the path must be given (a __Host- name needs Path=/). */
  path?: string;
}

export type SiteTopic = 'https' | 'cookies-only-session-id';

/** A framework whose settings control its cookies: it gets fix lines and a settings block. */
export interface FrameworkRegistry extends FrameworkFacts {
  /** Default names that point at the framework in the site report. */
  hints?: readonly NameHint[];
  /** Where the settings block goes. */
  file: string;
  /** A command that checks the configuration, when the framework has one. */
  check?: string;
  /** Line comment marker of the settings language. */
  comment: string;
  managed: readonly ManagedCookie[];
  site: Partial<Record<SiteTopic, readonly SettingChange[]>>;
  /** The call that sets any other cookie, with its own name and flags. */
  setCookie(flags: AppCookieFlags): string;
  /** Keeping an application cookie's data on the server instead. */
  serverSideFor(name: string): string;
  /** The settings as lines to paste (and, for options objects, the object itself). */
  render(settings: readonly SettingChange[]): { lines: string[]; options?: Record<string, unknown> };
}

/** Helpers shared by the registries. */
export const same = (key: string, def: SettingValue): Control => ({
  key,
  default: def,
  encode: (w) => w as SettingValue,
});
export const inverted = (key: string, def: SettingValue): Control => ({ key, default: def, encode: (w) => !w });
export const mapped = (key: string, def: SettingValue, map: (w: string) => SettingValue): Control => ({
  key,
  default: def,
  encode: (w) => map(String(w)),
});

/** Python literals (Django settings.py, Flask config files). */
export function pythonValue(v: SettingValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return v.code;
}

/** JavaScript literals. */
export function jsValue(v: SettingValue): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return v.code;
}

/** Django's HttpResponse.set_cookie and Werkzeug's Response.set_cookie take the same keyword arguments. */
export function pythonSetCookie(f: AppCookieFlags): string {
  const args = [
    f.path ? `path=${JSON.stringify(f.path)}` : '',
    f.secure ? 'secure=True' : '',
    f.httpOnly ? 'httponly=True' : '',
    f.sameSite ? `samesite=${JSON.stringify(f.sameSite)}` : '',
  ].filter((a) => a !== '');
  return `response.set_cookie(${[JSON.stringify(f.name), 'value', ...args].join(', ')})`;
}

/** `KEY = value  # note` lines, for settings languages with one assignment per line. */
export function assignmentLines(
  settings: readonly SettingChange[],
  write: (key: string, value: SettingValue) => string,
  comment: string,
): string[] {
  return settings.map((s) => `${write(s.key, s.value)}${s.note ? `  ${comment} ${s.note}` : ''}`);
}
