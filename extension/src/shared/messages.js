// The messages the parts of the extension exchange, and the labels the popup and side panel offer.
//
//   content script → service worker   ANALYZE        { text, options }  → { ok, json } | { ok, error } (json: the analysis, stringified)
//                                     APPEND         { document, piece, options, first } → { ok } | { ok, error }
//                                     ANALYZE        { document, keep, have } → { ok, json, patch, version }
//                                                    (closes it unless keep; patch: json is a delta.js patch against version `have`)
//                                     CLOSE          { document }       → { ok }
//   content script → extension pages  PAGE_SUMMARY   { summary }        (broadcast: what the page shows changed)
//   popup, side panel → service worker
//                                     HIGHLIGHT_TAB  { tabId, types, live } → { ok, summary } | { ok, error }
//                                     CLEAR_TAB      { tabId }          → { ok }           | { ok, error }
//                                     TAB_STATUS     { tabId }          → { ok, summary }  (summary null: nothing shown)
//                                     SCROLL_TAB     { tabId, entity }  → { ok, position } (the next mention, flashed)
//   service worker → content script   HIGHLIGHT      { types, live }    → { ok, summary }  | { ok, error }
//                                     CLEAR, STATUS                     → { ok, summary? }
//                                     SCROLL_TO      { entity }         → { ok, position: { at, of } | null }
// The analysis of a selection (context menu) is kept in chrome.storage.session under SELECTION_KEY.
// Every payload is plain JSON-serialisable data.

/** Message types (the `type` field of every message). */
export const MessageType = Object.freeze({
  ANALYZE: "textlens/analyze",
  APPEND: "textlens/append",
  CLOSE: "textlens/close",
  PAGE_SUMMARY: "textlens/page-summary",
  HIGHLIGHT_TAB: "textlens/highlight-tab",
  CLEAR_TAB: "textlens/clear-tab",
  TAB_STATUS: "textlens/tab-status",
  SCROLL_TAB: "textlens/scroll-tab",
  HIGHLIGHT: "textlens/highlight",
  CLEAR: "textlens/clear",
  STATUS: "textlens/status",
  SCROLL_TO: "textlens/scroll-to",
});

/** The keyboard command (manifest.json "commands") that toggles highlighting on the active tab. */
export const TOGGLE_COMMAND = "toggle-highlight";
/** The context menu item on a selection. */
export const SELECTION_MENU_ID = "textlens-analyse-selection";
/** chrome.storage.session key of the last analysed selection. */
export const SELECTION_KEY = "selection";
/** chrome.storage.local keys: the chosen label types, and whether live mode is on. */
export const TYPES_KEY = "types";
export const LIVE_KEY = "live";

/** The built-in labels, grouped as the popup shows them: every label the core reports, in its order (tests/contracts.rs). */
export const LABEL_GROUPS = Object.freeze([
  { name: "Names", labels: ["PERSON", "ORG", "PLACE", "NORP"] },
  { name: "Numbers and times", labels: ["DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL"] },
  { name: "Addresses", labels: ["EMAIL", "URL", "PHONE", "HASHTAG", "MENTION"] },
  { name: "Personal data", labels: ["IP_ADDRESS", "CREDIT_CARD", "IBAN", "POSTCODE"] },
  { name: "Quotes", labels: ["QUOTE"] },
]);

/** Every built-in label, in the popup's order. */
export const ALL_LABELS = Object.freeze(LABEL_GROUPS.flatMap((group) => group.labels));

/**
 * Turns a thrown value into plain data that survives extension messaging.
 * @param {unknown} err
 * @returns {{ name: string, message: string }}
 */
export function errorToData(err) {
  return { name: err?.name ?? "Error", message: err?.message ?? String(err) };
}

/**
 * Rebuilds an error sent as data by `errorToData`, keeping its kind (TypeError, RangeError, ...).
 * @param {{ name?: string, message?: string } | undefined} data
 * @returns {Error}
 */
export function errorFromData(data) {
  const kinds = { TypeError, RangeError, AbortError: Error };
  const Kind = kinds[data?.name] ?? Error;
  const err = new Kind(data?.message ?? "unknown error");
  if (data?.name && err.name !== data.name) err.name = data.name;
  return err;
}
