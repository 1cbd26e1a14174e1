// @vitest-environment happy-dom
/**
 * Components rendered in a DOM: focus goes back to what opened a menu or dialog, Escape stops at the panel (DevTools'
 * own listener on the document never sees it), and the row context menu opens from the keyboard and acts.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { ConfirmDialog } from '../../../src/panel/components/ConfirmDialog.tsx';
import { CookieTable } from '../../../src/panel/components/CookieTable.tsx';
import { DeleteMenu } from '../../../src/panel/components/DeleteMenu.tsx';
import { Menu } from '../../../src/panel/components/Menu.tsx';
import { useModal } from '../../../src/panel/components/use-modal.ts';
import { PanelStoreContext } from '../../../src/panel/context.ts';
import type { Requester } from '../../../src/panel/store/deps.ts';
import { createPanelStore } from '../../../src/panel/store/root.ts';
import { COLUMNS } from '../../../src/panel/table-model.ts';
import { memoryDeps } from '../../fakes/panel-deps.ts';
import { cookie } from '../../fixtures/cookies.ts';

// The store root loads the analysis engine's chunk lazily (store/engine.ts). Loaded here first, it is in the module
// cache before any test asks for it: an import still in flight when this file's environment is torn down was
// reported as an unhandled error (EnvironmentTeardownError) in some runs.
await import('../../../src/panel/engine.ts');

let root: HTMLElement;
/** Keys that reached the document: what DevTools' forwarding listener would have seen. */
let leaked: string[];
const onDocumentKey = (e: KeyboardEvent) => leaked.push(e.key);

beforeEach(() => {
  document.body.innerHTML = '<button id="opener">open</button><div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
  leaked = [];
  document.addEventListener('keydown', onDocumentKey);
});

afterEach(() => {
  render(null, root);
  document.removeEventListener('keydown', onDocumentKey);
});

