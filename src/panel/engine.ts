/**
 * The analysis engine, loaded after the panel has painted its first rows (a separate chunk): the Public Suffix
 * List, decoding and classification, the security rules and the site report. The table does not wait for it.
 */
import '../core/cookie/public-suffix-list.ts';

export { analyzeCookie } from '../core/analyze.ts';
export { analyzeInJar, jarContext, jarFindings, jarReport, jarSignature } from '../core/analyze-jar.ts';
export { detectFrameworks } from '../core/report/frameworks.ts';
export { reportToMarkdown } from '../core/report/markdown.ts';
export { buildSiteReport, GRADING } from '../core/report/report.ts';
export { runRules } from '../core/rules/engine.ts';
export { explainRefusal, parseSetCookieHeader, toStoredCookie } from '../core/set-cookie/index.ts';
