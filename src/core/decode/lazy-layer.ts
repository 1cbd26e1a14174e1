/**
 * A decoded layer whose display text is made the first time it is read. Every cookie of a jar is analysed, but the
 * text of a layer (JSON re-serialised, JWT dates spelled out, key=value lines) is only shown when the user opens the
 * cookie in the explain pane or the CLI prints it, so building it eagerly was most of the cost of those formats.
 * `text` lives on the prototype, so one object shape serves every layer; `toJSON` keeps it in JSON output.
 */
import type { DecodedLayer, LayerKind } from '../analysis-types.ts';

export class LazyTextLayer<T> implements DecodedLayer {
  readonly kind: LayerKind;
  readonly label: string;
  readonly data: T;
  #render: ((data: T) => string) | null;
  #text = '';

  constructor(kind: LayerKind, label: string, data: T, render: (data: T) => string) {
    this.kind = kind;
    this.label = label;
    this.data = data;
    this.#render = render;
  }

  get text(): string {
    const render = this.#render;
    if (render !== null) {
      this.#render = null;
      this.#text = render(this.data);
    }
    return this.#text;
  }

  toJSON(): { kind: LayerKind; label: string; text: string; data: T } {
    return { kind: this.kind, label: this.label, text: this.text, data: this.data };
  }
}
