/**
 * Rails CookieStore, docs/rules.md §5 F10/F11 (rails/rails activesupport message_encryptor.rb, message_verifier.rb,
 * SEPARATOR "--"; railties finisher.rb default key `_<app>_session`).
 * F10 (≥ 5.2, AES-256-GCM): base64(ciphertext)--base64(iv, 12 bytes)--base64(auth tag, 16 bytes).
 * F11 (legacy): base64(data)--hex HMAC; Rails 3 data = base64(Marshal) (readable), Rails 4–5.1 data = base64("enc--iv").
 */
import { decodeBase64 } from '../base64.ts';
import { decodeBase64Payload } from '../payload.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const GCM = /^([A-Za-z0-9+/]+={0,2})--([A-Za-z0-9+/]{16})--([A-Za-z0-9+/]{22}==)$/;
const LEGACY = /^([A-Za-z0-9+/]+={0,2})--([0-9a-f]{40,128})$/;
const RAILS_NAME = /^_[a-z0-9_]+_session$/i;

export function railsEncrypted(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.includes('--') ? GCM.exec(ctx.val) : null;
  if (!m) return null;
  const [, ciphertext = '', iv = '', tag = ''] = m;
  if (decodeBase64(iv)?.length !== 12 || decodeBase64(tag)?.length !== 16) return null;
  const byName = RAILS_NAME.test(ctx.name);
  return {
    framework: 'rails',
    label: 'Rails encrypted cookie (AES-256-GCM)',
    formatId: 'rails-encrypted',
    cls: 'client-data',
    readability: 'encrypted',
    subtype: 'encrypted-framework',
    isAuth: byName,
    confidence: byName ? 'high' : 'medium',
    evidence: [
      'three base64 parts joined by "--" (ciphertext, 12-byte IV, 16-byte auth tag): Rails\' MessageEncryptor with AES-256-GCM; the session data is in the browser but not readable without the server key',
      ...(byName ? [`'${ctx.name}' follows Rails' default session cookie name _<app>_session`] : []),
    ],
    layers: [
      {
        kind: 'framework',
        label: 'Rails MessageEncryptor: ciphertext--iv--tag',
        text: `ciphertext: ${ciphertext.length} base64 characters\niv: ${iv}\nauth tag: ${tag}`,
        data: { framework: 'rails', parts: { ciphertext, iv, tag } },
      },
    ],
  };
}

export function railsLegacy(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.includes('--') ? LEGACY.exec(ctx.val) : null;
  if (!m) return null;
  const [, data = '', digest = ''] = m;
  const byName = RAILS_NAME.test(ctx.name);
  const inner = decodeBase64Payload(data, false, false);
  const innerText = inner?.text ?? '';
  const encrypted = /^[A-Za-z0-9+/]+={0,2}--[A-Za-z0-9+/]+={0,2}$/.test(innerText);
  const readable = !encrypted && inner !== null && (inner.json !== null || inner.serialized !== null);
  if (!byName && !readable && !encrypted) return null;
  const frame = {
    kind: 'framework' as const,
    label: 'Rails MessageVerifier: data--digest',
    text: `data: ${data.length} base64 characters\ndigest: ${digest}`,
    data: { framework: 'rails', parts: { data, digest } },
  };
  return {
    framework: 'rails',
    label: encrypted ? 'Rails encrypted cookie (legacy AES-CBC + HMAC)' : 'Rails signed cookie (legacy)',
    formatId: encrypted ? 'rails-encrypted' : 'rails-signed',
    cls: 'client-data',
    readability: encrypted ? 'encrypted' : 'signed',
    subtype: encrypted ? 'encrypted-framework' : 'signed-framework',
    isAuth: byName,
    confidence: byName ? 'high' : 'medium',
    evidence: [
      encrypted
        ? 'base64 data and a hex HMAC joined by "--", the data itself being "ciphertext--iv": Rails 4–5.1 encrypted cookies, not readable without the server key'
        : `base64 data and a ${digest.length}-hex-digit HMAC joined by "--": Rails' MessageVerifier; the data is readable${inner?.serialized === 'ruby-marshal' ? ' and is a Ruby Marshal object the server deserializes' : ''}, only the signature stops changes`,
    ],
    layers: [frame, ...(inner?.layers ?? [])],
    json: inner?.json ?? null,
  };
}
