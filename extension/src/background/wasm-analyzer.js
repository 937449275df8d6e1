// The one place the extension runs WebAssembly: the service worker, whose CSP (manifest.json) allows
// 'wasm-unsafe-eval'. The glue is imported statically (bundled into service-worker.js); the wasm is
// fetched from the extension's own package (chrome-extension://<id>/textlens_bg.wasm) on first use.
import init, { Analyzer } from "textlens/slim";

/** The wasm's path inside the built extension (scripts/build-extension.mjs copies it there). */
export const WASM_PATH = "textlens_bg.wasm";

let ready = null;
let analyzer = null;

/**
 * Loads and instantiates the wasm once; concurrent and later calls share the same promise. A failed
 * load is retried by the next call.
 * @returns {Promise<void>}
 */
export function loadWasm() {
  ready ??= init(chrome.runtime.getURL(WASM_PATH)).catch((err) => {
    ready = null;
    throw err;
  });
  return ready;
}

/** Documents a content script is sending in pieces (a page too large for one message), by key. */
const documents = new Map();
/** Open documents kept at most: opening one more closes the oldest (a tab that went away mid-way). */
const MAX_DOCUMENTS = 4;

/**
 * Appends `piece` to the document `key` (opened with `options` on its first piece).
 * @param {string} key the content script's document id, prefixed with its tab
 * @param {string} piece
 * @param {object} [options] the package's analyse options
 */
export async function appendInWorker(key, piece, options) {
  await loadWasm();
  analyzer ??= new Analyzer();
  let doc = documents.get(key);
  if (!doc) {
    if (documents.size >= MAX_DOCUMENTS) closeDocument(documents.keys().next().value);
    doc = analyzer.document(options);
    documents.set(key, doc);
  }
  doc.append(piece);
}

/**
 * The analysis of the whole document `key` (exactly that of one call over its text), closing it.
 * @param {string} key
 * @returns {Promise<object>}
 */
export async function analyzeDocumentInWorker(key) {
  const doc = documents.get(key);
  if (!doc) throw new Error("textlens: this page's text was not received (the document is unknown or was closed)");
  try {
    return doc.analysis();
  } finally {
    closeDocument(key);
  }
}

function closeDocument(key) {
  documents.get(key)?.free();
  documents.delete(key);
}

/**
 * Analyses `text` with one shared `Analyzer` (its compiled patterns stay warm between calls).
 * @param {string} text
 * @param {object} [options] the package's analyse options (`types`, ...)
 * @returns {Promise<object>} the plain analysis `{ stats, mentions, entities, ... }`
 */
export async function analyzeInWorker(text, options) {
  await loadWasm();
  analyzer ??= new Analyzer();
  try {
    return analyzer.analyze(text, options);
  } catch (err) {
    if (!(err instanceof WebAssembly.RuntimeError)) throw err;
    // A trap (a panic in the core: a bug) may leave the instance's state half-updated: use a new
    // Analyzer next time, and say what happened rather than WebAssembly's bare "unreachable".
    analyzer = null;
    throw new Error(`textlens failed on this page's text (an internal error, please report it: ${err.message})`, { cause: err });
  }
}
