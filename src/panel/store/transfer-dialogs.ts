/** Which import/export dialog is open: the toolbar buttons open them, the dialogs close themselves. */
import { signal } from '@preact/signals';

export type TransferDialog = 'export' | 'import';

export const openTransfer = signal<TransferDialog | null>(null);
