// The content script's analyser, in Node, with the real wasm standing in for the service worker: one
// message per page, options passed through, errors keep their kind, and a text too large for one
// message goes in pieces to one document whose analysis equals one call over the whole text.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";
import { MAX_MESSAGE_UNITS, createRemoteAnalyzer } from "../../extension/src/content/remote-analyzer.js";
import { MessageType, errorToData } from "../../extension/src/shared/messages.js";
import { diffAnalysis } from "../../extension/src/shared/delta.js";

/**
 * A stand-in for chrome.runtime.sendMessage answering as the service worker does (through JSON, the
 * analysis as a JSON string). `forget()` drops its documents, as a service worker Chrome stopped would.
 */
function fakeServiceWorker() {
  const sent = [];
  const documents = new Map();
  const lastSent = new Map();
  let versions = 0;
  const analyzer = new Analyzer();
  const lost = () => Object.assign(new Error("the service worker no longer holds this page's text"), { name: "DocumentLostError" });
  async function send(message) {
    sent.push(message);
    assert.ok([MessageType.ANALYZE, MessageType.APPEND, MessageType.CLOSE].includes(message.type));
    try {
      if (message.type === MessageType.CLOSE) {
        documents.get(message.document)?.free();
        documents.delete(message.document);
        return { ok: true };
      }
      if (message.type === MessageType.APPEND) {
        if (message.first) documents.set(message.document, analyzer.document(message.options));
        else if (!documents.has(message.document)) throw lost();
        documents.get(message.document).append(message.piece);
        return { ok: true };
      }
      if (message.document !== undefined) {
        if (!documents.has(message.document)) throw lost();
        const analysis = documents.get(message.document).analysis();
        if (!message.keep) {
          documents.delete(message.document);
          return JSON.parse(JSON.stringify({ ok: true, json: JSON.stringify(analysis) }));
        }
        const previous = lastSent.get(message.document);
        const patch = previous && previous.version === message.have ? diffAnalysis(previous.analysis, analysis) : null;
        lastSent.set(message.document, { version: ++versions, analysis });
        return JSON.parse(JSON.stringify({ ok: true, json: JSON.stringify(patch ?? analysis), patch: patch !== null, version: versions }));
      }
      return JSON.parse(JSON.stringify({ ok: true, json: JSON.stringify(analyze(message.text, message.options)) }));
    } catch (err) {
      return { ok: false, error: errorToData(err) };
    }
  }
  const forget = () => {
    documents.clear();
    lastSent.clear();
  };
  return { sent, send, documents, forget };
}

test("a page's text goes to the service worker in one message, with its options", async () => {
  const sw = fakeServiceWorker();
  const text = "Mail ann@example.org or see https://example.org.";
  const result = await createRemoteAnalyzer(sw.send).analyze(text, { types: ["URL"] });
  assert.equal(sw.sent.length, 1);
  assert.deepEqual(sw.sent[0].options, { types: ["URL"] });
  assert.deepEqual(result, JSON.parse(JSON.stringify(analyze(text, { types: ["URL"] }))));
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

test("live mode's document: only appended text travels, and a document the service worker lost is sent again", async () => {
  const sw = fakeServiceWorker();
  const options = { types: ["EMAIL", "URL"] };
  const doc = await createRemoteAnalyzer(sw.send, { documents: true }).document(options);
  const first = "Write to ann@example.org today.\n\n";
  const added = "Later: see https://example.org/more or mail bob@example.org.";
  await doc.append(first);
  assert.deepEqual(await doc.analysis(), JSON.parse(JSON.stringify(analyze(first, options))));
  await doc.append(added);
  assert.deepEqual(sw.sent.filter((m) => m.type === MessageType.APPEND).map((m) => [m.piece, m.first]), [[first, true], [added, false]]);
  assert.deepEqual(await doc.analysis(), JSON.parse(JSON.stringify(analyze(first + added, options))));
  // The second analysis came as a patch against the first: the e-mail of the first piece did not travel again.
  const asked = sw.sent.filter((m) => m.type === MessageType.ANALYZE);
  assert.deepEqual(asked.map((m) => m.have), [null, 1]);

  // Chrome stopped the idle service worker: the next append finds no document, and everything is resent.
  sw.forget();
  await doc.append(" And carol@example.org.");
  assert.deepEqual(await doc.analysis(), JSON.parse(JSON.stringify(analyze(`${first}${added} And carol@example.org.`, options))));
  sw.forget();
  assert.deepEqual(await doc.analysis(), JSON.parse(JSON.stringify(analyze(`${first}${added} And carol@example.org.`, options))));
  doc.free();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(sw.documents.size, 0, "free() closes the document in the service worker");
  await assert.rejects(doc.append("more"), /freed/);
  // Without { documents: true } the analyser has no document(): highlight() then makes one call per page.
  assert.equal(createRemoteAnalyzer(sw.send).document, undefined);
});
