/**
 * The one file that touches chrome.devtools.*: which tab the panel inspects, which URLs its page uses, when it
 * navigates, and the DevTools theme. Opened as a normal tab with `?tabId=N` (for tests), the same interface is
 * served from webNavigation alone. Frame URLs come from `frameUrls` (direct in Chrome, through the background in
 * Firefox's toolbox, see browser-reads.ts).
 */
import type { InspectedPage } from '../store/deps.ts';

/** The inspected page as the stores need it (store/deps.ts), plus the DevTools theme the shell applies. */
export interface InspectedTab extends InspectedPage {
  theme: 'light' | 'dark';
  /** The DevTools theme changed (Settings > Appearance), or the system's when opened as a tab. */
  onThemeChanged(listener: (theme: 'light' | 'dark') => void): void;
}

function devtools(): DevTools | undefined {
  return typeof chrome !== 'undefined' && chrome.devtools?.inspectedWindow ? chrome.devtools : undefined;
}

type DevTools = typeof chrome.devtools;
/** Firefox's theme event (MDN devtools.panels.onThemeChanged); Chrome has setThemeChangeHandler instead. */
type ThemeEvent = { addListener(listener: (name: string) => void): void };

/**
 * Firefox has no `devtools.inspectedWindow.getResources` (MDN devtools.inspectedWindow), so the page's subresources
 * come from the network log instead, which holds only what loaded while the toolbox was open.
 */
const NO_RESOURCE_LIST =
  'Firefox does not tell extensions which files the page loaded before DevTools opened: cookies of sites reached only by those requests appear after a reload of the page (or choose All sites).';

export function resolveInspectedTab(
  search: string,
  frameUrls: (tabId: number) => Promise<{ pageUrl: string; urls: string[] }>,
): InspectedTab | { error: string } {
  const dt = devtools();
  const fromQuery = new URLSearchParams(search).get('tabId');
  const tabId = dt ? dt.inspectedWindow.tabId : fromQuery !== null ? Number(fromQuery) : NaN;
  if (!Number.isInteger(tabId) || tabId < 0) {
    return { error: 'Open Cookie Lens from DevTools (the Cookies tab), or pass ?tabId=<id> to inspect a tab.' };
  }
  const theme = dt
    ? dt.panels.themeName === 'dark'
      ? 'dark'
      : 'light'
    : globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';
  return {
    tabId,
    inDevTools: !!dt,
    theme,
    collectUrls: () => frameUrls(tabId),
    resourceUrls: () => (dt ? resourceUrls(dt) : Promise.resolve([])),
    notes: dt && !dt.inspectedWindow.getResources ? [NO_RESOURCE_LIST] : [],
    onRequest: (listener) => dt?.network.onRequestFinished.addListener((req) => listener(req.request.url)),
    onNavigated: (listener) => dt?.network.onNavigated.addListener(listener),
    onThemeChanged: (listener) => {
      const themeEvent = (dt?.panels as { onThemeChanged?: ThemeEvent } | undefined)?.onThemeChanged;
      if (dt?.panels.setThemeChangeHandler)
        dt.panels.setThemeChangeHandler((name) => listener(name === 'dark' ? 'dark' : 'light'));
      else if (themeEvent) themeEvent.addListener((name) => listener(name === 'dark' ? 'dark' : 'light'));
      else
        globalThis
          .matchMedia?.('(prefers-color-scheme: dark)')
          .addEventListener('change', (e) => listener(e.matches ? 'dark' : 'light'));
    },
    onSetCookieHeaders: (listener) => {
      if (!dt) return;
      const emit = (entry: HarEntryLike) => {
        const lines = setCookieLines(entry);
        if (lines.length > 0) listener(entry.request.url, lines);
      };
      dt.network.getHAR((har) => (har.entries as unknown as HarEntryLike[]).forEach(emit));
      dt.network.onRequestFinished.addListener((req) => emit(req as unknown as HarEntryLike));
    },
  };
}

interface HarEntryLike {
  request: { url: string };
  response: { headers: { name: string; value: string }[] };
}

/** HAR keeps each Set-Cookie as its own header; some producers join several with newlines. */
function setCookieLines(entry: HarEntryLike): string[] {
  return entry.response.headers
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .flatMap((h) => h.value.split('\n'))
    .filter((l) => l.trim() !== '');
}

/** The page's subresources: Chrome lists them; Firefox's network log has those loaded while the toolbox was open. */
function resourceUrls(dt: DevTools): Promise<string[]> {
  return new Promise((resolve) => {
    try {
      if (dt.inspectedWindow.getResources)
        dt.inspectedWindow.getResources((resources) => resolve(resources.map((r) => r.url)));
      else dt.network.getHAR((har) => resolve((har?.entries ?? []).map((e) => e.request.url)));
    } catch {
      resolve([]); // a DevTools without either: the frames' URLs are all the panel has
    }
  });
}
