// The extension's service worker: runs the wasm for content scripts (which never compile wasm, so
// pages whose CSP forbids WebAssembly work too) and carries out the popup's requests.
//
// No top-level await and no dynamic import() here (service workers allow neither): the glue is a
// static import, bundled into this file, and the wasm loads on the first request.
import { analyzeDocumentInWorker, analyzeInWorker, appendInWorker } from "./background/wasm-analyzer.js";
import { clearTab, highlightTab, tabStatus } from "./background/tabs.js";
import { MessageType, errorToData } from "./shared/messages.js";

/** Handlers by message type; `fromPage` says whether a content script (in a web page) may send it. */
const HANDLERS = {
  [MessageType.ANALYZE]: {
    fromPage: true,
    run: async (msg, sender) => ({
      analysis: msg.document === undefined
        ? await analyzeInWorker(msg.text, msg.options)
        : await analyzeDocumentInWorker(documentKey(sender, msg.document)),
    }),
  },
  [MessageType.APPEND]: {
    fromPage: true,
    run: async (msg, sender) => (await appendInWorker(documentKey(sender, msg.document), msg.piece, msg.options), {}),
  },
  [MessageType.HIGHLIGHT_TAB]: { fromPage: false, run: async (msg) => ({ summary: await highlightTab(msg.tabId, { types: msg.types }) }) },
  [MessageType.CLEAR_TAB]: { fromPage: false, run: async (msg) => (await clearTab(msg.tabId), {}) },
  [MessageType.TAB_STATUS]: { fromPage: false, run: async (msg) => ({ summary: await tabStatus(msg.tabId) }) },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = HANDLERS[message?.type];
  // Only this extension's own parts reach onMessage; the popup's requests must come from an extension
  // page (the popup), not from a content script running in a web page.
  if (!handler || sender.id !== chrome.runtime.id || (!handler.fromPage && !isExtensionPage(sender))) return false;
  handler.run(message, sender).then(
    (result) => sendResponse({ ok: true, ...result }),
    (err) => sendResponse({ ok: false, error: errorToData(err) }),
  );
  return true; // the answer comes asynchronously
});

/** A content script's document id, kept apart from other tabs' and frames'. */
function documentKey(sender, id) {
  return `${sender.tab?.id}:${sender.frameId}:${String(id)}`;
}

/** True for the extension's own pages (popup.html, in the toolbar or a tab); false for content scripts. */
function isExtensionPage(sender) {
  return typeof sender.url === "string" && sender.url.startsWith(chrome.runtime.getURL(""));
}

// The same entry points the popup reaches by message, for the extension's browser tests (which cannot
// click the toolbar button) and for debugging from the service worker's console.
globalThis.textlens = Object.freeze({ highlightTab, clearTab, tabStatus, analyze: analyzeInWorker });
