// Types of the textlens API. Every result is plain, JSON-serialisable data with snake_case keys, the
// same shape as the Rust types and the CLI's `--json`.

/** The unit of every offset in a result. */
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/** Built-in entity labels: every one an analysis can report (the Rust `Label::REPORTED`). */
export type BuiltInLabel =
  | "PERSON" | "ORG" | "PLACE" | "NORP"
  | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER" | "ORDINAL"
  | "EMAIL" | "URL" | "PHONE" | "HASHTAG" | "MENTION"
  | "IP_ADDRESS" | "CREDIT_CARD" | "IBAN" | "POSTCODE"
  | "QUOTE";

/** A built-in label, or one defined by custom terms or patterns. */
export type Label = BuiltInLabel | (string & {});

/** Options for one analysis. Unknown keys throw an `Error` naming them. */
export interface AnalyzeOptions {
  /** Only report mentions with these labels (an unknown label, or "MISC", throws an `Error` naming it); `[]` reports none and computes statistics only. Quotes (`quotes`) are reported when this is absent or holds "QUOTE"; their speakers are among the reported PERSON, ORG and PLACE mentions. */
  types?: Label[];
  /** Offset unit; default "utf16", the unit of `String.prototype.slice` and DOM `Range`. */
  offsets?: OffsetUnit;
  /** How many top keyphrases to report in `keywords` (a whole number >= 0; default 10; at most 100 are reported). */
  keywords?: number;
  /** How many key sentences to report in `key_sentences` (a whole number >= 0; default 3). */
  key_sentences?: number;
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
 * its ISO 4217 currency code. Personal data carries a text: CREDIT_CARD its digits, IBAN its characters
 * without spaces, POSTCODE the code as written (IP_ADDRESS carries none).
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
 * A direct quotation (label QUOTE), its quote marks included; it may contain mentions. In utf16 units,
 * `text.slice(start, end) === quote.text`. Rules (scare quotes, titles, speakers): docs/QUOTES.md.
 */
export interface Quote {
  /** Start offset (the opening mark), in the unit of `options.offsets`. */
  start: number;
  /** End offset (exclusive: past the closing mark). */
  end: number;
  /** The quotation exactly as it appears in the input. */
  text: string;
  /** Id of the entity that said it (`entities[i].id`, a PERSON, ORG or PLACE), or `null` when the text does not say or is ambiguous. */
  speaker: number | null;
}

/** Summary statistics, one flat object (the same keys as the Rust `Stats` and the CLI's `--json`). Ratios and scores are 0 when their divisor is 0. */
export interface Stats {
  /** Unicode scalar values (code points), whitespace included. */
  characters: number;
  /** Unicode scalar values that are not whitespace. */
  characters_no_spaces: number;
  /** Alphabetic characters. */
  letters: number;
  /** Words: see the word rules of docs/STATISTICS.md (URLs, e-mail addresses and hyphenated compounds count as one). */
  words: number;
  /** Distinct words, case-folded. */
  unique_words: number;
  /** Sentences. */
  sentences: number;
  /** Paragraphs: blocks separated by blank lines. */
  paragraphs: number;
  /** Syllables of all words (a word without letters counts one). */
  syllables: number;
  /** Mean words per sentence. */
  words_per_sentence: number;
  /** Mean syllables per word. */
  syllables_per_word: number;
  /** Mean letters per word. */
  letters_per_word: number;
  /** Mean sentences per paragraph. */
  sentences_per_paragraph: number;
  /** Words of 7 letters or more. */
  long_words: number;
  /** Words of 3 syllables or more (polysyllables). */
  complex_words: number;
  /** Words not familiar by the Dale–Chall rules (not on the list, nor a regular inflection of a word on it, nor a proper name, nor a number). */
  difficult_words: number;
  /** Silent reading time at 238 words per minute, in seconds. */
  reading_time_seconds: number;
  /** Speaking time at 150 words per minute, in seconds. */
  speaking_time_seconds: number;
  /** Flesch Reading Ease (higher is easier; 60–70 is plain English). */
  flesch_reading_ease: number;
  /** Flesch–Kincaid grade level (US school grade). */
  flesch_kincaid_grade: number;
  /** Gunning Fog index (years of formal education). */
  gunning_fog: number;
  /** SMOG grade (US school grade). */
  smog_index: number;
  /** Coleman–Liau index (US school grade). */
  coleman_liau_index: number;
  /** Automated Readability Index (US school grade). */
  automated_readability_index: number;
  /** New Dale–Chall raw score (4.9 or lower: grade 4 and below; 9.0–9.9: college). */
  dale_chall_score: number;
  /** Type–token ratio: `unique_words / words`. */
  type_token_ratio: number;
  /** Measure of Textual Lexical Diversity (McCarthy & Jarvis 2010), in words per factor. */
  mtld: number;
}

/**
 * A keyphrase of the text: a phrase of one to three words or a recognised name (a linked entity under
 * its fullest name), scored by YAKE! (Campos et al. 2020); stop words, plain verbs and numbers kept out.
 */
export interface Keyword {
  /** The phrase as written, e.g. "nuclear weapons"; for an entity its canonical name, e.g. "Kim Jong Un". */
  text: string;
  /** The Porter2 (Snowball English) stems of its words, space-separated, e.g. "nuclear weapon". */
  stem: string;
  /** How many times it occurs (for an entity: how many mentions it has). */
  count: number;
  /** Its relevance in (0, 1], higher is more relevant: 1 / (1 + its YAKE! score). */
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
  /** Direct quotations in document order, with their speakers (empty when `options.types` leaves out "QUOTE"). */
  quotes: Quote[];
  /** Top keywords, most frequent first (`options.keywords` of them, default 10). */
  keywords: Keyword[];
  /** Key sentences in document order (`options.key_sentences` of them, default 3). */
  key_sentences: KeySentence[];
}

/**
 * The errors every call may throw:
 * - `TypeError`: a non-string text, options or config of the wrong type (the message names the argument);
 * - `RangeError`: a text (or a `TextDocument` in all) over `MAX_TEXT_BYTES` UTF-8 bytes;
 * - `Error`: an unknown option, label or offset unit, an invalid user regex, a freed `Analyzer`, or
 *   (slim) a call before `init` — the message names the culprit.
 * The instance survives every error: the next call works.
 */
export type TextlensError = TypeError | RangeError | Error;

/** The largest text accepted, in UTF-8 bytes (256 MiB). */
export const MAX_TEXT_BYTES: number;

/** Analyses `text` with the built-in recognisers. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** What `redact` puts in place of a mention: "[PERSON 1]" (per linked entity), "[PERSON]", or a mask. */
export type RedactStyleName = "placeholder" | "label" | "mask";

/** Options of `redact`. Unknown keys throw an `Error` naming them. */
export interface RedactOptions {
  /** The labels to replace; default ["PERSON", "EMAIL", "PHONE", "IP_ADDRESS", "CREDIT_CARD", "IBAN"] ("MISC", "QUOTE" or an unknown label throws). */
  labels?: Label[];
  /** "placeholder" (default: "[PERSON 1]" for every mention of the first person), "label" ("[PERSON]") or "mask". */
  style?: RedactStyleName;
  /** With style "mask": the one character repeated (default "█"). */
  mask?: string;
  /** With style "mask": a fixed number of mask characters (a whole number >= 1) instead of one per character of the mention. */
  mask_length?: number;
  /** Offset unit of the replacements; default "utf16". */
  offsets?: OffsetUnit;
}

/** One replaced mention: where it was in the original, where its replacement is in the redacted text. */
export interface Replacement {
  /** Start in the original text: `original === text.slice(start, end)` (utf16). */
  start: number;
  end: number;
  /** Start in the redacted text: `replacement === redacted.slice(redacted_start, redacted_end)` (utf16). */
  redacted_start: number;
  redacted_end: number;
  /** The mention's text in the original. */
  original: string;
  /** What replaced it: "[PERSON 1]", "[EMAIL]", "███". */
  replacement: string;
  label: Label;
  /** Id of the mention's linked entity: every mention of one entity has the same id (and placeholder). */
  entity: number;
}

/** A redacted text and the map back to the original (plain data, JSON-serialisable). */
export interface Redaction {
  text: string;
  /** One per replaced mention, in document order. */
  replacements: Replacement[];
}

/** Replaces personal data in `text` (one analysis; see `RedactOptions`). */
export function redact(text: string, options?: RedactOptions): Redaction;

/**
 * Puts the originals back: `restore(r.text, r.replacements) === text` (utf16 offsets). Throws an
 * `Error` naming the replacement whose span does not hold its `replacement`.
 */
export function restore(redacted: string, replacements: Replacement[]): string;

/** A configured analyser. Call `free()` when done; a FinalizationRegistry frees it otherwise. */
export class Analyzer {
  constructor(config?: AnalyzerConfig);
  /** Analyses `text` with this analyser's terms and patterns as well as the built-in recognisers. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Redacts `text` with this analyser's configuration (its own labels may be in `options.labels`). */
  redact(text: string, options?: RedactOptions): Redaction;
  /** Every label this analyser can report. */
  labels(): string[];
  /**
   * Starts an empty document analysed with this analyser and `options`: feed it text piece by piece,
   * and its `analysis()` equals one `analyze()` of all the pieces concatenated. Throws what
   * `analyze` throws for bad options.
   */
  document(options?: AnalyzeOptions): TextDocument;
  /** Frees the Rust memory now; any later call, `free()` included, throws an `Error`. */
  free(): void;
}

/**
 * A text that grows piece by piece, analysed as one (made by `Analyzer.prototype.document`). Pieces
 * are concatenated as given. Call `free()` when done; a FinalizationRegistry frees it otherwise.
 */
export interface TextDocument {
  /** The text so far: every piece, concatenated. */
  readonly text: string;
  /**
   * Appends `piece` and returns the mentions of the paragraphs it finished (a blank line ends one),
   * with offsets from the start of the whole text. An early view for painting: each paragraph is
   * recognised on its own and `entity` ids are provisional; the exact mentions are `analysis()`'s.
   */
  feed(piece: string): Mention[];
  /** Appends `piece` without recognising anything yet (cheaper when only `analysis()` is wanted). */
  append(piece: string): void;
  /** The analysis of the whole text so far: exactly `analyze(text, options)`. More pieces may follow. */
  analysis(): Analysis;
  /**
   * The same analysis in bounded steps, for a thread that must stay responsive (a page with no
   * worker). The steps analyse the text as it is now; pieces appended meanwhile are not in it.
   */
  analysisSteps(): AnalysisSteps;
  /** Frees the Rust memory now; any later call, `free()` included, throws an `Error`. */
  free(): void;
}

/**
 * A document's analysis run a bounded amount of work at a time (made by
 * `TextDocument.prototype.analysisSteps`): step, yield to the event loop, step again, then `finish()`.
 */
export interface AnalysisSteps {
  /**
   * Does about `units` units of work (about eight units per UTF-8 byte of text make the whole
   * analysis) and returns true once it is complete. `units`: a whole number from 1 to 2^32 - 1,
   * else a `TypeError`.
   */
  step(units: number): boolean;
  /** The analysis, exactly `TextDocument.analysis()`'s; what is left of it runs now. Frees the steps. */
  finish(): Analysis;
  /** Frees the Rust memory now; any later call, `free()` included, throws an `Error`. */
  free(): void;
}

/** Resolves when the WebAssembly module is ready; with this entry it already is once imported. */
export default function init(): Promise<void>;
