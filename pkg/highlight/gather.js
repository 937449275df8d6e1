// Text gathering: walks the DOM under one or more start nodes in document order, without recursion
// (an explicit stack, so 10,000-deep trees are fine), and concatenates the text nodes it keeps into one
// string. Block elements become a blank line ("\n\n") and <br> a newline, so a sentence or an address
// never runs from one paragraph, cell or list item into the next (mark.js glues them together).

/** Elements whose text is never gathered: code, form fields, foreign content and editable regions. */
export const SKIP_SELECTOR =
  "script, style, noscript, template, textarea, input, select, svg, math, [contenteditable]";

/** Elements textlens itself creates or owns (its marks and any UI marked with data-textlens-ui). */
export const OWN_SELECTOR = "mark[data-textlens], [data-textlens-ui]";

/** Separator for block boundaries (a paragraph break for the analyser). */
export const BLOCK_SEPARATOR = "\n\n";
/** Separator for <br>. */
export const LINE_SEPARATOR = "\n";

/** Elements that start a new block of text (upper-case tag names). */
// Elements that start a new block of text. Tag names, not computed styles: reading computed styles
// for tens of thousands of elements would force style recalculation and cost more than the analysis.
export const BLOCK_TAGS = new Set(
  ("ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT " +
    "FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML IFRAME IMG LEGEND " +
    "LI LISTING MAIN MENU NAV OL OPTGROUP OPTION P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD " +
    "TR UL VIDEO AUDIO CANVAS").split(" "),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CHECK_EVERY = 256;
const NON_SPACE = /\S/;

/**
 * @typedef {object} Gathered
 * @property {string} text the concatenated text, with separators
 * @property {Text[]} nodes the text nodes, in document order
 * @property {number[]} starts where each node's text starts in `text`
 * @property {string[]} datas each node's text when it was gathered (to detect later changes)
 * @property {ShadowRoot[]} shadowRoots the open shadow roots that were entered
 */

/**
 * Builds the skip test for one run: the built-in skip list, textlens's own elements and `exclude`.
 * Throws an Error naming the option when `exclude` is not a valid selector.
 * @param {string | undefined} exclude a selector, or undefined
 * @returns {string}
 */
export function skipSelectorFor(exclude) {
  const selector = exclude ? `${SKIP_SELECTOR}, ${OWN_SELECTOR}, ${exclude}` : `${SKIP_SELECTOR}, ${OWN_SELECTOR}`;
  try {
    document.createDocumentFragment().querySelector(selector);
  } catch (err) {
    throw new Error(`highlight: option "exclude" is not a valid selector: ${exclude} (${err.message})`);
  }
  return selector;
}

/**
 * Gathers the text under `starts` (elements, text nodes, documents or shadow roots), in order.
 * @param {Node[]} startNodes where to start; each is walked in turn, separated like blocks
 * @param {{ skip: string, shadowRoots?: boolean, slicer?: ReturnType<import("./schedule.js").createSlicer>,
 *           onStep?: (nodes: number) => void }} options
 * @returns {Promise<Gathered>}
 */
export async function gatherText(startNodes, { skip, shadowRoots = false, slicer, onStep }) {
  const parts = [];
  const nodes = [];
  const starts = [];
  const datas = [];
  const shadows = [];
  let length = 0;
  let pending = ""; // separator owed before the next text
  let held = null; // a whitespace-only text node, kept if text follows in the same block
  const emit = (node) => {
    const data = node.data;
    parts.push(data);
    nodes.push(node);
    starts.push(length);
    datas.push(data);
    length += data.length;
  };

  const stack = [];
  const exiting = [];
  const pushChildren = (parent) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      exiting.push(false);
    }
  };
  const pushNodes = (list) => {
    for (let i = list.length - 1; i >= 0; i--) {
      stack.push(list[i]);
      exiting.push(false);
    }
  };

  let steps = 0;
  for (const start of startNodes) {
    if (nodes.length) pending = BLOCK_SEPARATOR;
    held = null;
    if (start.nodeType === TEXT_NODE) {
      stack.push(start);
      exiting.push(false);
    } else {
      if (start.nodeType === ELEMENT_NODE && shadowRoots && start.shadowRoot) {
        shadows.push(start.shadowRoot);
        pushChildren(start.shadowRoot);
      } else {
        pushChildren(start);
      }
    }
    while (stack.length) {
      if (++steps % CHECK_EVERY === 0 && slicer?.due()) {
        onStep?.(nodes.length);
        await slicer.pause();
      }
      const node = stack.pop();
      if (exiting.pop()) {
        pending = BLOCK_SEPARATOR;
        held = null;
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        const data = node.data;
        if (!data.length) continue;
        if (!NON_SPACE.test(data)) {
          // Whitespace between blocks is layout, not text: keep it only when text follows before the
          // next block boundary (it may separate two words of one name: <b>Kim</b> <i>Jong</i>).
          if (!pending && length) held = node;
          continue;
        }
        if (pending) {
          if (length) {
            parts.push(pending);
            length += pending.length;
          }
          pending = "";
        } else if (held) {
          emit(held);
        }
        held = null;
        emit(node);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const block = BLOCK_TAGS.has(node.tagName);
      if (node.matches(skip)) {
        if (block) pending = BLOCK_SEPARATOR;
        continue;
      }
      if (node.tagName === "BR") {
        if (!pending) pending = LINE_SEPARATOR;
        held = null;
        continue;
      }
      if (block) {
        pending = BLOCK_SEPARATOR;
        held = null;
        stack.push(node);
        exiting.push(true);
      }
      if (shadowRoots && node.shadowRoot) {
        // The flat tree: the shadow tree is rendered in place of the light children, which appear
        // only where a <slot> assigns them.
        shadows.push(node.shadowRoot);
        pushChildren(node.shadowRoot);
      } else if (shadowRoots && node.tagName === "SLOT") {
        const assigned = node.assignedNodes();
        if (assigned.length) pushNodes(assigned);
        else pushChildren(node);
      } else {
        pushChildren(node);
      }
    }
  }
  return { text: parts.join(""), nodes, starts, datas, shadowRoots: shadows };
}
