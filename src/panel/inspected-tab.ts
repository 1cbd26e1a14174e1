/**
 * The one file that touches chrome.devtools.*: which tab the panel inspects, which URLs its page uses, when it
 * navigates, and the DevTools theme. Opened as a normal tab with `?tabId=N` (for tests), the same interface is
 * served from webNavigation alone.
 */
import { browser } from '../shared/browser.ts';

export interface InspectedTab {
  tabId: number;
  inDevTools: boolean;
  theme: 'light' | 'dark';
  /** The top document's URL and the URLs of all its frames (fast: what the first paint needs). */
  collectUrls(): Promise<{ pageUrl: string; urls: string[] }>;
  /** Inside DevTools: the URLs of the page's subresources, which may bring more sites' cookies in. */
  resourceUrls(): Promise<string[]>;
  /** Inside DevTools: a request finished (its URL may bring a new site's cookies into the page). */
  onRequest(listener: (url: string) => void): void;
  /** Inside DevTools: the inspected page navigated. Outside, the background reports navigations. */
  onNavigated(listener: (url: string) => void): void;
  /** The DevTools theme changed (Settings > Appearance), or the system's when opened as a tab. */
  onThemeChanged(listener: (theme: 'light' | 'dark') => void): void;
  /** Inside DevTools: Set-Cookie headers of each finished response (and of those finished before the panel opened). */
  onSetCookieHeaders(listener: (requestUrl: string, lines: string[]) => void): void;
}

function devtools(): typeof chrome.devtools | undefined {
  return typeof chrome !== 'undefined' && chrome.devtools?.inspectedWindow ? chrome.devtools : undefined;
}

export function resolveInspectedTab(search: string): InspectedTab | { error: string } {
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
    collectUrls: () => collectUrls(tabId),
    resourceUrls: () => (dt ? resourceUrls(dt) : Promise.resolve([])),
    onRequest: (listener) => dt?.network.onRequestFinished.addListener((req) => listener(req.request.url)),
    onNavigated: (listener) => dt?.network.onNavigated.addListener(listener),
    onThemeChanged: (listener) => {
      if (dt?.panels.setThemeChangeHandler) dt.panels.setThemeChangeHandler((name) => listener(name === 'dark' ? 'dark' : 'light'));
      else globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', (e) => listener(e.matches ? 'dark' : 'light'));
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
  return entry.response.headers.filter((h) => h.name.toLowerCase() === 'set-cookie').flatMap((h) => h.value.split('\n')).filter((l) => l.trim() !== '');
}

async function collectUrls(tabId: number) {
  const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
  const top = frames.find((f) => f.frameId === 0);
  const urls = frames.map((f) => f.url);
  return { pageUrl: top?.url ?? urls[0] ?? '', urls };
}

function resourceUrls(dt: typeof chrome.devtools): Promise<string[]> {
  return new Promise((resolve) => dt.inspectedWindow.getResources((resources) => resolve(resources.map((r) => r.url))));
}
