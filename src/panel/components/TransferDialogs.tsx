import { cookiesOfSiteScope } from '../../core/cookie/scope.ts';
import { usePanelStore } from '../context.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';

/** The export and import dialogs, mounted once; the toolbar's Export… and Import… buttons open them. */
export function TransferDialogs() {
  const { cookies: store, view, transfer: openTransfer } = usePanelStore();
  const open = openTransfer.value;
  const page = store.pageUrl.value;
  const close = () => (openTransfer.value = null);
  // Only an open dialog needs the cookie lists (and re-renders with them).
  const all = open ? [...store.all.value.values()] : [];
  return (
    <>
      <ExportDialog
        open={open === 'export'}
        pageUrl={page}
        targets={
          open === 'export'
            ? {
                selected: view.selectedCookies.value,
                shown: view.rows.value.map((r) => r.cookie),
                site: page ? cookiesOfSiteScope(all, store.urls.value, page) : [],
              }
            : { selected: [], shown: [], site: [] }
        }
        filtered={view.narrowed.value}
        onClose={close}
      />
      <ImportDialog
        open={open === 'import'}
        pageUrl={page}
        storeId={store.storeId.value}
        existing={all}
        onClose={close}
      />
    </>
  );
}
