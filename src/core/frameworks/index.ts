/**
 * THE framework registry: one module per framework, listed once here. Every other framework list is derived from
 * it: the analysis' `Framework` ids, the frameworks that get fix lines (`FixFramework`, in detection tie-break
 * order; docs/rules.md §9), their labels, the catalogue's default names, the name hints of the site report, the
 * explain texts of the formats the detectors (src/core/decode/frameworks/) emit. Adding a framework: one module +
 * one line below (docs/adding.md).
 */
import type { ExplainText } from '../vocabulary.ts';
import { aspnet } from './aspnet.ts';
import { aspnetcore } from './aspnetcore.ts';
import { authjs } from './authjs.ts';
import { coldfusion } from './coldfusion.ts';
import { django } from './django.ts';
import { express } from './express.ts';
import { flask } from './flask.ts';
import { java } from './java.ts';
import { jwt } from './jwt.ts';
import { laravel } from './laravel.ts';
import { php } from './php.ts';
import { rails } from './rails.ts';
import { spring } from './spring.ts';
import type { FrameworkFacts, FrameworkRegistry } from './types.ts';

/** In detection tie-break order: the frameworks with fix lines first, as the report ranks them. */
export const FRAMEWORKS = {
  django,
  express,
  flask,
  rails,
  laravel,
  php,
  spring,
  java,
  aspnetcore,
  aspnet,
  authjs,
  jwt,
  coldfusion,
} as const;

type Modules = typeof FRAMEWORKS;

/** Every framework the analysis recognises (Classification.framework). */
export type Framework = keyof Modules;

/** The frameworks whose settings control their cookies: each gets fix lines and a settings block. */
export type FixFramework = { [K in Framework]: Modules[K] extends FrameworkRegistry ? K : never }[Framework];

/** The formats the detectors may emit for a framework: the keys of its explain texts. */
export type FrameworkFormat = { [K in Framework]: keyof Modules[K]['explain'] & string }[Framework];

const ALL: readonly (readonly [Framework, FrameworkFacts])[] = Object.entries(FRAMEWORKS) as [
  Framework,
  FrameworkFacts,
][];

function hasFixes(facts: FrameworkFacts): facts is FrameworkRegistry {
  return 'render' in facts;
}

/** The frameworks with fix lines, in detection tie-break order. */
export const FIX_FRAMEWORKS: readonly FixFramework[] = ALL.filter(([, f]) => hasFixes(f)).map(
  ([id]) => id as FixFramework,
);

/** Each fix framework's registry (settings file, managed cookies, how a setting is written). */
export const REGISTRIES = Object.fromEntries(ALL.filter(([, f]) => hasFixes(f))) as Readonly<
  Record<FixFramework, FrameworkRegistry>
>;

/** How the panel, the CLI and the report name each framework. */
export const FRAMEWORK_LABELS = Object.fromEntries(ALL.map(([id, f]) => [id, f.label])) as Readonly<
  Record<Framework, string>
>;

/** The explain texts of every framework format, by formatId. */
export const FORMAT_EXPLAIN: Readonly<Record<string, Partial<ExplainText>>> = Object.assign(
  {},
  ...ALL.map(([, f]) => f.explain),
);

export function isFramework(id: string): id is Framework {
  return Object.hasOwn(FRAMEWORKS, id);
}

/** The fix framework for a framework the analysis names; undefined for one no setting controls (Auth.js, a JWT, ASP.NET). */
export function fixFrameworkOf(framework: Framework | undefined): FixFramework | undefined {
  return framework !== undefined && hasFixes(FRAMEWORKS[framework]) ? (framework as FixFramework) : undefined;
}
