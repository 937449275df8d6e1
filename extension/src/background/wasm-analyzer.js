// The one place the extension runs WebAssembly: the service worker, whose CSP (manifest.json) allows
// 'wasm-unsafe-eval'. The glue is imported statically (bundled into service-worker.js); the wasm is
// fetched from the extension's own package (chrome-extension://<id>/textlens_bg.wasm) on first use.
import init, { Analyzer } from "../../../pkg/slim.js";

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
