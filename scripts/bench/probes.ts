/**
 * Code the benchmark runs inside browser frames, as source strings: tsx rewrites functions (it adds `__name`
 * helpers that do not exist in the page), so nothing here is passed to evaluate() as a function.
 *
 * "Painted" everywhere in the benchmark means: the DOM change was observed (MutationObserver), then the next
 * requestAnimationFrame ran (style, layout and paint of that frame follow it in the same rendering task), then a
 * MessageChannel message posted from that rAF callback was delivered, i.e. after the rendering update. Timestamps
 * are `performance.timeOrigin + performance.now()` (high-resolution, comparable across the renderer processes of one
 * machine: both ends derive from the same monotonic clock).
 */

/** Defines `__benchNow()` and `__benchAfterPaint(cb)` in the frame (idempotent). */
export const HELPERS = `
  globalThis.__benchNow ??= () => performance.timeOrigin + performance.now();
  globalThis.__benchAfterPaint ??= (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(globalThis.__benchNow());
    ch.port2.postMessage(0);
  });
`;

/**
 * Installed with evaluateOnNewDocument on the DevTools page, so it runs in the panel's (cross-process) frame before
 * any panel script: records `__benchPainted` when the first cookie row is painted.
 */
export const FIRST_ROWS_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  ${HELPERS}
  const mo = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="cookie-row"]')) return;
    mo.disconnect();
    globalThis.__benchRowsInDom = globalThis.__benchNow();
    globalThis.__benchAfterPaint((t) => { globalThis.__benchPainted = t; });
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

/** Time of a bare `chrome.cookies.getAll(details)` in an extension frame, in ms. */
export const timeGetAll = (details: object) => `(async () => {
  const t0 = performance.now();
  const all = await chrome.cookies.getAll(${JSON.stringify(details)});
  return { ms: performance.now() - t0, count: all.length };
})()`;

/**
 * In the Cookie Lens panel: choose `scope` in the Scope select (a real change event, as a user's choice) and resolve
 * with the ms from that choice until the grid announces `rows` data rows and they are painted (`rows`), then until
 * every row in the DOM shows its class badge, painted (`classified`; analysis runs in slices after the rows paint),
 * and the number of rows in the DOM (`visible`: the table is virtualised).
 */
export const timeScopeSwitch = (scope: string, rows: number) => `(async () => {
  ${HELPERS}
  const select = document.querySelector('select[aria-label="Scope"]');
  if (!select) throw new Error('no Scope select in the panel');
  const want = String(${rows} + 1); // aria-rowcount counts the header row
  const shown = () => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === want
    && document.querySelector('[data-testid="cookie-row"]');
  const rowEls = () => document.querySelectorAll('[data-testid="cookie-row"]');
  const classified = () => [...rowEls()].every((r) => r.querySelector('[data-col="class"] .class-badge'));
  return await new Promise((resolve) => {
    let t0 = 0;
    let rowsMs = -1;
    let waiting = false;
    const mo = new MutationObserver(() => {
      if (rowsMs < 0 && !waiting && shown()) {
        waiting = true;
        // Classes already in the DOM with the rows are painted in the same frame.
        const withClasses = classified();
        if (withClasses) mo.disconnect();
        globalThis.__benchAfterPaint((t) => {
          rowsMs = t - t0;
          waiting = false;
          if (withClasses) resolve({ rows: rowsMs, classified: rowsMs, visible: rowEls().length });
          else check();
        });
        return;
      }
      check();
    });
    const check = () => {
      if (rowsMs < 0 || waiting || !shown() || !classified()) return;
      waiting = true;
      mo.disconnect();
      globalThis.__benchAfterPaint((t) => resolve({ rows: rowsMs, classified: t - t0, visible: rowEls().length }));
    };
    mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-rowcount'] });
    t0 = globalThis.__benchNow();
    select.value = ${JSON.stringify(scope)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
})()`;

/**
 * In the bare panel: getAll({}) and the first `visible` cookies painted as plain-DOM rows (its benchAllSites); the ms
 * from the call to the rows painted, measured as timeScopeSwitch measures Cookie Lens.
 */
export const timeBareAllSites = (visible: number) => `(async () => {
  ${HELPERS}
  const t0 = globalThis.__benchNow();
  const count = await globalThis.benchAllSites(${visible});
  return await new Promise((resolve) => globalThis.__benchAfterPaint((t) => resolve({ ms: t - t0, count })));
})()`;

