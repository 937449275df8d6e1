// Runs the analyser over the gathered text. A text longer than `chunkSize` is analysed in
// paragraph-aligned chunks (so one call stays short on the main thread) and the results are merged:
// offsets shifted, entities linked across chunks by (label, canonical name), stats combined.

/**
 * Loads the package's default analyser lazily, so that a caller who passes its own analyser (a worker
 * client, an extension's service worker) never loads the wasm into the page.
 * @returns {Promise<{ analyze(text: string, options?: object): object }>}
 */
export async function defaultAnalyzer() {
  const { analyze } = await import("../index.js");
  return { analyze };
}

/**
 * Splits `text` into chunks of at most about `size` UTF-16 units, cutting at a paragraph break,
 * else a line break, else a space (never inside a word, so no mention is cut).
 * @param {string} text
 * @param {number} size
 * @returns {number[]} chunk start offsets, beginning with 0
 */
export function chunkStarts(text, size) {
  const cuts = [0];
  let at = 0;
  while (text.length - at > size) {
    const limit = at + size;
    let cut = text.lastIndexOf("\n\n", limit);
    if (cut <= at) cut = text.lastIndexOf("\n", limit);
    if (cut <= at) cut = text.lastIndexOf(" ", limit);
    if (cut <= at) cut = limit; // one enormous word: cut it
    at = cut;
    cuts.push(at);
  }
  return cuts;
}

/**
 * Analyses `text` once, or in chunks when it is longer than `chunkSize`, pausing between chunks.
 * @param {{ analyze(text: string, options?: object): object | Promise<object> }} analyzer
 * @param {string} text
 * @param {{ types?: string[], chunkSize: number, slicer?: ReturnType<import("./schedule.js").createSlicer>,
 *           onChunk?: (done: number, total: number) => void }} options
 * @returns {Promise<{ stats: object, mentions: object[], entities: object[], chunks: number }>}
 */
export async function analyzeText(analyzer, text, { types, chunkSize, slicer, onChunk }) {
  const options = types ? { types } : undefined;
  const cuts = chunkStarts(text, chunkSize);
  if (cuts.length === 1) {
    const result = await analyzer.analyze(text, options);
    onChunk?.(1, 1);
    return { ...result, chunks: 1 };
  }
  const results = [];
  for (let c = 0; c < cuts.length; c++) {
    const end = c + 1 < cuts.length ? cuts[c + 1] : text.length;
    results.push(await analyzer.analyze(text.slice(cuts[c], end), options));
    onChunk?.(c + 1, cuts.length);
    if (slicer && c + 1 < cuts.length) await slicer.pause();
  }
  return { ...mergeResults(results, cuts), chunks: cuts.length };
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
