// "Analyse selection" (the context menu on selected text): the selection's statistics, entities and
// key terms, kept in chrome.storage.session (this browser session only, readable by the extension's
// own pages) for the side panel to show.
import { SELECTION_KEY } from "../shared/messages.js";
import { analyzeInWorker } from "./wasm-analyzer.js";

/** How much of the selection the side panel quotes. */
export const QUOTE_UNITS = 280;

/**
 * Analyses the selected text of a tab and stores the result under SELECTION_KEY in storage.session.
 * The text is read from the page (its line breaks kept), through the activeTab grant the context menu
 * gives; `fallback` (the menu's own `selectionText`) is used where the page cannot be read.
 * @param {number | undefined} tabId
 * @param {string} [fallback]
 * @returns {Promise<object>} what was stored
 */
export async function analyseSelection(tabId, fallback = "") {
  let text = "";
  if (Number.isInteger(tabId)) {
    try {
      const [frame] = await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => String(globalThis.getSelection?.() ?? "") });
      text = typeof frame?.result === "string" ? frame.result : "";
    } catch {
      // a page no extension may script, or the selection is in a frame: use the menu's text
    }
  }
  if (!text.trim()) text = typeof fallback === "string" ? fallback : "";
  const analysis = await analyzeInWorker(text);
  const entities = [...analysis.entities]
    .sort((a, b) => b.mentions - a.mentions || a.id - b.id)
    .map(({ id, label, name, mentions }) => ({ id, label, name, mentions }));
  let cut = Math.min(text.length, QUOTE_UNITS);
  if (cut < text.length && /[\ud800-\udbff]/.test(text[cut - 1])) cut--; // keep a surrogate pair whole
  const result = {
    tabId: tabId ?? null,
    quote: cut < text.length ? `${text.slice(0, cut)}…` : text,
    length: text.length,
    stats: analysis.stats,
    entities,
    keywords: (analysis.keywords ?? []).slice(0, 10).map(({ text: term, count }) => ({ text: term, count })),
    at: Date.now(),
  };
  await chrome.storage.session.set({ [SELECTION_KEY]: result });
  return result;
}
