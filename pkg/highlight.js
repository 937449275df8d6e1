// textlens/highlight: in-page entity highlighting that never breaks the page.
//
//   import { highlight } from "textlens/highlight";
//   const h = await highlight(document.body, { types: ["PERSON", "PLACE"], exclude: "nav, footer" });
//   h.entityAt(event.clientX, event.clientY);  h.clear();
//
// One run: gather the text under the root (gather.js) → analyse it as one document (analyze.js) → map offsets to
// DOM positions in one pass (ranges.js) → paint (render-highlight-api.js or render-marks.js). Gathering,
// analysis and painting are cut into slices of a few milliseconds (schedule.js), so no main-thread task
// grows long on big pages; a newer run on the same root cancels a stale one.
import { analysisOf, analyzeDocument, appendText, defaultAnalyzer } from "./highlight/analyze.js";
import { BLOCK_SEPARATOR } from "./highlight/gather.js";
import { gatherText, skipSelectorFor } from "./highlight/gather.js";
import { locateMentions, quoteParts } from "./highlight/ranges.js";
import { createHighlightApiRenderer, hasHighlightApi, piecesUnchanged } from "./highlight/render-highlight-api.js";
import { createMarkRenderer } from "./highlight/render-marks.js";
import { createSlicer } from "./highlight/schedule.js";
import { adoptStyles } from "./highlight/adopt-styles.js";
import { observeAdditions } from "./highlight/observe.js";

export { SKIP_SELECTOR } from "./highlight/gather.js";
export { DEFAULT_CSS } from "./highlight/styles.js";
export { highlightName, hasHighlightApi } from "./highlight/render-highlight-api.js";

const OPTION_KEYS = [
  "types", "exclude", "renderer", "analyzer", "onProgress", "signal", "shadowRoots", "observe",
  "onUpdate", "chunkSize", "sliceBudget", "styles", "className", "paint",
];
const PAINT_MODES = ["auto", "all", "visible"];
const RENDERERS = ["highlight-api", "mark"];

/** The default: send at most this many UTF-16 units of text to the analyser in one call. */
export const DEFAULT_CHUNK_SIZE = 100_000;
/** The default slice budget in milliseconds. */
export const DEFAULT_SLICE_BUDGET = 8;

/** Runs in progress and finished handles, per root: a newer run replaces both. */
const current = new WeakMap();

/**
 * Highlights the entities under `root`. Resolves to a handle once everything is painted.
 * Rejects with the signal's reason when `options.signal` aborts (or a newer run on the same root
 * starts), after removing whatever it had painted.
 * @param {Element | Document | DocumentFragment} root
 * @param {import("./highlight.d.ts").HighlightOptions} [options]
 * @returns {Promise<import("./highlight.d.ts").HighlightHandle>}
 */
