/** Analytics vendors, written from each vendor's own cookie documentation (URL in `source`). */
import type { VendorBlock } from './types.ts';

const TWO_YEARS = '2 years (Chrome caps at 400 days)';

export const ANALYTICS: readonly VendorBlock[] = [
  {
    vendor: 'Google Analytics', category: 'analytics', lifetime: TWO_YEARS,
    source: 'support.google.com/analytics/answer/11397207; developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage',
    rows: [
      ['_ga', 'Distinguishes users (client id GA1.<depth>.<random>.<first visit>)'],
      ['_ga_*', 'GA4: persists session state for one measurement id'],
      ['_gid', 'Universal Analytics: distinguishes users', '24 hours'],
      ['_gat', 'Universal Analytics: throttles the request rate', '1 minute'],
      ['_gat_*', 'Universal Analytics / gtag: throttles the request rate', '1 minute'],
      ['_dc_gtm_*', 'Google Tag Manager: throttles the request rate', '1 minute'],
      ['AMP_TOKEN', 'Client id for AMP pages', '30 seconds to 1 year'],
      ['__utma', 'ga.js: distinguishes users and sessions'],
      ['__utmb', 'ga.js: new session / visit', '30 minutes'],
      ['__utmc', 'ga.js: session interoperability with urchin.js', 'session'],
      ['__utmz', 'ga.js: traffic source', '6 months'],
      ['__utmt', 'ga.js: throttles the request rate', '10 minutes'],
      ['__utmv', 'ga.js: custom visitor variables'],
      ['_gaexp', 'Google Optimize: experiment membership', 'up to 90 days'],
      ['FPID', 'First-party mode: server-set client id'],
      ['FPLC', 'First-party mode: cross-domain linker', '20 hours'],
    ],
  },
  {
    vendor: 'Microsoft Clarity', category: 'analytics', lifetime: '1 year',
    source: 'learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
    rows: [['_clck', 'Persists the Clarity user id and preferences'], ['_clsk', 'Connects page views into one session recording', '1 day'], ['CLID', 'Identifies the first time Clarity saw this user', '1 year']],
  },
  {
    vendor: 'Hotjar', category: 'analytics', lifetime: '1 year', source: 'help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
    rows: [
      ['_hjSessionUser_*', 'Hotjar user id for the site'], ['_hjSession_*', 'Current session data', '30 minutes'], ['_hjid', 'Hotjar user id (older script)'],
      ['_hjFirstSeen', 'First session of a new user', '30 minutes'], ['_hjAbsoluteSessionInProgress', 'First pageview session', '30 minutes'],
      ['_hjIncludedInSessionSample*', 'Session sampling', '30 minutes'], ['_hjIncludedInPageviewSample', 'Pageview sampling', '30 minutes'],
      ['_hjTLDTest', 'Finds the most generic cookie path', 'session'], ['_hjRecordingEnabled', 'Recording state', 'session'],
      ['_hjCachedUserAttributes', 'User attributes sent through the Identify API', 'session'], ['_hjViewportId', 'Viewport details', 'session'],
      ['_hj*', 'Hotjar tracking code state', 'session to 1 year'],
    ],
  },
  {
    vendor: 'Segment', category: 'analytics', lifetime: '1 year', source: 'segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity',
    rows: [['ajs_anonymous_id', 'Anonymous visitor id'], ['ajs_user_id', 'Identified user id'], ['ajs_group_id', 'Group id']],
  },
  { vendor: 'Mixpanel', category: 'analytics', lifetime: '1 year', source: 'docs.mixpanel.com/docs/tracking-methods/sdks/javascript#cookies', rows: [['mp_*', 'Mixpanel distinct id and super properties (mp_<token>_mixpanel)']] },
  {
    vendor: 'Amplitude', category: 'analytics', lifetime: '1 year', source: 'amplitude.com/docs/sdks/analytics/browser/browser-sdk-2#cookies',
    rows: [['AMP_MKTG_*', 'Marketing attribution'], ['AMP_*', 'Device id, user id and session'], ['amplitude_id*', 'Device id (legacy SDK)'], ['amp_*', 'Device id (legacy SDK)']],
  },
  {
    vendor: 'Matomo', category: 'analytics', lifetime: '13 months', source: 'matomo.org/faq/general/faq_146',
    rows: [['_pk_id.*', 'Visitor id'], ['_pk_ses.*', 'Session', '30 minutes'], ['_pk_ref.*', 'Attribution referrer', '6 months'], ['_pk_cvar.*', 'Custom variables', '30 minutes'], ['_pk_hsr.*', 'Heatmap/session recording', '30 minutes'], ['_pk_testcookie.*', 'Checks cookie support', 'immediately deleted'], ['MATOMO_SESSID', 'Matomo session for opt-out / form security', 'session', 'session-id']],
  },
  {
    vendor: 'HubSpot', category: 'analytics', lifetime: '6 months', source: 'knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
    rows: [['__hstc', 'Main visitor tracking (domain, hubspotutk, timestamps, session number)'], ['hubspotutk', 'Visitor identity passed to forms'], ['__hssc', 'Session tracking', '30 minutes'], ['__hssrc', 'Detects a browser restart', 'session'], ['messagesUtk', 'Chat visitor identity', '6 months'], ['__hs_opt_out', 'Remembers that the visitor refused tracking', '6 months', 'preference'], ['__hs_do_not_track', 'Stops HubSpot tracking', '6 months', 'preference'], ['__hs_cookie_cat_pref', 'Consented cookie categories', '6 months', 'preference']],
  },
  {
    vendor: 'Intercom', category: 'functional', lifetime: '9 months', source: 'intercom.com/help/en/articles/2361922-intercom-messenger-cookies', cls: 'tracking',
    rows: [['intercom-id-*', 'Anonymous visitor id for the Messenger'], ['intercom-session-*', 'Keeps the Messenger conversation across pages', '1 week'], ['intercom-device-id-*', 'Device id for the Messenger']],
  },
  {
    vendor: 'VWO', category: 'analytics', lifetime: '1 year', source: 'help.vwo.com/hc/en-us/articles/360007652494-What-Are-the-Cookies-Stored-by-VWO',
    rows: [['_vwo_uuid_v2', 'Visitor id'], ['_vwo_uuid', 'Visitor id'], ['_vwo_ds', 'Visitor data store', '3 months'], ['_vwo_sn', 'Session', '30 minutes'], ['_vis_opt_*', 'Experiment assignment', '100 days'], ['_vwo_*', 'VWO test and visitor state', 'up to 1 year']],
  },
  {
    vendor: 'Azure Application Insights', category: 'analytics', lifetime: '1 year', source: 'learn.microsoft.com/azure/azure-monitor/app/javascript-sdk-configuration#cookie-management',
    rows: [['ai_user', 'Anonymous user id'], ['ai_session', 'Session id and times', '30 minutes idle, 24 hours max'], ['ai_authUser', 'Authenticated user id set by the app', 'session']],
  },
  {
    vendor: 'Optimizely', category: 'analytics', lifetime: '6 months', source: 'support.optimizely.com/hc/en-us/articles/4410289544589-Cookies-and-localStorage-in-the-Optimizely-Web-Experimentation-snippet',
    rows: [['optimizelyEndUserId', 'Visitor id for experiments'], ['optimizelySession', 'Session', 'session'], ['optimizelyOptOut', 'Opt-out choice', '10 years', 'preference'], ['optimizelyRedirectData', 'Redirect experiment data', '5 seconds']],
  },
  {
    vendor: 'Adobe Experience Cloud', category: 'analytics', lifetime: TWO_YEARS, source: 'experienceleague.adobe.com/docs/core-services/interface/data-collection/cookies/analytics.html',
    rows: [
      ['AMCV_*', 'Experience Cloud visitor id (ECID)'], ['AMCVS_*', 'Visitor id service session flag', 'session'], ['s_ecid', 'First-party ECID copy'], ['s_vi', 'Analytics visitor id (data-collection domain)'],
      ['s_fid', 'Fallback visitor id'], ['s_cc', 'Checks cookie support', 'session'], ['s_sq', 'Previous link click (ClickMap)', 'session'], ['s_ppv', 'Percent of page viewed', 'session'],
      ['mbox', 'Adobe Target session and profile'], ['mboxEdgeCluster', 'Adobe Target edge cluster', '30 minutes', 'infrastructure'], ['at_check', 'Adobe Target cookie test', 'session'], ['kndctr_*', 'Web SDK identity', '13 months'],
      ['demdex', 'Audience Manager / ECID third-party id', '180 days'], ['dpm', 'Audience Manager data-partner marker', '180 days'],
    ],
  },
  { vendor: 'Yandex Metrica', category: 'analytics', lifetime: '1 year', source: 'yandex.com/support/metrica/general/cookie-usage.html', rows: [['_ym_uid', 'User id'], ['_ym_d', 'First visit date'], ['_ym_isad', 'Ad-blocker detection', '20 hours'], ['_ym_visorc', 'Session replay', '30 minutes'], ['_ym_*', 'Metrica state', 'up to 1 year']] },
  { vendor: 'Heap', category: 'analytics', lifetime: '13 months', source: 'help.heap.io/data-privacy/cookies', rows: [['_hp2_id.*', 'User id'], ['_hp2_ses_props.*', 'Session properties', '30 minutes'], ['_hp2_props.*', 'Event properties']] },
  { vendor: 'FullStory', category: 'analytics', lifetime: '1 year', source: 'help.fullstory.com/hc/en-us/articles/360020829513', rows: [['fs_uid', 'Visitor and session id'], ['fs_lua', 'Last user action', '30 minutes'], ['fs_cid', 'Consent state', '1 year', 'preference']] },
  { vendor: 'Datadog RUM', category: 'analytics', lifetime: '15 minutes (extended while active, 4 hours max)', source: 'docs.datadoghq.com/real_user_monitoring/browser/data_collected/#cookies', rows: [['_dd_s', 'Real-user-monitoring session']] },
  { vendor: 'Dynatrace RUM', category: 'analytics', lifetime: 'session', source: 'docs.dynatrace.com/docs/manage/data-privacy-and-security/data-privacy/cookie-storage', rows: [['dtCookie', 'Session id for real-user monitoring'], ['dtPC', 'Page context'], ['dtSa', 'Action info across pages'], ['rxVisitor', 'Visitor id', '2 years'], ['rxvt', 'Session timeout', 'session'], ['dtLatC', 'Server latency measure']] },
  { vendor: 'Chartbeat', category: 'analytics', lifetime: '13 months', source: 'help.chartbeat.com/hc/en-us/articles/360050302434', rows: [['_cb', 'Visitor id'], ['_chartbeat2', 'Visit frequency'], ['_cb_svref', 'Referrer', '30 minutes']] },
  { vendor: 'Mouseflow', category: 'analytics', lifetime: '90 days', source: 'help.mouseflow.com/en/articles/4310918-mouseflow-cookies', rows: [['mf_user', 'Returning-visitor flag'], ['mf_*', 'Session recording state', 'session']] },
  { vendor: 'Crazy Egg', category: 'analytics', lifetime: '1 year', source: 'support.crazyegg.com/hc/en-us/articles/115002830647', rows: [['_ceir', 'Returning visitor'], ['cebs', 'Current session', 'session'], ['_CEFT', 'Variant for A/B tests'], ['cebsp_', 'Session page views', 'session']] },
  { vendor: 'Lucky Orange', category: 'analytics', lifetime: '1 year', source: 'help.luckyorange.com/article/31-what-cookies-does-lucky-orange-use', rows: [['_lo_uid', 'Visitor id'], ['_lo_v', 'Visit count'], ['_lo_rid', 'Recording id', '30 minutes'], ['_lorid', 'Recording id', '30 minutes']] },
  { vendor: 'Pendo', category: 'analytics', lifetime: '1 year', source: 'support.pendo.io/hc/en-us/articles/360031832152', rows: [['_pendo_*', 'Visitor and account ids, guide state']] },
  { vendor: 'Vimeo', category: 'analytics', lifetime: '2 years', source: 'vimeo.com/cookie_policy', domains: ['vimeo.com'], rows: [['vuid', 'Vimeo analytics visitor id']] },
  { vendor: 'comScore', category: 'analytics', lifetime: '13 months', source: 'www.scorecardresearch.com/privacy.aspx', domains: ['scorecardresearch.com'], rows: [['UID', 'Audience measurement id'], ['UIDR', 'Audience measurement id (backup)']] },
  { vendor: 'Piano Analytics / AT Internet', category: 'analytics', lifetime: '13 months', source: 'developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookies', rows: [['atuserid', 'Visitor id'], ['_pcid', 'Piano browser id'], ['_pctx', 'Piano context'], ['xbc', 'Piano Composer state']] },
];
