// An analyser for textlens/highlight that runs nowhere near the page: analyze() sends the text to the
// extension's service worker and resolves to the plain analysis it sends back.
//
// The content script asks highlight() for one analyser call per page (chunkSize: Infinity): the
// analysis runs in the service worker, so a long call never blocks the page, and one call gives exact
// page statistics and links every mention of an entity across the whole page. A text too large for
// one message goes in pieces to one document in the service worker (the core's TextDocument), whose
// analysis is that of the whole text: exact all the same.
import { applyAnalysisPatch } from "../shared/delta.js";
import { MessageType, errorFromData } from "../shared/messages.js";

/**
 * The largest text sent in one message, in UTF-16 units (Chrome caps a message at 64 MiB of JSON; a
 * UTF-16 unit takes at most 3 bytes of UTF-8, and the result travels back too).
 */
export const MAX_MESSAGE_UNITS = 4_000_000;

/**
 * The analysis in a reply. The service worker sends it as a JSON string (`json`): Chrome then copies
 * one string through its message channel, and `JSON.parse` rebuilds the objects several times faster
 * than the channel's own conversion of a large object (thousands of mentions on a long page) would on
 * the page's main thread. A reply with a plain `analysis` object is taken as it is.
 * @param {{ json?: string, analysis?: object }} reply
 * @returns {object}
 */
export function analysisOf(reply) {
  return typeof reply.json === "string" ? JSON.parse(reply.json) : reply.analysis;
}

/**
 * Ends the current task: what the highlighter does with a large analysis (locating thousands of
 * mentions) then runs in a task of its own, not in the one that received the message.
 * @returns {Promise<void>}
 */
function nextTask() {
  if (typeof globalThis.scheduler?.yield === "function") return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A new document id, unique within the page. */
function newDocumentId() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Cuts `text` into pieces of at most MAX_MESSAGE_UNITS, never between the halves of a surrogate pair.
 * @param {string} text
 * @returns {string[]}
 */
export function messagePieces(text) {
  const pieces = [];
  for (let at = 0; at < text.length || pieces.length === 0;) {
    let end = Math.min(text.length, at + MAX_MESSAGE_UNITS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair whole
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/**
 * Creates the analyser the content script hands to `highlight(root, { analyzer })`.
 *
 * With `documents: true` it also has `document(options)` (live mode: the highlighter appends the text the
 * page adds to the same document, and only that text travels). A document lives in the service worker,
 * which Chrome stops when idle: the document then keeps a copy of what it sent, and sends it again when
 * the service worker answers that it lost it (DocumentLostError).
 * @param {(message: object) => Promise<any>} [send] defaults to `chrome.runtime.sendMessage`
 * @param {{ documents?: boolean }} [options]
 * @returns {{ analyze(text: string, options?: object): Promise<object>, document?(options?: object): object }}
 */
export function createRemoteAnalyzer(send = (message) => chrome.runtime.sendMessage(message), { documents = false } = {}) {
  async function ask(message) {
    const reply = await send(message);
    if (!reply) throw new Error("textlens: the extension's service worker did not answer");
    if (!reply.ok) throw errorFromData(reply.error);
    return reply;
  }
  const analyzer = {
    async analyze(text, options) {
      if (typeof text !== "string") throw new TypeError("analyze: argument \"text\" must be a string");
      if (text.length <= MAX_MESSAGE_UNITS) return analysisOf(await ask({ type: MessageType.ANALYZE, text, options }));
      const document = newDocumentId();
      let first = true;
      for (const piece of messagePieces(text)) {
        await ask({ type: MessageType.APPEND, document, piece, options, first });
        first = false;
      }
      return analysisOf(await ask({ type: MessageType.ANALYZE, document }));
    },
  };
  if (documents) analyzer.document = (options) => remoteDocument(ask, options);
  return analyzer;
}

/** A document in the service worker (see createRemoteAnalyzer), with the package's DocumentLike shape. */
function remoteDocument(ask, options) {
  const id = newDocumentId();
  /** Every piece sent so far, to send again if the service worker lost the document. */
  const sent = [];
  let freed = false;
  /** The last analysis received, and its version: the next one may come as a patch against it. */
  let last = null;
  let version = null;
  const lost = (err) => err?.name === "DocumentLostError";
  async function resend() {
    last = null;
    version = null;
    let first = true;
    for (const piece of sent) {
      await ask({ type: MessageType.APPEND, document: id, piece, options, first });
      first = false;
    }
  }
  return {
    async append(text) {
      if (freed) throw new Error("textlens: this document was freed");
      for (const piece of messagePieces(text)) {
        const first = sent.length === 0;
        sent.push(piece);
        try {
          await ask({ type: MessageType.APPEND, document: id, piece, options, first });
        } catch (err) {
          if (!lost(err)) throw err;
          await resend();
        }
      }
    },
    async analysis() {
      if (freed) throw new Error("textlens: this document was freed");
      let reply;
      try {
        reply = await ask({ type: MessageType.ANALYZE, document: id, keep: true, have: version });
      } catch (err) {
        if (!lost(err)) throw err;
        await resend();
        reply = await ask({ type: MessageType.ANALYZE, document: id, keep: true, have: null });
      }
      await nextTask();
      const data = analysisOf(reply);
      const analysis = reply.patch ? applyAnalysisPatch(last, data) : data;
      last = analysis;
      version = reply.version ?? null;
      await nextTask();
      return analysis;
    },
    free() {
      if (freed) return;
      freed = true;
      sent.length = 0;
      last = null;
      ask({ type: MessageType.CLOSE, document: id }).catch(() => {});
    },
  };
}
