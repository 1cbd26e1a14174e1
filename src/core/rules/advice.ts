/**
 * Per-finding framework fixes and the site's settings block, derived only from the framework registries.
 *
 * A fix targets what controls the cookie: the framework's own setting for a cookie the framework sets (its session
 * cookie, CSRF cookie, messages ...), the call that sets it for any other cookie, nothing for a tracker set by a
 * vendor's script. A setting is written only when it changes something: a line that restates the framework's
 * default appears only when the observed cookie shows the default was overridden, and says so. A __Host- name comes
 * with the attributes the prefix requires (Secure, Path=/, no Domain; RFC 6265bis §4.1.3.2).
 */
import type { AnalyzedCookie, CookieAnalysis } from '../analysis-types.ts';
import type { Cookie } from '../cookie/model.ts';
import { type FixFramework, REGISTRIES } from '../frameworks/index.ts';
import type {
  DesiredAttributes,
  FixTopic,
  FrameworkRegistry,
  ManagedCookie,
  SettingChange,
  SettingValue,
  SiteTopic,
} from '../frameworks/types.ts';

export interface Advice {
  /** Settings-file lines (merged into the site's block). */
  settings: SettingChange[];
  /** Code to change where no setting applies (the call that sets an application cookie). */
  code: string[];
}

/**
 * Where the advice will run. `https`: the page itself is https. `secureContext`: https or a loopback origin, where the
 * browser accepts Secure cookies (RFC 6265bis §5.7 step 13); on any other http page a Secure or __Host- cookie would
 * be refused, so the advice keeps them for when the site serves HTTPS.
 */
export interface FixPage {
  https: boolean;
  secureContext: boolean;
}

/** What a fix is about: a cookie (from the jar, or as a refused header would have stored it) and its analysis. */
export interface FixTarget {
  cookie: Pick<Cookie, 'name' | 'secure' | 'httpOnly' | 'sameSite' | 'path' | 'hostOnly' | 'session'>;
  analysis?: CookieAnalysis;
}

const SITE_TOPICS: readonly FixTopic[] = ['https', 'cookies-only-session-id'];
const VENDOR_CATEGORIES = new Set(['analytics', 'advertising', 'consent', 'cdn', 'infrastructure']);
const PREFIX = /^__(Host|Secure)-/i;

export function baseName(name: string): string {
  return name.replace(PREFIX, '');
}

/** The framework's own cookie this is, by its default name or as the analysis recognises it. */
export function managedCookieOf(reg: FrameworkRegistry, target: FixTarget): ManagedCookie | undefined {
  const base = baseName(target.cookie.name);
  const byName = reg.managed.find((m) => m.names.some((n) => (typeof n === 'string' ? n === base : n.test(base))));
  if (byName) return byName;
  const a = target.analysis;
  return a ? reg.managed.find((m) => m.recognise?.(a)) : undefined;
}

/** A cookie set by a vendor's script (analytics, ads, consent, CDN): no framework setting or call controls it. */
function setByVendor(a: CookieAnalysis | undefined): boolean {
  if (!a) return false;
  const known = a.classification.known;
  return a.classification.class === 'tracking' || (known !== undefined && VENDOR_CATEGORIES.has(known.category));
}

/** The attributes the topics ask for that the cookie does not have yet. */
export function wantedAttributes(cookie: FixTarget['cookie'], topics: readonly FixTopic[]): DesiredAttributes {
  const want: DesiredAttributes = {};
  for (const topic of topics) {
    if (topic === 'secure' && !cookie.secure) want.secure = true;
    if (topic === 'httponly' && !cookie.httpOnly) want.httpOnly = true;
    if (topic === 'samesite' && cookie.sameSite !== 'lax' && cookie.sameSite !== 'strict') want.sameSite = 'Lax';
    if (topic === 'host-only' && !cookie.hostOnly) want.domain = null;
    if (topic === 'lifetime' && !cookie.session) want.persistent = false;
    if (topic === 'host-prefix') {
      if (!/^__Host-/.test(cookie.name)) want.name = `__Host-${baseName(cookie.name)}`;
      if (!cookie.secure) want.secure = true;
      if (cookie.path !== '/') want.path = '/';
      if (!cookie.hostOnly) want.domain = null;
    }
  }
  return want;
}

