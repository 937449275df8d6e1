// The <mark> renderer: wraps each piece of a mention in `<mark class="textlens" data-textlens
// data-label=… data-entity=…>`, for consumers who want elements (tooltips, clicks). A mention that crosses
// inline elements becomes several marks sharing one data-entity (and data-mention). Pieces are wrapped
// from the last to the first, so splitting a text node never shifts the offsets still to be wrapped
// (no quadratic re-indexing), and every split is recorded so that `clear()` merges the text back and
// restores the DOM exactly (the same innerHTML as before).
//
// Wrapping is cheap; the browser's layout and paint after it are not (on a 1 MB page, 1000 marks
// inserted at once cost the next frame about 300 ms in Chromium, 100 marks about 45 ms). So each slice
// also has a mark budget, adapted after every frame from the rendering time measured for the marks
// of the previous slice, aiming at frames of about FRAME_TARGET_MS.

/**
 * @typedef {object} Renderer
 * @property {"highlight-api" | "mark"} name
 * @property {(located: object[], gathered: object, options: { slicer?: object, onStep?: (done: number) => void })
 *   => Promise<number>} render paints the located mentions; resolves to how many it painted
 * @property {(x: number, y: number, doc: Document) => object | null} lookupPoint the located mention at a point
 * @property {(element: Element) => object | null} lookupElement the located mention a mark belongs to
 * @property {(gathered: object) => void} [dropStale] stops painting the mentions whose text nodes changed since
 *   they were gathered (the Highlight API's ranges are live: they would paint the new text)
 * @property {() => void} clear removes everything this renderer painted
 */

/** Marks in the first slice, before any frame was measured. */
const FIRST_MARKS_BUDGET = 64;
const MIN_MARKS_BUDGET = 16;
/** The rendering time per frame the mark budget aims at. */
const FRAME_TARGET_MS = 30;

/**
 * Creates a renderer that wraps mentions in <mark> elements.
 * @param {{ className?: string }} [options]
 * @returns {Renderer}
 */
export function createMarkRenderer({ className = "textlens" } = {}) {
  /** Undo records in creation order: the text node kept on the left, the mark, the split-off rest. */
  const records = [];
  /** @type {WeakMap<Element, object>} */
  const byMark = new WeakMap();

  return {
    name: "mark",

    async render(located, gathered, { slicer, onStep }) {
      const { nodes } = gathered;
      // What each node should hold now: its gathered text, cut shorter by each split made here.
      const expected = gathered.datas.slice();
      let rendered = 0;
      let marksBudget = FIRST_MARKS_BUDGET;
      let marksInSlice = 0;
      for (let k = located.length - 1; k >= 0; k--) {
        // The slice's time is checked before every mention (performance.now() is cheap), so a slice
        // that starts late, after other work, ends before it adds marks.
        if (slicer && (marksInSlice >= marksBudget || slicer.due())) {
          onStep?.(located.length - 1 - k);
          if (marksInSlice === 0) {
            await slicer.pause(); // nothing changed: no frame to wait for or to measure
          } else {
            const rendering = await slicer.pause({ frame: true });
            if (rendering > 0) {
              const perMark = rendering / marksInSlice;
              marksBudget = Math.max(MIN_MARKS_BUDGET, Math.min(marksBudget * 2, Math.floor(FRAME_TARGET_MS / perMark)));
            }
          }
          marksInSlice = 0;
        }
        const item = located[k];
        const p = item.pieces;
        if (!piecesStillThere(p, nodes, expected)) continue;
        const marks = [];
        for (let i = p.length - 3; i >= 0; i -= 3) {
          const node = nodes[p[i]];
          const mark = node.ownerDocument.createElement("mark");
          mark.className = className;
          mark.setAttribute("data-textlens", "");
          mark.setAttribute("data-label", item.mention.label);
          if (item.mention.entity != null) mark.setAttribute("data-entity", String(item.mention.entity));
          // A quote's part (label QUOTE) says which quote it belongs to instead of which mention.
          if (item.quote === undefined) mark.setAttribute("data-mention", String(item.index));
          else mark.setAttribute("data-quote", String(item.quote));
          const rest = node.splitText(p[i + 2]);
          const inner = node.splitText(p[i + 1]);
          node.parentNode.insertBefore(mark, inner);
          mark.appendChild(inner);
          expected[p[i]] = node.data;
          records.push({ node, mark, inner, rest });
          byMark.set(mark, item);
          marks.push(mark);
          marksInSlice++;
        }
        item.marks = marks.reverse();
        rendered++;
      }
      return rendered;
    },

    lookupPoint(x, y, doc) {
      const element = doc.elementFromPoint(x, y);
      const mark = element?.closest?.("mark[data-textlens]");
      return (mark && byMark.get(mark)) ?? null;
    },

    lookupElement(element) {
      const mark = element?.closest?.("mark[data-textlens]");
      return (mark && byMark.get(mark)) ?? null;
    },

    clear() {
      for (let r = records.length - 1; r >= 0; r--) {
        const { node, mark, inner, rest } = records[r];
        const parent = node.parentNode;
        if (parent && mark.parentNode === parent && rest.parentNode === parent && inner.parentNode === mark) {
          node.appendData(inner.data + rest.data);
          mark.remove();
          rest.remove();
        } else if (mark.parentNode) {
          // The page moved things around meanwhile: unwrap the mark where it is now.
          mark.replaceWith(...mark.childNodes);
        }
      }
      records.length = 0;
    },
  };
}

function piecesStillThere(pieces, nodes, expected) {
  for (let i = 0; i < pieces.length; i += 3) {
    const node = nodes[pieces[i]];
    if (!node.isConnected || node.data !== expected[pieces[i]] || !node.parentNode) return false;
  }
  return true;
}
