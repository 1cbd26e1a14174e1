/**
 * Rules and cookies the user muted, per site, kept in `storage.local`. Muted findings stay visible as muted: they
 * are never hidden silently. The storage comes from the shell (src/panel/shell/storage.ts).
 */
import { signal } from '@preact/signals';

export interface MuteList {
  rules: string[];
  /** cookieKey identities */
  cookies: string[];
}

export interface MuteStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: MuteList): Promise<void>;
}

function isMuteList(v: unknown): v is MuteList {
  const m = v as MuteList;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(m.rules) &&
    Array.isArray(m.cookies) &&
    [...m.rules, ...m.cookies].every((x) => typeof x === 'string')
  );
}

export type MuteStore = ReturnType<typeof createMuteStore>;

export function createMuteStore(storage: MuteStorage) {
  const mutes = signal<MuteList>({ rules: [], cookies: [] });
  let site = '';

  async function load(forSite: string): Promise<void> {
    site = forSite;
    const stored = await storage.get(`mutes:${forSite}`).catch(() => undefined);
    if (site === forSite) mutes.value = isMuteList(stored) ? stored : { rules: [], cookies: [] };
  }

  function toggle(kind: keyof MuteList, id: string): Promise<void> {
    const list = mutes.value[kind];
    const next = { ...mutes.value, [kind]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] };
    mutes.value = next;
    return site ? storage.set(`mutes:${site}`, next) : Promise.resolve();
  }

  return {
    mutes,
    load,
    toggleRule: (ruleId: string) => toggle('rules', ruleId),
    toggleCookie: (key: string) => toggle('cookies', key),
  };
}
