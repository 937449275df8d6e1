// What the popup asks for, done from the service worker: inject the content script into a tab (on
// demand, thanks to activeTab + scripting) and tell it to highlight, clear or report what it shows.
import { MessageType } from "../shared/messages.js";

/** The bundled content script's path inside the built extension. */
export const CONTENT_SCRIPT = "content-script.js";

/**
 * Highlights the entities of a tab's page (top frame). Injecting twice is harmless: the content script
 * installs itself once, and a new run replaces the previous one.
 * @param {number} tabId
 * @param {{ types?: string[] }} [options] labels to show; all when absent
 * @returns {Promise<object>} the page summary (see content/summarize.js)
 */
export async function highlightTab(tabId, { types } = {}) {
  checkTabId(tabId);
  await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  const reply = await chrome.tabs.sendMessage(tabId, { type: MessageType.HIGHLIGHT, types }, { frameId: 0 });
  return unwrap(reply).summary;
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