function sameValue(a: SettingValue, b: SettingValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Leaves Secure and a __Host- name out where the browser or the framework would not keep the cookie, saying why. */
function withoutSecure(want: DesiredAttributes, reason: string, code: string[]): void {
  if (!want.secure && want.name === undefined) return;
  code.push(reason);
  delete want.secure;
  delete want.name;
  delete want.path;
}

function insecurePageReason(reg: FrameworkRegistry): string {
  return `${reg.comment} Secure and a __Host- name need HTTPS: on this http page the browser would refuse the cookie; serve the site over https first, then add them`;
}

function managedAdvice(
  m: ManagedCookie,
  want: DesiredAttributes,
  topics: readonly FixTopic[],
  target: FixTarget,
  page: FixPage,
  reg: FrameworkRegistry,
): Advice {
  const settings: SettingChange[] = [];
  const code: string[] = [];
  const renaming = want.name !== undefined;
  if (renaming && m.controls.name === undefined) {
    // The prefix cannot be had by configuration: leave the attributes it would require to the other findings.
    if (m.codeFor?.name) code.push(m.codeFor.name);
    delete want.name;
    if (!topics.includes('secure')) delete want.secure;
    if (!topics.includes('host-only')) delete want.domain;
    delete want.path;
  }
  if (!page.secureContext) withoutSecure(want, insecurePageReason(reg), code);
  else if (m.secureNeedsHttps && !page.https) withoutSecure(want, `${reg.comment} ${m.secureNeedsHttps}`, code);
  for (const [attr, wanted] of Object.entries(want) as [
    keyof DesiredAttributes,
    NonNullable<DesiredAttributes[keyof DesiredAttributes]> | null,
  ][]) {
    const control = m.controls[attr];
    if (control === undefined) {
      const hint = m.codeFor?.[attr];
      if (hint) code.push(hint);
      continue;
    }
    const value = control.encode(wanted as never);
    const change: SettingChange = { key: control.key, value };
    if (m.group !== undefined) change.group = m.group;
    if (sameValue(value, control.default))
      change.note = `the default; this site's ${target.cookie.name} cookie shows it is overridden`;
    settings.push(change);
  }
  if (topics.includes('server-side') && target.analysis?.classification.class === 'client-data') {
    settings.push(...(m.serverSide?.settings ?? []));
    code.push(...(m.serverSide?.code ?? []));
  }
  return { settings, code };
}

function appAdvice(
  reg: FrameworkRegistry,
  want: DesiredAttributes,
  topics: readonly FixTopic[],
  target: FixTarget,
  page: FixPage,
): Advice {
  const { cookie } = target;
  const code: string[] = [];
  if (!page.secureContext) withoutSecure(want, insecurePageReason(reg), code);
  if (Object.keys(want).length > 0) {
    const observedSameSite =
      cookie.sameSite === 'lax'
        ? 'Lax'
        : cookie.sameSite === 'strict'
          ? 'Strict'
          : cookie.sameSite === 'no_restriction'
            ? 'None'
            : undefined;
    const sameSite = want.sameSite ?? observedSameSite;
    code.push(
      reg.setCookie({
        name: want.name ?? cookie.name,
        secure: want.secure ?? cookie.secure,
        httpOnly: want.httpOnly ?? cookie.httpOnly,
        ...(sameSite ? { sameSite } : {}),
        ...(want.path ? { path: want.path } : {}),
      }),
    );
  }
  if (topics.includes('server-side')) code.push(reg.serverSideFor(cookie.name));
  return { settings: [], code };
}

/** The fix for one finding in one framework. */
export function adviceFor(
  framework: FixFramework,
  topics: readonly FixTopic[],
  target: FixTarget | undefined,
  page: FixPage,
): Advice {
  const reg = REGISTRIES[framework];
  const site: SettingChange[] = [];
  for (const t of topics) if (SITE_TOPICS.includes(t)) site.push(...(reg.site[t as SiteTopic] ?? []));
  const cookieTopics = topics.filter((t) => !SITE_TOPICS.includes(t));
  if (!target || cookieTopics.length === 0 || setByVendor(target.analysis)) return { settings: site, code: [] };
  const want = wantedAttributes(target.cookie, cookieTopics);
  const managed = managedCookieOf(reg, target);
  const own = managed
    ? managedAdvice(managed, want, cookieTopics, target, page, reg)
    : appAdvice(reg, want, cookieTopics, target, page);
  return { settings: [...own.settings, ...site], code: own.code };
}

/** Lines to show for one finding: the settings as the framework writes them, then the code. */
export function adviceLines(framework: FixFramework, advice: Advice): string[] {
  const rendered = advice.settings.length > 0 ? REGISTRIES[framework].render(advice.settings).lines : [];
  return [...rendered, ...advice.code];
}

/** Settings merged as a set: one line per setting (the first finding's value wins; equal values merge). */
export function mergeSettings(lists: readonly (readonly SettingChange[])[]): SettingChange[] {
  const out: SettingChange[] = [];
  for (const list of lists) {
    for (const s of list) {
      const same = out.find((o) => o.key === s.key && o.group === s.group);
      if (same === undefined) out.push(s);
      else if (same.note !== undefined && s.note === undefined && sameValue(same.value, s.value)) same.note = undefined;
    }
  }
  return out.map((s) => (s.note === undefined ? stripNote(s) : s));
}

function stripNote(s: SettingChange): SettingChange {
  const { note: _note, ...rest } = s;
  return rest;
}

/** The analysed cookie a finding is about, for the fix: by key, or by name for site-level and raw-header hits. */
export function fixTargets(
  cookies: readonly AnalyzedCookie[],
): (cookie: Cookie | undefined, name: string | undefined) => FixTarget | undefined {
  const byCookie = new Map<Cookie, AnalyzedCookie>();
  const byName = new Map<string, AnalyzedCookie>();
  for (const c of cookies) {
    byCookie.set(c.cookie, c);
    if (!byName.has(c.cookie.name)) byName.set(c.cookie.name, c);
  }
  return (cookie, name) => {
    if (cookie) return byCookie.get(cookie) ?? { cookie };
    return name === undefined ? undefined : byName.get(name);
  };
}
