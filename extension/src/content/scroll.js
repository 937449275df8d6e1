// The side panel's "go to": scrolls the page to the next mention of an entity and flashes it for a
// moment with a highlight of its own (FLASH_HIGHLIGHT, styled in page-styles.js): the DOM is never
// changed. Repeated clicks on one entity cycle through its mentions in document order.

/** The CSS.highlights name of the flash (not a label's name: labels are "textlens-" + the label). */
export const FLASH_HIGHLIGHT = "textlens-extension-flash";
/** How long a mention flashes (ms). */
export const FLASH_MS = 1200;

/**
 * Creates the scroller of a document.
 * @param {Document} doc
 * @returns {{ reset(handle: import("textlens/highlight").HighlightHandle | null): void,
 *             next(entity: number): { at: number, of: number, text: string } | null }}
 */
export function createScroller(doc) {
  let handle = null;
  /** Mention indices of each entity, in document order (built on first use after each reset). */
  let byEntity = null;
  /** The mention shown last, by entity: its position in byEntity's list. */
  const cursor = new Map();
  let timer = null;

  function unflash() {
    clearTimeout(timer);
    timer = null;
    globalThis.CSS?.highlights?.delete(FLASH_HIGHLIGHT);
  }

  function mentionsOf(entity) {
    if (!byEntity) {
      byEntity = new Map();
      const mentions = handle.mentions;
      const order = mentions.map((_, k) => k).sort((a, b) => mentions[a].start - mentions[b].start);
      for (const k of order) {
        const id = mentions[k].entity;
        if (!byEntity.has(id)) byEntity.set(id, []);
        byEntity.get(id).push(k);
      }
    }
    return byEntity.get(entity) ?? [];
  }

  return {
    reset(next) {
      // Live updates keep the handle, but its mentions (and entity ids) may change: rebuild lazily.
      if (next !== handle) cursor.clear();
      handle = next;
      byEntity = null;
      if (!next) unflash();
    },

    next(entity) {
      if (!handle) return null;
      const list = mentionsOf(entity);
      if (!list.length) return null;
      // Try each mention once, starting after the one shown last: skip those whose text changed.
      const last = cursor.get(entity) ?? -1;
      for (let step = 1; step <= list.length; step++) {
        const at = (last + step) % list.length;
        const range = handle.rangeOf(list[at]);
        if (!range) continue;
        cursor.set(entity, at);
        const target = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
        target?.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
        unflash();
        if (globalThis.CSS?.highlights && typeof Highlight === "function") {
          const flash = new Highlight(range);
          flash.priority = 1; // above the label's own highlight
          CSS.highlights.set(FLASH_HIGHLIGHT, flash);
          timer = setTimeout(unflash, FLASH_MS);
        }
        return { at: at + 1, of: list.length, text: range.toString() };
      }
      return null;
    },
  };
}
