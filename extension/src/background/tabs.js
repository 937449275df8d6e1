// What the popup, the side panel and the keyboard shortcut ask for, done from the service worker:
// inject the content script into a tab (on demand, thanks to activeTab + scripting) and tell it to
// highlight, clear, scroll to an entity or report what it shows.
import { LIVE_KEY, MessageType, TYPES_KEY, ALL_LABELS } from "../shared/messages.js";

/** The bundled content script's path inside the built extension. */
export const CONTENT_SCRIPT = "content-script.js";

/**
 * Highlights the entities of a tab's page (top frame). Injecting twice is harmless: the content script
 * installs itself once, and a new run replaces the previous one. When the content script already runs
 * in the page (the user highlighted it before), the request goes straight to it: the side panel, whose
 * clicks grant no activeTab, can then change the label types of a page it shows.
 * @param {number} tabId
 * @param {{ types?: string[], live?: boolean }} [options] labels to show (all when absent); live mode
 * @returns {Promise<object>} the page summary (see content/summarize.js)
 */
export async function highlightTab(tabId, { types, live = false } = {}) {
  checkTabId(tabId);
  if (!(await sendIfInjected(tabId, { type: MessageType.STATUS }))) {
    await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  }
  const reply = await chrome.tabs.sendMessage(tabId, { type: MessageType.HIGHLIGHT, types, live: Boolean(live) }, { frameId: 0 });
  return unwrap(reply).summary;
}

/**
 * The keyboard shortcut: clears a tab that shows highlights, otherwise highlights it with the label
 * types and live mode chosen in the popup or side panel (chrome.storage.local).
 * @param {number} tabId
 * @returns {Promise<object | null>} the new summary, or null when it cleared the page
 */
export async function toggleTab(tabId) {
  if (await tabStatus(tabId)) {
    await clearTab(tabId);
    return null;
  }
  return highlightTab(tabId, await storedChoices());
}

/**
 * The choices kept in chrome.storage.local: `types` (undefined: every label) and `live`.
 * @returns {Promise<{ types: string[] | undefined, live: boolean }>}
 */
export async function storedChoices() {
  const stored = await chrome.storage.local.get([TYPES_KEY, LIVE_KEY]);
  const chosen = Array.isArray(stored[TYPES_KEY]) ? stored[TYPES_KEY].filter((t) => ALL_LABELS.includes(t)) : null;
  return { types: chosen && chosen.length < ALL_LABELS.length ? chosen : undefined, live: stored[LIVE_KEY] === true };
}

/**
 * Removes every highlight from a tab. A tab the content script never ran in has nothing to clear.
 * @param {number} tabId
 * @returns {Promise<void>}
 */
export async function clearTab(tabId) {
  checkTabId(tabId);
  const reply = await sendIfInjected(tabId, { type: MessageType.CLEAR });
  if (reply) unwrap(reply);
}

/**
 * What a tab shows now: its summary, or null when nothing is highlighted there.
 * @param {number} tabId
 * @returns {Promise<object | null>}
 */
export async function tabStatus(tabId) {
  checkTabId(tabId);
  const reply = await sendIfInjected(tabId, { type: MessageType.STATUS });
  return reply ? unwrap(reply).summary ?? null : null;
}

/**
 * Scrolls the tab's page to the next mention of entity `entity` (after the one shown last; from the
 * first again after the last) and flashes it.
 * @param {number} tabId
 * @param {number} entity an entity id of the page's summary
 * @returns {Promise<{ at: number, of: number, text: string } | null>} which mention (1-based) of how many; null if none
 */
export async function scrollTab(tabId, entity) {
  checkTabId(tabId);
  if (!Number.isInteger(entity) || entity < 0) throw new TypeError(`textlens: entity must be an entity id, got ${JSON.stringify(entity)}`);
  const reply = await sendIfInjected(tabId, { type: MessageType.SCROLL_TO, entity });
  return reply ? unwrap(reply).position ?? null : null;
}

/** Sends to the content script if it runs in the tab; resolves to undefined if it does not. */
async function sendIfInjected(tabId, message) {
  try {
    return await chrome.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch (err) {
    if (/Receiving end does not exist|Could not establish connection/i.test(err?.message ?? "")) return undefined;
    throw err;
  }
}

function unwrap(reply) {
  if (!reply) throw new Error("textlens: the page did not answer (was it reloaded?)");
  if (!reply.ok) throw new Error(reply.error?.message ?? "textlens: the page reported an error");
  return reply;
}

function checkTabId(tabId) {
  if (!Number.isInteger(tabId) || tabId < 0) throw new TypeError(`textlens: tabId must be a tab id, got ${JSON.stringify(tabId)}`);
}
