// The slim entry's initSync (for workers and Node): bytes in, ready at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { analyze, initSync } from "../../pkg/slim.js";
import { analyze as nodeAnalyze } from "../../pkg/node.js";
import { REPO } from "./helpers.mjs";

test("initSync takes bytes and the API works at once", () => {
  assert.throws(() => initSync(), TypeError);
  initSync(readFileSync(`${REPO}pkg/gen/web/textlens_bg.wasm`));
  assert.deepEqual(analyze("see https://example.org"), nodeAnalyze("see https://example.org"));
});
