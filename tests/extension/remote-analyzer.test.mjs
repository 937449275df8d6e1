// The content script's analyser, in Node, with the real wasm standing in for the service worker: one
// message per page, options passed through, errors keep their kind, and a text too large for one
// message goes in pieces to one document whose analysis equals one call over the whole text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";
import { MAX_MESSAGE_UNITS, createRemoteAnalyzer } from "../../extension/src/content/remote-analyzer.js";
import { MessageType, errorToData } from "../../extension/src/shared/messages.js";

/** A stand-in for chrome.runtime.sendMessage answering as the service worker does (through JSON). */
function fakeServiceWorker() {
  const sent = [];
  const documents = new Map();
  const analyzer = new Analyzer();
  async function send(message) {
    sent.push(message);
    assert.ok([MessageType.ANALYZE, MessageType.APPEND].includes(message.type));
    try {
      if (message.type === MessageType.APPEND) {
        if (!documents.has(message.document)) documents.set(message.document, analyzer.document(message.options));
        documents.get(message.document).append(message.piece);
        return { ok: true };
      }
      if (message.document !== undefined) {
        const analysis = documents.get(message.document).analysis();
        return JSON.parse(JSON.stringify({ ok: true, analysis }));
      }
      return JSON.parse(JSON.stringify({ ok: true, analysis: analyze(message.text, message.options) }));
    } catch (err) {
      return { ok: false, error: errorToData(err) };
    }
  }
  return { sent, send };
}

test("a page's text goes to the service worker in one message, with its options", async () => {
  const sw = fakeServiceWorker();
  const text = "Mail ann@example.org or see https://example.org.";
  const result = await createRemoteAnalyzer(sw.send).analyze(text, { types: ["URL"] });
  assert.equal(sw.sent.length, 1);
  assert.deepEqual(sw.sent[0].options, { types: ["URL"] });
  assert.deepEqual(result, analyze(text, { types: ["URL"] }));
});

test("errors from the service worker keep their kind and message", async () => {
  const sw = fakeServiceWorker();
  const analyzer = createRemoteAnalyzer(sw.send);
  await assert.rejects(analyzer.analyze("text", { types: ["NOT_A_LABEL"] }), (err) => err instanceof Error && /NOT_A_LABEL/.test(err.message));
  await assert.rejects(analyzer.analyze(42), TypeError);
  await assert.rejects(createRemoteAnalyzer(async () => undefined).analyze("text"), /did not answer/);
});

test("a text larger than one message goes in pieces to one document, analysed as one call", async () => {
  const sw = fakeServiceWorker();
  const paragraph = "Write to ann@example.org about the plan 😀, then read https://example.org/plan again.\n\n";
  const text = paragraph.repeat(Math.ceil((MAX_MESSAGE_UNITS + 1) / paragraph.length));
  assert.ok(text.length > MAX_MESSAGE_UNITS);
  const options = { types: ["EMAIL", "URL"] };
  const result = await createRemoteAnalyzer(sw.send).analyze(text, options);
  const pieces = sw.sent.filter((m) => m.type === MessageType.APPEND);
  assert.ok(pieces.length > 1, "more than one message");
  assert.ok(pieces.every((m) => m.piece.length <= MAX_MESSAGE_UNITS));
  assert.equal(pieces.map((m) => m.piece).join(""), text);
  assert.deepEqual(result, JSON.parse(JSON.stringify(analyze(text, options))));
});
