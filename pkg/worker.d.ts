// textlens/worker: the API of "textlens" running in a module worker; every call returns a Promise.
import type { Analysis, AnalyzeOptions, AnalyzerConfig, Mention, Redaction, RedactOptions } from "./index.js";

export type * from "./index.js";

/**
 * Starts the default worker (or adopts `worker`, one that runs textlens's `lib/worker-thread.js`) and
 * resolves when its wasm is ready. Optional: the first call starts the default worker by itself.
 */
export default function init(worker?: Worker): Promise<void>;

/** Analyses `text` in the worker. Rejects with the same errors `analyze` throws. */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;

/** Redacts `text` in the worker. Rejects with the same errors `redact` throws. */
export function redact(text: string, options?: RedactOptions): Promise<Redaction>;

/** `restore` of "textlens", run on this thread (no worker needed). */
export { restore } from "./index.js";

/** Stops the worker; pending calls reject, and its analysers throw. The next call starts a new one. */
export function terminate(): void;

/** An analyser living in the worker. `free()` when done; it is freed when collected otherwise. */
export class Analyzer {
  /** A bad config rejects every call on this instance with the constructor's error. */
  constructor(config?: AnalyzerConfig);
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  redact(text: string, options?: RedactOptions): Promise<Redaction>;
  labels(): Promise<string[]>;
  /** A document living in the worker, analysed with this analyser (bad options reject its calls). */
  document(options?: AnalyzeOptions): WorkerTextDocument;
  /** Frees the worker-side analyser; any later call, `free()` included, throws an `Error`. */
  free(): void;
}

/** `TextDocument` of "textlens", living in the worker: every call returns a Promise. */
export interface WorkerTextDocument {
  /** The text so far: every piece, concatenated. */
  readonly text: string;
  /** Appends `piece`; resolves to the mentions of the paragraphs it finished (an early view). */
  feed(piece: string): Promise<Mention[]>;
  /** Appends `piece` without recognising anything yet. */
  append(piece: string): Promise<void>;
  /** Resolves to the analysis of the whole text so far: exactly `analyze(text, options)`. */
  analysis(): Promise<Analysis>;
  /** Frees the worker-side document; any later call, `free()` included, throws an `Error`. */
  free(): void;
}
