// The messages the three parts of the extension exchange, and the labels the popup offers.
//
//   content script → service worker   ANALYZE        { text, options }  → { ok, analysis } | { ok, error }
//                                     APPEND         { document, piece, options } → { ok } | { ok, error }
//                                     ANALYZE        { document }       → { ok, analysis } (then closes it)
//   popup → service worker            HIGHLIGHT_TAB  { tabId, types }   → { ok, summary }  | { ok, error }
//                                     CLEAR_TAB      { tabId }          → { ok }           | { ok, error }
//                                     TAB_STATUS     { tabId }          → { ok, summary }  (summary null: nothing shown)
//   service worker → content script   HIGHLIGHT      { types }          → { ok, summary }  | { ok, error }
//                                     CLEAR, STATUS                     → { ok, summary? }
// Every payload is plain JSON-serialisable data.

/** Message types (the `type` field of every message). */
export const MessageType = Object.freeze({
  ANALYZE: "textlens/analyze",
  APPEND: "textlens/append",
  HIGHLIGHT_TAB: "textlens/highlight-tab",
  CLEAR_TAB: "textlens/clear-tab",
  TAB_STATUS: "textlens/tab-status",
  HIGHLIGHT: "textlens/highlight",
  CLEAR: "textlens/clear",
  STATUS: "textlens/status",
});

/** The built-in labels, grouped as the popup shows them: every label the core reports, in its order (tests/contracts.rs). */
export const LABEL_GROUPS = Object.freeze([
  { name: "Names", labels: ["PERSON", "ORG", "PLACE", "NORP"] },
  { name: "Numbers and times", labels: ["DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL"] },
  { name: "Addresses", labels: ["EMAIL", "URL", "PHONE", "HASHTAG", "MENTION"] },
  { name: "Personal data", labels: ["IP_ADDRESS", "CREDIT_CARD", "IBAN", "POSTCODE"] },
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
