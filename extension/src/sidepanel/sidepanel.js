// The side panel: stays open while the user reads. It shows what the active tab's page shows — its
// entities grouped by label, one row per linked entity with its mention count (a click scrolls the page
// to the entity's next mention and flashes it), the key terms and the statistics — and the analysis of
// the last selection sent with the context menu's "Analyse selection". The label types and live mode
// are the popup's (chrome.storage.local). The work is done by the service worker (service-worker.js).
//
// A click in a side panel grants no activeTab: "Highlight this page" works here on a page the
// extension was already invoked on (toolbar button, shortcut, context menu); otherwise it says so.
import { ALL_LABELS, LABEL_GROUPS, LIVE_KEY, MessageType, SELECTION_KEY, TOGGLE_COMMAND, TYPES_KEY } from "../shared/messages.js";
import { entityParts, renderEntities, renderKeywords, renderStats, renderTypeChoices } from "../popup/render.js";
import { highlightedText, pageActions, send, statusLine } from "../shared/page-controls.js";

const $ = (id) => document.getElementById(id);
const ui = {
  highlight: $("highlight"),
  clear: $("clear"),
  live: $("live"),
  status: $("status"),
  types: $("types"),
  results: $("results"),
  groups: $("groups"),
  keywordsBlock: $("keywords-block"),
  keywords: $("keywords"),
  stats: $("stats"),
  selection: $("selection"),
  selectionQuote: $("selection-quote"),
  selectionEntities: $("selection-entities"),
  selectionStats: $("selection-stats"),
};

/** The panel's state: the window it belongs to, the tab it shows, the chosen labels, the page's summary. */
const state = { windowId: null, tabId: null, selected: new Set(ALL_LABELS), summary: null, shortcut: "" };

const setStatus = statusLine(ui.status);

function explain(err) {
  const message = err?.message ?? String(err);
  if (/cannot access|cannot be scripted|permission|chrome:\/\/|extensions gallery|webstore/i.test(message)) {
    const how = state.shortcut ? `press ${state.shortcut} or click` : "click";
    return `To highlight this page, ${how} the textlens toolbar button first (a click in the side panel cannot give access to a page). Browser pages cannot be highlighted.`;
  }
  return `Could not highlight this page: ${message}`;
}

/** Shows a page summary (null: nothing highlighted on the page). */
function showSummary(summary) {
  state.summary = summary ?? null;
  ui.results.hidden = !summary;
  ui.clear.disabled = !summary;
  if (!summary) return;
  renderGroups(ui.groups, summary.entities ?? []);
  renderStats(ui.stats, summary.stats ?? {});
  const keywords = summary.keywords ?? [];
  ui.keywordsBlock.hidden = keywords.length === 0;
  renderKeywords(ui.keywords, keywords);
  setStatus(`${highlightedText(summary)}${summary.live ? " (live)" : ""}.`);
}

const { highlightPage, clearPage } = pageActions(ui, state, { setStatus, showSummary, explain });

/** One list per label (in the popup's order), one button per linked entity, most mentioned first. */
function renderGroups(container, entities) {
  container.replaceChildren();
  if (!entities.length) {
    const empty = document.createElement("p");
    empty.textContent = "No entities of the chosen types.";
    container.append(empty);
    return;
  }
  const labels = [...ALL_LABELS, ...new Set(entities.map((e) => e.label).filter((l) => !ALL_LABELS.includes(l)))];
  for (const label of labels) {
    const group = entities.filter((e) => e.label === label).sort((a, b) => b.mentions - a.mentions || a.id - b.id);
    if (!group.length) continue;
    const section = document.createElement("section");
    section.className = "group";
    section.dataset.label = label;
    const heading = document.createElement("h3");
    heading.textContent = `${label.toLowerCase()} (${group.length})`;
    const list = document.createElement("ol");
    for (const entity of group) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "entity";
      button.dataset.entity = String(entity.id);
      const position = document.createElement("span");
      position.className = "position";
      button.append(...entityParts(entity), position);
      button.addEventListener("click", () => goTo(entity, position));
      const item = document.createElement("li");
      item.append(button);
      list.append(item);
    }
    section.append(heading, list);
    container.append(section);
  }
}

