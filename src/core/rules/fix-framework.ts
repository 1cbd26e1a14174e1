/** Which framework's settings fix a cookie the analysis attributes to a framework (docs/rules.md §9). */
import type { Framework } from '../analysis-types.ts';
import type { FixFramework } from './types.ts';

const FROM_ANALYSIS: Partial<Record<Framework, FixFramework>> = {
  django: 'django', flask: 'flask', express: 'express', rails: 'rails', laravel: 'laravel', php: 'php',
  java: 'java', spring: 'spring', aspnetcore: 'aspnetcore',
};

/** Undefined for formats no framework setting controls (a hand-made JWT, Auth.js, classic ASP.NET). */
export function fixFrameworkOf(framework: Framework | undefined): FixFramework | undefined {
  return framework ? FROM_ANALYSIS[framework] : undefined;
}
