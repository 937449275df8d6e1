// The default entry (pkg/index.js) in Chromium when the wasm beside it cannot be loaded: the import
// fails with an error that says what to do, not only WebAssembly's own message.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { startSession } from "./chromium.mjs";

const PAGES = fileURLToPath(new URL("./pages", import.meta.url));

let session;
before(async () => {
  session = await startSession({ mounts: [["/test/", PAGES]] });
});
after(() => session?.close());

test("a wasm that is not served makes the import fail with an explanation", async () => {
  const page = await session.open("/test/slim.html"); // any page of the server's origin
  await page.route("**/textlens_bg.wasm", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>SPA fallback</title>" }),
  );
  const message = await page.evaluate(() => import("/pkg/index.js").then(() => "loaded", (err) => err.message));
  assert.match(message, /textlens: could not load textlens_bg\.wasm/);
  assert.match(message, /textlens\/slim/);
});
