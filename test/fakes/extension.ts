/**
 * A whole extension in one test realm: a stand-in for webextension-polyfill's `browser` whose `cookies` is the
 * behavioural FakeCookieStore, with in-memory `storage.session`/`storage.local`, and a `runtime` whose messages and
 * ports reach whatever registered for them (the real background, src/background/index.ts, when a test imports it).
 * Messages and port posts are structured-cloned and delivered in a later task, as the browser delivers them.
 *
 * A test replaces src/shared/browser.ts with it:
 *   vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());
 */
import { type ChangeInfo, FakeCookieStore } from './cookie-store.ts';

type Listener<A extends unknown[]> = (...args: A) => unknown;

class Hub<A extends unknown[]> {
  private readonly listeners = new Set<Listener<A>>();
  addListener = (l: Listener<A>) => void this.listeners.add(l);
  removeListener = (l: Listener<A>) => void this.listeners.delete(l);
  hasListener = (l: Listener<A>) => this.listeners.has(l);
  emit(...args: A): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

const EXTENSION_ID = 'cookielensfakeid';
/**
 * Node's URL gives a scheme it does not know (chrome-extension:) the origin 'null', and the background compares
 * origins before it answers: the fake extension's pages are served from an https origin of their own instead.
 */
const ORIGIN = `https://${EXTENSION_ID}.extension.invalid`;
/** Where the panel page runs: what the background checks before it answers (isOwnExtensionPage). */
const PANEL_SENDER = { id: EXTENSION_ID, url: `${ORIGIN}/src/panel/index.html?tabId=1` };

const later = <T>(run: () => T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(run()), 0));

class StorageArea {
  readonly data = new Map<string, unknown>();
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

interface FakePort {
  name: string;
  sender?: typeof PANEL_SENDER;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: Hub<[unknown]>;
  onDisconnect: Hub<[]>;
}

/** Two connected ends: what one posts, the other receives; either end's disconnect reaches the other. */
function portPair(name: string): [FakePort, FakePort] {
  let open = true;
  const make = (sender?: typeof PANEL_SENDER): FakePort => ({
    name,
    ...(sender ? { sender } : {}),
    postMessage: () => undefined,
    disconnect: () => undefined,
    onMessage: new Hub(),
    onDisconnect: new Hub(),
  });
  const panel = make();
  const background = make(PANEL_SENDER);
  const wire = (from: FakePort, to: FakePort) => {
    // A port delivers in the order things were posted, each message in a task of its own (one chain of tasks per
    // direction: a timer per message could reorder them, as fake timers schedule a 0 ms timer set during a tick 1 ms on).
    const queue: unknown[] = [];
    const deliverNext = () => {
      // Taken off the queue only once delivered: a message posted back during delivery waits its turn.
      if (open) to.onMessage.emit(queue[0]);
      queue.shift();
      if (queue.length > 0) void later(deliverNext);
    };
    from.postMessage = (message) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      queue.push(structuredClone(message));
      if (queue.length === 1) void later(deliverNext);
    };
    from.disconnect = () => {
      if (!open) return;
      open = false;
      void later(() => to.onDisconnect.emit());
    };
  };
  wire(panel, background);
  wire(background, panel);
  return [panel, background];
}

export class FakeExtension {
  /** The cookie jar every `browser.cookies` call reaches; `use` swaps it for a fresh one between tests. */
  cookies = new FakeCookieStore();
  readonly session = new StorageArea();
  readonly local = new StorageArea();
  /** The frames of each tab, as `webNavigation.getAllFrames` reports them. */
  readonly frames = new Map<number, { frameId: number; url: string }[]>();
  private readonly changed = new Hub<[ChangeInfo]>();
  private readonly relay = (info: ChangeInfo) => void this.changed.emit(info);
  private readonly onConnect = new Hub<[FakePort]>();
  private readonly onMessageHub = new Hub<[unknown, typeof PANEL_SENDER]>();

  constructor() {
    this.cookies.api.onChanged.addListener(this.relay);
  }

  /** A fresh jar and empty storage (the background's listeners stay registered, as in one browser session). */
  use(jar: FakeCookieStore): void {
    this.cookies.api.onChanged.removeListener(this.relay);
    this.cookies = jar;
    jar.api.onChanged.addListener(this.relay);
    this.session.data.clear();
    this.local.data.clear();
    this.frames.clear();
  }

  readonly browser = {
    cookies: {
      get: (d: Parameters<FakeCookieStore['api']['get']>[0]) => this.cookies.api.get(d),
      getAll: (d: Parameters<FakeCookieStore['api']['getAll']>[0]) => this.cookies.api.getAll(d),
      set: (d: Parameters<FakeCookieStore['api']['set']>[0]) => this.cookies.api.set(d),
      remove: (d: Parameters<FakeCookieStore['api']['remove']>[0]) => this.cookies.api.remove(d),
      getAllCookieStores: () => this.cookies.api.getAllCookieStores(),
      onChanged: this.changed,
    },
    storage: { session: this.session, local: this.local },
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `${ORIGIN}/${path.replace(/^\//, '')}`,
      onConnect: this.onConnect,
      onMessage: this.onMessageHub,
      connect: ({ name }: { name: string }) => {
        const [panel, background] = portPair(name);
        void later(() => this.onConnect.emit(background));
        return panel;
      },
      sendMessage: async (message: unknown) => {
        const copy = structuredClone(message);
        const answers = await later(() => this.onMessageHub.emit(copy, PANEL_SENDER));
        const answer = answers.find((a) => a !== undefined);
        if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(await answer);
      },
    },
    webNavigation: {
      getAllFrames: async ({ tabId }: { tabId: number }) => this.frames.get(tabId) ?? [],
      onCommitted: new Hub<[{ tabId: number; frameId: number; url: string }]>(),
    },
    permissions: {
      contains: async () => true,
      request: async () => true,
      onAdded: new Hub<[]>(),
      onRemoved: new Hub<[]>(),
    },
    tabs: { create: async () => ({ id: 99 }) },
  };
}

export const extension = new FakeExtension();

/** The module that replaces src/shared/browser.ts: the same exports, over the fake. */
export function browserModule() {
  return {
    browser: extension.browser,
    isFirefox: () => false,
    browserName: () => 'Chrome' as const,
  };
}
