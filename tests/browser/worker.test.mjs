// The worker entry (pkg/worker.js) in Chromium: the same API off the main thread, returning Promises,
// with the same results and the same typed errors as the main-thread entry.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { analyze } from "../../pkg/node.js";
import { startSession } from "./chromium.mjs";

const PAGES = fileURLToPath(new URL("./pages", import.meta.url));
const TEXT = "😀 Write to ann@example.org; see https://example.org/a \uD800 end.";

let session;
let page;
before(async () => {
  session = await startSession({ mounts: [["/test/", PAGES]] });
  page = await session.open("/test/worker.html");
  await page.waitForFunction(() => window.textlensWorker);
});
after(() => session?.close());

test("analyze runs in a worker and returns what Node computes", async () => {
  const result = await page.evaluate(async (text) => {
    const pending = textlensWorker.analyze(text);
    return { isPromise: pending instanceof Promise, value: await pending };
  }, TEXT);
  assert.equal(result.isPromise, true);
  assert.deepEqual(result.value, analyze(TEXT));
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  assert.deepEqual(workers, ["/pkg/lib/worker-thread.js"]);
  assert.deepEqual(session.errors, []);
});

test("Analyzer in the worker: analyze, labels, free, and use after free throws", async () => {
  const out = await page.evaluate(async (text) => {
    const analyzer = new textlensWorker.Analyzer();
    const result = await analyzer.analyze(text, { types: ["URL"] });
    const labels = await analyzer.labels();
    analyzer.free();
    let afterFree;
    try {
      analyzer.analyze(text);
    } catch (err) {
      afterFree = err.message;
    }
    return { result, hasPerson: labels.includes("PERSON"), afterFree };
  }, TEXT);
  assert.deepEqual(out.result, analyze(TEXT, { types: ["URL"] }));
  assert.equal(out.hasPerson, true);
  assert.match(out.afterFree, /Analyzer\.analyze: this Analyzer has been freed/);
});

test("errors keep their class and message across the worker, and the next call works", async () => {
  const out = await page.evaluate(async () => {
    const outcome = (p) => p.then(() => "resolved", (err) => `${err.constructor.name}: ${err.message}`);
    return {
      notString: await outcome(textlensWorker.analyze(42)),
      badOption: await outcome(textlensWorker.analyze("x", { ofsets: "utf8" })),
      badLabel: await outcome(textlensWorker.analyze("x", { types: ["PERSN"] })),
      badConfig: await outcome(new textlensWorker.Analyzer(7).analyze("x")),
      next: (await textlensWorker.analyze("mail a@b.io")).mentions.length,
    };
  });
  assert.match(out.notString, /^TypeError: analyze: argument "text"/);
  assert.match(out.badOption, /^Error: .*ofsets/);
  assert.match(out.badLabel, /^Error: .*PERSN/);
  assert.match(out.badConfig, /^TypeError: new Analyzer: config/);
  assert.equal(out.next, 1);
});

test("terminate stops the worker and rejects pending calls; the next call starts a new one", async () => {
  const out = await page.evaluate(async () => {
    const analyzer = new textlensWorker.Analyzer();
    const pending = textlensWorker.analyze("a@b.io ".repeat(100_000));
    textlensWorker.terminate();
    const stopped = await pending.then(() => "resolved", (err) => err.message);
    const again = (await textlensWorker.analyze("a@b.io")).mentions.length;
    let orphan;
    try {
      analyzer.analyze("a@b.io");
    } catch (err) {
      orphan = err.message;
    }
    return { stopped, again, orphan };
  });
  assert.match(out.stopped, /terminated/);
  assert.equal(out.again, 1);
  assert.match(out.orphan, /Analyzer\.analyze: this Analyzer's worker was terminated/);
});
