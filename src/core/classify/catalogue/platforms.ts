/** E-commerce/CMS platforms and support widgets (vendor documentation in `source`). */
import type { VendorBlock } from './types.ts';

export const PLATFORMS: readonly VendorBlock[] = [
  {
    vendor: 'Shopify',
    category: 'analytics',
    lifetime: '1 year',
    source: 'www.shopify.com/legal/cookies',
    // Shops run on any domain, so there is no guard: the generic names (cart, localization...) count only when corroborated.
    home: ['myshopify.com', 'shopify.com', 'shop.app'],
    // The cart token: 32 hex digits, "c1-" + 32 hex, or the newer base64 "Z2Nw..." token, then "?key=..." since 2023
    // (shopify.dev/changelog/cart-cookie-value-now-includes-key-param; shopify.dev/docs/api/ajax/reference/cart).
    shapes: { cart: /^(?:(?:c1-)?[0-9a-f]{32}|Z2Nw[A-Za-z0-9_-]{20,})(?:\?key=[0-9A-Za-z]+)?$/ },
    rows: [
      ['_shopify_y', 'Shop analytics: visitor id'],
      ['_shopify_s', 'Shop analytics: session', '30 minutes'],
      ['_shopify_sa_p', 'Marketing attribution', '30 minutes'],
      ['_shopify_sa_t', 'Marketing attribution', '30 minutes'],
      ['_orig_referrer', 'Landing referrer', '2 weeks'],
      ['_landing_page', 'Landing page', '2 weeks'],
      ['_shopify_essential', 'Shop session state', '1 year', 'session-id'],
      ['_secure_session_id', 'Checkout session', '24 hours', 'session-id'],
      ['cart', 'Cart token', '2 weeks', 'session-id'],
      ['cart_sig', 'Cart signature', '2 weeks', 'client-data'],
      ['cart_ts', 'Cart timestamp', '2 weeks', 'client-data'],
      ['cart_currency', 'Cart currency', '2 weeks', 'preference'],
      ['secure_customer_sig', 'Customer login', '1 year', 'session-id'],
      ['localization', 'Shop localisation', '2 weeks', 'preference'],
      ['keep_alive', 'Buyer localisation', '30 minutes', 'infrastructure'],
      ['_shopify_m', 'Privacy banner state', '1 year', 'preference'],
      ['_shopify_tm', 'Privacy banner state', '30 minutes', 'preference'],
      ['_shopify_tw', 'Privacy banner state', '2 weeks', 'preference'],
    ],
  },
  {
    vendor: 'WordPress',
    category: 'framework',
    lifetime: 'session or 14 days with "remember me"',
    source: 'developer.wordpress.org/advanced-administration/wordpress/cookies/',
    rows: [
      ['wordpress_logged_in_*', 'Logged-in user: user name, expiry and HMAC', undefined, 'auth-token'],
      ['wordpress_sec_*', 'Admin area authentication (secure)', undefined, 'auth-token'],
      ['wordpress_test_cookie', 'Checks cookie support before login', 'session', 'unknown'],
      ['wp-settings-time-*', 'When user settings were saved', '1 year', 'preference'],
      ['wp-settings-*', 'Admin interface settings', '1 year', 'preference'],
      ['comment_author_*', 'Commenter name / e-mail / URL', '347 days', 'preference'],
      ['wp_lang', 'Login-screen language', 'session', 'preference'],
    ],
  },
  {
    vendor: 'WooCommerce',
    category: 'framework',
    lifetime: '2 days',
    source: 'woocommerce.com/document/woocommerce-cookies/',
    rows: [
      ['woocommerce_cart_hash', 'Cart contents changed?', 'session', 'client-data'],
      ['woocommerce_items_in_cart', 'Cart not empty', 'session', 'client-data'],
      ['wp_woocommerce_session_*', 'Customer session key', '2 days', 'session-id'],
      ['tk_ai', 'Jetpack/WooCommerce analytics anonymous id', 'session', 'tracking'],
    ],
  },
  {
    vendor: 'Zendesk',
    category: 'functional',
    lifetime: '1 year',
    source: 'support.zendesk.com/hc/en-us/articles/4408832757402',
    rows: [
      ['__zlcmid', 'Chat widget visitor id', '1 year', 'tracking'],
      ['__zlcstore', 'Chat widget state', '1 year', 'preference'],
      ['ZD-suid', 'Web widget session id', '20 minutes', 'tracking'],
      ['ZD-buid', 'Web widget device id', 'persistent', 'tracking'],
    ],
  },
  {
    vendor: 'Tawk.to',
    category: 'functional',
    lifetime: '6 months',
    source: 'help.tawk.to/article/what-cookies-does-tawkto-use',
    cls: 'tracking',
    rows: [
      ['TawkConnectionTime', 'Chat connection time', 'session'],
      ['twk_uuid_*', 'Chat visitor id'],
      ['__tawkuuid', 'Chat visitor id'],
    ],
  },
];
