// textlens for browsers and bundlers: fetches and compiles `textlens_bg.wasm` (beside the glue, or
// beside your bundle) when imported, with top-level await, so `analyze` works as soon as the import
// resolves. Bundlers need an ES2022 target. `init()` is kept for code written in the explicit-init
// style; it resolves at once.
import initWasm, * as glue from "./gen/web/textlens.js";
import { createApi } from "./lib/api.js";

try {
  await initWasm();
} catch (cause) {
  throw new Error(
    `textlens: could not load textlens_bg.wasm from beside the textlens glue (${cause.message}). ` +
      "Serve it beside the module (or your bundle), as application/wasm; with the Vite dev server set " +
      'optimizeDeps: { exclude: ["textlens"] }; or load it yourself with "textlens/slim".',
    { cause },
  );
}

/** Resolves when the WebAssembly module is ready (it already is once this module has loaded). */
export default function init() {
  return Promise.resolve();
}

export const { analyze, redact, restore, Analyzer } = createApi(glue);
export { MAX_TEXT_BYTES } from "./lib/api.js";
