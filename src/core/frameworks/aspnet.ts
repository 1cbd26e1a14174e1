/**
 * ASP.NET (the .NET Framework's System.Web) and classic ASP: recognised from their session cookies, no fix lines
 * (their settings live in web.config / IIS, which the advice does not write). Sources:
 * - ASP.NET_SessionId: SessionIDManager, https://learn.microsoft.com/dotnet/api/system.web.sessionstate.sessionidmanager
 * - forms authentication: https://learn.microsoft.com/dotnet/api/system.web.security.formsauthentication
 * - classic ASP sessions: https://learn.microsoft.com/previous-versions/iis/6.0-sdk/ms524319(v=vs.90)
 */
import type { FrameworkFacts } from './types.ts';

export const aspnet = {
  id: 'aspnet',
  label: 'ASP.NET',
  docs: [
    {
      label: 'ASP.NET SessionIDManager',
      url: 'https://learn.microsoft.com/dotnet/api/system.web.sessionstate.sessionidmanager',
    },
    {
      label: 'ASP.NET FormsAuthentication',
      url: 'https://learn.microsoft.com/dotnet/api/system.web.security.formsauthentication',
    },
  ],
  names: {
    vendor: 'ASP.NET',
    lifetime: 'session',
    source: 'learn.microsoft.com/dotnet/api/system.web.sessionstate.sessionidmanager',
    rows: [
      ['ASP.NET_SessionId', 'ASP.NET session id'],
      ['ASPSESSIONID*', 'Classic ASP session id'],
      ['__RequestVerificationToken', 'MVC anti-forgery token', 'session', 'csrf'],
      ['.ASPXAUTH', 'Forms authentication ticket (encrypted)', 'session', 'auth-token'],
      ['.ASPXANONYMOUS', 'Anonymous identification', '70 days', 'unknown'],
    ],
  },
  fingerprints: [
    [/^ASP\.NET_SessionId$/i, 'ASP.NET'],
    [/^ASPSESSIONID/i, 'classic ASP'],
  ],
  explain: {
    'aspnet-session': {
      what: "ASP.NET's session id (ASP.NET_SessionId): 24 random characters; the session is kept on the server (in process, a state server or SQL Server).",
    },
    'aspnet-classic-session': {
      what: "Classic ASP's session cookie (ASPSESSIONID...): a random key to the session IIS keeps for this browser.",
    },
  },
} satisfies FrameworkFacts;
