/**
 * The one context: the store root (store/root.ts), created once by the shell (main.tsx) or a test, read by every
 * component that needs a store. Nothing is passed down as props or kept in module globals.
 */
import { type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { PrivacyStore } from './store/privacy.ts';
import type { PanelStore, TransferDialog } from './store/root.ts';

export const PanelStoreContext = createContext<PanelStore | null>(null);

export function usePanelStore(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('the panel store is missing: render inside <PanelStoreContext.Provider>');
  return store;
}

export const usePrivacy = (): PrivacyStore => usePanelStore().privacy;
export const useTransfer = (): Signal<TransferDialog | null> => usePanelStore().transfer;
