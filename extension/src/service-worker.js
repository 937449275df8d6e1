// The extension's service worker: runs the wasm for content scripts (which never compile wasm, so
// pages whose CSP forbids WebAssembly work too) and carries out what the popup, the side panel, the
// keyboard shortcut and the context menu ask for.
//
// No top-level await and no dynamic import() here (service workers allow neither): the glue is a
// static import, bundled into this file, and the wasm loads on the first request. Every listener is
// registered synchronously at start-up, as MV3 requires (Chrome wakes the worker for the event).
import {
  analyzeDocumentInWorker, analyzeInWorker, appendInWorker, closeDocument, closeTabDocuments,
} from "./background/wasm-analyzer.js";
import { clearTab, highlightTab, scrollTab, tabStatus, toggleTab } from "./background/tabs.js";
import { analyseSelection } from "./background/selection.js";
import { MessageType, SELECTION_MENU_ID, TOGGLE_COMMAND, errorToData } from "./shared/messages.js";

/** Handlers by message type; `fromPage` says whether a content script (in a web page) may send it. */
const HANDLERS = {
  [MessageType.ANALYZE]: {
    fromPage: true,
    // As a JSON string (see analysisOf in content/remote-analyzer.js); a live document's as a patch
    // against the analysis the content script holds, when it holds the last one sent.
    run: async (msg, sender) => {
      if (msg.document === undefined) return { json: JSON.stringify(await analyzeInWorker(msg.text, msg.options)) };
      const have = Number.isInteger(msg.have) ? msg.have : null;
      const { analysis, patch, version } = await analyzeDocumentInWorker(documentKey(sender, msg.document), msg.keep === true, have);
      return { json: JSON.stringify(patch ?? analysis), patch: patch !== null, version };
    },
  },
  [MessageType.APPEND]: {
    fromPage: true,
    run: async (msg, sender) => (await appendInWorker(documentKey(sender, msg.document), msg.piece, msg.options, msg.first === true), {}),
  },
  [MessageType.CLOSE]: { fromPage: true, run: async (msg, sender) => (closeDocument(documentKey(sender, msg.document)), {}) },
  [MessageType.HIGHLIGHT_TAB]: {
    fromPage: false,
    run: async (msg) => ({ summary: await highlightTab(msg.tabId, { types: msg.types, live: msg.live }) }),
  },
  [MessageType.CLEAR_TAB]: { fromPage: false, run: async (msg) => (await clearTab(msg.tabId), {}) },
  [MessageType.TAB_STATUS]: { fromPage: false, run: async (msg) => ({ summary: await tabStatus(msg.tabId) }) },
  [MessageType.SCROLL_TAB]: { fromPage: false, run: async (msg) => ({ position: await scrollTab(msg.tabId, msg.entity) }) },
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

// The keyboard shortcut (manifest.json "commands"): toggles highlighting on the active tab, as the
// popup's buttons do. Chrome grants activeTab for that tab when the shortcut is pressed.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== TOGGLE_COMMAND || !Number.isInteger(tab?.id)) return;
  toggleTab(tab.id).catch((err) => console.warn("textlens:", err.message));
});

// "Analyse selection" on selected text (chrome.contextMenus; items persist, so they are created once,
// on install or update). Choosing it grants activeTab, like the toolbar button.
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: SELECTION_MENU_ID, title: "Analyse selection", contexts: ["selection"] }, () => void chrome.runtime.lastError);
});
chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== SELECTION_MENU_ID) return;
  // Opening the side panel needs the user gesture, so it comes first (before any await).
  if (Number.isInteger(tab?.id)) chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
  analyseSelection(tab?.id, info.selectionText).catch((err) => console.warn("textlens:", err.message));
});

// A tab that navigates or closes takes its page's text with it: free the documents it kept open.
chrome.tabs.onRemoved.addListener((tabId) => closeTabDocuments(tabId));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") closeTabDocuments(tabId);
});

/** A content script's document id, kept apart from other tabs' and frames'. */
function documentKey(sender, id) {
  return `${sender.tab?.id}:${sender.frameId}:${String(id)}`;
}

/** True for the extension's own pages (popup.html, in the toolbar or a tab); false for content scripts. */
function isExtensionPage(sender) {
  return typeof sender.url === "string" && sender.url.startsWith(chrome.runtime.getURL(""));
}

// The same entry points the popup, the shortcut and the context menu reach, for the extension's browser
// tests (which cannot click the toolbar button, press a browser shortcut or open a context menu) and
// for debugging from the service worker's console.
globalThis.textlens = Object.freeze({
  highlightTab, clearTab, tabStatus, toggleTab, scrollTab, analyseSelection, analyze: analyzeInWorker,
});