export async function highlight(root, options = {}) {
  const container = root?.nodeType === 9 ? root.body : root;
  if (!container || typeof container.nodeType !== "number") {
    throw new TypeError("highlight: argument \"root\" must be an element, a document or a shadow root");
  }
  const opts = checkOptions(options);
  const doc = container.ownerDocument ?? container;

  const skip = skipSelectorFor(opts.exclude);
  const renderer = opts.renderer === "mark" ? createMarkRenderer({ className: opts.className }) : createHighlightApiRenderer({ paint: opts.paint });

  // A newer run cancels a stale one and removes what it painted, at once (before this run gathers
  // text, so stale marks never hide text from it): highlighting twice equals highlighting once.
  current.get(container)?.cancel();
  const controller = new AbortController();
  const signal = opts.signal ? anySignal([opts.signal, controller.signal]) : controller.signal;
  const run = {
    handle: null,
    cancel() {
      controller.abort(new DOMException("superseded by a newer highlight() run", "AbortError"));
      if (run.handle) run.handle.clear();
      else renderer.clear();
    },
  };
  current.set(container, run);

  const slicer = createSlicer({ budget: opts.sliceBudget, signal });
  const progress = (phase, done, total) => opts.onProgress?.({ phase, done, total });
  let analyzer = opts.analyzer;

  const state = {
    text: "",
    /** Every gathered text node of the handle, first run and live additions: offsets into `text`. */
    gathered: null,
    analysis: null,
    /** The analyser's open document (live mode appends to it), or null. */
    document: null,
    pieces: 0,
    located: [],
    /** The painted parts of the quotes (quoteParts), located like mentions. */
    quoteLocated: [],
    entityById: new Map(),
    shadowRoots: new Set(),
    observer: null,
    cleared: false,
  };
  const freeDocument = () => {
    try {
      state.document?.free();
    } catch {
      // already freed, or its worker was terminated
    }
    state.document = null;
  };

  /** Gathers the text under `starts`. */
  async function gather(starts) {
    analyzer ??= await defaultAnalyzer();
    slicer.check();
    progress("gather", 0, undefined);
    const gathered = await gatherText(starts, {
      skip,
      shadowRoots: opts.shadowRoots,
      slicer,
      onStep: (n) => progress("gather", n, undefined),
    });
    progress("gather", gathered.nodes.length, gathered.nodes.length);
    if (opts.styles) for (const shadow of gathered.shadowRoots) adoptStyles(shadow);
    for (const shadow of gathered.shadowRoots) state.shadowRoots.add(shadow);
    return gathered;
  }

  async function paint(located, quotes = []) {
    progress("render", 0, located.length);
    // One render call for both layers, in document order: the mark renderer splits text nodes.
    const all = quotes.length ? mergeByStart(located, quotes) : located;
    await renderer.render(all, state.gathered, { slicer, onStep: (n) => progress("render", n, all.length) });
    progress("render", located.length, located.length);
  }

  /** The quote layer of `analysis` over `gathered`: each part a located item with index -1. */
  function locateQuotes(gathered, analysis) {
    const parts = quoteParts(analysis.quotes ?? [], analysis.mentions);
    return locateMentions(gathered, parts).map((item) => ({ ...item, index: -1, quote: item.mention.quote }));
  }

  /** Makes the handle show `analysis` (of the whole handle text). */
  function adopt(analysis) {
    state.analysis = analysis;
    state.entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  }

  if (opts.styles) adoptStyles(doc);
  try {
    const gathered = await gather([container]);
    const { analysis, document, pieces } = await analyzeDocument(analyzer, gathered.text, {
      types: opts.types,
      chunkSize: opts.chunkSize,
      slicer,
      onChunk: (done, total) => progress("analyze", done, total),
    });
    state.document = document;
    state.pieces = pieces;
    // Handing the analysis over (AnalysisSteps.finish) fills most of a slice on a big page, and
    // mapping thousands of mentions to text nodes takes a few milliseconds more: each gets a task of
    // its own rather than stacking in one (on the 1 MB benchmark page without a worker, the three
    // together were a task of ~50 ms).
    await nextSlice(slicer);
    state.text = gathered.text;
    state.gathered = gathered;
    adopt(analysis);
    state.located = locateMentions(gathered, analysis.mentions);
    await nextSlice(slicer);
    state.quoteLocated = locateQuotes(gathered, analysis);
    await nextSlice(slicer);
    await paint(state.located, state.quoteLocated);
  } catch (err) {
    renderer.clear();
    freeDocument();
    if (current.get(container) === run) current.delete(container);
    throw err;
  }

  const hit = (item) => item && {
    entity: state.entityById.get(item.mention.entity) ?? null,
    mention: item.mention,
    // On a quote's part: the quote (its `speaker` is `entity`'s id); otherwise null.
    quote: item.quote === undefined ? null : state.analysis.quotes[item.quote] ?? null,
    marks: item.marks ?? null,
    range: item.range ?? null,
  };

  const handle = {
    renderer: renderer.name,
    get text() { return state.text; },
    get mentions() { return state.analysis.mentions; },
    get entities() { return state.analysis.entities; },
    get quotes() { return state.analysis.quotes ?? []; },
    get stats() { return state.analysis.stats; },
    get analysis() { return state.analysis; },
    get chunks() { return state.pieces; },
    get painted() { return state.located.filter((item) => item.range || item.marks).length; },
    entityAt: (x, y) => hit(renderer.lookupPoint(x, y, doc)),
    entityOf: (element) => hit(renderer.lookupElement(element)),
    rangeOf(index) {
      if (state.cleared || !Number.isInteger(index)) return null;
      // located is in document order, and so are the analysis' mentions: find the item by its index.
      const item = state.located.find((it) => it.index === index);
      if (!item) return null;
      const range = new Range();
      if (item.marks?.length) {
        // The mark renderer split the text nodes: the mention is what its marks hold.
        const first = item.marks[0];
        const last = item.marks[item.marks.length - 1];
        if (!item.marks.every((mark) => mark.isConnected)) return null;
        range.setStart(first, 0);
        range.setEnd(last, last.childNodes.length);
        return range.toString() === item.mention.text ? range : null;
      }
      if (!piecesUnchanged(item.pieces, state.gathered.nodes, state.gathered.datas)) return null;
      const p = item.pieces;
      range.setStart(state.gathered.nodes[p[0]], p[1]);
      range.setEnd(state.gathered.nodes[p[p.length - 3]], p[p.length - 1]);
      return range;
    },
    clear() {
      if (state.cleared) return;
      state.cleared = true;
      state.observer?.disconnect();
      controller.abort(new DOMException("cleared", "AbortError"));
      renderer.clear();
      freeDocument();
      if (current.get(container) === run) current.delete(container);
    },
  };
  run.handle = handle;
  progress("done", state.located.length, state.located.length);
  // The page may have changed text that is painted already (from a progress callback, say): ranges
  // over it would now show other text.
  renderer.dropStale?.(state.gathered);

  if (opts.observe) {
    state.observer = observeAdditions(container, {
      debounce: typeof opts.observe === "object" ? opts.observe.debounce ?? 200 : 200,
      skip,
      async onAdded(starts) {
        if (state.cleared) return;
        const gathered = await gather(starts);
        if (!gathered.nodes.length) return;
        // The added text joins the handle's text after a block separator, and the whole text is
        // analysed again as one document: appending costs the new text only, the analysis is exact.
        const added = BLOCK_SEPARATOR + gathered.text;
        const offset = state.text.length + BLOCK_SEPARATOR.length;
        let analysis;
        if (state.document) {
          state.pieces += await appendText(state.document, added, { chunkSize: opts.chunkSize, slicer });
          analysis = await analysisOf(state.document, slicer);
          await nextSlice(slicer);
        } else {
          state.pieces += 1;
          analysis = await analyzer.analyze(state.text + added, opts.types ? { types: opts.types } : undefined);
        }
        if (state.cleared) return;
        const all = state.gathered;
        for (let i = 0; i < gathered.nodes.length; i++) {
          all.nodes.push(gathered.nodes[i]);
          all.starts.push(gathered.starts[i] + offset);
          all.datas.push(gathered.datas[i]);
        }
        state.text += added;
        const before = state.analysis.mentions;
        adopt(analysis);
        // Usually the earlier text keeps its mentions (same spans and labels, in the same order):
        // then only the mentions of the added text are mapped to text nodes, and the cost of an
        // update follows the added text, not the page.
        const firstFresh = firstAtOrAfter(analysis.mentions, offset);
        const earlierKept = firstFresh === before.length && sameMentions(before, analysis.mentions, firstFresh);
        const located = earlierKept ? null : locateMentions(all, analysis.mentions);
        const fresh = earlierKept
          ? locateMentions(all, analysis.mentions.slice(firstFresh)).map((item) => ({ ...item, index: item.index + firstFresh }))
          : located.filter((item) => item.mention.start >= offset);
        const quoteLocated = locateQuotes(all, analysis);
        const freshQuotes = quoteLocated.filter((item) => item.mention.start >= offset);
        if (
          (earlierKept || sameSpans(state.located, located, located.length - fresh.length)) &&
          sameSpans(state.quoteLocated, quoteLocated, quoteLocated.length - freshQuotes.length)
        ) {
          // What was painted stays painted: only ids may have changed (entities link across the page).
          state.located.forEach((item, k) => {
            if (!earlierKept) item.index = located[k].index;
            item.mention = analysis.mentions[item.index];
            for (const mark of item.marks ?? []) {
              mark.setAttribute("data-entity", String(item.mention.entity));
              mark.setAttribute("data-mention", String(item.index));
            }
          });
          state.quoteLocated.forEach((item, k) => {
            item.mention = quoteLocated[k].mention;
            for (const mark of item.marks ?? []) {
              if (item.mention.entity == null) mark.removeAttribute("data-entity");
              else mark.setAttribute("data-entity", String(item.mention.entity));
            }
          });
          await paint(fresh, freshQuotes);
          state.located = state.located.concat(fresh);
          state.quoteLocated = state.quoteLocated.concat(freshQuotes);
        } else {
          // The new text changed what the earlier text means (a name now seen twice, say): repaint.
          renderer.clear();
          state.located = located ?? locateMentions(all, analysis.mentions);
          state.quoteLocated = quoteLocated;
          await paint(located, quoteLocated);
        }
        renderer.dropStale?.(state.gathered);
        opts.onUpdate?.(handle);
      },
    });
  }
  return handle;
}

