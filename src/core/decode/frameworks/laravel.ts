/**
 * Laravel (docs/rules.md §5 F12; Laravel encryption and session docs): EncryptCookies wraps every cookie in base64(JSON{"iv","value","mac","tag"})
 * (laravel/framework src/Illuminate/Encryption/Encrypter.php), so values start with `eyJpdiI6`; the session cookie is
 * `laravel_session` / `<app-slug>-session` (laravel/laravel config/session.php) and `XSRF-TOKEN` is the CSRF cookie.
 */
import { isJsonObject } from '../json.ts';
import { decodeBase64Payload } from '../payload.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const SESSION_NAME = /(?:^laravel_session$|[-_]session$)/i;

export function laravelEncrypted(ctx: FrameworkContext): FrameworkMatch | null {
  if (!ctx.val.startsWith('eyJpdiI6')) return null;
  const decoded = decodeBase64Payload(ctx.val, false);
  const env = decoded?.json;
  if (!isJsonObject(env) || typeof env.iv !== 'string' || typeof env.value !== 'string') return null;
  const isXsrf = ctx.lowerName === 'xsrf-token';
  const isSession = !isXsrf && SESSION_NAME.test(ctx.name);
  return {
    framework: 'laravel',
    label: isXsrf ? 'Laravel XSRF-TOKEN' : isSession ? 'Laravel session' : 'Laravel encrypted cookie',
    formatId: isXsrf ? 'laravel-xsrf' : isSession ? 'laravel-session' : 'laravel-encrypted',
    cls: isXsrf ? 'csrf' : isSession ? 'session-id' : 'client-data',
    readability: 'encrypted',
    subtype: 'encrypted-framework',
    isAuth: isSession,
    confidence: isXsrf || isSession ? 'high' : 'medium',
    evidence: [
      'base64 of JSON with "iv", "value" and "mac": Laravel\'s Encrypter (AES-256-CBC/GCM), so the content is not readable without the APP_KEY',
      ...(isSession
        ? [
            'with the default database/file/redis driver the encrypted content is just a 40-character session id: the data lives on the server',
          ]
        : []),
      ...(isXsrf
        ? [
            "XSRF-TOKEN is Laravel's CSRF cookie, readable by JavaScript on purpose (Axios sends it back as X-XSRF-TOKEN)",
          ]
        : []),
    ],
    layers: decoded?.layers ?? [],
  };
}
