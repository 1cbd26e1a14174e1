import { usePrivacy, useTransfer } from '../context.ts';

/** Toolbar controls for export, import and masking values while screen sharing. */
export function TransferButtons({ disabled }: { disabled: boolean }) {
  const privacy = usePrivacy();
  const openTransfer = useTransfer();
  const masked = privacy.masked.value;
  return (
    <>
      <button type="button" onClick={() => (openTransfer.value = 'export')} disabled={disabled} title="Export cookies as JSON, cookies.txt, a Cookie header or a curl command">
        Export…
      </button>
      <button type="button" onClick={() => (openTransfer.value = 'import')} disabled={disabled} title="Import cookies for this site from JSON, cookies.txt, a Cookie header or Set-Cookie lines">
        Import…
      </button>
      <button
        type="button"
        aria-pressed={masked}
        class={masked ? 'toggle on' : 'toggle'}
        onClick={() => privacy.toggle()}
        title={masked ? 'Values are hidden (for screen sharing); click to show them' : 'Hide every cookie value (for screen sharing)'}
      >
        Mask values
      </button>
    </>
  );
}
