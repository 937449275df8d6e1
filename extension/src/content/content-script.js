// The content script, injected on demand (activeTab + scripting) into the page the user asked for. It
// gathers and paints with textlens/highlight; the analysis itself happens in the service worker.
// With the CSS Custom Highlight API renderer the page's DOM is never changed.
//
// Live mode (opt-in): the highlighter's `observe` option watches for added subtrees (debounced) and
// sends only their text, appended to the page's document in the service worker; it stops when the
// page navigates (a same-document navigation clears it; a real one unloads this script with the page).
import { highlight } from "textlens/highlight";
import { MessageType, errorToData } from "../shared/messages.js";
import { adoptHighlightStyles, removeHighlightStyles } from "./page-styles.js";
import { createRemoteAnalyzer } from "./remote-analyzer.js";
import { summarize } from "./summarize.js";
import { createScroller } from "./scroll.js";

/** Live mode's debounce: added subtrees are gathered once the page has been quiet this long (ms). */
export const LIVE_DEBOUNCE_MS = 300;

/** Installs the message listener once per page, however many times the script is injected. */
function install() {
  const analyzer = createRemoteAnalyzer();
  const liveAnalyzer = createRemoteAnalyzer(undefined, { documents: true });
  let current = null; // { handle, summary, request } of the run on screen
  let running = null; // the AbortController of a run in progress
  const scroller = createScroller(document);

  /** Tells the extension's pages (the side panel) what the page shows now. */
  function broadcast() {
    chrome.runtime.sendMessage({ type: MessageType.PAGE_SUMMARY, summary: current?.summary ?? null }).catch(() => {});
  }

  async function runHighlight({ types, live = false }) {
    running?.abort(new DOMException("superseded by a newer request", "AbortError"));
    const controller = new AbortController();
    running = controller;
    current?.handle.clear();
    current = null;
    scroller.reset(null);
    // The content script adopts the stylesheet itself (styles: false) so that Clear can remove it.
    adoptHighlightStyles(document);
    const request = { types: types ?? null, live: Boolean(live) };
    const handle = await highlight(document.body ?? document.documentElement, {
      analyzer: live ? liveAnalyzer : analyzer,
      types: types ?? undefined,
      signal: controller.signal,
      styles: false,
      // One analyser call per page (see remote-analyzer.js); in live mode the text goes to one document
      // in the service worker in pieces (with a pause between them), and so do later additions.
      chunkSize: live ? 100_000 : Infinity,
      observe: live ? { debounce: LIVE_DEBOUNCE_MS } : false,
      onUpdate: (updated) => {
        if (current?.handle !== updated) return;
        scroller.reset(updated);
        // In a task of its own: the update that called this already did its share of work.
        setTimeout(() => {
          if (current?.handle !== updated) return;
          current.summary = summarize(updated, request);
          broadcast();
        }, 0);
      },
    });
    if (running === controller) running = null;
    current = { handle, summary: summarize(handle, request) };
    scroller.reset(handle);
    broadcast();
    return current.summary;
  }

  function runClear() {
    running?.abort(new DOMException("cleared", "AbortError"));
    running = null;
    current?.handle.clear();
    const had = current !== null;
    current = null;
    scroller.reset(null);
    removeHighlightStyles(document);
    if (had) broadcast();
  }

  // The page navigates without unloading (history.pushState in a single-page app, not a #fragment):
  // what was highlighted belonged to the previous view, and live mode must not follow the new one.
  globalThis.navigation?.addEventListener("navigate", (event) => {
    if (!event.hashChange && current) runClear();
  });
  // The page is left (it may be kept in the back/forward cache): stop watching it.
  globalThis.addEventListener("pagehide", () => current && runClear());

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
      case MessageType.SCROLL_TO:
        sendResponse({ ok: true, position: scroller.next(message.entity) });
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
