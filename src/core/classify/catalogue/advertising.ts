/** Advertising vendors, from each vendor's cookie documentation (URL in `source`). */
import type { VendorBlock } from './types.ts';

const GOOGLE_ADS_SRC = 'business.safety.google/adscookies; policies.google.com/technologies/cookies';
const GOOGLE_SITES = ['google.*', 'youtube.com', 'doubleclick.net', 'googlesyndication.com', 'googleadservices.com'];

export const ADVERTISING: readonly VendorBlock[] = [
  {
    vendor: 'Google Ads', category: 'advertising', lifetime: '90 days', source: GOOGLE_ADS_SRC,
    rows: [['_gcl_au', 'Conversion linker: ad click ids'], ['_gcl_aw', 'Google Ads click (gclid)'], ['_gcl_dc', 'Campaign Manager / DV360 click (dclid)'], ['_gcl_gb', 'Conversion linker: Google Ads click (gbraid)'], ['_gcl_gs', 'Conversion linker state'], ['_gcl_ag', 'Conversion linker state'], ['_gac_*', 'Universal Analytics: Ads campaign information'], ['FPGCLAW', 'First-party mode: gclid'], ['FPAU', 'First-party mode: conversion linker']],
  },
  {
    vendor: 'Google AdSense / Ad Manager', category: 'advertising', lifetime: '13 months', source: GOOGLE_ADS_SRC,
    rows: [['__gads', 'Ad serving and frequency (first party)'], ['__gpi', 'Ad personalisation id (first party)'], ['__eoi', 'Ad-fraud protection', '6 months']],
  },
  {
    vendor: 'Google DoubleClick', category: 'advertising', lifetime: '13 months', source: GOOGLE_ADS_SRC, domains: ['doubleclick.net'],
    rows: [['IDE', 'Ad personalisation and measurement'], ['test_cookie', 'Checks whether cookies can be set', '15 minutes'], ['DSID', 'Links signed-in Google activity to DoubleClick', '2 weeks'], ['id', 'Ad personalisation (older id)'], ['ar_debug', 'Attribution reporting debugging', '90 days']],
  },
  {
    vendor: 'Google', category: 'advertising', lifetime: '6 months', source: 'policies.google.com/technologies/cookies', domains: GOOGLE_SITES,
    rows: [
      ['NID', 'Preferences and ad personalisation for signed-out users'], ['1P_JAR', 'Ad personalisation and site statistics', '1 month'], ['ANID', 'Ad personalisation', '13 months'],
      ['__Secure-3PSID', 'Ad personalisation for signed-in users (third party)', '2 years'], ['__Secure-3PAPISID', 'Ad personalisation (third party)', '2 years'], ['__Secure-3PSIDCC', 'Ad personalisation / security (third party)', '1 year'],
      ['__Secure-3PSIDTS', 'Ad personalisation / security (third party)', '1 year'], ['DV', 'Ad personalisation', '10 minutes'], ['OTZ', 'Aggregated analytics', '1 month'],
    ],
  },
  {
    vendor: 'Google', category: 'functional', lifetime: '2 years', source: 'policies.google.com/technologies/cookies', domains: GOOGLE_SITES, cls: 'session-id',
    rows: [
      ['SID', 'Google Account sign-in: signed, encrypted record of the account id and last sign-in'], ['HSID', 'Google Account sign-in (security, paired with SID)'], ['SSID', 'Google Account sign-in'],
      ['APISID', 'Google Account sign-in for Google services'], ['SAPISID', 'Google Account sign-in for Google services'], ['__Secure-1PSID', 'Google Account sign-in (first party)'],
      ['__Secure-1PAPISID', 'Google Account sign-in (first party)'], ['__Secure-1PSIDTS', 'Google Account sign-in rotation', '1 year'], ['__Secure-1PSIDCC', 'Google Account security', '1 year'],
      ['SIDCC', 'Google Account security', '1 year'], ['LSID', 'Google Account sign-in (accounts.google.com)'], ['__Host-GAPS', 'Google Account sign-in flow'], ['__Secure-ENID', 'Preferences and anti-fraud', '13 months', 'preference'],
      ['AEC', 'Anti-abuse: requests in a browsing session come from the user', '6 months', 'infrastructure'], ['SEARCH_SAMESITE', 'SameSite compatibility', '6 months', 'infrastructure'],
    ],
  },
  {
    vendor: 'Google', category: 'consent', lifetime: '13 months', source: 'policies.google.com/technologies/cookies', domains: GOOGLE_SITES,
    rows: [['SOCS', 'Stores the cookie consent choice'], ['CONSENT', 'Stores the cookie consent choice (older)', '2 years']],
  },
  {
    vendor: 'YouTube', category: 'advertising', lifetime: '6 months', source: 'policies.google.com/technologies/cookies', domains: ['youtube.com', 'youtube-nocookie.com'],
    rows: [['VISITOR_INFO1_LIVE', 'Bandwidth estimate and recommendations'], ['VISITOR_PRIVACY_METADATA', 'Consent state for the visitor', '6 months', 'preference'], ['YSC', 'Session view statistics', 'session'], ['PREF', 'Player preferences', '8 months', 'preference'], ['LOGIN_INFO', 'Signed-in state for embedded players', '2 years', 'session-id'], ['__Secure-YEC', 'Abuse protection', '13 months', 'infrastructure']],
  },
  {
    vendor: 'Meta (Facebook)', category: 'advertising', lifetime: '90 days', source: 'developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc; facebook.com/policy/cookies',
    rows: [['_fbp', 'Meta Pixel browser id (fb.<subdomain index>.<ms>.<random>)'], ['_fbc', 'Meta click id from fbclid (fb.<subdomain index>.<ms>.<fbclid>)']],
  },
  {
    vendor: 'Meta (Facebook)', category: 'advertising', lifetime: '90 days', source: 'facebook.com/policy/cookies', domains: ['facebook.com', 'messenger.com'],
    rows: [['fr', 'Ad delivery and measurement'], ['datr', 'Identifies the browser for security and integrity', '2 years', 'infrastructure'], ['sb', 'Browser identification for login', '2 years', 'infrastructure'], ['c_user', 'Logged-in user id', '1 year', 'session-id'], ['xs', 'Session secret paired with c_user', '1 year', 'session-id'], ['wd', 'Window dimensions', '1 week', 'preference']],
  },
  {
    vendor: 'Instagram', category: 'functional', lifetime: '1 year', source: 'privacycenter.instagram.com/policies/cookies', domains: ['instagram.com'],
    rows: [['sessionid', 'Instagram login session', '1 year', 'session-id'], ['csrftoken', 'Instagram CSRF token', '1 year', 'csrf'], ['ds_user_id', 'Logged-in user id', '90 days', 'session-id'], ['ig_did', 'Device id', '10 years', 'tracking'], ['mid', 'Machine id', '2 years', 'tracking'], ['rur', 'Data-centre routing', 'session', 'infrastructure']],
  },
  {
    vendor: 'Microsoft Advertising (Bing)', category: 'advertising', lifetime: '13 months', source: 'help.ads.microsoft.com/#apex/ads/en/56959; learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
    rows: [['_uetsid', 'UET: session-level conversion tracking', '1 day'], ['_uetvid', 'UET: visitor id'], ['_uetmsclkid', 'UET: click id', '90 days'], ['MUID', 'Microsoft user id across Microsoft sites', '1 year'], ['MUIDB', 'Microsoft user id (bing.com)', '1 year']],
  },
  { vendor: 'Microsoft Bing', category: 'advertising', lifetime: '1 year', source: 'privacy.microsoft.com/en-us/privacystatement#mainnoticetoendusersmodule', domains: ['bing.com'], rows: [['SRCHD', 'Search data'], ['SRCHUID', 'Search user id'], ['SRCHUSR', 'Search user state'], ['_EDGE_S', 'Session id', 'session'], ['_EDGE_V', 'Visitor id', '13 months']] },
  {
    vendor: 'TikTok', category: 'advertising', lifetime: '13 months', source: 'ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel',
    rows: [['_ttp', 'TikTok Pixel browser id'], ['_tt_enable_cookie', 'Checks whether cookies can be set'], ['ttcsid', 'TikTok Pixel session', '30 minutes'], ['ttcsid_*', 'TikTok Pixel session for one pixel', '30 minutes']],
  },
  { vendor: 'TikTok', category: 'advertising', lifetime: '1 year', source: 'www.tiktok.com/legal/page/global/cookie-policy/en', domains: ['tiktok.com'], rows: [['ttwid', 'Web visitor id'], ['tt_chain_token', 'Attribution chain', '6 months'], ['tt_csrf_token', 'TikTok CSRF token', 'session', 'csrf']] },
  {
    vendor: 'Pinterest', category: 'advertising', lifetime: '1 year', source: 'policy.pinterest.com/en/cookies',
    rows: [['_pin_unauth', 'Pinterest Tag: unauthenticated user id'], ['_pinterest_ct_ua', 'Pinterest Tag: third-party id'], ['_epik', 'Pinterest click id'], ['_derived_epik', 'Pinterest derived click id']],
  },
  { vendor: 'Pinterest', category: 'functional', lifetime: '1 year', source: 'policy.pinterest.com/en/cookies', domains: ['pinterest.com'], rows: [['_pinterest_sess', 'Pinterest login session', '1 year', 'session-id'], ['_routing_id', 'Routing', 'session', 'infrastructure']] },
  { vendor: 'Reddit', category: 'advertising', lifetime: '90 days', source: 'business.reddithelp.com/s/article/Reddit-Pixel-cookies', rows: [['_rdt_uuid', 'Reddit Pixel browser id'], ['_rdt_cid', 'Reddit click id']] },
  { vendor: 'Reddit', category: 'functional', lifetime: '1 year', source: 'www.reddit.com/policies/cookies', domains: ['reddit.com'], rows: [['loid', 'Logged-out user id', '2 years', 'tracking'], ['session_tracker', 'Session tracking', '2 hours', 'tracking'], ['edgebucket', 'Experiment bucket', '2 years', 'infrastructure'], ['token_v2', 'Access token', '1 day', 'auth-token'], ['reddit_session', 'Login session', '6 months', 'session-id']] },
  { vendor: 'Snap', category: 'advertising', lifetime: '13 months', source: 'businesshelp.snapchat.com/s/article/pixel-direct-implementation', rows: [['_scid', 'Snap Pixel browser id'], ['_scid_r', 'Snap Pixel browser id (refresh)'], ['_sctr', 'Snap Pixel session', '1 year'], ['_schn', 'Snap Pixel session', 'session']] },
  { vendor: 'Snap', category: 'advertising', lifetime: '1 year', source: 'snap.com/en-US/cookie-policy', domains: ['snapchat.com', 'snap.com'], rows: [['sc_at', 'Snap visitor id'], ['X-AB', 'Experiment bucket', '1 day', 'infrastructure']] },
  {
    vendor: 'LinkedIn', category: 'advertising', lifetime: '90 days', source: 'www.linkedin.com/legal/l/cookie-table',
    rows: [['li_sugr', 'Browser id for probabilistic matching'], ['li_fat_id', 'Member indirect id for conversion tracking', '30 days'], ['_guid', 'Identifies the device for ads', '90 days']],
  },
  {
    vendor: 'LinkedIn', category: 'advertising', lifetime: '1 year', source: 'www.linkedin.com/legal/l/cookie-table', domains: ['linkedin.com'],
    rows: [['bcookie', 'Browser id'], ['bscookie', 'Secure browser id', '1 year', 'infrastructure'], ['lidc', 'Data-centre routing', '24 hours', 'infrastructure'], ['UserMatchHistory', 'Ad id syncing', '30 days'], ['AnalyticsSyncHistory', 'Analytics sync time', '30 days'], ['li_gc', 'Guest consent for non-essential cookies', '6 months', 'preference'], ['li_at', 'Member login session', '1 year', 'session-id'], ['JSESSIONID', 'CSRF protection for LinkedIn', 'session', 'csrf'], ['lang', 'Language', 'session', 'preference'], ['liap', 'Logged-in state', '90 days', 'session-id']],
  },
  { vendor: 'X (Twitter)', category: 'advertising', lifetime: '13 months', source: 'help.x.com/en/rules-and-policies/x-cookies', rows: [['muc_ads', 'Ad measurement id']] },
  {
    vendor: 'X (Twitter)', category: 'advertising', lifetime: '13 months', source: 'help.x.com/en/rules-and-policies/x-cookies', domains: ['twitter.com', 'x.com', 't.co', 'ads-twitter.com'],
    rows: [['guest_id', 'Logged-out visitor id'], ['personalization_id', 'Ad and content personalisation'], ['guest_id_ads', 'Ad id for logged-out visitors'], ['guest_id_marketing', 'Marketing id for logged-out visitors'], ['auth_token', 'Login session token', '1 year', 'session-id'], ['ct0', 'CSRF token', '6 months', 'csrf'], ['twid', 'Logged-in user id', '1 year', 'session-id'], ['kdt', 'Known-device token', '18 months', 'infrastructure']],
  },
  { vendor: 'Criteo', category: 'advertising', lifetime: '13 months', source: 'www.criteo.com/privacy/criteo-cookies', rows: [['cto_bundle', 'Criteo user id bundle'], ['cto_bidid', 'Criteo bidding id'], ['cto_optout', 'Opt-out choice', '5 years', 'preference']] },
  { vendor: 'Quantcast', category: 'advertising', lifetime: '13 months', source: 'www.quantcast.com/privacy/cookies', rows: [['__qca', 'Quantcast Measure visitor id']] },
  { vendor: 'Quantcast', category: 'advertising', lifetime: '13 months', source: 'www.quantcast.com/privacy/cookies', domains: ['quantserve.com', 'quantcount.com'], rows: [['mc', 'Quantcast visitor id'], ['d', 'Quantcast audience data', '3 months']] },
  { vendor: 'The Trade Desk', category: 'advertising', lifetime: '1 year', source: 'www.thetradedesk.com/us/privacy', domains: ['adsrvr.org'], rows: [['TDID', 'Trade Desk user id'], ['TDCPM', 'Trade Desk bid data'], ['TTDOptOut', 'Opt-out choice', '5 years', 'preference']] },
  { vendor: 'Xandr (AppNexus)', category: 'advertising', lifetime: '90 days', source: 'learn.microsoft.com/en-us/xandr/legal/service-policy', domains: ['adnxs.com'], rows: [['uuid2', 'Xandr user id'], ['anj', 'Xandr bidding data'], ['icu', 'Xandr user-sync data'], ['XANDR_PANID', 'Publisher ad id']] },
  { vendor: 'Magnite (Rubicon Project)', category: 'advertising', lifetime: '1 year', source: 'www.magnite.com/legal/advertising-technology-privacy-policy', domains: ['rubiconproject.com'], rows: [['khaos', 'User id'], ['audit', 'Audit / opt-out state']] },
  { vendor: 'PubMatic', category: 'advertising', lifetime: '3 months', source: 'pubmatic.com/legal/opt-out', domains: ['pubmatic.com'], rows: [['KADUSERCOOKIE', 'User id'], ['KRTBCOOKIE_*', 'Partner user ids']] },
  { vendor: 'Index Exchange', category: 'advertising', lifetime: '1 year', source: 'www.indexexchange.com/privacy', domains: ['casalemedia.com'], rows: [['CMID', 'User id'], ['CMPS', 'User-sync state', '3 months'], ['CMPRO', 'User-sync state', '3 months']] },
  { vendor: 'Lotame', category: 'advertising', lifetime: '9 months', source: 'www.lotame.com/privacy/privacy-notices/services', rows: [['_cc_id', 'Lotame user id'], ['panoramaId', 'Lotame Panorama id', '7 days'], ['panoramaIdType', 'Lotame Panorama id type', '7 days']] },
  { vendor: 'ID5', category: 'advertising', lifetime: '90 days', source: 'id5.io/platform-privacy-policy', rows: [['id5id', 'ID5 universal id'], ['id5id_last', 'ID5 last refresh']] },
  { vendor: 'Taboola', category: 'advertising', lifetime: '13 months', source: 'www.taboola.com/policies/privacy-policy', rows: [['t_gid', 'Taboola user id'], ['t_pt_gid', 'Taboola pixel user id'], ['taboola_session_id', 'Taboola session', 'session']] },
  { vendor: 'Outbrain', category: 'advertising', lifetime: '90 days', source: 'www.outbrain.com/privacy/cookies', rows: [['obuid', 'Outbrain user id']] },
  { vendor: 'Amazon Ads', category: 'advertising', lifetime: '9 months', source: 'www.amazon.com/gp/help/customer/display.html?nodeId=201890250', domains: ['amazon-adsystem.com'], rows: [['ad-id', 'Amazon ad id'], ['ad-privacy', 'Ad preference choice', '5 years', 'preference']] },
  { vendor: 'Oracle BlueKai', category: 'advertising', lifetime: '180 days', source: 'www.oracle.com/legal/privacy/advertising-privacy-policy.html', domains: ['bluekai.com'], rows: [['bku', 'BlueKai user id'], ['bkdc', 'BlueKai data centre', '180 days', 'infrastructure']] },
  { vendor: 'LiveRamp', category: 'advertising', lifetime: '30 days', source: 'liveramp.com/privacy/service-privacy-policy', domains: ['rlcdn.com'], rows: [['pxrc', 'LiveRamp sync id', '2 months'], ['rlas3', 'LiveRamp id', '1 year']] },
  { vendor: 'Tapad', category: 'advertising', lifetime: '2 years', source: 'www.tapad.com/privacy', rows: [['TapAd_DID', 'Tapad device id'], ['TapAd_TS', 'Tapad last sync time'], ['TapAd_3WAY_SYNCS', 'Tapad syncs']] },
  { vendor: 'Marketo (Adobe)', category: 'advertising', lifetime: '2 years', source: 'experienceleague.adobe.com/docs/marketo/using/getting-started/initial-setup/setup-steps.html', rows: [['_mkto_trk', 'Marketo Munchkin visitor id']] },
  { vendor: 'Salesforce Pardot', category: 'advertising', lifetime: '10 years', source: 'help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm', rows: [['visitor_id*', 'Pardot visitor id'], ['pi_opt_in*', 'Pardot opt-in state', '10 years', 'preference'], ['lpv*', 'Pardot page-view de-duplication', '30 minutes']] },
  { vendor: 'Drift', category: 'advertising', lifetime: '2 years', source: 'gethelp.drift.com/s/article/Drift-Cookies', rows: [['drift_aid', 'Anonymous visitor id'], ['driftt_aid', 'Anonymous visitor id'], ['drift_campaign_refresh', 'Campaign refresh', '30 minutes']] },
  { vendor: 'AddThis', category: 'advertising', lifetime: '13 months', source: 'www.oracle.com/legal/privacy/addthis-privacy-policy.html', rows: [['__atuvc', 'Share counter'], ['__atuvs', 'Share counter session', '30 minutes']] },
  { vendor: 'ShareThis', category: 'advertising', lifetime: '13 months', source: 'sharethis.com/privacy', rows: [['__stid', 'ShareThis user id'], ['__sharethis_cookie_test__', 'Cookie test', 'session']] },
  { vendor: 'Yahoo', category: 'advertising', lifetime: '1 year', source: 'legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html', domains: ['yahoo.com'], rows: [['A1', 'Yahoo browser id'], ['A3', 'Yahoo browser id (third party)'], ['A1S', 'Yahoo browser id (session)', 'session'], ['B', 'Yahoo browser id (older)']] },
  { vendor: 'Nielsen', category: 'analytics', lifetime: '13 months', source: 'www.nielsen.com/legal/privacy-principles/digital-measurement-privacy-statement', domains: ['imrworldwide.com'], rows: [['IMRID', 'Nielsen audience measurement id']] },
];
