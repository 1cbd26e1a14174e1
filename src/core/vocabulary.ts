/**
 * The words the analysis speaks in: what a cookie is for, who can read it, how sure the analysis is, and the texts
 * that explain a class or a format. A leaf: the analysis contract (analysis-types.ts), the framework registry
 * (frameworks/) and the explain texts (classify/explain.ts) all use these words.
 */

/** What a cookie is for. The CLI's `--json` prints these strings as they are. */
export type CookieClass =
  | 'session-id' // opaque random key; the data lives on the server
  | 'client-data' // the data itself is in the cookie (readable, signed or encrypted)
  | 'auth-token' // a bearer credential such as a JWT access token or remember-me token
  | 'csrf'
  | 'tracking'
  | 'preference'
  | 'infrastructure' // load balancer, bot management, CDN
  | 'unknown';

/** Can someone holding the cookie read what is inside? */
export type Readability = 'opaque' | 'readable' | 'signed' | 'encrypted';

export type Confidence = 'high' | 'medium' | 'low';

/** The plain-language text for a class or a format, shown in the explain pane. */
export interface ExplainText {
  /** What this cookie is. */
  what: string;
  /** Where the data it stands for lives. */
  dataLives: 'server' | 'browser' | 'browser, encrypted' | 'nowhere in particular';
  /** What someone holding a copy could do. */
  holderCan: string;
}
