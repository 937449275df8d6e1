// textlens for Node (CommonJS `require`, and the ESM entry node.js re-exports this one so both share
// a single wasm instance). The glue reads and compiles the wasm synchronously: no init call needed.
"use strict";
const glue = require("./gen/node/textlens.js");
const { createApi, MAX_TEXT_BYTES } = require("./gen/node/api.cjs");

const { analyze, redact, restore, Analyzer } = createApi(glue);

/** Kept for code written in the explicit-init style; resolves at once in Node. */
function init() {
  return Promise.resolve();
}

module.exports = { analyze, redact, restore, Analyzer, init, default: init, MAX_TEXT_BYTES };
// So that `import init from "textlens"` compiled to CommonJS (TypeScript, Babel) finds `default`.
Object.defineProperty(module.exports, "__esModule", { value: true });
