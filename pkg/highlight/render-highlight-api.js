// The default renderer: the CSS Custom Highlight API. One `Highlight` per label, registered as
// `textlens-<label>` and styled with `::highlight(textlens-person)`. The page's DOM is never changed,
// so nothing on the page can break and clearing only drops ranges.

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
 * @returns {import("./render-marks.js").Renderer}
 */
export function createHighlightApiRenderer() {
  /** @type {Map<string, Range[]>} the ranges this renderer added, by registry name */
  const added = new Map();
  /** @type {Map<Text, Array<[number, number, object]>>} pieces by text node, for lookups */
  const byNode = new Map();

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
        const name = highlightName(item.mention.label);
        highlightFor(name).add(range);
        let list = added.get(name);
        if (!list) added.set(name, (list = []));
        list.push(range);
        item.range = range;
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

    clear() {
      for (const [name, ranges] of added) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of ranges) highlight.delete(range);
        if (highlight.size === 0) CSS.highlights.delete(name);
      }
      added.clear();
      byNode.clear();
    },
  };
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
