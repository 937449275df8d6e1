// Types of the textlens API. Every result is plain, JSON-serialisable data with snake_case keys, the
// same shape as the Rust types and the CLI's `--json`.

/** The unit of every offset in a result. */
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/** Built-in entity labels. */
export type BuiltInLabel =
  | "PERSON" | "ORG" | "PLACE" | "NORP" | "MISC"
  | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER" | "ORDINAL"
  | "EMAIL" | "URL" | "PHONE" | "HASHTAG" | "MENTION";

/** A built-in label, or one defined by custom terms or patterns. */
export type Label = BuiltInLabel | (string & {});

/** Options for one analysis. Unknown keys throw an `Error` naming them. */
export interface AnalyzeOptions {
  /** Only report mentions with these labels; an unknown label throws an `Error` naming it. */
  types?: Label[];
  /** Offset unit; default "utf16", the unit of `String.prototype.slice` and DOM `Range`. */
  offsets?: OffsetUnit;
  /** How many top keywords to compute into `keywords` (`true`: the default number; 0 or `false`: none). */
  keywords?: number | boolean;
  /** How many key sentences to pick into `key_sentences` (`true`: the default number; 0 or `false`: none). */
  key_sentences?: number | boolean;
}

/** A user pattern: matches of `regex` (Rust `regex` syntax: linear time, no look-around) get `label`. */
export interface UserPattern {
  label: string;
  regex: string;
}

/** Configuration of an `Analyzer`. Unknown keys, bad labels and invalid regexes throw an `Error` naming them. */
export interface AnalyzerConfig {
  /** Terms found as whole words, by label: `{ PRODUCT: ["Galaxy S24"] }`. */
  terms?: Record<string, string[]>;
  /** Regular expressions with their own labels. */
  patterns?: UserPattern[];
  /** Whether user terms and patterns win overlaps ("custom_first", the default) or the longest span does. */
  priority?: "custom_first" | "longest";
  /** Match terms regardless of ASCII letter case (default false). */
  case_insensitive_terms?: boolean;
}

/**
 * A normalised value, where the text is unambiguous: a number (NUMBER, ORDINAL, PERCENT), an ISO 8601
 * text (DATE "2024-04-25", "2024-04-25/2024-04-27"; TIME "19:30"), a range, or an amount of money with
 * its ISO 4217 currency code.
 */
export type Value =
  | number
  | string
  | { from: number; to: number }
  | { amount: number; currency: string }
  | { from: number; to: number; currency: string };

/** One span of text that names something. In utf16 units, `text.slice(start, end) === mention.text`. */
export interface Mention {
  /** Start offset, in the unit of `options.offsets`. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The text exactly as it appears in the input. */
  text: string;
  label: Label;
  /** Id of the linked entity this mention refers to (`entities[i].id`). */
  entity: number;
  /** Normalised value of a pattern mention (dates, times, amounts, numbers), when unambiguous. */
  value?: Value;
}

/** One thing the text talks about, gathered from all its mentions. */
export interface Entity {
  id: number;
  label: Label;
  /** Canonical name: the most complete form used in the text. */
  name: string;
  /** Number of mentions. */
  mentions: number;
}

/**
 * Summary statistics. Counts of characters are in Unicode code points. Fields marked optional are
 * computed by newer cores; check for them before use.
 */
export interface Stats {
  characters: number;
  characters_no_spaces: number;
  words: number;
  sentences: number;
  paragraphs: number;
  unique_words?: number;
  syllables?: number;
  words_per_sentence?: number;
  syllables_per_word?: number;
  long_words?: number;
  complex_words?: number;
  /** Minutes. */
  reading_time?: number;
  /** Minutes. */
  speaking_time?: number;
  flesch_reading_ease?: number;
  flesch_kincaid_grade?: number;
  gunning_fog?: number;
  smog?: number;
  coleman_liau?: number;
  ari?: number;
  dale_chall?: number;
  type_token_ratio?: number;
  mtld?: number;
}

/** A top keyword (stop words removed). */
export interface Keyword {
  /** The keyword, in its most frequent surface form. */
  text: string;
  /** Occurrences in the text. */
  count: number;
  /** Relevance; higher is more important. */
  score: number;
}

/** A sentence picked for an extractive summary. */
export interface KeySentence {
  start: number;
  end: number;
  text: string;
  score: number;
}

/** Everything textlens finds in one text: plain data that survives `JSON.stringify` and `structuredClone`. */
export interface Analysis {
  stats: Stats;
  /** Every mention, in document order, never overlapping. */
  mentions: Mention[];
  /** Linked entities, in order of first mention. */
  entities: Entity[];
  /** Present when `options.keywords` asks for them. */
  keywords?: Keyword[];
  /** Present when `options.key_sentences` asks for them. */
  key_sentences?: KeySentence[];
}

/**
 * The errors every call may throw:
 * - `TypeError`: a non-string text, options or config of the wrong type (the message names the argument);
 * - `RangeError`: a text over `MAX_TEXT_BYTES` UTF-8 bytes;
 * - `Error`: an unknown option, label or offset unit, an invalid user regex, a freed `Analyzer`, or
 *   (slim) a call before `init` — the message names the culprit.
 * The instance survives every error: the next call works.
 */
export type TextlensError = TypeError | RangeError | Error;

/** The largest text accepted, in UTF-8 bytes (256 MiB). */
export const MAX_TEXT_BYTES: number;

/** Analyses `text` with the built-in recognisers. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** A configured analyser. Call `free()` when done; a FinalizationRegistry frees it otherwise. */
export class Analyzer {
  constructor(config?: AnalyzerConfig);
  /** Analyses `text` with this analyser's terms and patterns as well as the built-in recognisers. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Every label this analyser can report. */
  labels(): string[];
  /** Frees the Rust memory now; any later call, `free()` included, throws an `Error`. */
  free(): void;
}

/** Resolves when the WebAssembly module is ready; with this entry it already is once imported. */
export default function init(): Promise<void>;
