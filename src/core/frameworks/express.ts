/**
 * Express cookie facts. Sources:
 * - express-session README, https://github.com/expressjs/session#options: `name` (default 'connect.sid'), `cookie`
 *   (default `{ path: '/', httpOnly: true, secure: false, maxAge: null }`, `sameSite` unset), "if secure is set, and
 *   you access your site over HTTP, the cookie will not be set" (index.js: "only send secure cookies via https"),
 *   `app.set('trust proxy', 1)` behind a TLS-terminating proxy.
 * - cookie-session README, https://github.com/expressjs/cookie-session#options: `name` (default 'session'),
 *   `secure`, `httpOnly` (default true), `sameSite`, `maxAge`, `path`, `domain`; data kept in the browser.
 * - any other cookie: res.cookie(name, value, options), https://expressjs.com/en/5x/api.html#res.cookie
 */
import { type FrameworkRegistry, jsValue, mapped, same, type SettingChange } from './types.ts';

const lower = (w: string) => w.toLowerCase();
const isExpress = (a: { classification: { framework?: string } }) => a.classification.framework === 'express';

/** `{ name: 'x', cookie: { secure: true } }` from the dotted keys `name`, `cookie.secure`. */
function toObject(settings: readonly SettingChange[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of settings) {
    const path = s.key.split('.');
    let at = out;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    const last = path[path.length - 1] ?? s.key;
    at[last] = typeof s.value === 'object' && s.value !== null ? s.value.code : s.value;
  }
  return out;
}

function objectLines(settings: readonly SettingChange[]): string[] {
  const top = settings.filter((s) => !s.key.includes('.'));
  const nested = new Map<string, SettingChange[]>();
  for (const s of settings) {
    const dot = s.key.indexOf('.');
    if (dot < 0) continue;
    const head = s.key.slice(0, dot);
    nested.set(head, [...(nested.get(head) ?? []), { ...s, key: s.key.slice(dot + 1) }]);
  }
  const prop = (s: SettingChange) => `${s.key}: ${jsValue(s.value)}${s.note ? ` /* ${s.note} */` : ''}`;
  return [
    ...top.map((s) => `  ${prop(s)},`),
    ...[...nested].map(([head, list]) => `  ${head}: { ${list.map(prop).join(', ')} },`),
  ];
}

export const express = {
  id: 'express',
  label: 'Express',
  docs: [
    { label: 'express-session options', url: 'https://github.com/expressjs/session#options' },
    { label: 'cookie-session options', url: 'https://github.com/expressjs/cookie-session#options' },
    { label: 'Express res.cookie()', url: 'https://expressjs.com/en/5x/api.html#res.cookie' },
  ],
  names: {
    vendor: 'Express',
    lifetime: 'session',
    source: 'expressjs/session README; expressjs/cookie-session README',
    rows: [
      ['connect.sid', 'express-session signed session id'],
      ['express:sess', 'cookie-session data (older default name)'],
      ['express:sess.sig', 'cookie-session signature'],
    ],
  },
  hints: [
    { test: (n) => (n.has('connect.sid') ? 'connect.sid' : null), weight: 2 },
    {
      test: (n) => (n.has('session') && n.has('session.sig') ? 'session + session.sig (cookie-session)' : null),
      weight: 2,
    },
  ],
  fingerprints: [[/^connect\.sid$/, 'Express (express-session)']],
  explain: {
    'cookie-session': {
      what: 'cookie-session (Express): the session object as base64 JSON, with a keygrip signature in the .sig cookie.',
      dataLives: 'browser',
    },
    'express-session': {
      what: 'express-session: "s:" + a random session id + "." + an HMAC signature. The session object is in the server\'s store.',
      dataLives: 'server',
    },
    'express-json': {
      what: 'Express\'s res.cookie() with an object: "j:" + JSON.stringify(value), the data itself in the cookie.',
      dataLives: 'browser',
    },
    'express-signed': {
      what: 'Express\'s signed cookie (res.cookie(..., { signed: true })): "s:" + the value + "." + an HMAC-SHA256 signature. The value is readable; only the signature stops changes.',
      dataLives: 'browser',
    },
    'cookie-session-sig': {
      what: 'The keygrip signature of the cookie-session cookie beside it: not data, only proof that the server wrote that cookie.',
      dataLives: 'browser',
      holderCan: 'Nothing on its own; with the cookie it signs, replay that cookie.',
    },
  },
  file: 'app.js',
  comment: '//',
  managed: [
    {
      role: 'session',
      label: "express-session's session cookie",
      names: ['connect.sid'],
      recognise: (a) => isExpress(a) && a.classification.formatId === 'express-session',
      group: 'session',
      controls: {
        name: same('name', 'connect.sid'),
        secure: same('cookie.secure', false),
        httpOnly: same('cookie.httpOnly', true),
        sameSite: mapped('cookie.sameSite', null, lower),
        path: same('cookie.path', '/'),
        domain: same('cookie.domain', null),
        persistent: { key: 'cookie.maxAge', default: null, encode: (w) => (w ? { code: '8 * 60 * 60 * 1000' } : null) },
      },
      secureNeedsHttps:
        'express-session does not send a Secure cookie over http (README: "if secure is set, and you access your site over HTTP, the cookie will not be set"); serve the app over https, with app.set(\'trust proxy\', 1) behind a proxy, then add secure: true and a __Host- name',
    },
    {
      role: 'session',
      label: "cookie-session's session cookie",
      names: ['session', 'session.sig'],
      recognise: (a) =>
        isExpress(a) &&
        (a.classification.formatId === 'cookie-session' || a.classification.formatId === 'cookie-session-sig'),
      group: 'cookieSession',
      controls: {
        name: same('name', 'session'),
        secure: same('secure', false),
        httpOnly: same('httpOnly', true),
        sameSite: mapped('sameSite', null, lower),
        path: same('path', '/'),
        domain: same('domain', null),
        persistent: { key: 'maxAge', default: null, encode: (w) => (w ? { code: '8 * 60 * 60 * 1000' } : null) },
      },
      serverSide: {
        code: ['// cookie-session keeps the data in the browser: use express-session with a server-side store instead'],
      },
      secureNeedsHttps:
        'cookie-session does not send a Secure cookie over http ("cannot send secure cookie over unencrypted connection"); serve the app over https, then add secure: true and a __Host- name',
    },
  ],
  site: {},
  setCookie: (f) => {
    const opts = [
      f.path ? `path: '${f.path}'` : '',
      f.secure ? 'secure: true' : '',
      f.httpOnly ? 'httpOnly: true' : '',
      f.sameSite ? `sameSite: '${f.sameSite.toLowerCase()}'` : '',
    ].filter((o) => o !== '');
    return `res.cookie(${jsValue(f.name)}, value, { ${opts.join(', ')} })`;
  },
  serverSideFor: (name) =>
    `req.session[${jsValue(name)}] = value; // express-session with a server-side store, instead of res.cookie(${jsValue(name)}, value)`,
  render: (settings) => {
    const groups = [...new Set(settings.map((s) => s.group ?? 'session'))];
    const lines: string[] = [];
    const options: Record<string, unknown> = {};
    for (const g of groups) {
      const mine = settings.filter((s) => (s.group ?? 'session') === g);
      lines.push(
        `// ${g === 'session' ? 'express-session' : 'cookie-session'}: set these in app.use(${g}({ ... })), merged into your options`,
      );
      lines.push(...objectLines(mine));
      options[g] = toObject(mine);
    }
    return { lines, options };
  },
} satisfies FrameworkRegistry;
