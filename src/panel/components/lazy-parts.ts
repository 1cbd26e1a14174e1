/**
 * The parts of the panel that showing the table does not need (the selected cookie's details with its explanations,
 * the editor, the timeline, the site report): each in its own chunk, out of the first paint's files
 * (test/e2e/bundle-split.test.ts). main.tsx preloads them once the first rows are painted and the engine has
 * loaded, so they are normally there before anyone opens them; one opened sooner shows as soon as its code arrives.
 */
import { lazyComponent } from '../lazy.ts';

export const DetailPane = lazyComponent(() => import('./DetailPane.tsx').then((m) => m.DetailPane));
export const EditorPane = lazyComponent(() => import('./EditorPane.tsx').then((m) => m.EditorPane));
export const TimelineView = lazyComponent(() => import('./TimelineView.tsx').then((m) => m.TimelineView));
export const SiteReportView = lazyComponent(() => import('./SiteReportView.tsx').then((m) => m.SiteReportView));

export function preloadParts(): Promise<void> {
  return Promise.all([DetailPane, EditorPane, TimelineView, SiteReportView].map((part) => part.preload())).then(
    () => undefined,
  );
}
