// Runs the analyser over the gathered text. A text longer than `chunkSize` is analysed in
// paragraph-aligned chunks (so one call stays short on the main thread) and the results are merged:
// offsets shifted, entities linked across chunks by (label, canonical name), stats combined.

let shared = null;

/**
 * Loads the package's default analyser lazily, so that a caller who passes its own analyser (a worker
 * client, an extension's service worker) never loads the wasm into the page. Where module workers run,
 * the analysis happens in `textlens/worker`, off the main thread: the wasm's one-time start-up (engine
 * compilation, compiling the pattern regexes: about 130 ms in Chromium) and every analysis call then never
 * block the page. Where a worker cannot start (no `Worker`, a CSP without `worker-src`), one main-thread
 * `Analyzer` is used instead.
 * @returns {Promise<{ analyze(text: string, options?: object): object | Promise<object> }>}
 */
export function defaultAnalyzer() {
  shared ??= workerAnalyzer().catch(() => import("../index.js").then(({ Analyzer }) => new Analyzer()));
  return shared;
}

async function workerAnalyzer() {
  if (typeof Worker === "undefined") throw new Error("no Worker in this context");
  const worker = await import("../worker.js");
  await worker.default(); // starts the worker; rejects if it cannot start or load its wasm
  return { analyze: (text, options) => worker.analyze(text, options) };
}

/** Texts up to this many UTF-16 units are analysed in one call (exact stats and linking). */
export const SINGLE_CALL_LIMIT = 16_384;
/** The first chunk of a longer text: small, because the first calls also pay for wasm warm-up. */
const FIRST_CHUNK = 2_048;
/** How much a chunk may grow from one call to the next. */
const GROWTH = 1.5;

/**
 * Analyses `text` once when it is short, else in paragraph-aligned chunks sized adaptively: each chunk
 * is sized from the speed of the previous call so that one call takes about `targetMs` (at most 1.5 times
 * the previous chunk, at most `chunkSize`), pausing between chunks. This keeps every analyser call short
 * whatever the analyser's speed (the wasm today, slower recognisers tomorrow, a worker's round trip).
 * @param {{ analyze(text: string, options?: object): object | Promise<object> }} analyzer
 * @param {string} text
 * @param {{ types?: string[], chunkSize: number, targetMs?: number,
 *           slicer?: ReturnType<import("./schedule.js").createSlicer>,
 *           onChunk?: (done: number, total: number) => void }} options
 * @returns {Promise<{ stats: object, mentions: object[], entities: object[], chunks: number }>}
 */
export async function analyzeText(analyzer, text, { types, chunkSize, targetMs = 12, slicer, onChunk }) {
  const options = types ? { types } : undefined;
  if (text.length <= SINGLE_CALL_LIMIT || !Number.isFinite(chunkSize)) {
    const result = await analyzer.analyze(text, options);
    onChunk?.(text.length, text.length);
    return { ...result, chunks: 1 };
  }
  const results = [];
  const offsets = [];
  let at = 0;
  let size = Math.min(FIRST_CHUNK, chunkSize);
  while (at < text.length) {
    const end = chunkEnd(text, at, size);
    const started = performance.now();
    results.push(await analyzer.analyze(text.slice(at, end), options));
    const ms = performance.now() - started;
    offsets.push(at);
    const rate = (end - at) / Math.max(ms, 0.5); // units per millisecond
    size = Math.max(1_024, Math.min(chunkSize, Math.floor(size * GROWTH), Math.floor(rate * targetMs)));
    at = end;
    onChunk?.(at, text.length);
    if (slicer && at < text.length) await slicer.pause();
  }
  return { ...mergeResults(results, offsets), chunks: results.length };
}

/** Where a chunk starting at `at` of about `size` units ends: at a paragraph break if there is one. */
function chunkEnd(text, at, size) {
  const limit = at + size;
  if (limit >= text.length) return text.length;
  let cut = text.lastIndexOf("\n\n", limit);
  if (cut <= at) cut = text.lastIndexOf("\n", limit);
  if (cut <= at) cut = text.lastIndexOf(" ", limit);
  return cut <= at ? limit : cut;
}

/**
 * Merges chunk results: mentions shifted by their chunk's start, entities linked by (label, name),
 * stats combined (integer counts summed; other numbers averaged, weighted by each chunk's words).
 * @param {object[]} results one analysis per chunk
 * @param {number[]} offsets where each chunk starts
 * @returns {{ stats: object, mentions: object[], entities: object[] }}
 */
export function mergeResults(results, offsets) {
  const entities = [];
  const byKey = new Map();
  const mentions = [];
  results.forEach((result, c) => {
    const ids = new Map();
    for (const entity of result.entities) {
      const key = `${entity.label}\u0000${entity.name}`;
      let merged = byKey.get(key);
      if (!merged) {
        merged = { ...entity, id: entities.length, mentions: 0 };
        byKey.set(key, merged);
        entities.push(merged);
      }
      merged.mentions += entity.mentions;
      ids.set(entity.id, merged.id);
    }
    for (const mention of result.mentions) {
      mentions.push({ ...mention, start: mention.start + offsets[c], end: mention.end + offsets[c], entity: ids.get(mention.entity) });
    }
  });
  return { stats: mergeStats(results.map((r) => r.stats)), mentions, entities };
}

function mergeStats(list) {
  const stats = {};
  const weights = list.map((s) => (typeof s.words === "number" ? s.words : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  for (const key of Object.keys(list[0] ?? {})) {
    const values = list.map((s) => s[key]);
    if (values.every(Number.isInteger)) stats[key] = values.reduce((a, b) => a + b, 0);
    else if (values.every((v) => typeof v === "number")) stats[key] = values.reduce((a, v, i) => a + v * weights[i], 0) / total;
    else stats[key] = values[0];
  }
  return stats;
}
