// An analyser for textlens/highlight that runs nowhere near the page: analyze() sends the text to the
// extension's service worker and resolves to the plain analysis it sends back.
//
// The content script asks highlight() for one analyser call per page (chunkSize: Infinity): the
// analysis runs in the service worker, so a long call never blocks the page, and one call gives exact
// page statistics and links every mention of an entity across the whole page. A text too large for
// one message goes in pieces to one document in the service worker (the core's TextDocument), whose
// analysis is that of the whole text: exact all the same.
import { MessageType, errorFromData } from "../shared/messages.js";

/**
 * The largest text sent in one message, in UTF-16 units (Chrome caps a message at 64 MiB of JSON; a
 * UTF-16 unit takes at most 3 bytes of UTF-8, and the result travels back too).
 */
export const MAX_MESSAGE_UNITS = 4_000_000;

/**
 * Creates the analyser the content script hands to `highlight(root, { analyzer })`.
 * @param {(message: object) => Promise<any>} [send] defaults to `chrome.runtime.sendMessage`
 * @returns {{ analyze(text: string, options?: object): Promise<object> }}
 */
export function createRemoteAnalyzer(send = (message) => chrome.runtime.sendMessage(message)) {
  async function ask(message) {
    const reply = await send(message);
    if (!reply) throw new Error("textlens: the extension's service worker did not answer");
    if (!reply.ok) throw errorFromData(reply.error);
    return reply;
  }
  return {
    async analyze(text, options) {
      if (typeof text !== "string") throw new TypeError("analyze: argument \"text\" must be a string");
      if (text.length <= MAX_MESSAGE_UNITS) return (await ask({ type: MessageType.ANALYZE, text, options })).analysis;
      const document = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      for (let at = 0; at < text.length;) {
        let end = Math.min(text.length, at + MAX_MESSAGE_UNITS);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair whole
        await ask({ type: MessageType.APPEND, document, piece: text.slice(at, end), options });
        at = end;
      }
      return (await ask({ type: MessageType.ANALYZE, document })).analysis;
    },
  };
}
