/**
 * The panel's settings in the extension's `storage.local`: the layout (pane width, hidden and resized columns) and
 * each site's mutes. The stores validate what they read back; this file only moves it.
 */
import { browser } from '../../shared/browser.ts';
import type { LayoutStorage } from '../store/layout.ts';
import type { MuteStorage } from '../store/mutes.ts';

const LAYOUT_KEY = 'layout';

export const localLayoutStorage: LayoutStorage = {
  get: async () => (await browser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY],
  set: (value) => browser.storage.local.set({ [LAYOUT_KEY]: value }),
};

export const localMuteStorage: MuteStorage = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};
