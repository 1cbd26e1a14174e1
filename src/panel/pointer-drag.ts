/**
 * A drag that follows the pointer until it is released, even outside the element (pointer capture): the column
 * resizers and the split view's divider.
 */
export function followPointer(e: PointerEvent, onMove: (ev: PointerEvent) => void): void {
  const el = e.currentTarget as HTMLElement;
  e.preventDefault();
  el.setPointerCapture(e.pointerId);
  const up = () => {
    el.removeEventListener('pointermove', onMove);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
  };
  el.addEventListener('pointermove', onMove);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
}
