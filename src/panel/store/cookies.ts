/**
 * The panel's cookie state as signals: every cookie of every site the inspected page uses, the page's URL set, and
 * the scope the user chose. Live changes are coalesced into one update per frame, in the frame's one batch of work
 * (src/panel/frame.ts), so they and the analysis they start render together.
 */
import { batch, computed, signal } from '@preact/signals';

import { bareDomain, registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { dedupe, inScope, normaliseUrls, type Scope, sitesOf } from '../../core/cookie/scope.ts';
import type { CookieChange } from '../../shared/protocol.ts';
import { onNextFrame } from '../frame.ts';
import { createChangeLog } from './change-log.ts';
import { SAME_NAVIGATION_MS } from './deps.ts';
import { applyChange, createJar } from './jar.ts';

/** `action`: what the user can do about the error (e.g. grant host access again), shown as a button. */
export type LoadStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string; action?: { label: string; run(): void } };

export interface CookieSource {
  collectUrls(): Promise<{ pageUrl: string; urls: string[] }>;
  readCookiesOfSites(storeId: string, sites: readonly string[]): Promise<Cookie[]>;
  /** Every cookie of the store, every partition (the "All sites" scope). */
  readAllCookies(storeId: string): Promise<Cookie[]>;
  /** Resolves once `storeId` is known; awaited alongside the URLs, not before them. */
  storeReady?: Promise<unknown>;
}

export type CookieStore = ReturnType<typeof createCookieStore>;

/** A read of the whole store that takes longer than this says so in the toolbar. */
const SLOW_READ_MS = 150;

