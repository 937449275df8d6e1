// textlens for browsers and bundlers: fetches and compiles `textlens_bg.wasm` (beside the glue, or
// beside your bundle) when imported, with top-level await, so `analyze` works as soon as the import
// resolves. Bundlers need an ES2022 target. `init()` is kept for code written in the explicit-init
// style; it resolves at once.
import initWasm, * as glue from "./gen/web/textlens.js";
import { createApi } from "./lib/api.js";

await initWasm();

/** Resolves when the WebAssembly module is ready (it already is once this module has loaded). */
export default function init() {
  return Promise.resolve();
}

export const { analyze, Analyzer } = createApi(glue);
export { MAX_TEXT_BYTES } from "./lib/api.js";
