import type { Cookie } from '../../core/cookie/model.ts';
import { usePrivacy } from '../context.ts';

/** While values are masked: show or hide this one cookie's value. Renders nothing when masking is off. */
export function RevealValue({ cookie }: { cookie: Cookie }) {
  const privacy = usePrivacy();
  if (!privacy.masked.value) return null;
  const hidden = privacy.isHidden(cookie);
  return (
    <button
      type="button"
      onClick={() => (hidden ? privacy.reveal(cookie) : privacy.hide(cookie))}
      title={hidden ? 'Show this value; the others stay masked' : 'Mask this value again'}
    >
      {hidden ? 'Reveal' : 'Hide'}
    </button>
  );
}
