/** The store root's deps (store/deps.ts) as the browser provides them: the extension's APIs, the DOM, the port. */
import type { PanelDeps } from '../store/deps.ts';
import { type BrowserReads, checkHostAccess } from './browser-reads.ts';
import { copyText } from './clipboard.ts';
import { connectToBackground } from './connection.ts';
import { downloadText } from './download.ts';
import type { InspectedTab } from './inspected-tab.ts';
import { request } from './requests.ts';
import { localLayoutStorage, localMuteStorage } from './storage.ts';

export function browserDeps(tab: InspectedTab, reads: BrowserReads): PanelDeps {
  return {
    page: tab,
    reads,
    checkHostAccess: (pageUrl, reload) => checkHostAccess(reads, pageUrl, tab.tabId, reload),
    request,
    connect: connectToBackground,
    storage: { layout: localLayoutStorage, mutes: localMuteStorage },
    copyText,
    downloadText,
    afterPaint,
  };
}

/** Resolves after the next frame (or 100 ms in a hidden panel, which gets no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
