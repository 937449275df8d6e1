// An analyser for textlens/highlight that runs nowhere near the page: analyze() sends the text to the
// extension's service worker and resolves to the plain analysis it sends back.
import { MessageType, errorFromData } from "../shared/messages.js";

/**
 * Creates the analyser the content script hands to `highlight(root, { analyzer })`.
 * @param {(message: object) => Promise<any>} [send] defaults to `chrome.runtime.sendMessage`
 * @returns {{ analyze(text: string, options?: object): Promise<object> }}
 */
export function createRemoteAnalyzer(send = (message) => chrome.runtime.sendMessage(message)) {
  return {
    async analyze(text, options) {
      if (typeof text !== "string") throw new TypeError("analyze: argument \"text\" must be a string");
      const reply = await send({ type: MessageType.ANALYZE, text, options });
      if (!reply) throw new Error("textlens: the extension's service worker did not answer");
      if (!reply.ok) throw errorFromData(reply.error);
      return reply.analysis;
    },
  };
}