export function createCookieStore(
  source: CookieSource,
  schedule: (flush: () => void) => void = onNextFrame,
  now: () => number = Date.now,
) {
  const all = signal<ReadonlyMap<string, Cookie>>(new Map());
  const urls = signal<readonly URL[]>([]);
  const pageUrl = signal<URL | null>(null);
  const storeId = signal('0');
  /** The scope the rows are filtered by: it changes together with the cookies it needs. */
  const scope = signal<Scope>('page');
  /** The scope the user chose (what the Scope control shows); "All sites" becomes `scope` when its read is in. */
  const chosenScope = signal<Scope>('page');
  /** True while a slow "All sites" read runs (after SLOW_READ_MS: a quick one changes nothing on screen until it is in). */
  const readingAllSites = signal(false);
  const status = signal<LoadStatus>({ kind: 'loading' });
  /** True when the last change of the cookies came from live changes (cookies.onChanged), false from a read. */
  const changedLive = signal(false);
  const sites = computed(() => new Set(sitesOf(urls.value)));

  /**
   * Whether each cookie (each immutable cookie object) is in the scope, for one scope, page and URL list. Being in
   * scope depends on the cookie alone (inScope tests each one against the page and its URLs), so a live change tests
   * only the cookies it brought, not every cookie against every URL in every frame of a burst.
   */
  let scopeMemo: { scope: Scope; page: URL; urls: readonly URL[]; kept: WeakMap<Cookie, boolean> } | null = null;
  const cookies = computed<Cookie[]>(() => {
    const page = pageUrl.value;
    if (!page) return [];
    const list = [...all.value.values()];
    const s = scope.value;
    if (s === 'all') return list;
    const u = urls.value;
    if (scopeMemo?.scope !== s || scopeMemo.page !== page || scopeMemo.urls !== u)
      scopeMemo = { scope: s, page, urls: u, kept: new WeakMap() };
    const kept = scopeMemo.kept;
    const untested = list.filter((c) => !kept.has(c));
    if (untested.length > 0) {
      const inside = new Set(inScope(s, untested, u, page));
      for (const c of untested) kept.set(c, inside.has(c));
    }
    return list.filter((c) => kept.get(c));
  });

  /** URLs learned from requests and frames since the last navigation; collectUrls may not list them. */
  const learned = new Set<string>();

  let storeKnown = !source.storeReady;
  void source.storeReady?.then(() => (storeKnown = true));
  /** The whole store, held once wanted, so "All sites" paints without waiting for its read (store/jar.ts). */
  const jar = createJar((id) => source.readAllCookies(id));

  /** Reloads overlap (startup, port ready, navigation): each applies unless a later one already has. */
  let generation = 0;
  let applied = 0;
  /**
   * Reads the page's URLs and cookies again. `navigatedTo`: the URL a navigation reported. The tab's frames, read at
   * that moment, can still be the page it left (Chrome answers webNavigation.getAllFrames with the old document until
   * the new one has replaced it): then the navigation's URL is the page, with no frames yet (those it loads are
   * learned as they come). Taking the old frames showed the old page's cookies until the next navigation, since the
   * same navigation's second report is not read again (SAME_NAVIGATION_MS). `inFrame`: a re-read the user did not ask
   * for, applied in the next frame's batch once rows are shown (below).
   */
  async function reload({
    navigatedTo,
    inFrame = false,
  }: { navigatedTo?: string; inFrame?: boolean } = {}): Promise<void> {
    const mine = ++generation;
    const want = chosenScope.value;
    const changes = changeLog.start();
    try {
      // "All sites" needs no URL to read, so that read runs alongside collecting the URLs.
      const everything = want === 'all' ? readEverything() : null;
      const [found] = await Promise.all([source.collectUrls(), source.storeReady]);
      const collected =
        navigatedTo !== undefined && !samePage(found.pageUrl, navigatedTo) ? { pageUrl: navigatedTo, urls: [] } : found;
      const page = parseHttpUrl(collected.pageUrl);
      if (!page) {
        void everything?.catch(() => undefined);
        if (mine < applied) return;
        applied = mine;
        batch(() => {
          pageUrl.value = null;
          all.value = new Map();
          changedLive.value = false;
          status.value = { kind: 'error', message: unsupportedPageMessage(collected.pageUrl) };
        });
        return;
      }
      const pageUrls = normaliseUrls([collected.pageUrl, ...collected.urls, ...learned]);
      const readSites = new Set(sitesOf(pageUrls));
      const read = everything
        ? await everything
        : dedupe(await source.readCookiesOfSites(storeId.value, [...readSites]));
      // A re-read the panel did not ask for in front of the user (a navigation, the background back, a new site)
      // lands in the middle of whatever the page is doing: applied in a task of its own, it rendered and committed
      // between two frames, a second DOM commit in a frame of a burst of live changes. Once rows are shown, it is
      // applied in the next frame's batch, together with that frame's live changes (its continuation runs in the
      // microtasks of that batch, before the frame's one render).
      if (inFrame && status.peek().kind === 'ready') await new Promise<void>((resolve) => schedule(resolve));
      if (mine < applied) return; // a later reload already applied newer state
      applied = mine;
      // The answer, with the changes to its sites that came while it was on its way (the jar does the same for a
      // read of every site).
      const since = changes.end();
      if (!everything)
        for (const change of since) {
          const c = change.cookie;
          if (c.storeId === storeId.value && readSites.has(registrableDomain(bareDomain(c.domain))))
            applyChange(read, change);
        }
      pending.length = 0; // each is older than the read's snapshot, or was applied again above
      // A re-read that finds what the panel shows (the same page, URLs and cookies) changes no signal: it renders
      // nothing, and the cookies' last change stays a live one if it was (a table filled by a read renders only the
      // rows on screen first, so flagging a read here dropped the rows below them in the middle of a burst).
      const pageKept = pageUrl.peek()?.href === page.href;
      // With the URLs learned while the read ran (their new sites read for themselves, the page's own covered by it).
      const nextUrls = normaliseUrls([collected.pageUrl, ...collected.urls, ...learned]);
      const nextAll = sameObjectsWhereUnchanged(all.peek(), read);
      batch(() => {
        if (!pageKept) pageUrl.value = page;
        if (!sameUrls(urls.peek(), nextUrls)) urls.value = nextUrls;
        // The user may have chosen again while this read ran: the choice applies when this read can serve it.
        if ((want === 'all') === (chosenScope.value === 'all')) scope.value = chosenScope.value;
        if (!pageKept || nextAll !== all.peek()) {
          all.value = nextAll;
          changedLive.value = false;
        }
        if (status.peek().kind !== 'ready') status.value = { kind: 'ready' };
      });
    } catch (e) {
      if (mine >= applied) status.value = readFailure(e);
    } finally {
      changes.end();
    }
  }

  /** The whole store, through the jar (which then holds it): a fresh map the caller may keep. */
  function readEverything(): Promise<Map<string, Cookie>> {
    return storeKnown
      ? jar.read(storeId.value)
      : Promise.resolve(source.storeReady).then(() => jar.read(storeId.value));
  }

  /**
   * Choosing "All sites" on a page already shown: the page and its URLs are known, so only the store is read, and the
   * rows change once, when it is in (the held cookies are not re-rendered as "all" first). Nothing else runs
   * meanwhile, so the read has the browser to itself. With the jar held, the rows change at once, to what is held,
   * and the read that follows confirms them (it changes no row when nothing changed).
   */
  async function showAllSites(): Promise<void> {
    const mine = ++generation;
    const held = storeKnown ? jar.snapshot(storeId.value, now()) : null;
    if (held) {
      applied = mine;
      pending.length = 0; // the jar has them already: it takes every change as it arrives
      batch(() => {
        scope.value = 'all';
        all.value = sameObjectsWhereUnchanged(all.peek(), held);
        changedLive.value = false;
        status.value = { kind: 'ready' };
      });
    }
    const slow = setTimeout(
      () => (readingAllSites.value = chosenScope.value === 'all' && scope.value !== 'all'),
      SLOW_READ_MS,
    );
    try {
      // The jar's answer has the changes that came while it was on its way applied again (store/jar.ts).
      const read = await readEverything().finally(() => {
        clearTimeout(slow);
        readingAllSites.value = false;
      });
      if (mine < applied || chosenScope.value !== 'all') return;
      applied = mine;
      pending.length = 0;
      batch(() => {
        scope.value = 'all';
        all.value = sameObjectsWhereUnchanged(all.peek(), read);
        changedLive.value = false;
        status.value = { kind: 'ready' };
      });
    } catch (e) {
      if (mine >= applied) status.value = readFailure(e);
    }
  }

  /**
   * The user is about to choose a scope (pointer over the Scope control, or focus on it): the jar is read now, so
   * "All sites", if chosen, paints at once. Once held, it is kept current and not read again for this.
   */
  function prepareAllSites(): void {
    if (!storeKnown || jar.wanted(storeId.value)) return;
    jar.read(storeId.value).catch(() => undefined); // a failed read here is retried by the choice itself
  }

  /**
   * The panel may have missed changes (the background was stopped and restarted) or may now read other cookies (host
   * access changed): the held jar is no longer trusted, and the rows are read again. A jar that was held is read
   * again too, so "All sites" stays quick.
   */
  function resync(): Promise<void> {
    const wasHeld = storeKnown && jar.wanted(storeId.value);
    jar.forget();
    if (wasHeld && chosenScope.value !== 'all') prepareAllSites();
    return reload({ inFrame: true });
  }

  /** URLs the page started using (requests, frames, resources): a new site means its cookies must be read. */
  function addUrls(raw: readonly string[]): void {
    const known = new Set(urls.value.map((x) => x.href));
    const fresh = normaliseUrls(raw).filter((u) => !known.has(u.href));
    if (fresh.length === 0) return;
    for (const u of fresh) learned.add(u.href);
    const newSite = fresh.some((u) => {
      const site = registrableDomain(u.hostname);
      return !sites.value.has(site) && site !== arriving;
    });
    urls.value = [...urls.value, ...fresh];
    if (newSite) void reload({ inFrame: true });
  }

  /** A change to this cookie concerns the panel: same store, and a site the page uses (any site in "All sites"). */
  function isRelevant(cookie: Cookie): boolean {
    if (cookie.storeId !== storeId.value) return false;
    return scope.value === 'all' || sites.value.has(registrableDomain(bareDomain(cookie.domain)));
  }

  /**
   * Switching to "All sites" reads the whole store; leaving it filters what is held at once (a subset), then re-reads
   * the page's sites. The other scopes only filter what is held.
   */
  function setScope(next: Scope): Promise<void> {
    const was = chosenScope.value;
    if (next === was) return Promise.resolve();
    chosenScope.value = next;
    if (next === 'all') return pageUrl.value ? showAllSites() : reload();
    scope.value = next;
    return was === 'all' ? reload() : Promise.resolve();
  }

  let lastNavigation: { url: string; at: number; read: Promise<void> } | null = null;
  /** The new page's site while its navigation's re-read is on its way: that read covers the page's own requests. */
  let arriving: string | null = null;
  /**
   * The top document changed: what the old page used no longer counts. One re-read per navigation, however many report
   * it (SAME_NAVIGATION_MS), and none more for the new page's own requests meanwhile: those extra re-reads landed
   * while the new page was already writing cookies, each a render of its own outside the frame's batch.
   */
  function navigated(url: string, at = Date.now()): Promise<void> {
    if (lastNavigation && lastNavigation.url === url && at - lastNavigation.at < SAME_NAVIGATION_MS)
      return lastNavigation.read;
    learned.clear();
    const page = parseHttpUrl(url);
    const site = page ? registrableDomain(page.hostname) : null;
    arriving = site;
    const read = reload({ navigatedTo: url, inFrame: true }).finally(() => {
      if (arriving === site) arriving = null;
    });
    lastNavigation = { url, at, read };
    return read;
  }

  /** The changes that came while reads were on their way, applied again on top of their answers (change-log.ts). */
  const changeLog = createChangeLog();

  const pending: CookieChange[] = [];
  let scheduled = false;
  function applyChanges(changes: readonly CookieChange[]): void {
    jar.apply(changes);
    changeLog.record(changes);
    pending.push(...changes);
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      flush();
    });
  }

  function flush(): void {
    if (pending.length === 0) return;
    const next = new Map(all.value);
    for (const change of pending.splice(0)) if (isRelevant(change.cookie)) applyChange(next, change);
    batch(() => {
      all.value = next;
      changedLive.value = true;
    });
  }

  return {
    all,
    urls,
    pageUrl,
    storeId,
    scope,
    chosenScope,
    readingAllSites,
    setScope,
    prepareAllSites,
    resync,
    status,
    changedLive,
    cookies,
    isRelevant,
    /** Reads the page's cookies again; `inFrame` for a re-read the user did not ask for (the engine arrived). */
    reload: ({ inFrame = false }: { inFrame?: boolean } = {}) => reload({ inFrame }),
    navigated,
    addUrl: (url: string) => addUrls([url]),
    addUrls,
    applyChanges,
    flush,
  };
}

