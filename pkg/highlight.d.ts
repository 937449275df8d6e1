import type { Analysis, Entity, Label, Mention, Quote, Stats } from "./index.js";

/** Which renderer paints the mentions. */
export type RendererName = "highlight-api" | "mark";

/** Progress of one run, reported at each slice. */
export interface HighlightProgress {
  phase: "gather" | "analyze" | "render" | "done";
  /** gather: text nodes so far; analyze: UTF-16 units analysed; render: mentions painted. */
  done: number;
  /** The total when known. */
  total?: number;
}

/**
 * Anything that analyses text like the package does: an `Analyzer`, a worker client, a message proxy.
 * With `document()` (as `Analyzer` and the worker's `Analyzer` have), the text is sent in pieces of at
 * most `chunkSize` units and live mode appends to the same document; without it, `analyze()` gets the
 * whole text in one call. Either way the handle reports the analysis of the whole text.
 */
export interface AnalyzerLike {
  analyze(text: string, options?: { types?: Label[] }): Analysis | Promise<Analysis>;
  document?(options?: { types?: Label[] }): DocumentLike | Promise<DocumentLike>;
}

/** What `highlight()` uses of a `TextDocument` (or the worker's). */
export interface DocumentLike {
  append(piece: string): void | Promise<void>;
  analysis(): Analysis | Promise<Analysis>;
  /** Where present (a `TextDocument` on the page's thread), the analysis runs in steps between slices. */
  analysisSteps?(): { step(units: number): boolean; finish(): Analysis; free(): void };
  free(): void;
}

/** Options of `highlight()`. Unknown keys are an error. */
export interface HighlightOptions {
  /** Only these labels. */
  types?: Label[];
  /** A selector: matching elements (and their subtrees) are not highlighted. */
  exclude?: string;
  /** Default: "highlight-api" where the browser has the CSS Custom Highlight API, else "mark". */
  renderer?: RendererName;
  /** Highlight API only. "auto" (default): above 1000 ranges, register only those near the viewport. */
  paint?: "auto" | "all" | "visible";
  /** The analyser; default: the package's worker (`textlens/worker`, off the main thread), started on first use, or one shared main-thread `Analyzer` where a module worker cannot start. */
  analyzer?: AnalyzerLike;
  onProgress?: (progress: HighlightProgress) => void;
  /** Aborting rejects the run with the signal's reason and removes what it had painted. */
  signal?: AbortSignal;
  /** Enter open shadow roots (flat-tree order, slots followed). Default false. */
  shadowRoots?: boolean;
  /** Watch for added subtrees and highlight them too (debounced; default 200 ms). Default false. */
  observe?: boolean | { debounce?: number };
  /** Called after added subtrees were highlighted (with `observe`): the handle then equals one analysis of its whole `text`. */
  onUpdate?: (handle: HighlightHandle) => void;
  /** Largest piece of text, in UTF-16 units, sent to the analyser's document in one call (Infinity: one piece). Default 100000. The analysis is always that of the whole text. */
  chunkSize?: number;
  /** Milliseconds of work per slice before yielding to the event loop. Default 8. */
  sliceBudget?: number;
  /** Adopt the default stylesheet (pkg/highlight.css) unless the page links it. Default true. */
  styles?: boolean;
  /** Class of the <mark> elements. Default "textlens". */
  className?: string;
}

/** What is under a point or a mark. */
export interface HighlightHit {
  /** The mention's entity; on a quote, its speaker (or null). */
  entity: Entity | null;
  /**
   * The mention; on a quote, the part of it under the point: `{ start, end, label: "QUOTE", entity }`
   * (quotes are painted as a layer of their parts between the mentions inside them, so the two never
   * overlap; with marks those parts are `mark[data-label="QUOTE"][data-quote=<index in quotes>]`).
   */
  mention: Mention;
  /** The quote under the point (its part is `mention`), else null. */
  quote: Quote | null;
  /** The mark pieces of the mention (mark renderer), else null. */
  marks: HTMLElement[] | null;
  /** The mention's range (Highlight API renderer), else null. */
  range: Range | null;
}

/** A finished run. */
export interface HighlightHandle {
  readonly renderer: RendererName;
  /** The gathered text (separators included); mention offsets index into it. */
  readonly text: string;
  readonly mentions: Mention[];
  readonly entities: Entity[];
  /** The quotations, painted as label QUOTE (none when `types` leaves "QUOTE" out). */
  readonly quotes: Quote[];
  readonly stats: Stats;
  /** The analysis of the whole `text`: exactly what `analyze(handle.text, { types })` returns. */
  readonly analysis: Analysis;
  /** How many pieces the text was sent to the analyser in (live additions included). */
  readonly chunks: number;
  /** How many mentions were painted (mentions whose text changed during the run are skipped). */
  readonly painted: number;
  /** The entity under a viewport point (e.g. a mouse event's clientX/clientY), or null. */
  entityAt(x: number, y: number): HighlightHit | null;
  /** The entity a mark (or an element inside one) belongs to, or null. */
  entityOf(element: Element): HighlightHit | null;
  /**
   * A new DOM `Range` over the mention at `index` in `mentions` (e.g. to scroll to it), or null when
   * that mention covers no text, its text changed since, or the handle was cleared.
   */
  rangeOf(index: number): Range | null;
  /** Removes everything this run painted; with marks the DOM is restored exactly. */
  clear(): void;
}

/** Highlights the entities under `root`; a newer run on the same root replaces this one. */
export function highlight(root: Element | Document | DocumentFragment, options?: HighlightOptions): Promise<HighlightHandle>;

/** The elements never highlighted. */
export const SKIP_SELECTOR: string;
/**
 * The text of `textlens/highlight.css`, for code that adopts the stylesheet itself (`styles: false`),
 * e.g. to remove it again: `sheet.replaceSync(DEFAULT_CSS); doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]`.
 */
export const DEFAULT_CSS: string;
/** The `CSS.highlights` name of a label: "textlens-" + the label in lower case. */
export function highlightName(label: Label): string;
/** True when the browser has the CSS Custom Highlight API. */
export function hasHighlightApi(): boolean;
export const DEFAULT_CHUNK_SIZE: number;
export const DEFAULT_SLICE_BUDGET: number;
