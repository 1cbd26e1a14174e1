/** What a framework detector returns (docs/rules.md §5, F1–F22). */
import type { Confidence, CookieClass, DecodedLayer, Framework, Readability } from '../../analysis-types.ts';
import type { FrameworkFormat } from '../../frameworks/index.ts';
import type { JsonValue } from '../json.ts';

export interface FrameworkContext {
  name: string;
  lowerName: string;
  /** The value as stored. */
  raw: string;
  /** Quotes stripped, then URL-decoded. */
  val: string;
  nowMs: number;
  /** Names of the other cookies in the same jar (for `session.sig`-style companions). */
  siblingNames?: ReadonlySet<string>;
}

export interface FrameworkMatch {
  framework: Framework;
  /** e.g. "Django signed_cookies session". */
  label: string;
  /**
   * Key of the explain texts: a format of a framework module (src/core/frameworks/<name>.ts `explain`), so a detector
   * cannot emit a format without its text; or a class, whose text is the class's own.
   */
  formatId: FrameworkFormat | CookieClass;
  cls: CookieClass;
  readability: Readability;
  subtype: string;
  isAuth: boolean;
  confidence: Confidence;
  /** Plain-words reasons, most important first. */
  evidence: string[];
  /** Layers after the URL/quotes steps, outermost first. */
  layers: DecodedLayer[];
  /** The random part whose entropy matters (e.g. the express-session ID without its signature). */
  idPart?: string;
  /** The alphabet the framework draws `idPart` from, when known (a single value may not show every character). */
  idCharset?: { bits: number; words: string };
  /** Decoded JSON payload, for sensitive-data scanning and evidence. */
  json?: JsonValue | null;
}

export type FrameworkDetector = (ctx: FrameworkContext) => FrameworkMatch | null;