/**
 * A read's cookies, keeping the object the panel already holds for each cookie that has not changed (and the
 * previous map itself when nothing changed). A re-read (after a navigation, the worker's reconnection, a new site)
 * mostly finds what the panel shows; new objects for every cookie made every row on screen render again, in a
 * commit of its own outside the frame's batch. `read` is a fresh map (dedupe's) that this fills in and may return.
 */
export function sameObjectsWhereUnchanged(
  previous: ReadonlyMap<string, Cookie>,
  read: Map<string, Cookie>,
): ReadonlyMap<string, Cookie> {
  let changed = read.size !== previous.size;
  for (const [key, cookie] of read) {
    const held = previous.get(key);
    if (held && sameCookie(held, cookie)) read.set(key, held);
    else changed = true;
  }
  return changed ? read : previous;
}

function sameCookie(a: Cookie, b: Cookie): boolean {
  const keys = Object.keys(a) as (keyof Cookie)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) =>
    k === 'partitionKey'
      ? a.partitionKey?.topLevelSite === b.partitionKey?.topLevelSite &&
        a.partitionKey?.hasCrossSiteAncestor === b.partitionKey?.hasCrossSiteAncestor &&
        (a.partitionKey === undefined) === (b.partitionKey === undefined)
      : a[k] === b[k],
  );
}

function readFailure(e: unknown): LoadStatus {
  const action = (e as { action?: { label: string; run(): void } } | null)?.action;
  if (action) return { kind: 'error', message: (e as Error).message, action };
  return { kind: 'error', message: `Could not read cookies: ${(e as Error).message}` };
}

function sameUrls(a: readonly URL[], b: readonly URL[]): boolean {
  return a.length === b.length && a.every((u, i) => u.href === b[i]?.href);
}

/** The same document's address: a fragment (same-document navigation) does not make another page. */
function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

function parseHttpUrl(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function unsupportedPageMessage(raw: string): string {
  if (!raw) return 'The inspected page has no URL yet. Cookies appear once it loads.';
  return `This page (${raw.slice(0, 200)}) is not a web page served over http or https, so it has no cookies.`;
}
