/**
 * Understanding and findings for the cookies in view, computed from `core` once per cookie version and reused:
 * a render never re-analyses. Findings, the site report and per-cookie markers are derived signals. Every step is
 * core's jar analysis (src/core/analyze-jar.ts), the one `cookie-lens classify` and `audit` run, cut into time slices.
 */
import { batch, computed, effect, type ReadonlySignal, signal } from '@preact/signals';

import type { AnalyzedCookie, CookieAnalysis } from '../../core/analysis-types.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { type Finding, type Severity, severityRank } from '../../core/rules/types.ts';
import type { ParsedSetCookie } from '../../core/set-cookie/index.ts';
import { afterNextPaint, onNextFrame } from '../frame.ts';
import type { Engine } from './engine.ts';
import type { MuteList } from './mutes.ts';

/**
 * Analysis time per slice before yielding, so thousands of cookies never make a long task. A slice runs in a frame's
 * batch, before that frame's render, layout and paint: on a machine 4× slower those take 30 ms or more, and the
 * whole frame must stay under the 50 ms of a long task.
 */
const SLICE_MS = 6;
/** Analyses on demand (the rows a render shows) per task: a screenful of rows takes a fraction of it. */
const DEMAND_MS = 8;

/** How findingsInput reads a signal: following it (in a computed), or not (in a timer). */
const following = <T>(s: ReadonlySignal<T>): T => s.value;
const notFollowing = <T>(s: ReadonlySignal<T>): T => s.peek();

/** The version of a cookie: every attribute. Same version, same analysis. Memoised per (immutable) cookie object. */
function versionOf(c: Cookie): string {
  let v = versionCache.get(c);
  if (v === undefined) {
    v = JSON.stringify(c);
    versionCache.set(c, v);
  }
  return v;
}
const versionCache = new WeakMap<Cookie, string>();

/**
 * Live changes bring a few new cookie versions at a time: those are analysed at once, in the same task as the change,
 * so the row and its class render together (one render per frame). A whole jar is analysed in deferred slices.
 */
const ANALYSE_AT_ONCE = 256;

/**
 * During a stream of live changes (a site writing 1,000 cookies a second), what is computed over the whole jar
 * (the security rules, the framework, the site report) is recomputed at most this often: rules that compare cookies
 * with each other re-ran over every cookie in every frame, most of a slow machine's frame. The rows and their
 * classes still change in every frame; the findings follow within this time and, once the stream ends, are those of
 * the final jar.
 */
export const WHOLE_JAR_EVERY_MS = 250;

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;

/** No analysed cookie (one array, so a computed returning it again is unchanged). */
const NONE: AnalyzedCookie[] = [];