/** Records in `__benchSeen[name]` when a row whose data-name starts with `prefix` is first painted. */
export const watchRows = (prefix: string) => `(() => {
  ${HELPERS}
  globalThis.__benchSeen = {};
  const seen = globalThis.__benchSeen;
  const scan = () => {
    for (const el of document.querySelectorAll('[data-testid="cookie-row"][data-name^=${JSON.stringify(prefix)}]')) {
      const name = el.getAttribute('data-name');
      if (name in seen) continue;
      seen[name] = 0;
      globalThis.__benchAfterPaint((t) => { seen[name] = t; });
    }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  scan();
})()`;

/** In the page: the write time, then `document.cookie = name=value`. */
export const writeCookie = (name: string) => `(() => {
  const t = performance.timeOrigin + performance.now();
  document.cookie = ${JSON.stringify(name)} + '=' + Date.now() + '; path=/; max-age=600';
  return t;
})()`;

/** In the panel: long tasks (PerformanceObserver 'longtask') and DOM commits per animation frame, until `__burst.end()`. */
export const BURST_MONITOR = `(() => {
  const m = globalThis.__burst = { longestTaskMs: 0, longTasks: 0, maxCommitsPerFrame: 0, commits: 0, lastMutation: performance.now(), stop: false };
  const count = (entries) => { for (const e of entries) { m.longTasks++; m.longestTaskMs = Math.max(m.longestTaskMs, e.duration); } };
  const po = new PerformanceObserver((list) => count(list.getEntries()));
  po.observe({ type: 'longtask' });
  let inFrame = 0;
  let lastTick = performance.now();
  const tick = () => { inFrame = 0; lastTick = performance.now(); if (!m.stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  // One MutationObserver callback per task that changed the DOM: two in one frame would be two renders in a frame.
  m.samples = [];
  const mo = new MutationObserver((records) => {
    m.commits++;
    m.maxCommitsPerFrame = Math.max(m.maxCommitsPerFrame, ++inFrame);
    m.lastMutation = performance.now();
    if (inFrame > 1 && m.samples.length < 5) {
      const r = records[0];
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      m.samples.push(r.type + ' ' + (r.attributeName ?? '') + ' on ' + (el?.className || el?.tagName) + ' (' + records.length + ' records, ' + Math.round(performance.now() - lastTick) + ' ms after the last frame)');
    }
  });
  mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  // The longest animation frame (w3c.github.io/long-animation-frames; frames over 50 ms), split into its phases: the
  // tasks before the frame's rendering began, its animation-frame callbacks, and style, layout and paint.
  m.longestFrame = null;
  const frames = (entries) => {
    for (const e of entries) {
      if (m.longestFrame && m.longestFrame.ms >= e.duration) continue;
      const render = e.renderStart || e.startTime + e.duration;
      const styleLayout = e.styleAndLayoutStart || e.startTime + e.duration;
      m.longestFrame = {
        ms: Math.round(e.duration),
        beforeRenderMs: Math.round(render - e.startTime),
        callbacksMs: Math.round(styleLayout - render),
        styleLayoutPaintMs: Math.round(e.startTime + e.duration - styleLayout),
        scripts: e.scripts.map((x) => Math.round(x.duration) + ' ms ' + x.invokerType + ' ' + String(x.invoker).slice(0, 40)),
      };
    }
  };
  const lo = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? new PerformanceObserver((list) => frames(list.getEntries())) : null;
  lo?.observe({ type: 'long-animation-frame' });
  // Stopping disconnects the observers, so a later monitor in the same panel measures alone.
  m.end = () => { m.stop = true; count(po.takeRecords()); po.disconnect(); mo.disconnect(); if (lo) { frames(lo.takeRecords()); lo.disconnect(); } };
})()`;

/** In the page: `writes` document.cookie writes spread evenly over `ms` (20 batches), over `names` distinct names. */
export const cookieBurst = (writes: number, ms: number, names: number) => `(async () => {
  const t0 = performance.now();
  const batches = 20;
  let n = 0;
  for (let b = 0; b < batches; b++) {
    for (; n < Math.round(((b + 1) * ${writes}) / batches); n++) document.cookie = 'burst_' + (n % ${names}) + '=' + n + '; path=/; max-age=600';
    await new Promise((r) => setTimeout(r, ${ms} / batches));
  }
  return { writes: n, ms: performance.now() - t0 };
})()`;
