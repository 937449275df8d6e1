// What the popup and the side panel share: the request to the service worker, the status line, and
// the "Highlight this page" / "Clear" actions on the tab they act on. Each view keeps its own
// rendering (`showSummary`) and its own explanation of errors (`explain`).
import { ALL_LABELS, MessageType } from "./messages.js";

/** Sends `message` to the service worker; throws its error when the reply is not ok. */
export async function send(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (!reply?.ok) throw new Error(reply?.error?.message ?? "no answer from the extension");
  return reply;
}

/**
 * What a summary says was highlighted: "12 mentions highlighted", and the quotes when there are any
 * ("12 mentions and 2 quotes highlighted"): a quote is a span around mentions, counted apart from them.
 * @param {{ mentions: number, quotes?: number }} summary
 * @returns {string}
 */
export function highlightedText({ mentions, quotes = 0 }) {
  const count = (n, one) => (n === 1 ? `1 ${one}` : `${n.toLocaleString("en")} ${one}s`);
  return `${count(mentions, "mention")}${quotes ? ` and ${count(quotes, "quote")}` : ""} highlighted`;
}

/** A function that shows `text` in `element`, styled as an error when asked. */
export function statusLine(element) {
  return (text, { error = false } = {}) => {
    element.textContent = text;
    element.classList.toggle("error", error);
  };
}

/** The labels to send: undefined when all are chosen (so labels added by newer cores show too). */
export function chosenTypes(selected) {
  return selected.size === ALL_LABELS.length ? undefined : [...selected];
}

/**
 * The Highlight and Clear actions of a view.
 * @param {{ highlight: HTMLButtonElement, live: HTMLInputElement }} ui
 * @param {{ tabId: number | null, selected: Set<string> }} state
 * @param {{ setStatus: Function, showSummary: (summary: object | null) => void, explain: (err: unknown) => string }} view
 */
export function pageActions(ui, state, { setStatus, showSummary, explain }) {
  async function highlightPage() {
    if (state.tabId === null) return;
    ui.highlight.disabled = true;
    setStatus("Analysing…");
    try {
      const types = chosenTypes(state.selected);
      const { summary } = await send({ type: MessageType.HIGHLIGHT_TAB, tabId: state.tabId, types, live: ui.live.checked });
      showSummary(summary);
    } catch (err) {
      setStatus(explain(err), { error: true });
    } finally {
      ui.highlight.disabled = state.selected.size === 0;
    }
  }

  async function clearPage() {
    try {
      await send({ type: MessageType.CLEAR_TAB, tabId: state.tabId });
      showSummary(null);
      setStatus("Highlights removed.");
    } catch (err) {
      setStatus(`Could not clear: ${err.message}`, { error: true });
    }
  }

  return { highlightPage, clearPage };
}
