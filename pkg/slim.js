// textlens without the automatic fetch: nothing is loaded until you call `init(wasm)` with the wasm
// as bytes, a URL (fetched), a Response (or a promise of one) or a compiled WebAssembly.Module.
// Use it to embed, cache or serve the wasm yourself, or in environments without fetch.
import initWasm, { initSync as initWasmSync } from "./gen/web/textlens.js";
import * as glue from "./gen/web/textlens.js";
import { createApi } from "./lib/api.js";

let ready = false;

/**
 * Instantiates the wasm once; later calls resolve at once.
 * @param {BufferSource | WebAssembly.Module | URL | string | Response | Promise<Response>} wasm
 * @returns {Promise<void>}
 */
export default async function init(wasm) {
  if (ready) return;
  if (wasm === undefined || wasm === null) throw new TypeError(NO_WASM);
  await initWasm({ module_or_path: wasm });
  ready = true;
}

/**
 * Instantiates the wasm synchronously (bytes or a WebAssembly.Module); later calls do nothing.
 * Browsers refuse to compile large modules synchronously on the main thread: use it in workers or Node.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export function initSync(wasm) {
  if (ready) return;
  if (wasm === undefined || wasm === null) throw new TypeError(NO_WASM);
  initWasmSync({ module: wasm });
  ready = true;
}

const NO_WASM =
  "init: argument \"wasm\" is required (bytes, a URL, a Response or a WebAssembly.Module); textlens/slim never fetches by itself";

export const { analyze, redact, restore, Analyzer } = createApi(glue, () => ready);
export { MAX_TEXT_BYTES } from "./lib/api.js";