/** Starts a new slice if the current one has used its budget; throws if the run was cancelled. */
async function nextSlice(slicer) {
  if (slicer.due()) await slicer.pause();
  else slicer.check();
}

/** The items of two lists sorted by start, merged in order of start. */
function mergeByStart(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].mention.start <= b[j].mention.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Whether `before` holds the same spans and labels as the first `count` items of `after`. */
/** The index of the first mention (sorted by start) that starts at or after `offset`. */
function firstAtOrAfter(mentions, offset) {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the first `count` mentions of `a` and `b` have the same spans and labels. */
function sameMentions(a, b, count) {
  for (let k = 0; k < count; k++) {
    if (a[k].start !== b[k].start || a[k].end !== b[k].end || a[k].label !== b[k].label) return false;
  }
  return true;
}

function sameSpans(before, after, count) {
  if (before.length !== count) return false;
  for (let k = 0; k < count; k++) {
    const a = before[k].mention;
    const b = after[k].mention;
    if (a.start !== b.start || a.end !== b.end || a.label !== b.label) return false;
  }
  return true;
}

function checkOptions(options) {
  if (options === null || typeof options !== "object") throw new TypeError("highlight: argument \"options\" must be an object");
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw new Error(`highlight: unknown option "${key}"; expected one of: ${OPTION_KEYS.join(", ")}`);
  }
  const {
    types, exclude, renderer, analyzer, onProgress, signal, shadowRoots = false, observe = false,
    onUpdate, chunkSize = DEFAULT_CHUNK_SIZE, sliceBudget = DEFAULT_SLICE_BUDGET, styles = true, className = "textlens",
    paint = "auto",
  } = options;
  if (!PAINT_MODES.includes(paint)) throw new Error(`highlight: option "paint" must be one of ${PAINT_MODES.join(", ")}, got ${JSON.stringify(paint)}`);
  if (types !== undefined && (!Array.isArray(types) || !types.every((t) => typeof t === "string"))) {
    throw new TypeError("highlight: option \"types\" must be an array of label names");
  }
  if (exclude !== undefined && typeof exclude !== "string") throw new TypeError("highlight: option \"exclude\" must be a selector string");
  if (renderer !== undefined && !RENDERERS.includes(renderer)) {
    throw new Error(`highlight: option "renderer" must be one of ${RENDERERS.join(", ")}, got ${JSON.stringify(renderer)}`);
  }
  if (analyzer !== undefined && typeof analyzer?.analyze !== "function") {
    throw new TypeError("highlight: option \"analyzer\" must have an analyze(text, options) method");
  }
  if (analyzer?.document !== undefined && typeof analyzer.document !== "function") {
    throw new TypeError("highlight: option \"analyzer\": its document property must be a method");
  }
  for (const [name, fn] of [["onProgress", onProgress], ["onUpdate", onUpdate]]) {
    if (fn !== undefined && typeof fn !== "function") throw new TypeError(`highlight: option "${name}" must be a function`);
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("highlight: option \"signal\" must be an AbortSignal");
  if (!(typeof chunkSize === "number" && chunkSize >= 4096)) throw new RangeError("highlight: option \"chunkSize\" must be a number ≥ 4096 (Infinity: one piece)");
  if (!(Number.isFinite(sliceBudget) && sliceBudget > 0)) throw new RangeError("highlight: option \"sliceBudget\" must be a positive number of milliseconds");
  signal?.throwIfAborted();
  const chosen = renderer ?? (hasHighlightApi() ? "highlight-api" : "mark");
  return {
    types, exclude, analyzer, onProgress, signal, shadowRoots: Boolean(shadowRoots), observe, onUpdate,
    chunkSize, sliceBudget, styles: Boolean(styles), className, paint,
    // Asked for the Highlight API where the browser lacks it: fall back to marks (handle.renderer says so).
    renderer: chosen === "highlight-api" && !hasHighlightApi() ? "mark" : chosen,
  };
}

/** AbortSignal.any, or the same by hand where the browser lacks it. */
function anySignal(signals) {
  if (typeof AbortSignal.any === "function") return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) return AbortSignal.abort(signal.reason);
    signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
