/**
 * The DevTools page keeps a hint of the inspected page for the panel (shared/page-hint.ts): read when DevTools opens,
 * long before the panel is first shown, and renewed at every navigation. A navigation's hint is the new URL alone,
 * as the new page has no frames yet; the old hint is cleared first, so the panel never starts a read from a page
 * the tab has left. A page that loads frames of other sites later makes the panel read as it did without a hint.
 */
import { clearPageHint, writePageHint } from '../shared/page-hint.ts';

export interface PageHintDeps {
  tabId: number;
  /** The tab's top URL and its frames' URLs, as the panel reads them. */
  readFrames(tabId: number): Promise<{ pageUrl: string; urls: string[] }>;
  /** The tab's cookie store (a tab keeps its store for its whole life). */
  readStore(tabId: number): Promise<string>;
  /** DevTools' `network.onNavigated`, with the new page's URL. */
  onNavigated(listener: (url: string) => void): void;
  storage: Pick<Storage, 'setItem' | 'removeItem'>;
}

/** Publishes the hint now and after each navigation. Resolves when the first one is written (or given up). */
export function publishPageHints(deps: PageHintDeps): Promise<void> {
  const { tabId, storage } = deps;
  let generation = 0;
  let store: Promise<string> | null = null;
  const storeId = () => {
    const read = (store ??= deps.readStore(tabId));
    read.catch(() => (store = null)); // a failed read is asked again next time
    return read;
  };
  const publish = async (page: () => Promise<{ pageUrl: string; urls: string[] }>) => {
    const mine = ++generation;
    clearPageHint(storage);
    try {
      const [{ pageUrl, urls }, id] = await Promise.all([page(), storeId()]);
      // A later navigation owns the hint now: this answer is of a page the tab has left.
      if (mine === generation) writePageHint(storage, { tabId, pageUrl, urls, storeId: id });
    } catch {
      // No hint: the panel reads the frames first, as without one.
    }
  };
  deps.onNavigated((url) => void publish(async () => ({ pageUrl: url, urls: [url] })));
  return publish(() => deps.readFrames(tabId));
}