function press(target: Element | null, key: string, init: KeyboardEventInit = {}): void {
  if (!target) throw new Error(`no element to press ${key} on`);
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const opener = () => document.getElementById('opener') as HTMLButtonElement;

describe('Menu', () => {
  test('focus moves into it, arrows move, Escape closes it, stops there, and focus returns to the opener', async () => {
    opener().focus();
    const closed = vi.fn();
    const chosen = vi.fn();
    const items = [
      { id: 'a', label: 'Copy name', onSelect: chosen },
      { id: 'b', label: 'Disabled', onSelect: chosen, disabled: true },
      { id: 'c', label: 'Delete', onSelect: chosen },
    ];
    act(() => render(<Menu label="Test" items={items} position={{ x: 0, y: 0 }} onClose={closed} />, root));
    expect(document.activeElement?.textContent).toBe('Copy name');
    press(document.activeElement, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('Delete'); // the disabled item is skipped
    press(document.activeElement, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('Copy name'); // wraps
    press(document.activeElement, 'Escape');
    expect(closed).toHaveBeenCalledOnce();
    expect(chosen).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener());
    expect(leaked).toEqual([]);
  });

  test('choosing an item hands focus back before the action runs (so a dialog it opens returns there)', () => {
    opener().focus();
    let focusedDuringAction: Element | null = null;
    const items = [{ id: 'a', label: 'Act', onSelect: () => (focusedDuringAction = document.activeElement) }];
    act(() => render(<Menu label="Test" items={items} position={{ x: 0, y: 0 }} onClose={() => undefined} />, root));
    act(() => (document.activeElement as HTMLElement).click());
    expect(focusedDuringAction).toBe(opener());
  });
});

describe('Delete menu', () => {
  test('opens from the keyboard, deletes what was chosen, and focus is back on its button', () => {
    const jar = [cookie({ name: 'a' }), cookie({ name: 'b' })];
    const onDelete = vi.fn();
    const targets = { selected: () => [jar[0] as Cookie], shown: () => jar, site: () => jar, filtered: false };
    act(() => render(<DeleteMenu targets={targets} onDelete={onDelete} />, root));
    const button = root.querySelector('button') as HTMLButtonElement;
    button.focus();
    press(button, 'ArrowDown');
    const items = [...document.querySelectorAll('[role="menuitem"]')].map((b) => b.textContent);
    expect(items).toEqual(['Selected (1)', 'Shown by the filter (2)', 'All cookies of this site (2)']);
    press(document.activeElement, 'End');
    act(() => (document.activeElement as HTMLElement).click());
    expect(onDelete).toHaveBeenCalledWith(jar, 'all of this site');
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

/** A panel store over `jar` whose background answers every delete with "Delete 2 cookies". */
function panelStore(jar: readonly Cookie[] = [], copied: string[] = []) {
  const request = (async (kind: string) =>
    kind === 'historyState'
      ? { undo: null, redo: null }
      : { ok: true, removed: 2, label: 'Delete 2 cookies' }) as Requester;
  return createPanelStore(memoryDeps(jar, { request, copyText: async (text) => (copied.push(text), 'Copied') }));
}

/** The cookie table over `panel`, as the Cookies view renders it. */
function renderTable(panel: ReturnType<typeof panelStore>): void {
  act(() =>
    render(
      <PanelStoreContext.Provider value={panel}>
        <CookieTable columns={COLUMNS} />
      </PanelStoreContext.Provider>,
      root,
    ),
  );
}

/** The confirm dialog, opened from the opener button by a delete of two cookies that waits for the answer. */
async function openConfirm() {
  const panel = panelStore();
  const { edits } = panel;
  act(() =>
    render(
      <PanelStoreContext.Provider value={panel}>
        <ConfirmDialog />
      </PanelStoreContext.Provider>,
      root,
    ),
  );
  opener().focus();
  const removed = vi.fn();
  await act(async () => void edits.remove([cookie({ name: 'a' }), cookie({ name: 'b' })], 'selected', removed));
  return { edits, removed, dialog: document.querySelector('dialog') as HTMLDialogElement };
}

describe('Confirm dialog', () => {
  test('opens with Cancel focused (set after opening, no autofocus attribute); Escape says no and focus returns', async () => {
    const { edits, removed, dialog } = await openConfirm();
    expect(dialog.open).toBe(true);
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(dialog.querySelector('[autofocus]')).toBeNull();
    press(document.activeElement, 'Escape');
    await flush();
    expect(dialog.open).toBe(false);
    expect(edits.confirmation.value).toBeNull();
    expect(removed).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener());
    expect(leaked).toEqual([]);
  });

  test('closed by the browser itself (a close request it does not let the page cancel): the question is answered no, and focus returns to the opener, not to the table', async () => {
    const { edits, removed, dialog } = await openConfirm();
    expect(document.activeElement?.textContent).toBe('Cancel');
    // What Chrome does on Escape when its close watcher ignores the page's preventDefault: close, then 'close'.
    await act(async () => {
      dialog.close();
      dialog.dispatchEvent(new Event('close'));
    });
    await flush();
    expect(edits.confirmation.value).toBeNull();
    expect(removed).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener());
  });
});

describe('a dialog its owner unmounts to close it (the Export and Import dialogs)', () => {
  function Modal({ onCancel }: { onCancel: () => void }) {
    const ref = useModal(true, onCancel);
    return (
      <dialog ref={ref}>
        <textarea data-autofocus aria-label="Inside" />
      </dialog>
    );
  }
  function Owner() {
    const [open, setOpen] = useState(true);
    return open ? <Modal onCancel={() => setOpen(false)} /> : null;
  }

  /** Where focus is when the dialog leaves the page (seen by a MutationObserver, a microtask after the removal). */
  function focusWhenRemoved(): { at: Element | null | undefined } {
    const seen: { at: Element | null | undefined } = { at: undefined };
    const mo = new MutationObserver(() => {
      if (seen.at === undefined && !document.querySelector('dialog')) {
        seen.at = document.activeElement;
        mo.disconnect();
      }
    });
    mo.observe(root, { childList: true, subtree: true });
    return seen;
  }

  test('closed by the browser itself, then unmounted: focus goes back to the opener, not to <body>', async () => {
    opener().focus();
    act(() => render(<Owner />, root));
    const removal = focusWhenRemoved();
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Inside');
    await act(async () => {
      dialog.close(); // Chrome, when its close watcher does not let the page cancel Escape
      dialog.dispatchEvent(new Event('close'));
    });
    await flush();
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener());
    // Already there when the dialog left the page: focus never fell to <body>, where the panel's safety net (or
    // nothing) would have taken it (Preact runs a passive effect's cleanup only after the next paint).
    expect(removal.at).toBe(opener());
  });

  test('Escape, then unmounted: focus goes back to the opener before the dialog leaves the page', async () => {
    opener().focus();
    act(() => render(<Owner />, root));
    const removal = focusWhenRemoved();
    // Not through act(), which would run every pending effect at once: the owner's render and its effects run when
    // Preact schedules them, as in the panel.
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    await new Promise((r) => setTimeout(r, 0));
    await flush();
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener());
    expect(removal.at).toBe(opener());
  });
});

describe('cookie row context menu', () => {
  const jar = ['alpha', 'beta', 'gamma'].map((name) => cookie({ name, domain: 'localhost', value: `${name}-value` }));

  async function table() {
    const onDelete = vi.fn();
    const copied: string[] = [];
    const panel = { ...panelStore(jar, copied), deleteCookies: onDelete };
    await panel.start();
    renderTable(panel);
    // The first frame renders the rows on screen, the overscan rows follow (after a frame, or 100 ms).
    for (let waited = 0; document.querySelectorAll('[role="row"][data-name]').length < jar.length; waited += 10) {
      if (waited > 20_000) throw new Error('the rows were never all rendered');
      await act(async () => await new Promise((r) => setTimeout(r, 10)));
    }
    return { ...panel, onDelete, copied };
  }

  const rowEl = (name: string) => document.querySelector<HTMLElement>(`[data-name="${name}"]`);

  test('Shift+F10 on a row opens it; Escape closes it and the row has focus again', async () => {
    const { view } = await table();
    await flush();
    const beta = rowEl('beta');
    expect(beta).not.toBeNull();
    act(() => view.select(cookieKey(jar[1] as Cookie)));
    beta?.focus();
    press(beta, 'F10', { shiftKey: true });
    const menu = document.querySelector('[data-testid="row-menu"]');
    expect(
      [...(menu?.querySelectorAll('[role="menuitem"]') ?? [])].map((b) => b.querySelector('.menu-label')?.textContent),
    ).toEqual([
      'Copy name',
      'Copy value',
      'Copy as Cookie: header',
      'Copy as curl',
      'Edit…',
      'Delete',
      "Mute this cookie's findings",
    ]);
    expect(document.activeElement?.textContent).toBe('Copy name');
    press(document.activeElement, 'Escape');
    expect(document.querySelector('[data-testid="row-menu"]')).toBeNull();
    expect(document.activeElement).toBe(rowEl('beta'));
    expect(leaked).toEqual([]);
  });

  /** The Menu key on a row, then an item of its menu. */
  const chooseFromRowMenu = (name: string, item: string) => {
    const row = rowEl(name);
    row?.focus();
    press(row, 'ContextMenu');
    act(() =>
      [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((b) => b.dataset.item === item)?.click(),
    );
  };

  test('the ContextMenu key, then Delete: the row is deleted through the panel', async () => {
    const { onDelete } = await table();
    await flush();
    chooseFromRowMenu('gamma', 'delete');
    expect(onDelete).toHaveBeenCalledWith([jar[2]], 'this cookie');
  });

  test('Copy value copies the real value through the store root, even while values are masked on screen', async () => {
    const { privacy, edits, copied } = await table();
    await flush();
    expect(rowEl('beta')?.textContent).toContain('beta-value');
    act(() => privacy.setMasked(true));
    expect(rowEl('beta')?.textContent).not.toContain('beta-value');
    chooseFromRowMenu('beta', 'copy-value');
    await flush();
    expect(copied).toEqual(['beta-value']);
    expect(edits.status.value).toEqual({ kind: 'ok', text: 'Copied the value of beta.' });
  });

  test('Edit… opens the editor on that cookie', async () => {
    const { edits } = await table();
    await flush();
    chooseFromRowMenu('alpha', 'edit');
    expect(edits.editor.value?.original?.name).toBe('alpha');
  });

  test('the header menu hides a column and remembers it', async () => {
    const { layout } = await table();
    await flush();
    const header = document.querySelector<HTMLElement>('[role="columnheader"][data-col="path"] button');
    header?.focus();
    press(header, 'F10', { shiftKey: true });
    const pathItem = [...document.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')].find(
      (b) => b.dataset.item === 'path',
    );
    expect(pathItem?.getAttribute('aria-checked')).toBe('true');
    act(() => pathItem?.click());
    expect(layout.layout.value.hidden).toEqual(['path']);
    await flush();
    expect(document.querySelector('[role="columnheader"][data-col="path"]')).toBeNull();
  });
});

describe('cookie table under live changes', () => {
  /** The rows rendered with their cells (a virtualised window: happy-dom lays out nothing, so the overscan rows). */
  const renderedRows = () => document.querySelectorAll('[role="row"][data-name]').length;
  /** Lets frames (or their 100 ms fallback) pass until `ok` holds. */
  async function until(ok: () => boolean, what: string): Promise<void> {
    for (let waited = 0; !ok(); waited += 10) {
      if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
      await act(async () => await new Promise((r) => setTimeout(r, 10)));
    }
  }

  test('a re-read that lands among the first live cookies of a page that had none keeps the rows below the screen', async () => {
    const jar: Cookie[] = [];
    const panel = panelStore(jar);
    await panel.start();
    renderTable(panel);
    await until(() => panel.cookies.status.value.kind === 'ready', 'the first read');
    expect(root.querySelector('[role="grid"]')).not.toBeNull();
    // Let the empty table settle (the frame after its first paint, or the fallback's 100 ms).
    await act(async () => await new Promise((r) => setTimeout(r, 300)));
    // The page writes its first cookies: live changes, a few rows rendered per frame.
    const first = Array.from({ length: 40 }, (_, i) =>
      cookie({ name: `c${String(i).padStart(2, '0')}`, domain: 'localhost', value: '1' }),
    );
    act(() => panel.cookies.applyChanges(first.map((c) => ({ removed: false, cookie: c, cause: 'explicit' }))));
    await until(
      () => renderedRows() > 0 && document.querySelector('[aria-busy="true"]') === null,
      'the live rows to be rendered',
    );
    const shown = renderedRows();
    expect(shown).toBeGreaterThan(1); // the rows on screen and the overscan rows below them
    // A re-read (the background was restarted) finds a value the page changed since: it replaces the rows.
    jar.push(...first.map((c) => (c.name === 'c00' ? { ...c, value: '2' } : c)));
    await act(async () => await panel.cookies.reload());
    expect(panel.cookies.changedLive.value).toBe(false);
    expect(document.querySelector('[data-name="c00"] [data-col="value"]')?.textContent).toBe('2');
    expect(renderedRows()).toBe(shown);
    panel.stop();
  });
});
