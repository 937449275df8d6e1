// textlens for Node (ESM): the CommonJS glue loads the wasm synchronously from disk, so there is
// nothing to initialise. ESM `import` and CJS `require` share one instance.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const glue = require("./gen/node/textlens.js");

/** Kept for code written against the explicit-init style; resolves immediately in Node. */
export default function init() {
  return Promise.resolve();
}

export const { analyze, Analyzer } = glue;
