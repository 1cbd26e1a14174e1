/**
 * Panel-wide stores that many components read (Mask values, which transfer dialog is open), created once by the
 * shell and passed down through context rather than kept as module globals.
 */
import { signal, type Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createPrivacyStore, type PrivacyStore } from './store/privacy.ts';

export type TransferDialog = 'export' | 'import';

export interface PanelContext {
  privacy: PrivacyStore;
  /** Which import/export dialog is open: the toolbar buttons open them, the dialogs close themselves. */
  transfer: Signal<TransferDialog | null>;
}

export function createPanelContext(): PanelContext {
  return { privacy: createPrivacyStore(), transfer: signal<TransferDialog | null>(null) };
}

export const PanelStores = createContext<PanelContext | null>(null);

function usePanel(): PanelContext {
  const stores = useContext(PanelStores);
  if (!stores) throw new Error('panel stores are missing: render inside <PanelStores.Provider>');
  return stores;
}

export const usePrivacy = (): PrivacyStore => usePanel().privacy;
export const useTransfer = (): Signal<TransferDialog | null> => usePanel().transfer;
