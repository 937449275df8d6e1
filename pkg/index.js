// textlens for browsers and bundlers: fetches and compiles the wasm beside this file on import,
// so `analyze` can be called as soon as the import resolves. `await init()` is kept for code written
// against the explicit-init style; it resolves when the module is ready and is safe to call repeatedly.
import initWasm, { analyze, Analyzer } from "./gen/web/textlens.js";

const ready = initWasm({ module_or_path: new URL("./gen/web/textlens_bg.wasm", import.meta.url) });
await ready;

/** Resolves once the WebAssembly module is ready (it already is when this module has loaded). */
export default function init() {
  return ready.then(() => undefined);
}

export { analyze, Analyzer };
