// The default renderer: the CSS Custom Highlight API. One `Highlight` per label, registered as
// `textlens-<label>` and styled with `::highlight(textlens-person)`. The page's DOM is never changed,
// so nothing on the page can break and clearing only drops ranges.
//
// Chromium rebuilds its markers for *every* registered range whenever the DOM or the styles change (about
// 6-12 µs a range on the benchmark machine), so thousands of registered ranges make each later frame
// that follows a DOM change slow. With `paint: "visible"` (chosen automatically above
// VISIBLE_PAINT_THRESHOLD ranges) every range is still built, but only those in blocks near the
// viewport (one screen above and below) are registered, through an IntersectionObserver.
import { BLOCK_TAGS } from "./gather.js";

/** Above this many ranges, `paint: "auto"` registers only the ranges near the viewport. */
export const VISIBLE_PAINT_THRESHOLD = 1000;

/** True when the browser has the CSS Custom Highlight API. */
export function hasHighlightApi() {
  return typeof globalThis.Highlight === "function" && typeof globalThis.CSS?.highlights?.set === "function";
}

/**
 * The registry name for a label: `textlens-` + the label in lower case, other characters as "-".
 * @param {string} label
 * @returns {string}
 */
export function highlightName(label) {
  return `textlens-${String(label).toLowerCase().replace(/[^a-z0-9_-]/g, "-")}`;
}

/**
 * Creates a renderer that paints mentions with ranges in `CSS.highlights`.
 * @param {{ paint?: "auto" | "all" | "visible" }} [options]
 * @returns {import("./render-marks.js").Renderer}
 */
export function createHighlightApiRenderer({ paint = "auto" } = {}) {
  /** @type {Map<string, Set<Range>>} the ranges this renderer registered, by registry name */
  const added = new Map();
  /** @type {Map<Text, Array<[number, number, object]>>} pieces by text node, for lookups */
  const byNode = new Map();
  /** Visible painting: the located mentions of each observed block, and the observer. */
  const byBlock = new Map();
  let observer = null;
  /** Every item given a range, in painting order. */
  let painted = [];

  function register(item) {
    const name = highlightName(item.mention.label);
    highlightFor(name).add(item.range);
    let set = added.get(name);
    if (!set) added.set(name, (set = new Set()));
    set.add(item.range);
  }

  function unregister(item) {
    const name = highlightName(item.mention.label);
    CSS.highlights.get(name)?.delete(item.range);
    added.get(name)?.delete(item.range);
  }

  function onIntersect(entries) {
    for (const entry of entries) {
      for (const item of byBlock.get(entry.target) ?? []) {
        if (!item.range) continue; // dropped as stale
        if (entry.isIntersecting) register(item);
        else unregister(item);
      }
    }
  }

  function highlightFor(name) {
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  return {
    name: "highlight-api",

    async render(located, gathered, { slicer, onStep }) {
      const { nodes, datas } = gathered;
      const visibleOnly = paint === "visible" || (paint === "auto" && located.length > VISIBLE_PAINT_THRESHOLD);
      if (visibleOnly && !observer) {
        observer = new IntersectionObserver(onIntersect, { rootMargin: "100% 0px 100% 0px" });
      }
      const blockOf = new Map();
      let rendered = 0;
      for (let k = 0; k < located.length; k++) {
        if (slicer && (k & 63) === 0 && slicer.due()) {
          onStep?.(k);
          await slicer.pause();
        }
        const item = located[k];
        const p = item.pieces;
        if (!piecesUnchanged(p, nodes, datas)) continue;
        const range = new Range();
        range.setStart(nodes[p[0]], p[1]);
        range.setEnd(nodes[p[p.length - 3]], p[p.length - 1]);
        item.range = range;
        painted.push(item);
        if (visibleOnly) {
          const block = blockFor(nodes[p[0]], blockOf);
          let group = byBlock.get(block);
          if (!group) {
            byBlock.set(block, (group = []));
            observer.observe(block);
          }
          group.push(item);
        } else {
          register(item);
        }
        for (let i = 0; i < p.length; i += 3) {
          const node = nodes[p[i]];
          let entries = byNode.get(node);
          if (!entries) byNode.set(node, (entries = []));
          entries.push([p[i + 1], p[i + 2], item]);
        }
        rendered++;
      }
      return rendered;
    },

    lookupPoint(x, y, doc) {
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      for (const [start, end, item] of byNode.get(caret.node) ?? []) {
        if (caret.offset < start || caret.offset > end) continue;
        for (const rect of item.range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return item;
        }
      }
      return null;
    },

    lookupElement() {
      return null;
    },

    dropStale({ nodes, datas }) {
      const kept = [];
      for (const item of painted) {
        if (piecesUnchanged(item.pieces, nodes, datas)) {
          kept.push(item);
          continue;
        }
        unregister(item);
        const p = item.pieces;
        for (let i = 0; i < p.length; i += 3) {
          const entries = byNode.get(nodes[p[i]]);
          if (entries) byNode.set(nodes[p[i]], entries.filter((entry) => entry[2] !== item));
        }
        item.range = null;
      }
      painted = kept;
    },

    clear() {
      observer?.disconnect();
      observer = null;
      byBlock.clear();
      for (const [name, ranges] of added) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of ranges) highlight.delete(range);
        if (highlight.size === 0) CSS.highlights.delete(name);
      }
      added.clear();
      byNode.clear();
      painted = [];
    },
  };
}

/** The nearest block element around a text node (cached per parent element). */
function blockFor(node, cache) {
  const parent = node.parentElement;
  let block = cache.get(parent);
  if (block) return block;
  block = parent;
  while (block.parentElement && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  cache.set(parent, block);
  return block;
}

/**
 * True when every text node a mention touches still holds the text it had when it was gathered
 * (and is still in the document): the page may change while a run is in progress.
 * @param {number[]} pieces flat triples
 * @param {Text[]} nodes
 * @param {string[]} expected each node's expected text
 */
export function piecesUnchanged(pieces, nodes, expected) {
  for (let i = 0; i < pieces.length; i += 3) {
    const node = nodes[pieces[i]];
    if (!node.isConnected || node.data !== expected[pieces[i]]) return false;
  }
  return true;
}

function caretAt(doc, x, y) {
  if (typeof doc.caretPositionFromPoint === "function") {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos && { node: pos.offsetNode, offset: pos.offset };
  }
  if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    return range && { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}
