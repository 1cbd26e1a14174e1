/**
 * The site's settings block for one framework: the settings every unmuted finding's fix asks for, merged by setting
 * (src/core/rules/advice.ts) and written in the framework's own syntax by its registry.
 */
import { type FixFramework, REGISTRIES } from '../frameworks/index.ts';
import { mergeSettings } from '../rules/advice.ts';
import type { Finding } from '../rules/types.ts';

/** The block to paste into the framework's settings file for this site. */
export interface FrameworkSettings {
  framework: FixFramework;
  label: string;
  file: string;
  lines: string[];
  /** The options objects (Express: keyed by middleware, `session` for express-session). */
  options?: Record<string, unknown>;
  check?: string;
}

export function frameworkSettings(framework: FixFramework, findings: readonly Finding[]): FrameworkSettings {
  const reg = REGISTRIES[framework];
  const merged = mergeSettings(findings.filter((f) => !f.muted).map((f) => f.fix.settings?.[framework] ?? []));
  const rendered = merged.length > 0 ? reg.render(merged) : { lines: [] };
  const block: FrameworkSettings = { framework, label: reg.label, file: reg.file, lines: rendered.lines };
  if (rendered.options !== undefined) block.options = rendered.options;
  if (reg.check !== undefined) block.check = reg.check;
  return block;
}
