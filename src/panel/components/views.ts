/**
 * The panel's views, one row each: the toolbar's tabs and the main area come from this list (App renders the chosen
 * one). To add a view: add its id to `Section` (store/view.ts), write its component (it reads the store from
 * context, src/panel/context.ts), add its row here.
 */
import type { ComponentType } from 'preact';

import type { Section } from '../store/view.ts';
import { CookiesView } from './CookiesView.tsx';
import { SiteReportView, TimelineView } from './lazy-parts.ts';

export interface PanelView {
  id: Section;
  /** The tab's text and the main area's accessible name. */
  label: string;
  component: ComponentType;
}

export const VIEWS = [
  { id: 'cookies', label: 'Cookies', component: CookiesView },
  { id: 'timeline', label: 'Timeline', component: TimelineView },
  { id: 'report', label: 'Site report', component: SiteReportView },
] as const satisfies readonly PanelView[];

// Every section the view store can choose has its row (a compile error otherwise).
const _everySectionListed: [Exclude<Section, (typeof VIEWS)[number]['id']>] extends [never] ? true : never = true;
void _everySectionListed;

export function viewOf(id: Section): PanelView {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0];
}
