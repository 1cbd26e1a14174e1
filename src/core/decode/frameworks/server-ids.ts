/**
 * Opaque server session ids under well-known names (docs/rules.md §5 F13–F15) and ZAP's default token list
 * (zaproxy HttpSessionsParam.DEFAULT_TOKENS): PHP `PHPSESSID` (php-src ext/session/session.c: sid_length 32,
 * sid_bits_per_character 4), Java `JSESSIONID` (Tomcat SessionIdGeneratorBase: 16 bytes upper-case hex + .jvmRoute),
 * ASP.NET `ASP.NET_SessionId` (24 chars of a–z0–5), classic ASP `ASPSESSIONID*`, ColdFusion `CFID`/`CFTOKEN`.
 */
import type { Framework } from '../../analysis-types.ts';
import type { FrameworkFormat } from '../../frameworks/index.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

interface ServerIdFormat {
  framework: Framework;
  formatId: FrameworkFormat;
  label: string;
  matchesName: (lowerName: string) => boolean;
  shape: RegExp;
  shapeWords: string;
}

const FORMATS: ServerIdFormat[] = [
  {
    framework: 'php',
    formatId: 'php-session',
    label: 'PHP session',
    matchesName: (n) => n === 'phpsessid',
    shape: /^[0-9A-Za-z,-]{22,256}$/,
    shapeWords: "PHP's session.name default; the session data lives on the server (session.save_handler)",
  },
  {
    framework: 'java',
    formatId: 'java-session',
    label: 'Java servlet session (JSESSIONID)',
    matchesName: (n) => n === 'jsessionid',
    shape: /^[0-9A-Za-z_-]{16,}(?:\.[\w.-]+)?$/,
    shapeWords: "the Servlet specification's session cookie name; the session lives in the application server",
  },
  {
    framework: 'aspnet',
    formatId: 'aspnet-session',
    label: 'ASP.NET session',
    matchesName: (n) => n === 'asp.net_sessionid',
    shape: /^[a-z0-5]{24}$/,
    shapeWords: "ASP.NET's SessionIDManager default; the session lives on the server",
  },
  {
    framework: 'aspnet',
    formatId: 'aspnet-classic-session',
    label: 'Classic ASP session',
    matchesName: (n) => n.startsWith('aspsessionid'),
    shape: /^[A-Z]{24}$/,
    shapeWords: 'classic ASP session cookie; the session lives on the server',
  },
  {
    framework: 'coldfusion',
    formatId: 'coldfusion-client',
    label: 'ColdFusion client id',
    matchesName: (n) => n === 'cfid' || n === 'cftoken',
    shape: /^[0-9A-Za-z-]{4,}$/,
    shapeWords: 'ColdFusion CFID/CFTOKEN pair identifying the client to the server',
  },
];

export function serverSessionId(ctx: FrameworkContext): FrameworkMatch | null {
  let format: ServerIdFormat | undefined;
  for (const f of FORMATS) {
    if (f.matchesName(ctx.lowerName)) {
      format = f;
      break;
    }
  }
  if (!format) return null;
  const jvmRoute = format.framework === 'java' ? ctx.val.indexOf('.') : -1;
  const idPart = jvmRoute > 0 ? ctx.val.slice(0, jvmRoute) : ctx.val;
  const shaped = format.shape.test(ctx.val);
  return {
    framework: format.framework,
    label: format.label,
    formatId: format.formatId,
    cls: 'session-id',
    readability: 'opaque',
    subtype: 'opaque-id',
    isAuth: true,
    confidence: shaped ? 'high' : 'medium',
    evidence: [
      `'${ctx.name}' is ${format.shapeWords}`,
      ...(jvmRoute > 0
        ? [`the part after "." (${ctx.val.slice(jvmRoute + 1)}) is the server's jvmRoute, not random`]
        : []),
    ],
    layers: [],
    idPart,
  };
}
