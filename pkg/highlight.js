// textlens/highlight: in-page entity highlighting that never breaks the page.
//
//   import { highlight } from "textlens/highlight";
//   const h = await highlight(document.body, { types: ["PERSON", "PLACE"], exclude: "nav, footer" });
//   h.entityAt(event.clientX, event.clientY);  h.clear();
//
// One run: gather the text under the root (gather.js) → analyse it once (analyze.js) → map offsets to
// DOM positions in one pass (ranges.js) → paint (render-highlight-api.js or render-marks.js). Gathering,
// analysis and painting are cut into slices of a few milliseconds (schedule.js), so no main-thread task
// grows long on big pages; a newer run on the same root cancels a stale one.
import { analyzeText, defaultAnalyzer } from "./highlight/analyze.js";
import { gatherText, skipSelectorFor } from "./highlight/gather.js";
import { locateMentions } from "./highlight/ranges.js";
import { createHighlightApiRenderer, hasHighlightApi } from "./highlight/render-highlight-api.js";
import { createMarkRenderer } from "./highlight/render-marks.js";
import { createSlicer } from "./highlight/schedule.js";
import { adoptStyles } from "./highlight/adopt-styles.js";
import { observeAdditions } from "./highlight/observe.js";

export { SKIP_SELECTOR } from "./highlight/gather.js";
export { highlightName, hasHighlightApi } from "./highlight/render-highlight-api.js";

const OPTION_KEYS = [
  "types", "exclude", "renderer", "analyzer", "onProgress", "signal", "shadowRoots", "observe",
  "onUpdate", "chunkSize", "sliceBudget", "styles", "className", "paint",
];
const PAINT_MODES = ["auto", "all", "visible"];
const RENDERERS = ["highlight-api", "mark"];

/** The default: analyse at most this many UTF-16 units per analyser call (then chunk by paragraphs). */
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
    mentions: [],
    entities: [],
    stats: null,
    located: [],
    shadowRoots: new Set(),
    observer: null,
    cleared: false,
  };

  /** One pass over `starts`: gather, analyse, locate, paint. */
  async function pass(starts) {
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

    const analysis = await analyzeText(analyzer, gathered.text, {
      types: opts.types,
      chunkSize: opts.chunkSize,
      slicer,
      onChunk: (done, total) => progress("analyze", done, total),
    });
    slicer.check();
    const located = locateMentions(gathered, analysis.mentions);
    progress("render", 0, located.length);
    await renderer.render(located, gathered, { slicer, onStep: (n) => progress("render", n, located.length) });
    progress("render", located.length, located.length);
    return { gathered, analysis, located };
  }

  if (opts.styles) adoptStyles(doc);
  let first;
  try {
    first = await pass([container]);
  } catch (err) {
    renderer.clear();
    if (current.get(container) === run) current.delete(container);
    throw err;
  }
  state.text = first.gathered.text;
  state.mentions = first.analysis.mentions;
  state.entities = first.analysis.entities;
  state.stats = first.analysis.stats;
  state.chunks = first.analysis.chunks;
  state.located = first.located;
  const extra = Object.fromEntries(
    Object.entries(first.analysis).filter(([key]) => !["stats", "mentions", "entities", "chunks"].includes(key)),
  );

  const entityById = new Map(state.entities.map((e) => [e.id, e]));
  const hit = (item) => item && { entity: entityById.get(item.mention.entity) ?? null, mention: item.mention, marks: item.marks ?? null, range: item.range ?? null };

  const handle = {
    renderer: renderer.name,
    get text() { return state.text; },
    get mentions() { return state.mentions; },
    get entities() { return state.entities; },
    get stats() { return state.stats; },
    get analysis() { return { ...extra, stats: state.stats, mentions: state.mentions, entities: state.entities }; },
    get chunks() { return state.chunks; },
    get painted() { return state.located.filter((item) => item.range || item.marks).length; },
    entityAt: (x, y) => hit(renderer.lookupPoint(x, y, doc)),
    entityOf: (element) => hit(renderer.lookupElement(element)),
    clear() {
      if (state.cleared) return;
      state.cleared = true;
      state.observer?.disconnect();
      controller.abort(new DOMException("cleared", "AbortError"));
      renderer.clear();
      if (current.get(container) === run) current.delete(container);
    },
  };
  run.handle = handle;
  progress("done", state.located.length, state.located.length);

  if (opts.observe) {
    state.observer = observeAdditions(container, {
      debounce: typeof opts.observe === "object" ? opts.observe.debounce ?? 200 : 200,
      skip,
      async onAdded(starts) {
        if (state.cleared) return;
        const offset = state.text.length + 2;
        const { gathered, analysis, located } = await pass(starts);
        // Append the new text, mentions and entities to the handle (ids continue after the existing ones).
        const idMap = new Map();
        for (const entity of analysis.entities) {
          const same = state.entities.find((e) => e.label === entity.label && e.name === entity.name);
          if (same) {
            same.mentions += entity.mentions;
            idMap.set(entity.id, same.id);
          } else {
            const merged = { ...entity, id: state.entities.length };
            state.entities.push(merged);
            entityById.set(merged.id, merged);
            idMap.set(entity.id, merged.id);
          }
        }
        for (const item of located) {
          item.mention = { ...item.mention, start: item.mention.start + offset, end: item.mention.end + offset, entity: idMap.get(item.mention.entity) };
          item.index += state.mentions.length;
          for (const mark of item.marks ?? []) {
            mark.setAttribute("data-entity", String(item.mention.entity));
            mark.setAttribute("data-mention", String(item.index));
          }
        }
        state.mentions = state.mentions.concat(located.map((item) => item.mention));
        state.text += `\n\n${gathered.text}`;
        state.located = state.located.concat(located);
        opts.onUpdate?.(handle);
      },
    });
  }
  return handle;
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
  for (const [name, fn] of [["onProgress", onProgress], ["onUpdate", onUpdate]]) {
    if (fn !== undefined && typeof fn !== "function") throw new TypeError(`highlight: option "${name}" must be a function`);
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("highlight: option \"signal\" must be an AbortSignal");
  if (!(typeof chunkSize === "number" && chunkSize >= 4096)) throw new RangeError("highlight: option \"chunkSize\" must be a number ≥ 4096 (Infinity: one call)");
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