export function createAnalysisStore(deps: {
  cookies: ReadonlySignal<Cookie[]>;
  pageUrl: ReadonlySignal<URL | null>;
  mutes: ReadonlySignal<MuteList>;
  /** Set-Cookie headers seen in DevTools' network log for this page (raw-header rules). */
  headers: ReadonlySignal<readonly ParsedSetCookie[]>;
  /** The analysis engine, once its chunk has loaded. */
  engine: ReadonlySignal<Engine | null>;
  /** Runs the next slice of work; by default a macrotask, so rows paint before any analysis runs. */
  defer?: (work: () => void) => void;
  /** The clock (ms since the epoch) the analysis reads; tests pin it to compare with the CLI. */
  now?: () => number;
  /** The clock that bounds a slice (ms); tests pass a frozen one so a slice's size does not depend on machine load. */
  clock?: () => number;
  /** Runs `work` once WHOLE_JAR_EVERY_MS have passed (a timer); tests run it when they choose. */
  wholeJarEvery?: (work: () => void) => void;
  /**
   * True while the cookies in view come from live changes (the cookie store's `changedLive`), not from a read: their
   * whole-jar findings are then computed in a task of their own, never in the frame that shows the change.
   */
  live?: ReadonlySignal<boolean>;
  /** Runs `work` in a task of its own, as soon as may be (a zero timer); tests run it when they choose. */
  soon?: (work: () => void) => void;
}) {
  // Once the frame showing the new rows is painted: a whole jar's analysis never delays the rows the user is
  // waiting for, and a slice's classes and markers are committed with that frame's other changes, never in a render
  // of their own.
  const defer = deps.defer ?? afterNextPaint;
  const now = deps.now ?? Date.now;
  const clock = deps.clock ?? (() => performance.now());
  /** version → analysis, for the page and jar it was computed for. Filled in time slices after the rows are painted. */
  const results = signal<ReadonlyMap<string, CookieAnalysis>>(new Map());
  /** True when every cookie in view has its analysis. Kept by the scheduler, so reading it costs nothing. */
  const complete = signal(false);
  /** core's jarSignature of the results: the page, and what in the jar (a `.sig`, a vendor's cookie) analyses read. */
  let resultsJar = '';

  /**
   * The jar the cookies in view make (one context per cookie list, page and engine, not one per time slice: building
   * it reads every cookie), and the analyses computed on demand in it (`early`) that no slice has taken in yet.
   */
  let jarFor: {
    cookies: Cookie[];
    page: URL;
    engine: Engine;
    jar: ReturnType<Engine['jarContext']>;
    signature: string;
    early: Map<string, CookieAnalysis>;
  } | null = null;
  function currentJar(): typeof jarFor {
    const page = deps.pageUrl.value;
    const e = deps.engine.value;
    if (!page || !e) return null;
    const cookies = deps.cookies.value;
    if (jarFor?.cookies === cookies && jarFor.page === page && jarFor.engine === e) return jarFor;
    const jar = e.jarContext(cookies, page, now());
    const signature = e.jarSignature(jar);
    // Same signature, same analyses (as for `results`): what was computed on demand still holds.
    const early = jarFor?.signature === signature ? jarFor.early : new Map<string, CookieAnalysis>();
    jarFor = { cookies, page, engine: e, jar, signature, early };
    return jarFor;
  }

  let scheduled = false;
  function step(): void {
    scheduled = false;
    const current = currentJar();
    if (!current) return;
    const { cookies, engine: e, jar, signature, early } = current;
    if (signature !== resultsJar) {
      resultsJar = signature;
      results.value = new Map();
    }
    const have = results.value;
    const next = new Map<string, CookieAnalysis>();
    const deadline = clock() + SLICE_MS;
    let pending = false;
    for (const cookie of cookies) {
      const version = versionOf(cookie);
      const known = have.get(version) ?? next.get(version) ?? early.get(version);
      if (known) next.set(version, known);
      else if (clock() < deadline) next.set(version, e.analyzeInJar(cookie, jar));
      else pending = true;
    }
    early.clear(); // every version still in view is in `next` now
    batch(() => {
      results.value = next; // keeps only the versions still in view
      complete.value = !pending;
    });
    if (pending) schedule();
  }
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    defer(step);
  }
  effect(() => {
    const cookies = deps.cookies.value;
    if (!deps.pageUrl.value || !deps.engine.value) return;
    // A read of a whole jar (All sites: thousands of new cookie objects, even when their versions were analysed
    // before): versioning every cookie only to find that nothing is new cost milliseconds on the way to the first
    // paint. The slices find out after it, as for a jar never seen (the rows' classes come on demand meanwhile).
    if (cookies.length > ANALYSE_AT_ONCE && deps.live && !deps.live.peek()) {
      complete.value = false;
      schedule();
      return;
    }
    const have = results.peek();
    // Count what is new, stopping early.
    let missing = 0;
    for (const c of cookies) if (!have.has(versionOf(c)) && ++missing > ANALYSE_AT_ONCE) break;
    if (missing === 0 && have.size === cookies.length) {
      complete.value = true;
      return;
    }
    complete.value = false;
    if (missing <= ANALYSE_AT_ONCE && have.size > 0) step();
    else schedule();
  });

  /**
   * Every cookie in view with its analysis, once all are analysed (the rules need the whole jar). While a change is
   * being analysed the previous complete set of the same page stands, so markers do not flicker; another page's
   * never does (computeds are lazy: an empty page reads none of this, and its first cookie would find the previous
   * page's set still standing).
   */
  let lastComplete: { page: string | undefined; list: AnalyzedCookie[] } = { page: undefined, list: NONE };
  const analyzed = computed<AnalyzedCookie[]>(() => {
    const cookies = deps.cookies.value;
    const page = deps.pageUrl.value?.href;
    if (!complete.value) return lastComplete.page === page ? lastComplete.list : NONE;
    const r = results.value;
    const list = cookies.flatMap((cookie) => {
      const analysis = r.get(versionOf(cookie));
      return analysis ? [{ cookie, analysis }] : [];
    });
    lastComplete = { page, list };
    return list;
  });

  /**
   * The end of the current task's budget for analyses on demand (-1: none started). A render asks for the rows it
   * shows, a few dozen: those are analysed at once. A filter or sort by class over thousands of rows asks for every
   * row: past the budget those wait for the slices, so no task grows long.
   */
  let demandUntil = -1;
  function mayAnalyseNow(): boolean {
    if (demandUntil < 0) {
      demandUntil = clock() + DEMAND_MS;
      queueMicrotask(() => (demandUntil = -1));
    }
    return clock() < demandUntil;
  }

  /**
   * The analysis of this version of the cookie. A cookie no slice has reached yet (a whole jar just read) is analysed
   * on demand in the same jar context, so the rows on screen show their classes in the frame that shows the rows;
   * the slices then take that analysis in rather than compute it again.
   */
  function analysisOf(cookie: Cookie): CookieAnalysis | undefined {
    const have = results.value; // read first, so a render shows each slice's results
    const version = versionOf(cookie);
    const current = currentJar();
    if (!current) return have.get(version);
    if (current.signature === resultsJar) {
      const known = have.get(version);
      if (known) return known;
    }
    let analysis = current.early.get(version);
    if (!analysis && mayAnalyseNow()) {
      analysis = current.engine.analyzeInJar(cookie, current.jar);
      current.early.set(version, analysis);
    }
    return analysis;
  }

  /**
   * `analyzed` as the whole-jar computations see it. A read's list at once; a live change's list in the next frame's
   * batch (../frame.ts), its findings computed in a task of their own just before; and within WHOLE_JAR_EVERY_MS of
   * the last list let through, a newer one waits for the end of that time (then likewise). The last change of a
   * stream always comes through.
   */
  const wholeJarTick = signal(0);
  let settled: AnalyzedCookie[] | null = null;
  /** The page `settled` belongs to: a new page's list comes through at once, whatever was held for the last one. */
  let settledPage: string | undefined;
  let cooling = false;
  let held = false;
  /** The list the end of a period lets through (the one its findings were computed for), until a frame takes it. */
  let release: AnalyzedCookie[] | null = null;
  const whenSettled = deps.wholeJarEvery ?? ((work: () => void) => setTimeout(work, WHOLE_JAR_EVERY_MS));
  const soon = deps.soon ?? ((work: () => void) => setTimeout(work, 0));
  /** The period that counts: one started later (a live change's immediate one) supersedes an earlier one. */
  let period = 0;
  /** Starts a period; at its end (at once for `now`, in a task of its own) the list held meanwhile comes through. */
  function cool(now = false): void {
    cooling = true;
    const mine = ++period;
    (now ? soon : whenSettled)(() => {
      if (mine !== period) return;
      cooling = false;
      if (!held) return;
      held = false;
      // The rules run here, in the timer's task, for the list as it is now; the next frame lets exactly that list
      // through and takes their result. On a slow machine they were a quarter of that frame.
      const list = analyzed.peek();
      const input = findingsInput(() => list, notFollowing);
      if (input) precomputed = { ...input, findings: input.engine.jarFindings(input.rules) };
      release = list;
      onNextFrame(() => wholeJarTick.value++);
    });
  }
  const settledAnalyzed = computed<AnalyzedCookie[]>(() => {
    void wholeJarTick.value;
    const latest = analyzed.value;
    const page = deps.pageUrl.peek()?.href; // (analyzed follows the page)
    if (page !== settledPage) {
      settledPage = page;
      release = null; // the previous page's, if its period ended since
      held = false;
      settled = latest;
      cool();
      return latest;
    }
    if (release !== null) {
      const list = release;
      release = null;
      settled = list;
      held = latest !== list; // changes since the period ended wait for the next one
      cool();
      return list;
    }
    if (latest === settled) return latest;
    // (Until a first non-empty list has come through, nothing waits: the first findings show as soon as they can.)
    if (cooling && settled !== null && settled.length > 0) {
      held = true;
      return settled;
    }
    // A live change: its findings are computed at once, but in a task of their own, and come in the next frame's
    // batch. The rules over a whole jar (several ms on a slow machine) stay out of the frame that shows the change.
    if (settled !== null && deps.live?.peek()) {
      held = true;
      cool(true);
      return settled;
    }
    settled = latest;
    cool();
    return latest;
  });

  /**
   * What the whole-jar rules read, each signal through `read` (`.value` in a computed, which then follows it;
   * `.peek()` in the timer's task); null before the page and the engine are known.
   */
  function findingsInput(cookies: () => AnalyzedCookie[], read: <T>(s: ReadonlySignal<T>) => T) {
    const page = read(deps.pageUrl);
    const engine = read(deps.engine);
    if (!page || !engine) return null;
    const rules = {
      pageUrl: page.href,
      nowMs: now(),
      cookies: cookies(),
      setCookieHeaders: read(deps.headers),
      muted: read(deps.mutes),
    };
    return { engine, rules };
  }
  type FindingsInput = NonNullable<ReturnType<typeof findingsInput>>;
  /** Findings computed ahead, outside a frame, for exactly these inputs (see cool() above). */
  let precomputed: (FindingsInput & { findings: Finding[] }) | null = null;
  const sameInput = (a: FindingsInput, b: FindingsInput) =>
    a.engine === b.engine &&
    a.rules.pageUrl === b.rules.pageUrl &&
    a.rules.cookies === b.rules.cookies &&
    a.rules.setCookieHeaders === b.rules.setCookieHeaders &&
    a.rules.muted === b.rules.muted;

  const findings = computed<Finding[]>(() => {
    const input = findingsInput(() => settledAnalyzed.value, following);
    if (!input) return [];
    const ahead = precomputed;
    precomputed = null;
    return ahead && sameInput(ahead, input) ? ahead.findings : input.engine.jarFindings(input.rules);
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
      map.set(
        key,
        live.reduce<Severity>((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), 'low'),
      );
    }
    return map;
  });

  /** The site's framework (detected from the cookies' names and formats): whose fix each finding shows first. */
  const framework = computed(() => deps.engine.value?.detectFrameworks(settledAnalyzed.value)[0]?.framework);

  /** Read only by the Site report view, so it is computed only while that view is open. */
  const report = computed(() => {
    const page = deps.pageUrl.value;
    const e = deps.engine.value;
    return page && e ? e.jarReport(page.href, settledAnalyzed.value, findings.value) : null;
  });

  return { analyzed, analysisOf, complete, findings, findingsByKey, worstByKey, framework, report };
}
