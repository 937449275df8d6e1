// Runs the analyser over the gathered text as one document: the text goes to the analyser's
// `document()` in pieces (so no single copy or message grows huge, with a pause between pieces), and
// the analysis is that of the whole text — exactly what one `analyze(text)` gives: every statistic,
// keyword and key sentence, entities linked across the whole page, every offset. Live mode appends
// to the same document. An analyser without `document()` (a plain `{ analyze }`) gets one call.

let shared = null;

/**
 * Loads the package's default analyser lazily, so that a caller who passes its own analyser (a worker
 * client, an extension's service worker) never loads the wasm into the page. Where module workers run,
 * the analysis happens in `textlens/worker`, off the main thread: the wasm's one-time start-up (engine
 * compilation, compiling the pattern regexes: about 130 ms in Chromium) and every analysis call then never
 * block the page. Where a worker cannot start (no `Worker`, a CSP without `worker-src`), one main-thread
 * `Analyzer` is used instead.
 * @returns {Promise<{ analyze(text: string, options?: object): object | Promise<object>,
 *                     document(options?: object): object }>}
 */
export function defaultAnalyzer() {
  shared ??= workerAnalyzer().catch(() => import("../index.js").then(({ Analyzer }) => new Analyzer()));
  return shared;
}

async function workerAnalyzer() {
  if (typeof Worker === "undefined") throw new Error("no Worker in this context");
  const worker = await import("../worker.js");
  await worker.default(); // starts the worker; rejects if it cannot start or load its wasm
  let analyzer = null;
  return {
    analyze: (text, options) => worker.analyze(text, options),
    document: (options) => (analyzer ??= new worker.Analyzer()).document(options),
  };
}

/**
 * Analyses `text` as one document of `analyzer`, sent in pieces of at most `chunkSize` UTF-16 units.
 * Resolves to the analysis of the whole text and the document (kept open for live appends; null when
 * the analyser has no `document()` and was called once).
 * @param {{ analyze(text: string, options?: object): object | Promise<object>,
 *           document?(options?: object): object }} analyzer
 * @param {string} text
 * @param {{ types?: string[], chunkSize: number, slicer?: ReturnType<import("./schedule.js").createSlicer>,
 *           onChunk?: (done: number, total: number) => void }} options
 * @returns {Promise<{ analysis: object, document: object | null, pieces: number }>}
 */
export async function analyzeDocument(analyzer, text, { types, chunkSize, slicer, onChunk }) {
  const options = types ? { types } : undefined;
  if (typeof analyzer.document !== "function") {
    const analysis = await analyzer.analyze(text, options);
    onChunk?.(text.length, text.length);
    return { analysis, document: null, pieces: 1 };
  }
  const document = await analyzer.document(options);
  try {
    const pieces = await appendText(document, text, { chunkSize, slicer, onChunk });
    return { analysis: await analysisOf(document, slicer), document, pieces };
  } catch (err) {
    document.free();
    throw err;
  }
}

/**
 * Appends `text` to `document` in pieces of at most `chunkSize` UTF-16 units, never cutting a
 * surrogate pair, pausing between pieces. Resolves to the number of pieces.
 * @param {{ append(piece: string): void | Promise<void> }} document
 * @param {string} text
 * @param {{ chunkSize: number, slicer?: ReturnType<import("./schedule.js").createSlicer>,
 *           onChunk?: (done: number, total: number) => void }} options
 * @returns {Promise<number>}
 */
export async function appendText(document, text, { chunkSize, slicer, onChunk }) {
  let pieces = 0;
  for (let at = 0; at < text.length || pieces === 0; pieces++) {
    let end = Math.min(text.length, at + chunkSize);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep the pair together
    await document.append(text.slice(at, end));
    at = end;
    onChunk?.(at, text.length);
    if (slicer && at < text.length) await slicer.pause();
  }
  return pieces;
}

/**
 * Work per `AnalysisSteps.step` call: about 4 KB of text, well under a millisecond in wasm, so a
 * slice overshoots its budget by little more than the analysis's longest single pass.
 */
const STEP_UNITS = 32 * 1024;

/**
 * The analysis of the whole text of `document`. A document on this thread (one with `analysisSteps`)
 * is analysed in steps, with a pause whenever the slice's budget is used up, so that a long page's
 * analysis never blocks the page in one task; a worker's document answers at once, off this thread.
 * @param {{ analysis(): object | Promise<object>, analysisSteps?(): { step(units: number): boolean,
 *           finish(): object, free(): void } }} document
 * @param {ReturnType<import("./schedule.js").createSlicer>} [slicer]
 * @returns {Promise<object>}
 */
export async function analysisOf(document, slicer) {
  if (!slicer || typeof document.analysisSteps !== "function") return document.analysis();
  const steps = document.analysisSteps();
  try {
    while (!steps.step(STEP_UNITS)) if (slicer.due()) await slicer.pause();
    // Handing the result over (about 15 ms per MB of page text) is a task of its own.
    if (slicer.due()) await slicer.pause();
  } catch (err) {
    steps.free();
    throw err;
  }
  return steps.finish();
}
