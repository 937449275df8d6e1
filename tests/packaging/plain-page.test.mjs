// The packed tarball loaded by a plain `<script type="module">` page, no bundler: an import map points
// the bare specifiers at the installed files; the default entry fetches the wasm beside its glue.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";

import { analyze } from "../../pkg/node.js";
import { launch } from "../browser/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";
import { TEXT, makeConsumer, pack, scratch } from "./consumer.mjs";

const PAGE = `<!doctype html>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>plain page</title>
<script type="importmap">
  { "imports": {
      "textlens": "./node_modules/textlens/index.js",
      "textlens/worker": "./node_modules/textlens/worker.js"
  } }
</script>
<script type="module">
  import init, { analyze, Analyzer } from "textlens";
  import { analyze as analyzeInWorker } from "textlens/worker";
  const text = ${JSON.stringify(TEXT)};
  await init();
  window.outcome = {
    direct: analyze(text),
    analyzer: new Analyzer().analyze(text),
    worker: await analyzeInWorker(text),
  };
</script>
<body></body>`;

let tmp;
let dir;
let browser;
before(async () => {
  tmp = scratch("plain");
  const { tarball } = pack(tmp.dir);
  dir = makeConsumer(join(tmp.dir, "site"), tarball, { "index.html": PAGE });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  tmp?.cleanup();
});

test("a plain module page imports the installed package and its worker entry", async () => {
  const server = await serve({ port: 0, mounts: [["/", dir]] });
  const page = await browser.newPage();
  const errors = [];
  const requested = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("request", (req) => requested.push(new URL(req.url()).pathname));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => window.outcome, null, { timeout: 20_000 });
    const outcome = await page.evaluate(() => window.outcome);
    const expected = analyze(TEXT);
    assert.deepEqual(outcome, { direct: expected, analyzer: expected, worker: expected });
    assert.deepEqual(errors, []);
    assert.ok(requested.includes("/node_modules/textlens/gen/web/textlens_bg.wasm"), requested.join("\n"));
  } finally {
    await page.close();
    await server.close();
  }
});
