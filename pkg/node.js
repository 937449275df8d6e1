// textlens for Node (ESM `import`): re-exports the CommonJS entry, so `import` and `require` share one
// wasm instance (and one Analyzer class). Nothing to initialise.
import api from "./node.cjs";

/** Kept for code written in the explicit-init style; resolves at once in Node. */
export default function init() {
  return Promise.resolve();
}

export const { analyze, redact, restore, Analyzer, MAX_TEXT_BYTES } = api;
