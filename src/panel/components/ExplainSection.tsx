import type { CookieAnalysis, DecodedLayer } from '../../core/analysis-types.ts';
import { DATA_LIVES_WORDS, explainCookie, READABILITY_WORDS } from '../../core/classify/explain.ts';
import { CLASS_LABEL } from '../table-model.ts';

/** What the cookie is, where its data lives, what a holder could do, the evidence, and the lesson. */
export function ExplainSection({
  name,
  analysis,
  masked = false,
}: {
  name: string;
  analysis: CookieAnalysis;
  masked?: boolean;
}) {
  const c = analysis.classification;
  const e = explainCookie(name, analysis);
  return (
    <section class="explain" aria-label="What this cookie is" data-testid="explain">
      <h3>What it is</h3>
      <p class="explain-class">
        <span class={`class-badge cls-${c.class}`} data-testid="explain-class">
          {CLASS_LABEL[c.class]}
        </span>{' '}
        {c.frameworkLabel && <span class="muted">{c.frameworkLabel} · </span>}
        <span class="muted">
          {READABILITY_WORDS[c.readability]} · {c.confidence} confidence
        </span>
      </p>
      <p>{e.what}</p>
      <dl class="attributes">
        <div class="attribute">
          <dt>Data lives</dt>
          <dd>{DATA_LIVES_WORDS[e.dataLives]}</dd>
        </div>
        <div class="attribute">
          <dt>Whoever holds it</dt>
          <dd>{e.holderCan}</dd>
        </div>
        {c.entropyBits !== undefined && (
          <div class="attribute">
            <dt>Randomness</dt>
            <dd>about {Math.round(c.entropyBits)} bits (an estimate from this one value: an upper bound)</dd>
          </div>
        )}
        {c.known && (
          <div class="attribute">
            <dt>Known cookie</dt>
            <dd>
              {c.known.vendor}: {c.known.purpose} ({c.known.category}; usually {c.known.lifetime})
              {c.known.source?.startsWith('Open Cookie Database') && (
                <span class="muted"> · from the {c.known.source}, Apache-2.0</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {masked ? (
        <p class="muted" data-testid="explain-masked">
          Values are masked: reveal this cookie to see the evidence and its decoded value.
        </p>
      ) : (
        <>
          <h4>Why we think so</h4>
          <ul class="evidence" data-testid="evidence">
            {c.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {analysis.sensitive.length > 0 && (
            <>
              <h4>Sensitive data inside</h4>
              <ul class="evidence sensitive">
                {analysis.sensitive.map((s) => (
                  <li key={`${s.kind}-${s.where}-${s.sample}`}>
                    {s.kind} in {s.where}: <code>{s.sample}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="lesson" data-testid="lesson">
            <strong>Cookies vs sessions: </strong>
            {e.lesson}
          </p>
          {analysis.layers.length > 0 && <DecodedLayers layers={analysis.layers} />}
        </>
      )}
    </section>
  );
}

const MAX_LAYER_CHARS = 4000;

/** Each decoding step, outermost first (the raw value is shown above); text only. */
function DecodedLayers({ layers }: { layers: DecodedLayer[] }) {
  return (
    <section aria-label="Decoded value" data-testid="layers">
      <h4>Decoded, layer by layer</h4>
      <ol class="layers">
        {layers.map((layer, i) => (
          <li key={`${i}-${layer.kind}`} data-kind={layer.kind}>
            <div class="layer-label">{layer.label}</div>
            <pre class="value">
              {layer.text.length > MAX_LAYER_CHARS
                ? `${layer.text.slice(0, MAX_LAYER_CHARS)}… (${layer.text.length - MAX_LAYER_CHARS} more characters)`
                : layer.text}
            </pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
