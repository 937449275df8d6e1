// The toolbar popup: Highlight this page / Clear, the label types to show and live mode (kept in
// storage.local, shared with the side panel), the page's stats, top entities and key terms, and a
// button that opens the side panel. The work is done by the service worker (see service-worker.js).
import { ALL_LABELS, LABEL_GROUPS, LIVE_KEY, MessageType, TOGGLE_COMMAND, TYPES_KEY } from "../shared/messages.js";
import { renderEntities, renderKeywords, renderStats, renderTypeChoices } from "./render.js";
import { highlightedText, pageActions, send, statusLine } from "../shared/page-controls.js";

const $ = (id) => document.getElementById(id);
const ui = {
  highlight: $("highlight"),
  clear: $("clear"),
  status: $("status"),
  types: $("types"),
  results: $("results"),
  entities: $("entities"),
  keywordsBlock: $("keywords-block"),
  keywords: $("keywords"),
  stats: $("stats"),
  live: $("live"),
  sidePanel: $("open-side-panel"),
  shortcut: $("shortcut"),
};

/** How many entities the popup lists (the side panel lists them all). */
const TOP_ENTITIES = 12;

/** The popup's state: the tab it acts on, the chosen labels and whether the page shows highlights. */
const state = { tabId: null, windowId: null, selected: new Set(ALL_LABELS), shown: false };

const setStatus = statusLine(ui.status);

/** Explains the errors people meet most: pages no extension may script. */
function explain(err) {
  const message = err?.message ?? String(err);
  if (/cannot access|cannot be scripted|chrome:\/\/|extensions gallery|webstore/i.test(message)) {
    return "This page cannot be highlighted (browser pages and the extension store are off limits to extensions).";
  }
  return `Could not highlight this page: ${message}`;
}

function showSummary(summary) {
  state.shown = Boolean(summary);
  ui.results.hidden = !summary;
  ui.clear.disabled = !summary;
  if (!summary) return;
  renderEntities(ui.entities, summary.entities.slice(0, TOP_ENTITIES));
  renderStats(ui.stats, summary.stats ?? {});
  const keywords = summary.keywords ?? [];
  ui.keywordsBlock.hidden = keywords.length === 0;
  renderKeywords(ui.keywords, keywords);
  setStatus(`${highlightedText(summary)}.`);
}

const { highlightPage, clearPage } = pageActions(ui, state, { setStatus, showSummary, explain });

async function onTypesChanged(selected) {
  ui.highlight.disabled = selected.size === 0;
  await chrome.storage.local.set({ [TYPES_KEY]: [...selected] });
  if (state.shown && selected.size) await highlightPage();
}

async function start() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  state.tabId = tab?.id ?? null;
  state.windowId = tab?.windowId ?? null;
  const { [TYPES_KEY]: types, [LIVE_KEY]: live } = await chrome.storage.local.get([TYPES_KEY, LIVE_KEY]);
  if (Array.isArray(types)) state.selected = new Set(types.filter((t) => ALL_LABELS.includes(t)));
  ui.live.checked = live === true;
  ui.live.addEventListener("change", async () => {
    await chrome.storage.local.set({ [LIVE_KEY]: ui.live.checked });
    if (state.shown) await highlightPage();
  });
  // The keyboard shortcut as the user set it (chrome://extensions/shortcuts), if any.
  const commands = await chrome.commands.getAll().catch(() => []);
  const shortcut = commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut;
  ui.shortcut.hidden = !shortcut;
  if (shortcut) ui.shortcut.textContent = `${shortcut} highlights or clears the page.`;
  // Opening the side panel needs this click's user gesture: no await before it.
  ui.sidePanel.addEventListener("click", () => {
    if (state.windowId === null) return;
    chrome.sidePanel.open({ windowId: state.windowId }).then(() => window.close(), (err) => setStatus(`Could not open the side panel: ${err.message}`, { error: true }));
  });
  renderTypeChoices(ui.types, LABEL_GROUPS, state.selected, onTypesChanged);
  ui.highlight.addEventListener("click", highlightPage);
  ui.clear.addEventListener("click", clearPage);
  ui.highlight.disabled = state.tabId === null || state.selected.size === 0;
  showSummary(null);
  if (state.tabId === null) return;
  try {
    const { summary } = await send({ type: MessageType.TAB_STATUS, tabId: state.tabId });
    showSummary(summary);
  } catch {
    // Nothing shown on this page (or it cannot be scripted): the buttons say what can be done.
  }
}

// The buttons start disabled and the body busy until the popup knows its tab, its labels and what the
// page shows: a click before then would act on no tab.
start()
  .catch((err) => setStatus(err.message, { error: true }))
  .finally(() => document.body.removeAttribute("aria-busy"));
