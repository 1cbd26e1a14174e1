/**
 * Rails cookie facts. Sources:
 * - the session cookie: ActionDispatch::Session::CookieStore options (key, secure, httponly, same_site,
 *   expire_after, domain, path), https://api.rubyonrails.org/classes/ActionDispatch/Session/CookieStore.html, set with
 *   config.session_store (https://guides.rubyonrails.org/configuring.html#config-session-store); the default key
 *   `_<app_name>_session` (railties lib/rails/application/finisher.rb); httponly defaults to true, same_site to
 *   config.action_dispatch.cookies_same_site_protection (:lax).
 * - CSRF: the token lives in the session (no cookie of its own), https://guides.rubyonrails.org/security.html#csrf-countermeasures
 * - HTTPS: config.force_ssl also marks cookies secure, https://guides.rubyonrails.org/configuring.html#config-force-ssl
 * - any other cookie: cookies[:name] = { value:, secure:, httponly:, same_site: },
 *   https://api.rubyonrails.org/classes/ActionDispatch/Cookies.html
 */
import { type FrameworkRegistry, mapped, same, type SettingValue } from './types.ts';

function rubyValue(v: SettingValue): string {
  if (v === null) return 'nil';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return v.code;
}

export const rails = {
  id: 'rails',
  label: 'Rails',
  docs: [
    { label: 'Rails CookieStore', url: 'https://api.rubyonrails.org/classes/ActionDispatch/Session/CookieStore.html' },
    {
      label: 'Rails configuring: config.session_store',
      url: 'https://guides.rubyonrails.org/configuring.html#config-session-store',
    },
    { label: 'Rails security guide: sessions', url: 'https://guides.rubyonrails.org/security.html#sessions' },
  ],
  names: {
    vendor: 'Ruby on Rails',
    lifetime: 'session',
    source: 'rails/rails railties finisher.rb; activerecord-session_store',
    rows: [
      ['_session_id', 'Server-side session id (ActiveRecord/Redis store)'],
      ['remember_user_token', 'Devise remember-me token', '2 weeks', 'auth-token'],
    ],
  },
  hints: [{ test: (n) => [...n].find((x) => /^_[a-z0-9_]+_session$/i.test(x)) ?? null, weight: 2 }],
  fingerprints: [[/^_[a-z0-9_]+_session$/i, 'Rails']],
  explain: {
    'rails-encrypted': {
      what: "Rails' encrypted cookie store: the session is in the cookie, encrypted and authenticated with AES-256-GCM.",
      dataLives: 'browser, encrypted',
      holderCan: 'Not read or change it without secret_key_base, but replay it to be logged in.',
    },
    // https://api.rubyonrails.org/classes/ActiveSupport/MessageVerifier.html
    'rails-signed': {
      what: 'Rails\' signed cookie (MessageVerifier, the cookie store before Rails 4): base64 data and an HMAC digest joined by "--". The data is readable; only the digest stops changes.',
    },
  },
  file: 'config/initializers/session_store.rb',
  comment: '#',
  managed: [
    {
      role: 'session',
      label: "Rails' session cookie (CookieStore)",
      names: [/^_[a-z0-9_]+_session$/i],
      recognise: (a) => a.classification.framework === 'rails',
      controls: {
        name: same('key', null),
        secure: same('secure', false),
        httpOnly: same('httponly', true),
        sameSite: mapped('same_site', { code: ':lax' }, (w) => ({ code: `:${w.toLowerCase()}` })),
        path: same('path', '/'),
        domain: same('domain', null),
        persistent: { key: 'expire_after', default: null, encode: (w) => (w ? { code: '8.hours' } : null) },
      },
      serverSide: {
        code: [
          '# CookieStore keeps the session in the browser (encrypted): use a server-side store, e.g. config.session_store :cache_store',
        ],
      },
    },
  ],
  site: { https: [{ key: 'config.force_ssl', value: true, group: 'config/environments/production.rb' }] },
  setCookie: (f) =>
    `cookies[${JSON.stringify(f.name)}] = { ${[
      'value: value',
      f.path ? `path: ${JSON.stringify(f.path)}` : '',
      f.secure ? 'secure: true' : '',
      f.httpOnly ? 'httponly: true' : '',
      f.sameSite ? `same_site: :${f.sameSite.toLowerCase()}` : '',
    ]
      .filter((x) => x !== '')
      .join(', ')} }`,
  serverSideFor: (name) =>
    `session[${JSON.stringify(name)}] = value  # with a server-side session store, instead of cookies[${JSON.stringify(name)}]`,
  render: (settings) => {
    const lines: string[] = [];
    const store = settings.filter((s) => s.group === undefined);
    if (store.length > 0) {
      const notes = store.filter((s) => s.note).map((s) => `${s.key}: ${s.note}`);
      lines.push(
        `Rails.application.config.session_store :cookie_store, ${store.map((s) => `${s.key}: ${rubyValue(s.value)}`).join(', ')}`,
      );
      for (const n of notes) lines.push(`# ${n}`);
    }
    for (const s of settings.filter((x) => x.group !== undefined))
      lines.push(`${s.key} = ${rubyValue(s.value)}  # ${s.group}`);
    return { lines };
  },
} satisfies FrameworkRegistry;
