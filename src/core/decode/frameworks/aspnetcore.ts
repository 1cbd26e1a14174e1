/**
 * ASP.NET Core (docs/rules.md §5 F16; ASP.NET Core Data Protection docs): Data Protection payloads start with the magic header 0x09F0C9F0, i.e. base64url
 * `CfDJ8` (dotnet/aspnetcore KeyRingBasedDataProtector.cs MAGIC_HEADER_V0); names from SessionDefaults.cs
 * (`.AspNetCore.Session`) and CookieAuthenticationDefaults.cs (`.AspNetCore.` + scheme); chunked tickets hold `chunks-N`.
 */
import type { CookieClass } from '../../analysis-types.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const PROTECTED = /^CfDJ8[A-Za-z0-9_-]+$/;
const CHUNKS = /^chunks-(\d{1,3})$/;

function roleOf(lowerName: string): { cls: CookieClass; label: string; isAuth: boolean } {
  if (lowerName === '.aspnetcore.session') return { cls: 'session-id', label: 'ASP.NET Core session', isAuth: true };
  if (lowerName.startsWith('.aspnetcore.antiforgery'))
    return { cls: 'csrf', label: 'ASP.NET Core antiforgery token', isAuth: false };
  if (lowerName.startsWith('.aspnetcore.mvc.cookietempdataprovider'))
    return { cls: 'client-data', label: 'ASP.NET Core TempData', isAuth: false };
  if (lowerName.startsWith('.aspnetcore.'))
    return { cls: 'client-data', label: 'ASP.NET Core authentication ticket', isAuth: true };
  return { cls: 'client-data', label: 'ASP.NET Core Data Protection payload', isAuth: false };
}

export function aspNetCore(ctx: FrameworkContext): FrameworkMatch | null {
  const named = ctx.lowerName.startsWith('.aspnetcore.');
  if (!named && !ctx.val.startsWith('CfDJ8')) return null;
  const chunks = named ? CHUNKS.exec(ctx.val) : null;
  if (!PROTECTED.test(ctx.val) && !(named && chunks)) return null;
  const role = roleOf(ctx.lowerName);
  return {
    framework: 'aspnetcore',
    label: role.label,
    formatId:
      role.cls === 'session-id'
        ? 'aspnetcore-session'
        : role.cls === 'csrf'
          ? 'aspnetcore-antiforgery'
          : 'aspnetcore-protected',
    cls: role.cls,
    readability: 'encrypted',
    subtype: 'encrypted-framework',
    isAuth: role.isAuth,
    confidence: named ? 'high' : 'medium',
    evidence: chunks
      ? [
          `"chunks-${chunks[1]}": the ticket was too large for one cookie and is split over ${chunks[1]} cookies named ${ctx.name}C1, C2, ... (ChunkingCookieManager)`,
        ]
      : [
          'starts with "CfDJ8", the base64url form of ASP.NET Core Data Protection\'s magic header: encrypted and authenticated, not readable without the server\'s key ring',
        ],
    layers: [
      {
        kind: 'framework',
        label: 'ASP.NET Core Data Protection',
        text: chunks
          ? `chunk count: ${chunks[1]}`
          : `magic header 09 F0 C9 F0, then key id, IV and ciphertext (${ctx.val.length} characters)`,
        data: { framework: 'aspnetcore', parts: chunks ? { chunks: chunks[1] ?? '' } : {} },
      },
    ],
  };
}
