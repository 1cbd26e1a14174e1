/** The ordered rule registry: CK001 to CK041, one module per rule (docs/rules.md §3). */
import { ck001AuthNotSecure } from './ck001-auth-not-secure.ts';
import { ck002AuthOverHttp } from './ck002-auth-over-http.ts';
import { ck003NotSecure } from './ck003-not-secure.ts';
import { ck004CsrfNotSecure } from './ck004-csrf-not-secure.ts';
import { ck005SecureCookieOnHttpPage } from './ck005-secure-cookie-on-http-page.ts';
import { ck006AuthNotHttpOnly } from './ck006-auth-not-httponly.ts';
import { ck007ReadableByScripts } from './ck007-readable-by-scripts.ts';
import { ck008CsrfReadable } from './ck008-csrf-readable.ts';
import { ck009AuthSameSiteNone } from './ck009-auth-samesite-none.ts';
import { ck010AuthSameSiteUnspecified } from './ck010-auth-samesite-unspecified.ts';
import { ck011SameSiteUnspecified } from './ck011-samesite-unspecified.ts';
import { ck012SameSiteNoneInsecure } from './ck012-samesite-none-insecure.ts';
import { ck013AuthWithoutPrefix } from './ck013-auth-without-prefix.ts';
import { ck014PrefixViolated } from './ck014-prefix-violated.ts';
import { ck015PrefixCase } from './ck015-prefix-case.ts';
import { ck016LooselyScoped } from './ck016-loosely-scoped.ts';
import { ck017DomainEqualsHost } from './ck017-domain-equals-host.ts';
import { ck018DuplicateNames } from './ck018-duplicate-names.ts';
import { ck019AuthPathScoped } from './ck019-auth-path-scoped.ts';
import { ck020PersistentSession } from './ck020-persistent-session.ts';
import { ck021Beyond400Days } from './ck021-beyond-400-days.ts';
import { ck022PersonalData } from './ck022-personal-data.ts';
import { ck023ReadableIdentity } from './ck023-readable-identity.ts';
import { ck024EditableAuthorization } from './ck024-editable-authorization.ts';
import { ck025JwtUnsigned } from './ck025-jwt-unsigned.ts';
import { ck026TokenReadable } from './ck026-token-readable.ts';
import { ck027JwtLifetime } from './ck027-jwt-lifetime.ts';
import { ck028LowEntropy } from './ck028-low-entropy.ts';
import { ck029PredictableSessionId } from './ck029-predictable-session-id.ts';
import { ck030FrameworkFingerprint } from './ck030-framework-fingerprint.ts';
import { ck031SerializedObject } from './ck031-serialized-object.ts';
import { ck032ReflectedParameter } from './ck032-reflected-parameter.ts';
import { ck033SessionIdInUrl } from './ck033-session-id-in-url.ts';
import { ck034SensitiveUrl } from './ck034-sensitive-url.ts';
import { ck035NearSizeLimit } from './ck035-near-size-limit.ts';
import { ck036NearSiteQuota } from './ck036-near-site-quota.ts';
import { ck037LargeCookieHeader } from './ck037-large-cookie-header.ts';
import { ck038NonconformingCharacters } from './ck038-nonconforming-characters.ts';
import { ck039Partitioned } from './ck039-partitioned.ts';
import { ck040Tracking } from './ck040-tracking.ts';
import { ck041InvalidSameSite } from './ck041-invalid-samesite.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  ck001AuthNotSecure,
  ck002AuthOverHttp,
  ck003NotSecure,
  ck004CsrfNotSecure,
  ck005SecureCookieOnHttpPage,
  ck006AuthNotHttpOnly,
  ck007ReadableByScripts,
  ck008CsrfReadable,
  ck009AuthSameSiteNone,
  ck010AuthSameSiteUnspecified,
  ck011SameSiteUnspecified,
  ck012SameSiteNoneInsecure,
  ck013AuthWithoutPrefix,
  ck014PrefixViolated,
  ck015PrefixCase,
  ck016LooselyScoped,
  ck017DomainEqualsHost,
  ck018DuplicateNames,
  ck019AuthPathScoped,
  ck020PersistentSession,
  ck021Beyond400Days,
  ck022PersonalData,
  ck023ReadableIdentity,
  ck024EditableAuthorization,
  ck025JwtUnsigned,
  ck026TokenReadable,
  ck027JwtLifetime,
  ck028LowEntropy,
  ck029PredictableSessionId,
  ck030FrameworkFingerprint,
  ck031SerializedObject,
  ck032ReflectedParameter,
  ck033SessionIdInUrl,
  ck034SensitiveUrl,
  ck035NearSizeLimit,
  ck036NearSiteQuota,
  ck037LargeCookieHeader,
  ck038NonconformingCharacters,
  ck039Partitioned,
  ck040Tracking,
  ck041InvalidSameSite,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
