/**
 * ColdFusion: recognised from its CFID/CFTOKEN client cookies, no fix lines. Source: client and session variables,
 * https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-client-variables.html
 */
import type { FrameworkFacts } from './types.ts';

export const coldfusion = {
  id: 'coldfusion',
  label: 'ColdFusion',
  docs: [
    {
      label: 'ColdFusion: configuring and using client variables',
      url: 'https://helpx.adobe.com/coldfusion/developing-applications/developing-cfml-applications/using-persistent-data-and-locking/configuring-and-using-client-variables.html',
    },
  ],
  names: {
    vendor: 'ColdFusion',
    lifetime: 'persistent',
    source: 'helpx.adobe.com/coldfusion (CFID/CFTOKEN)',
    rows: [
      ['CFID', 'Client id'],
      ['CFTOKEN', 'Client token'],
    ],
  },
  fingerprints: [[/^(CFID|CFTOKEN)$/i, 'ColdFusion']],
  explain: {
    'coldfusion-client': {
      what: "ColdFusion's CFID/CFTOKEN pair: together they name this browser's client and session variables, which stay on the server.",
    },
  },
} satisfies FrameworkFacts;
