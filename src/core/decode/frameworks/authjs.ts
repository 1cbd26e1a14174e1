/**
 * Auth.js v5 / NextAuth v4, docs/rules.md §5 F18 (nextauthjs/next-auth packages/core/src/lib/utils/cookie.ts
 * defaultCookies; packages/core/src/jwt.ts): `[__Secure-|__Host-](authjs|next-auth).session-token[.N]` is a JWE
 * (alg "dir") with the JWT strategy or an opaque token with the database strategy; `csrf-token` is `<token>|<hash>`.
 */
import { decodeJwe } from '../jwt.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const NAME = /^(?:__secure-|__host-)?(?:authjs|next-auth)\.([a-z-]+(?:\.[a-z_]+)?)(?:\.(\d+))?$/;

export function authJs(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.lowerName.includes('auth') ? NAME.exec(ctx.lowerName) : null;
  if (!m) return null;
  const role = m[1] ?? '';
  const chunk = m[2];
  const base = { framework: 'authjs' as const, confidence: 'high' as const, layers: [] };
  if (role === 'session-token') {
    const jwe = decodeJwe(ctx.val);
    if (jwe || chunk !== undefined) {
      return {
        ...base,
        label: 'Auth.js session (JWT strategy)',
        formatId: 'authjs-jwe',
        cls: 'client-data',
        readability: 'encrypted',
        subtype: 'jwe',
        isAuth: true,
        evidence: [
          jwe
            ? "an encrypted JWT (JWE, 5 parts) under Auth.js' session cookie name: the session is in the browser but encrypted with AUTH_SECRET"
            : `chunk ${chunk} of an Auth.js session token too large for one cookie`,
        ],
        layers: jwe ? [jwe] : [],
      };
    }
    return {
      ...base,
      label: 'Auth.js session (database strategy)',
      formatId: 'authjs-db',
      cls: 'session-id',
      readability: 'opaque',
      subtype: 'opaque-id',
      isAuth: true,
      evidence: ["Auth.js' session cookie holding an opaque token: the session lives in the database"],
      idPart: ctx.val,
    };
  }
  if (role === 'csrf-token') {
    return {
      ...base,
      label: 'Auth.js CSRF token',
      formatId: 'authjs-csrf',
      cls: 'csrf',
      readability: 'opaque',
      subtype: 'csrf-token',
      isAuth: false,
      evidence: ["Auth.js' CSRF cookie (token|hash), checked on sign-in and sign-out forms"],
    };
  }
  return {
    ...base,
    label: `Auth.js ${role}`,
    formatId: 'authjs-flow',
    cls: 'unknown',
    readability: ctx.val.startsWith('eyJ') ? 'encrypted' : 'readable',
    subtype: 'flow-state',
    isAuth: false,
    evidence: [`Auth.js keeps sign-in flow state (${role}) in this short-lived cookie`],
  };
}
