/** The unit of every offset in a result. */
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/** Built-in entity labels. */
export type BuiltInLabel =
  | "PERSON" | "ORG" | "PLACE" | "NORP" | "MISC"
  | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER" | "ORDINAL"
  | "EMAIL" | "URL" | "PHONE" | "HASHTAG" | "MENTION";

/** A built-in label, or one defined by custom terms or patterns. */
export type Label = BuiltInLabel | (string & {});

/** Options for one analysis. Unknown keys are an error. */
export interface AnalyzeOptions {
  /** Only report mentions with these labels. */
  types?: Label[];
  /** Offset unit; default "utf16", the unit of String.prototype.slice and DOM Range. */
  offsets?: OffsetUnit;
}

/**
 * A normalised value, where the text is unambiguous: a number (NUMBER, ORDINAL, PERCENT), an ISO 8601
 * text (DATE "2024-04-25", "--04-25", "2024-04-25/2024-04-27"; TIME "19:30", "09:00/17:00"), a range
 * ("5-7%"), or an amount of money with its ISO 4217 code, possibly a range.
 */
export type Value =
  | number
  | string
  | { from: number; to: number }
  | { amount: number; currency: string }
  | { from: number; to: number; currency: string };

/** A user pattern: matches of `regex` (Rust `regex` syntax) get `label`. */
export interface UserPattern {
  label: string;
  regex: string;
}

/** Configuration of an Analyzer. Unknown keys are an error. */
export interface AnalyzerConfig {
  /** Terms found as whole words, by label: `{ PRODUCT: ["Galaxy S24"] }`. */
  terms?: Record<string, string[]>;
  /** Regular expressions; an invalid one, or one that can match "", throws an Error naming it. */
  patterns?: UserPattern[];
  /** Whether user terms and patterns win overlaps ("custom_first", the default) or the longest span does. */
  priority?: "custom_first" | "longest";
  /** Match terms regardless of ASCII letter case (default false). */
  case_insensitive_terms?: boolean;
}

/** One span of text that names something. `text.slice(start, end) === mention.text` in utf16 units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  label: Label;
  /** Id of the linked entity this mention refers to. */
  entity: number;
  value?: Value;
}

/** One thing the text talks about, gathered from all its mentions. */
export interface Entity {
  id: number;
  label: Label;
  /** Canonical name. */
  name: string;
  /** Number of mentions. */
  mentions: number;
}

/** Summary statistics. */
export interface Stats {
  characters: number;
  characters_no_spaces: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

/** Everything textlens finds in one text: plain, JSON-serialisable data. */
export interface Analysis {
  stats: Stats;
  mentions: Mention[];
  entities: Entity[];
}

/** Analyses `text`. Throws TypeError for a non-string text, Error naming a bad option. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** A configured analyser. Call free() when done; a FinalizationRegistry frees it otherwise. */
export class Analyzer {
  constructor(config?: AnalyzerConfig);
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Every label this analyser can report. */
  labels(): string[];
  free(): void;
}

/** Resolves when the WebAssembly module is ready. */
export default function init(): Promise<void>;
