/** The lazily loaded analysis engine (src/panel/engine.ts) as a signal: null until its chunk has loaded. */
import { signal } from '@preact/signals';

export type Engine = typeof import('../engine.ts');

export const engine = signal<Engine | null>(null);

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('../engine.ts').then((m) => (engine.value = m));
  return loading;
}
