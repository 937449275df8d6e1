// The slim entry (pkg/slim.js) in Chromium: it fetches nothing by itself, then takes a Response, and
// gives what Node computes.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { analyze } from "../../pkg/node.js";
import { startSession } from "./chromium.mjs";

const PAGES = fileURLToPath(new URL("./pages", import.meta.url));
const TEXT = "😀 Write to ann@example.org; see https://example.org/a \uD800 end.";

let session;
before(async () => {
  session = await startSession({ mounts: [["/test/", PAGES]] });
});
after(() => session?.close());

test("slim fetches no wasm until init, which takes a Response; then results equal Node's", async () => {
  const page = await session.open("/test/slim.html");
  const wasmRequests = [];
  page.on("request", (req) => req.url().endsWith(".wasm") && wasmRequests.push(req.url()));
  await page.waitForFunction(() => window.textlensSlim);
  const before = await page.evaluate(() => {
    try {
      textlensSlim.analyze("x");
      return "no error";
    } catch (err) {
      return err.message;
    }
  });
  assert.match(before, /not initialised/);
  assert.deepEqual(wasmRequests, []);

  const result = await page.evaluate(async (text) => {
    await textlensSlim.default(fetch("/pkg/gen/web/textlens_bg.wasm"));
    return textlensSlim.analyze(text);
  }, TEXT);
  assert.deepEqual(result, analyze(TEXT));
  assert.equal(wasmRequests.length, 1);
  assert.deepEqual(session.errors, []);
});
