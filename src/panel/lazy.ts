/** A component whose code loads the first time it is rendered (or preloaded): the panel's first paint does not pay for it. */
import { signal } from '@preact/signals';
import { type ComponentType, h } from 'preact';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code now (once); rendering it later then shows it at once. */
  preload(): Promise<void>;
};

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const ready = signal(false);
  const failed = signal('');
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        ready.value = true;
      },
      (e: unknown) => {
        failed.value = `Cookie Lens could not load this part of the panel: ${(e as Error).message}`;
      },
    ));
  function Lazy(props: P) {
    if (loaded) return h(loaded, props);
    void preload();
    if (failed.value) return h('p', { class: 'banner error', role: 'alert' }, failed.value);
    void ready.value; // re-render once the code has arrived
    return null;
  }
  return Object.assign(Lazy, { preload });
}
