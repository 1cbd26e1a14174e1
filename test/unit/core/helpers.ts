/** Test helpers: a cookie factory and the real signing algorithms the formats come from. */
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

import type { Cookie } from '../../../src/core/cookie/model.ts';

export const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);

export function cookie(name: string, value: string, extra: Partial<Cookie> = {}): Cookie {
  return {
    name,
    value,
    domain: 'app.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...extra,
  };
}

const b64url = (b: Buffer): string => b.toString('base64url');

/** django/core/signing.py: b62_encode. */
function b62(n: number): string {
  const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  do {
    s = chars.charAt(n % 62) + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}

/** django/utils/crypto.py salted_hmac: key = H(key_salt + secret); HMAC(key, value). */
function saltedHmac(keySalt: string, value: string, secret: string, algorithm: 'sha256' | 'sha1'): Buffer {
  const key = createHash(algorithm)
    .update(keySalt + secret)
    .digest();
  return createHmac(algorithm, key).update(value).digest();
}

/** Both Django signing and itsdangerous zlib-compress only when it saves more than a byte, and mark it with '.'. */
function maybeCompressed(raw: Buffer, compress: boolean): { data: Buffer; prefix: string } {
  if (!compress) return { data: raw, prefix: '' };
  const c = deflateSync(raw);
  return c.length < raw.length - 1 ? { data: c, prefix: '.' } : { data: raw, prefix: '' };
}

/** signing.dumps(obj, salt, compress=True) with TimestampSigner (Django ≥ 3.1 default sha256). */
export function djangoDumps(
  obj: unknown,
  salt: string,
  secret: string,
  timestampS: number,
  compress = true,
  timestamp = true,
): string {
  const { data, prefix } = maybeCompressed(
    Buffer.from(JSON.stringify(obj).replace(/": /g, '":').replace(/, "/g, ',"'), 'latin1'),
    compress,
  );
  let value = prefix + b64url(data);
  if (timestamp) value += `:${b62(timestampS)}`;
  const sig = b64url(saltedHmac(`${salt}signer`, value, secret, 'sha256'));
  return `${value}:${sig}`;
}

/** itsdangerous URLSafeTimedSerializer as Flask configures it (salt cookie-session, HMAC-SHA1, key_derivation hmac). */
export function itsdangerousDumps(obj: unknown, secret: string, timestampS: number, compress = false): string {
  const { data, prefix } = maybeCompressed(Buffer.from(JSON.stringify(obj)), compress);
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64BE(BigInt(timestampS));
  let i = 0;
  while (i < 7 && ts[i] === 0) i++;
  const value = `${prefix}${b64url(data)}.${b64url(ts.subarray(i))}`;
  const key = createHmac('sha1', secret).update('cookie-session').digest();
  return `${value}.${b64url(createHmac('sha1', key).update(value).digest())}`;
}

/** ActiveSupport::MessageEncryptor aes-256-gcm: base64(ciphertext)--base64(iv)--base64(tag), then Rack-escaped. */
export function railsGcm(payload: string): string {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(payload), cipher.final()]);
  return encodeURIComponent(
    `${ct.toString('base64')}--${iv.toString('base64')}--${cipher.getAuthTag().toString('base64')}`,
  );
}

/** Illuminate\Encryption\Encrypter::encrypt (AES-256-CBC): base64(JSON{iv, value, mac, tag}). */
export function laravelEncrypt(plain: string): string {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const value = Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
  const ivB64 = iv.toString('base64');
  const mac = createHmac('sha256', key)
    .update(ivB64 + value)
    .digest('hex');
  return encodeURIComponent(Buffer.from(JSON.stringify({ iv: ivB64, value, mac, tag: '' })).toString('base64'));
}
