/**
 * The page a tab shows, read from the browser: the panel's direct read and the DevTools page's hint (Chrome gives both
 * `webNavigation`; Firefox gives neither, and there the background reads for the panel). Apart from frames.ts, which
 * the background's handlers use with their own lookups and tests load without an extension.
 */
import { browser } from './browser.ts';
import { pageOfFrames } from './frames.ts';

export async function readTabFrames(tabId: number): Promise<{ pageUrl: string; urls: string[] }> {
  return pageOfFrames((await browser.webNavigation.getAllFrames({ tabId })) ?? []);
}