async function goTo(entity, position) {
  try {
    const reply = await send({ type: MessageType.SCROLL_TAB, tabId: state.tabId, entity: entity.id });
    if (!reply.position) {
      setStatus(`“${entity.name}” is no longer on the page.`, { error: true });
      return;
    }
    for (const other of ui.groups.querySelectorAll(".position")) other.textContent = "";
    position.textContent = `${reply.position.at}/${reply.position.of}`;
  } catch (err) {
    setStatus(`Could not go there: ${err.message}`, { error: true });
  }
}

/** Asks what the panel's tab shows now. */
async function refresh() {
  showSummary(null);
  setStatus("");
  if (state.tabId === null) return;
  try {
    const { summary } = await send({ type: MessageType.TAB_STATUS, tabId: state.tabId });
    if (summary) showSummary(summary);
  } catch {
    // Nothing shown on this page, or it cannot be scripted.
  }
}

/** Shows the last analysed selection (storage.session), or hides the section. */
function showSelection(selection) {
  ui.selection.hidden = !selection;
  if (!selection) return;
  ui.selectionQuote.textContent = selection.quote;
  renderEntities(ui.selectionEntities, selection.entities ?? []);
  renderStats(ui.selectionStats, selection.stats ?? {});
}

async function start() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  state.tabId = tab?.id ?? null;
  state.windowId = tab?.windowId ?? null;
  const commands = await chrome.commands?.getAll?.().catch(() => []) ?? [];
  state.shortcut = commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? "";

  const stored = await chrome.storage.local.get([TYPES_KEY, LIVE_KEY]);
  if (Array.isArray(stored[TYPES_KEY])) state.selected = new Set(stored[TYPES_KEY].filter((t) => ALL_LABELS.includes(t)));
  ui.live.checked = stored[LIVE_KEY] === true;
  const onTypesChanged = async (selected) => {
    ui.highlight.disabled = selected.size === 0;
    await chrome.storage.local.set({ [TYPES_KEY]: [...selected] });
    if (state.summary && selected.size) await highlightPage();
  };
  renderTypeChoices(ui.types, LABEL_GROUPS, state.selected, onTypesChanged);
  ui.live.addEventListener("change", async () => {
    await chrome.storage.local.set({ [LIVE_KEY]: ui.live.checked });
    if (state.summary) await highlightPage();
  });
  ui.highlight.addEventListener("click", highlightPage);
  ui.clear.addEventListener("click", clearPage);
  ui.highlight.disabled = state.tabId === null || state.selected.size === 0;

  // What the page shows changes (the popup, the shortcut, live mode): its content script says so.
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message?.type !== MessageType.PAGE_SUMMARY || sender.id !== chrome.runtime.id) return false;
    if (sender.tab?.id === state.tabId && sender.frameId === 0) {
      showSummary(message.summary);
      if (!message.summary) setStatus("");
    }
    return false;
  });
  chrome.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId !== state.windowId) return;
    state.tabId = tabId;
    refresh();
  });
  chrome.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === state.tabId && change.status === "loading") refresh();
  });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "session" && SELECTION_KEY in changes) showSelection(changes[SELECTION_KEY].newValue);
    if (area === "local" && LIVE_KEY in changes) ui.live.checked = changes[LIVE_KEY].newValue === true;
    if (area === "local" && TYPES_KEY in changes && Array.isArray(changes[TYPES_KEY].newValue)) {
      const next = new Set(changes[TYPES_KEY].newValue.filter((t) => ALL_LABELS.includes(t)));
      if ([...next].join() !== [...state.selected].join() || next.size !== state.selected.size) {
        state.selected = next;
        renderTypeChoices(ui.types, LABEL_GROUPS, state.selected, onTypesChanged);
      }
    }
  });

  const { [SELECTION_KEY]: selection } = await chrome.storage.session.get(SELECTION_KEY);
  showSelection(selection);
  await refresh();
}

start()
  .catch((err) => setStatus(err.message, { error: true }))
  .finally(() => document.body.removeAttribute("aria-busy"));
