/**
 * Understanding and findings for the cookies in view, computed from `core` once per cookie version and reused:
 * a render never re-analyses. Findings, the site report and per-cookie markers are derived signals.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { AnalyzedCookie, CookieAnalysis } from '../../core/analysis-types.ts';
import { analyzeCookie } from '../../core/analyze.ts';
import { cookieKey } from '../../core/cookie.ts';
import { buildSiteReport } from '../../core/report.ts';
import { runRules } from '../../core/rules/engine.ts';
import { severityRank, type Finding, type Severity } from '../../core/rules/types.ts';
import type { ParsedSetCookie } from '../../core/set-cookie.ts';
import type { Cookie } from '../../core/types.ts';
import type { MuteList } from './mutes.ts';

/** The version of a cookie: every attribute. Same version, same analysis. */
function versionOf(c: Cookie): string {
  return JSON.stringify(c);
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;

export function createAnalysisStore(deps: {
  cookies: ReadonlySignal<Cookie[]>;
  pageUrl: ReadonlySignal<URL | null>;
  mutes: ReadonlySignal<MuteList>;
  /** Set-Cookie headers seen in DevTools' network log for this page (raw-header rules). */
  headers: ReadonlySignal<readonly ParsedSetCookie[]>;
}) {
  let cache = new Map<string, CookieAnalysis>();
  let cachePage = '';

  const analyzed = computed<AnalyzedCookie[]>(() => {
    const page = deps.pageUrl.value;
    const cookies = deps.cookies.value;
    if (!page) return [];
    if (page.href !== cachePage) {
      cache = new Map();
      cachePage = page.href;
    }
    const next = new Map<string, CookieAnalysis>();
    const siblingNames = new Set(cookies.map((c) => c.name));
    const now = Date.now();
    const out = cookies.map((cookie) => {
      const version = versionOf(cookie);
      const analysis = cache.get(version) ?? analyzeCookie(cookie, page, now, { siblingNames });
      next.set(version, analysis);
      return { cookie, analysis };
    });
    cache = next; // keep only the versions still in view
    return out;
  });

  const byKey = computed(() => new Map(analyzed.value.map((a) => [cookieKey(a.cookie), a.analysis])));

  const findings = computed<Finding[]>(() => {
    const page = deps.pageUrl.value;
    if (!page) return [];
    return runRules({ pageUrl: page.href, cookies: analyzed.value, setCookieHeaders: [...deps.headers.value], muted: deps.mutes.value });
  });

  const findingsByKey = computed(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings.value) {
      if (!f.cookieKey) continue;
      const list = map.get(f.cookieKey);
      if (list) list.push(f);
      else map.set(f.cookieKey, [f]);
    }
    return map;
  });

  /** The worst finding that is not muted, per cookie: the table's severity marker. */
  const worstByKey = computed(() => {
    const map = new Map<string, Severity>();
    for (const [key, list] of findingsByKey.value) {
      const live = list.filter((f) => !f.muted && f.severity !== 'info');
      if (live.length === 0) continue;
      map.set(key, live.reduce<Severity>((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), 'low'));
    }
    return map;
  });

  /** Site-level findings (not about one stored cookie): duplicate names, quotas, refused headers. */
  const siteFindings = computed(() => findings.value.filter((f) => !f.cookieKey || !byKey.value.has(f.cookieKey)));

  /** Read only by the Site report view, so it is computed only while that view is open. */
  const report = computed(() => {
    const page = deps.pageUrl.value;
    return page ? buildSiteReport({ pageUrl: page.href, cookies: analyzed.value, findings: findings.value }) : null;
  });

  return { analyzed, byKey, findings, findingsByKey, worstByKey, siteFindings, report };
}
