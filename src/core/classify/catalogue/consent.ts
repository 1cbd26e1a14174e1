/** Consent-management platforms and the IAB consent strings (vendor documentation in `source`). */
import type { VendorBlock } from './types.ts';

export const CONSENT: readonly VendorBlock[] = [
  {
    vendor: 'OneTrust',
    category: 'consent',
    lifetime: '1 year',
    source: 'my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
    rows: [
      ['OptanonConsent', 'Consent choices per category'],
      ['OptanonAlertBoxClosed', 'Whether the banner was closed'],
      ['OTAdditionalConsentString', 'Google Additional Consent string'],
    ],
  },
  {
    vendor: 'IAB Europe TCF',
    category: 'consent',
    lifetime: '13 months',
    source:
      'github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework (TCF v2 cookie name euconsent-v2)',
    rows: [
      ['euconsent-v2', 'TCF v2 consent string'],
      ['eupubconsent-v2', 'TCF v2 publisher consent string'],
      ['euconsent', 'TCF v1 consent string'],
      ['addtl_consent', 'Google Additional Consent string'],
    ],
  },
  {
    vendor: 'IAB Tech Lab',
    category: 'consent',
    lifetime: '1 year',
    source:
      'github.com/InteractiveAdvertisingBureau/USPrivacy; github.com/InteractiveAdvertisingBureau/Global-Privacy-Platform',
    rows: [
      ['usprivacy', 'US Privacy (CCPA) string'],
      ['__gpp', 'Global Privacy Platform string'],
      ['__gpp_sid', 'GPP applicable sections'],
    ],
  },
  {
    vendor: 'Cookiebot',
    category: 'consent',
    lifetime: '1 year',
    source: 'www.cookiebot.com/en/cookie-declaration/',
    rows: [
      ['CookieConsent', 'Consent state for the domain'],
      ['CookieConsentBulkSetting-*', 'Consent shared across domains'],
    ],
  },
  {
    vendor: 'Cookiebot',
    category: 'consent',
    lifetime: '1 year',
    source: 'www.cookiebot.com/en/cookie-declaration/',
    domains: ['cookiebot.com'],
    rows: [['CookieConsentBulkTicket', 'Consent shared across domains']],
  },
  {
    vendor: 'Didomi',
    category: 'consent',
    lifetime: '1 year',
    source: 'support.didomi.io/what-cookies-does-didomi-use',
    rows: [
      ['didomi_token', 'Consent choices'],
      ['didomi_dcs', 'Consent string for Didomi consent notices'],
    ],
  },
  {
    vendor: 'TrustArc',
    category: 'consent',
    lifetime: '1 year',
    source: 'trustarc.com/cookie-policy/',
    rows: [
      ['notice_behavior', 'Which banner behaviour applies', 'session'],
      ['notice_gdpr_prefs', 'GDPR consent choices'],
      ['notice_preferences', 'Consent choices'],
      ['notice_poptime', 'When the notice was shown'],
      ['cmapi_cookie_privacy', 'Consent choices'],
      ['cmapi_gtm_bl', 'Blocked tags list'],
      ['TAconsentID', 'Consent record id'],
    ],
  },
  {
    vendor: 'Usercentrics',
    category: 'consent',
    lifetime: '1 year',
    source: 'usercentrics.com/knowledge-hub/cookie-list/',
    rows: [
      ['uc_settings', 'Consent settings'],
      ['uc_user_interaction', 'Whether the user interacted with the banner'],
      ['uc_gcm', 'Google Consent Mode state'],
    ],
  },
  {
    vendor: 'Osano',
    category: 'consent',
    lifetime: '1 year',
    source: 'docs.osano.com/hc/en-us/articles/22221484046484',
    rows: [
      ['osano_consentmanager', 'Consent choices'],
      ['osano_consentmanager_uuid', 'Consent record id'],
      ['cookieconsent_status', 'Consent choice (Osano cookieconsent library)'],
    ],
  },
  {
    vendor: 'CookieYes / CookieLawInfo',
    category: 'consent',
    lifetime: '1 year',
    source: 'www.cookieyes.com/documentation/cookies-set-by-cookieyes/',
    rows: [
      ['cookieyes-consent', 'Consent choices'],
      ['cookielawinfo-checkbox-*', 'Consent for one category'],
      ['viewed_cookie_policy', 'Whether the notice was accepted'],
      ['CookieLawInfoConsent', 'Consent summary'],
    ],
  },
  {
    vendor: 'Complianz',
    category: 'consent',
    lifetime: '1 year',
    source: 'complianz.io/cookies-set-by-complianz/',
    rows: [['cmplz_*', 'Consent choice per category']],
  },
  {
    vendor: 'Borlabs Cookie',
    category: 'consent',
    lifetime: '1 year',
    source: 'borlabs.io/kb/cookies-set-by-borlabs-cookie/',
    rows: [['borlabs-cookie', 'Consent choices']],
  },
  {
    vendor: 'Cookie Notice (WordPress)',
    category: 'consent',
    lifetime: '1 month',
    source: 'wordpress.org/plugins/cookie-notice/',
    rows: [['cookie_notice_accepted', 'Whether the notice was accepted']],
  },
  {
    vendor: 'Klaro',
    category: 'consent',
    lifetime: '30 days',
    source: 'klaro.org/docs/integration/annotated-configuration',
    rows: [['klaro', 'Consent choices']],
  },
  {
    vendor: 'Shopify',
    category: 'consent',
    lifetime: '1 year',
    source: 'www.shopify.com/legal/cookies',
    rows: [
      ['_tracking_consent', 'Tracking consent choice'],
      ['_cmp_a', 'Consent settings for the shop', '1 day'],
    ],
  },
  {
    vendor: 'Microsoft',
    category: 'consent',
    lifetime: '1 year',
    source: 'privacy.microsoft.com/en-us/privacystatement',
    domains: ['microsoft.com', 'bing.com', 'msn.com'],
    rows: [['MSCC', 'Cookie consent choice']],
  },
  {
    vendor: 'Matomo Tag Manager',
    category: 'consent',
    lifetime: '30 years',
    source: 'matomo.org/faq/general/faq_157',
    rows: [
      ['mtm_consent', 'Consent given'],
      ['mtm_consent_removed', 'Consent withdrawn'],
      ['mtm_cookie_consent', 'Cookie consent given'],
    ],
  },
];
