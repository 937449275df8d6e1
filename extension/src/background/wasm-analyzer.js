// The one place the extension runs WebAssembly: the service worker, whose CSP (manifest.json) allows
// 'wasm-unsafe-eval'. The glue is imported statically (bundled into service-worker.js); the wasm is
// fetched from the extension's own package (chrome-extension://<id>/textlens_bg.wasm) on first use.
import init, { Analyzer } from "textlens/slim";
import { diffAnalysis } from "../shared/delta.js";

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

/** Documents a content script is sending in pieces (a long page, or a page in live mode), by key. */
const documents = new Map();
/** The analysis last sent for an open document, by key: `{ version, analysis }` (live mode's patches). */
const lastSent = new Map();
let versions = 0;
/** Open documents kept at most: opening one more closes the oldest (a tab that went away mid-way). */
const MAX_DOCUMENTS = 16;

/**
 * The error of an append to, or an analysis of, a document this service worker does not hold: Chrome
 * stops an idle service worker, and its documents go with it. The content script then sends the text
 * again (remote-analyzer.js).
 */
export class DocumentLostError extends Error {
  constructor(message) {
    super(message);
    this.name = "DocumentLostError";
  }
}

/**
 * Appends `piece` to the document `key`; `first` opens it (with `options`). An append that is not the
 * first to a document this worker does not hold fails with DocumentLostError (its earlier text is gone).
 * @param {string} key the content script's document id, prefixed with its tab
 * @param {string} piece
 * @param {object} [options] the package's analyse options
 * @param {boolean} [first] whether this is the document's first piece
 */
export async function appendInWorker(key, piece, options, first = true) {
  await loadWasm();
  analyzer ??= new Analyzer();
  let doc = documents.get(key);
  if (first && doc) closeDocument(key);
  if (!first && !doc) throw new DocumentLostError("textlens: the service worker no longer holds this page's text");
  if (first || !doc) {
    lastSent.delete(key);
    if (documents.size >= MAX_DOCUMENTS) closeDocument(documents.keys().next().value);
    doc = analyzer.document(options);
    documents.set(key, doc);
  }
  doc.append(piece);
}

/**
 * The analysis of the whole document `key` (exactly that of one call over its text), closing it unless
 * `keep` (live mode appends more later). A kept document remembers the analysis it sent: when the
 * caller says it holds that one (`have`, its version), the answer is a patch against it
 * (shared/delta.js) instead of the whole analysis.
 * @param {string} key
 * @param {boolean} [keep]
 * @param {number | null} [have] the version of the analysis the caller holds
 * @returns {Promise<{ analysis: object, patch: object | null, version: number | null }>}
 */
export async function analyzeDocumentInWorker(key, keep = false, have = null) {
  const doc = documents.get(key);
  if (!doc) throw new DocumentLostError("textlens: this page's text was not received (the document is unknown or was closed)");
  let analysis;
  try {
    analysis = doc.analysis();
  } finally {
    if (!keep) closeDocument(key);
  }
  if (!keep) return { analysis, patch: null, version: null };
  const previous = lastSent.get(key);
  const patch = previous && previous.version === have ? diffAnalysis(previous.analysis, analysis) : null;
  const version = ++versions;
  lastSent.set(key, { version, analysis });
  return { analysis, patch, version };
}

/** Closes the document `key` (nothing happens if it is not open). */
export function closeDocument(key) {
  documents.get(key)?.free();
  documents.delete(key);
  lastSent.delete(key);
}

/** Closes every document of a tab (it navigated or closed). */
export function closeTabDocuments(tabId) {
  for (const key of [...documents.keys()]) if (key.startsWith(`${tabId}:`)) closeDocument(key);
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
