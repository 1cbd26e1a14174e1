/**
 * Editing state and intents: the attribute editor, inline value edits, deletes with confirmation, undo/redo and the
 * status line. Every write goes to the background (`request`); the panel shows what the store reports back.
 */
import { batch, computed, effect, type ReadonlySignal, signal } from '@preact/signals';

import { cookieKey, registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { type CookieDraft, draftFromCookie } from '../../core/write/draft.ts';
import { cookieDifferences } from '../../core/write/snapshot.ts';
import { type FieldIssue, validateCookieEdit, type ValidationResult } from '../../core/write/validate.ts';
import type { HistoryState, RequestFailure, RequestKind, RequestPayload, ResponseOf } from '../../shared/protocol.ts';

type Requester = <K extends RequestKind>(
  kind: K,
  payload: RequestPayload<K>,
) => Promise<ResponseOf<K> | RequestFailure>;

export interface EditorState {
  mode: 'edit' | 'add';
  original?: Cookie;
  draft: CookieDraft;
  /** Codes of needsConfirmation issues the user has confirmed. */
  confirmed: ReadonlySet<string>;
  /** Errors from the last save that the background or Chrome reported (validation runs live, see `issues`). */
  saveError?: string;
  /** Set when the site changed the cookie meanwhile and the background asked before overwriting. */
  conflict?: string;
  saving: boolean;
}

export interface StatusMessage {
  kind: 'ok' | 'error';
  text: string;
  /** Offer an Undo button next to the message. */
  undoable?: boolean;
}

export interface ConfirmRequest {
  title: string;
  detail: string;
  confirmLabel: string;
  run: () => Promise<void>;
}

export interface EditDeps {
  tabId: number;
  pageUrl: ReadonlySignal<URL | null>;
  storeId: ReadonlySignal<string>;
  /** Every cookie the panel holds (all scopes), to see concurrent changes to the one being edited. */
  cookies: ReadonlySignal<ReadonlyMap<string, Cookie>>;
  request: Requester;
  now?: () => number;
  /** How long a status message stays: success and errors (errors stay longer, to be read). */
  statusMs?: { ok: number; error: number };
}

/** A status line expires: long enough to read it and reach its Undo button, then it clears. */
export const STATUS_MS = { ok: 12_000, error: 30_000 };

export type EditStore = ReturnType<typeof createEditStore>;

export function createEditStore(deps: EditDeps) {
  const now = deps.now ?? Date.now;
  const editor = signal<EditorState | null>(null);
  const inline = signal<{ key: string; value: string; error?: string } | null>(null);
  const status = signal<StatusMessage | null>(null);
  const history = signal<HistoryState>({ undo: null, redo: null });
  const confirmation = signal<ConfirmRequest | null>(null);
  /** Undo or redo in flight: its label names the changes it causes in the timeline. */
  const replaying = signal<string | null>(null);

  // A message expires, and belongs to the site it was about: it clears when the inspected page moves to another site.
  const statusMs = deps.statusMs ?? STATUS_MS;
  effect(() => {
    const s = status.value;
    if (!s) return;
    const timer = setTimeout(() => {
      if (status.value === s) status.value = null;
    }, statusMs[s.kind]);
    return () => clearTimeout(timer);
  });
  const site = computed(() => (deps.pageUrl.value ? registrableDomain(deps.pageUrl.value.hostname) : ''));
  let shownSite: string | undefined;
  effect(() => {
    const now = site.value;
    if (shownSite !== undefined && now !== shownSite) status.value = null;
    shownSite = now;
  });

  const issues = computed<ValidationResult>(() => {
    const e = editor.value;
    const page = deps.pageUrl.value;
    if (!e || !page) return { errors: [], warnings: [], needsConfirmation: [] };
    return validateCookieEdit(e.draft, {
      pageUrl: page.href,
      nowMs: now(),
      ...(e.original ? { original: e.original } : {}),
    });
  });

  /** The edited cookie as the store has it now, when the site changed or removed it since the editor opened. */
  const liveChange = computed<{ current: Cookie | null; fields: string[] } | null>(() => {
    const original = editor.value?.original;
    if (!original) return null;
    const current = deps.cookies.value.get(cookieKey(original)) ?? null;
    if (!current) return { current: null, fields: [] };
    const fields = cookieDifferences(original, current);
    return fields.length ? { current, fields } : null;
  });

  function openEdit(cookie: Cookie): void {
    inline.value = null;
    editor.value = {
      mode: 'edit',
      original: cookie,
      draft: draftFromCookie(cookie),
      confirmed: new Set(),
      saving: false,
    };
  }

  function openAdd(): void {
    const page = deps.pageUrl.value;
    if (!page) return;
    inline.value = null;
    editor.value = {
      mode: 'add',
      draft: {
        name: '',
        value: '',
        domain: page.hostname,
        hostOnly: true,
        path: '/',
        expiry: { kind: 'session' },
        secure: page.protocol === 'https:',
        httpOnly: false,
        sameSite: 'lax',
        partitioned: false,
        topLevelSite: '',
        storeId: deps.storeId.value,
      },
      confirmed: new Set(),
      saving: false,
    };
  }

  function updateDraft(patch: Partial<CookieDraft>): void {
    const e = editor.value;
    if (e) editor.value = { ...e, draft: { ...e.draft, ...patch }, saveError: undefined };
  }

  function confirmIssue(code: string, yes: boolean): void {
    const e = editor.value;
    if (!e) return;
    const confirmed = new Set(e.confirmed);
    if (yes) confirmed.add(code);
    else confirmed.delete(code);
    editor.value = { ...e, confirmed };
  }

  function closeEditor(): void {
    editor.value = null;
  }

  /** Unconfirmed issues that block saving. */
  const blocking = computed<FieldIssue[]>(() => {
    const e = editor.value;
    const r = issues.value;
    return [...r.errors, ...r.needsConfirmation.filter((i) => !e?.confirmed.has(i.code))];
  });

  async function save(force = false): Promise<boolean> {
    const e = editor.value;
    const page = deps.pageUrl.value;
    if (!e || !page || e.saving || blocking.value.length > 0) return false;
    editor.value = { ...e, saving: true, saveError: undefined, conflict: undefined };
    const result = await deps.request('writeCookie', {
      tabId: deps.tabId,
      pageUrl: page.href,
      draft: e.draft,
      ...(e.original ? { original: e.original } : {}),
      ...(force || e.conflict ? { force: true } : {}),
    });
    const current = editor.value;
    if (!current) return false;
    if (result.ok) {
      batch(() => {
        editor.value = null;
        status.value = { kind: 'ok', text: `${result.label}.`, undoable: result.undoable };
        follow(result);
      });
      return true;
    }
    batch(() => {
      if (result.kind === 'conflict') editor.value = { ...current, saving: false, conflict: result.error };
      else editor.value = { ...current, saving: false, saveError: result.error };
      follow(result);
    });
    return false;
  }

  function startInline(cookie: Cookie): void {
    inline.value = { key: cookieKey(cookie), value: cookie.value };
  }

  async function commitInline(cookie: Cookie, value: string): Promise<void> {
    const page = deps.pageUrl.value;
    if (!page) return;
    if (value === cookie.value) {
      inline.value = null;
      return;
    }
    const draft = { ...draftFromCookie(cookie), value };
    const check = validateCookieEdit(draft, { pageUrl: page.href, nowMs: now(), original: cookie });
    const [problem] = check.errors;
    if (problem) {
      inline.value = { key: cookieKey(cookie), value, error: problem.message };
      return;
    }
    const result = await deps.request('writeCookie', {
      tabId: deps.tabId,
      pageUrl: page.href,
      original: cookie,
      draft,
    });
    batch(() => {
      if (result.ok) {
        inline.value = null;
        status.value = { kind: 'ok', text: `${result.label}.`, undoable: result.undoable };
      } else {
        inline.value = { key: cookieKey(cookie), value, error: result.error };
      }
      follow(result);
    });
  }

  /** Deletes (bulk deletes ask first); `onDeleted` runs once the cookies are gone, e.g. to move focus on. */
  async function remove(cookies: readonly Cookie[], what: string, onDeleted?: () => void): Promise<void> {
    if (cookies.length === 0) {
      status.value = { kind: 'error', text: `No cookies to delete (${what}).` };
      return;
    }
    const run = async () => {
      const result = await deps.request('deleteCookies', { tabId: deps.tabId, cookies: [...cookies] });
      batch(() => {
        status.value = result.ok
          ? { kind: 'ok', text: `${result.label}.`, undoable: result.undoable }
          : { kind: 'error', text: result.kind === 'failed' ? `Nothing was deleted: ${result.error}` : result.error };
        follow(result);
      });
      if (result.ok && result.removed > 0) onDeleted?.();
    };
    if (cookies.length === 1) return run();
    confirmation.value = {
      title: `Delete ${cookies.length} cookies (${what})?`,
      detail: `${cookies
        .slice(0, 8)
        .map((c) => c.name)
        .join(', ')}${cookies.length > 8 ? ` and ${cookies.length - 8} more` : ''}. You can undo this (Ctrl+Z).`,
      confirmLabel: `Delete ${cookies.length} cookies`,
      run,
    };
  }

  /** Write an import preview's cookies as one undoable step; the status line says what happened. Returns the error, if any. */
  async function importCookies(cookies: readonly Cookie[]): Promise<string | null> {
    const result = await deps.request('importCookies', { tabId: deps.tabId, cookies: [...cookies] });
    if (!result.ok) {
      batch(() => {
        status.value = { kind: 'error', text: `Nothing was imported: ${result.error}` };
        follow(result);
      });
      return result.error;
    }
    const parts = [
      result.created > 0 ? `${result.created} created` : '',
      result.overwritten > 0 ? `${result.overwritten} overwritten` : '',
    ].filter(Boolean);
    batch(() => {
      status.value = {
        kind: 'ok',
        text: `${result.label}${parts.length ? ` (${parts.join(', ')})` : ''}.`,
        undoable: result.undoable,
      };
      follow(result);
    });
    return null;
  }

  async function answerConfirmation(yes: boolean): Promise<void> {
    const c = confirmation.value;
    confirmation.value = null;
    if (yes && c) await c.run();
  }

  async function replay(direction: 'undo' | 'redo', force = false): Promise<void> {
    const label = history.value[direction];
    replaying.value = `${direction === 'undo' ? 'Undo' : 'Redo'}${label ? `: ${label}` : ''}`;
    const result = await deps
      .request(direction, { tabId: deps.tabId, ...(force ? { force } : {}) })
      .finally(() => (replaying.value = null));
    if (result.ok) {
      batch(() => {
        status.value = { kind: 'ok', text: `${result.label}.` };
        follow(result);
      });
      return;
    }
    follow(result);
    if (result.kind === 'conflict') {
      confirmation.value = {
        title: `${direction === 'undo' ? 'Undo' : 'Redo'} anyway?`,
        detail: result.error,
        confirmLabel: direction === 'undo' ? 'Undo anyway' : 'Redo anyway',
        run: () => replay(direction, true),
      };
      return;
    }
    status.value = { kind: 'error', text: result.error };
  }

  /**
   * Every write's answer carries the undo/redo state after it. An answer without it (the worker stopped before it
   * answered: the write may or may not have been made, or recovered) is followed by a read of the state.
   */
  function follow(result: { history: HistoryState } | RequestFailure): void {
    if ('history' in result) history.value = result.history;
    else void refreshHistory();
  }

  /** The undo/redo state as the background has it: when the panel opens, and after an unanswered write. */
  async function refreshHistory(): Promise<void> {
    const state = await deps.request('historyState', { tabId: deps.tabId });
    if (state.ok) history.value = state.value;
  }

  return {
    editor,
    inline,
    status,
    history,
    confirmation,
    replaying,
    issues,
    blocking,
    liveChange,
    openEdit,
    openAdd,
    updateDraft,
    confirmIssue,
    closeEditor,
    save,
    startInline,
    commitInline,
    cancelInline: () => (inline.value = null),
    remove,
    importCookies,
    answerConfirmation,
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    refreshHistory,
  };
}
