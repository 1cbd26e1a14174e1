/** The lazily loaded analysis engine (src/panel/engine.ts) as a signal of the store root: null until its chunk has loaded. */
import { type ReadonlySignal, signal } from '@preact/signals';

export type Engine = typeof import('../engine.ts');

export interface EngineStore {
  engine: ReadonlySignal<Engine | null>;
  /** Loads the chunk once; every later call gets the same promise. */
  load(): Promise<Engine>;
}

export function createEngineStore(load: () => Promise<Engine> = () => import('../engine.ts')): EngineStore {
  const engine = signal<Engine | null>(null);
  let loading: Promise<Engine> | null = null;
  return {
    engine,
    load: () => (loading ??= load().then((m) => (engine.value = m))),
  };
}
