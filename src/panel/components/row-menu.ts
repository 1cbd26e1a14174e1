/**
 * The items of a cookie row's context menu (right-click, Shift+F10 or the Menu key): copy the name, the value, the
 * `Cookie:` header or a curl command; edit; delete; mute the cookie's findings. Copies carry the real value, as the
 * detail pane's "Copy value" does, even while values are masked on screen.
 */
import { bareDomain, cookieAppliesTo, cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import type { EditStore } from '../store/edits.ts';
import type { MuteStore } from '../store/mutes.ts';
import type { Row } from '../table-model.ts';
import type { MenuItem } from './Menu.tsx';

export interface RowMenuContext {
  row: Row;
  /** The selected cookies, in table order: header and curl copies take all of them when the row is among them. */
  selected: readonly Cookie[];
  pageUrl: URL | null;
  edits: EditStore;
  mutes: MuteStore;
  /** The clipboard (store root's `copyText`): copies carry the real value. */
  copyText: (text: string) => Promise<string>;
  onDelete: (cookies: readonly Cookie[], what: string) => void;
}

/** A URL the cookie is sent to: the page when it is, else the cookie's own host and path. */
export function urlForCookie(c: Cookie, pageUrl: URL | null): URL {
  if (pageUrl && cookieAppliesTo(c, pageUrl)) return pageUrl;
  return new URL(
    `${c.secure ? 'https' : 'http'}://${bareDomain(c.domain) || 'localhost'}${c.path.startsWith('/') ? c.path : '/'}`,
  );
}

async function copyAndSay(
  { edits, copyText }: Pick<RowMenuContext, 'edits' | 'copyText'>,
  text: string,
  what: string,
): Promise<void> {
  const result = await copyText(text);
  edits.status.value = result === 'Copied' ? { kind: 'ok', text: `Copied ${what}.` } : { kind: 'error', text: result };
}

export function rowMenuItems({ row, selected, pageUrl, edits, mutes, copyText, onDelete }: RowMenuContext): MenuItem[] {
  const clipboard = { edits, copyText };
  const c = row.cookie;
  const key = cookieKey(c);
  const group = selected.some((s) => cookieKey(s) === key) && selected.length > 1 ? selected : [c];
  const several = group.length > 1;
  const muted = mutes.mutes.value.cookies.includes(key);
  const hasFindings = row.info.findingCount > 0;
  return [
    {
      id: 'copy-name',
      label: 'Copy name',
      onSelect: () => void copyAndSay(clipboard, c.name, `the name of ${c.name}`),
    },
    {
      id: 'copy-value',
      label: 'Copy value',
      onSelect: () => void copyAndSay(clipboard, c.value, `the value of ${c.name}`),
    },
    {
      id: 'copy-header',
      label: several ? `Copy as Cookie: header (${group.length})` : 'Copy as Cookie: header',
      onSelect: () =>
        void import('../../core/formats/header.ts').then(({ exportHeader }) =>
          copyAndSay(
            clipboard,
            `Cookie: ${exportHeader(group).text}`,
            several ? `a Cookie header with ${group.length} cookies` : `a Cookie header with ${c.name}`,
          ),
        ),
    },
    {
      id: 'copy-curl',
      label: several ? `Copy as curl (${group.length})` : 'Copy as curl',
      onSelect: () =>
        void import('../../core/formats/curl.ts').then(({ exportCurl }) =>
          copyAndSay(
            clipboard,
            exportCurl(group, { url: urlForCookie(c, pageUrl).href }).text,
            `a curl command sending ${several ? `${group.length} cookies` : c.name}`,
          ),
        ),
    },
    { id: 'edit', label: 'Edit…', hint: 'Shift+Enter', separated: true, onSelect: () => edits.openEdit(c) },
    {
      id: 'delete',
      label: several ? `Delete ${group.length} cookies` : 'Delete',
      hint: 'Del',
      onSelect: () => onDelete(group, several ? 'selected' : 'this cookie'),
    },
    {
      id: 'mute',
      label: muted ? "Unmute this cookie's findings" : "Mute this cookie's findings",
      separated: true,
      disabled: !muted && !hasFindings,
      onSelect: () => void mutes.toggleCookie(key),
    },
  ];
}
