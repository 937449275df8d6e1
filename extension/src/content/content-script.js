// The content script, injected on demand (activeTab + scripting) into the page the user asked for. It
// gathers and paints with textlens/highlight; the analysis itself happens in the service worker.
// With the CSS Custom Highlight API renderer the page's DOM is never changed.
import { highlight } from "textlens/highlight";
import { MessageType, errorToData } from "../shared/messages.js";
import { adoptHighlightStyles, removeHighlightStyles } from "./page-styles.js";
import { createRemoteAnalyzer } from "./remote-analyzer.js";
import { summarize } from "./summarize.js";

/** Installs the message listener once per page, however many times the script is injected. */
function install() {
  const analyzer = createRemoteAnalyzer();
  let current = null; // { handle, summary } of the run on screen
  let running = null; // the AbortController of a run in progress

  async function runHighlight({ types }) {
    running?.abort(new DOMException("superseded by a newer request", "AbortError"));
    const controller = new AbortController();
    running = controller;
    current?.handle.clear();
    current = null;
    // The content script adopts the stylesheet itself (styles: false) so that Clear can remove it.
    adoptHighlightStyles(document);
    const handle = await highlight(document.body ?? document.documentElement, {
      analyzer,
      types: types ?? undefined,
      signal: controller.signal,
      styles: false,
      chunkSize: Infinity, // one analyser call per page: see remote-analyzer.js
    });
    if (running === controller) running = null;
    current = { handle, summary: summarize(handle, { types }) };
    return current.summary;
  }

  function runClear() {
    running?.abort(new DOMException("cleared", "AbortError"));
    running = null;
    current?.handle.clear();
    current = null;
    removeHighlightStyles(document);
  }

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return false;
    switch (message?.type) {
      case MessageType.HIGHLIGHT:
        runHighlight(message).then(
          (summary) => sendResponse({ ok: true, summary }),
          (err) => sendResponse({ ok: false, error: errorToData(err) }),
        );
        return true;
      case MessageType.CLEAR:
        runClear();
        sendResponse({ ok: true });
        return false;
      case MessageType.STATUS:
        sendResponse({ ok: true, summary: current?.summary ?? null });
        return false;
      default:
        return false;
    }
  });
}

// Content scripts injected into the same page share one isolated world: install only the first time.
if (!globalThis.__textlensContentScript) {
  globalThis.__textlensContentScript = true;
  install();
}
