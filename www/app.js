// The demo page. The text is analysed once per change in textlens/worker (off the main thread), and the
// highlighter (textlens/highlight) paints that one analysis: toggling a type repaints without analysing
// again. The sample opens already analysed: its analysis is computed at build time by the same package
// (scripts/build-demo.mjs writes gen/sample.json, or embeds it in the single-file build), while the
// worker starts and warms up in the background for the first edit.
// Page text is only ever placed with text nodes, never parsed as HTML.
import initWorker, { analyze as analyzeWorker, redact as redactWorker } from "textlens/worker";
import { hasHighlightApi, highlight } from "textlens/highlight";
import { difficultyChart, labelColor, typeChart } from "./charts.js";
import { ACCEPT, textFromFile } from "./file-text.js";
import { labelName, QUOTE_LABEL } from "./labels.js";
import { readingOf } from "./readability.js";
import { FULL_OPTIONS, LEVELS, sentenceDifficulty } from "./sentences.js";

const $ = (id) => document.getElementById(id);
const input = $("text");
const output = $("highlighted");
const tooltip = $("tooltip");
const status = $("status");

/**
 * The worker starts once the first result is on screen (or at once when there is none to show): its
 * wasm compilation would otherwise compete with the page's first paint for the CPU. The single-file
 * build embeds the package's worker thread (wasm included) as text: it runs as a classic worker from a
 * blob: URL, the only kind Chromium starts on a file:// page.
 */
let workerReady = null;
function startWorker() {
  if (!workerReady && document.readyState === "loading") {
    // The single-file build runs this script before the parser has reached the worker's source.
    workerReady = new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true })).then(() => {
      workerReady = null;
      return startWorker();
    });
  }
  if (!workerReady) {
    const own = $("textlens-worker-source");
    workerReady = own
      ? initWorker(new Worker(URL.createObjectURL(new Blob([own.textContent], { type: "text/javascript" }))))
      : initWorker();
    workerReady.catch((err) => (status.textContent = `The analyser could not start: ${err.message}`));
  }
  return workerReady;
}
/** textlens/worker's analyze, once the worker is started. */
const analyzeInWorker = (text, options) => startWorker().then(() => analyzeWorker(text, options));

/** The statistics panel: groups of [key, label, format]. Keys are the Stats fields (docs/STATISTICS.md). */
const STAT_GROUPS = [
  ["Size", [
    ["words", "Words"], ["sentences", "Sentences"], ["paragraphs", "Paragraphs"],
    ["characters", "Characters"], ["characters_no_spaces", "Characters (no spaces)"], ["letters", "Letters"],
    ["unique_words", "Unique words"], ["syllables", "Syllables"],
    ["reading_time_seconds", "Reading time", "duration"], ["speaking_time_seconds", "Speaking time", "duration"],
  ]],
  ["Readability", [
    ["flesch_reading_ease", "Flesch reading ease"], ["flesch_kincaid_grade", "Flesch–Kincaid grade"],
    ["gunning_fog", "Gunning fog"], ["smog_index", "SMOG"], ["coleman_liau_index", "Coleman–Liau"],
    ["automated_readability_index", "ARI"], ["dale_chall_score", "Dale–Chall"],
  ]],
  ["Words and sentences", [
    ["words_per_sentence", "Words per sentence"], ["syllables_per_word", "Syllables per word"],
    ["letters_per_word", "Letters per word"], ["sentences_per_paragraph", "Sentences per paragraph"],
    ["long_words", "Long words (7+ letters)"], ["complex_words", "Complex words (3+ syllables)"],
    ["difficult_words", "Difficult words (Dale–Chall)"], ["type_token_ratio", "Type–token ratio"],
    ["mtld", "MTLD"],
  ]],
];

// ---------------------------------------------------------------------------------------------------
// Analysis: one worker call per distinct text, shared by the highlighter, the panels and the charts.

/** The last analysed text and its analysis (a promise), and its sentences once graded. */
let cached = { text: null, analysis: null, sentences: null };

function analysisOf(text) {
  if (cached.text !== text) cached = { text, analysis: analyzeInWorker(text, FULL_OPTIONS), sentences: null };
  return cached.analysis;
}

function sentencesOf(text, analysis) {
  if (cached.text === text && cached.sentences) return cached.sentences;
  const sentences = sentenceDifficulty(analyzeInWorker, analysis.key_sentences);
  if (cached.text === text) cached.sentences = sentences;
  return sentences;
}

/** Only the mentions (and entities) of `types`. */
function onlyTypes(analysis, types) {
  if (!types) return analysis;
  const keep = new Set(types);
  return {
    ...analysis,
    mentions: analysis.mentions.filter((m) => keep.has(m.label)),
    entities: analysis.entities.filter((e) => keep.has(e.label)),
    quotes: keep.has(QUOTE_LABEL) ? analysis.quotes : [],
  };
}

/** What the highlighter calls: the cached analysis, filtered to the types it asks for. */
const analyzer = { analyze: async (text, options) => onlyTypes(await analysisOf(text), options?.types) };

// ---------------------------------------------------------------------------------------------------
// State of the page.

const state = {
  text: "",
  analysis: null,
  sentences: [],
  hidden: new Set(),
  view: "entities",
  handle: null,
  run: null,
  painting: null,
  cycle: new Map(),
};

/** Analyses `text` (or takes its cached analysis), paints it and fills every panel. */
async function show(text, { origin = "" } = {}) {
  clearTimeout(typingTimer);
  state.run?.abort();
  const run = (state.run = new AbortController());
  output.dataset.done = "false";
  output.dataset.sentences = "false";
  const started = performance.now();
  let analysis;
  try {
    analysis = await analysisOf(text);
  } catch (err) {
    if (!run.signal.aborted) status.textContent = `Error: ${err.message}`;
    return;
  }
  if (run.signal.aborted) return;
  if (state.text !== text) state.sentences = []; // graded below; the last text's must not shade this one
  state.text = text;
  state.analysis = analysis;
  state.cycle.clear();
  if (output.textContent !== text || output.childNodes.length !== 1) output.replaceChildren(document.createTextNode(text));
  output.dataset.done = "false";
  try {
    await paint(newPaint().signal);
  } catch (err) {
    if (err.name !== "AbortError") status.textContent = `Error: ${err.message}`;
    // A repaint (a toggled type or view) took over the painting: the panels are still this text's.
    if (err.name !== "AbortError" || run.signal.aborted) return;
  }
  if (run.signal.aborted) return; // a newer text is on its way
  renderLegend();
  renderTypeChart();
  renderStats(analysis.stats);
  renderEntities();
  renderKeywords(analysis.keywords);
  const ms = performance.now() - started;
  status.textContent = `${origin}${analysis.mentions.length} mentions of ${analysis.entities.length} entities · painted in ${ms.toFixed(0)} ms`;
  output.dataset.done = "true";
  if (redactOn()) showRedacted();
  performance.mark("textlens-shown"); // bench/demo.bench.mjs reads the first one
  document.body.dataset.shown = String(Number(document.body.dataset.shown ?? 0) + 1);

  let sentences;
  try {
    sentences = await sentencesOf(text, analysis);
  } catch (err) {
    if (!run.signal.aborted) status.textContent = `Error: ${err.message}`;
    return;
  }
  if (run.signal.aborted) return;
  state.sentences = sentences;
  renderDifficulty();
  if (state.view === "hard") paintHard();
  output.dataset.sentences = "true";
}

/** Paints the current view: entity highlights of the visible types, or the sentence shading. */
async function paint(signal) {
  clearOwnHighlights();
  if (state.view === "hard") {
    state.handle?.clear();
    state.handle = null;
    paintHard();
    return;
  }
  const labels = new Set(state.analysis.mentions.map((m) => m.label));
  if (state.analysis.quotes?.length) labels.add(QUOTE_LABEL);
  const types = state.hidden.size ? [...labels].filter((l) => !state.hidden.has(l)) : undefined;
  state.handle = await highlight(output, {
    analyzer,
    types,
    chunkSize: Infinity, // one call: the analysis is already made, for the whole text
    renderer: $("renderer").value,
    signal,
  });
}

/** A new painting run, cancelling the one in progress (the analysis of a show() goes on). */
function newPaint() {
  state.painting?.abort();
  return (state.painting = new AbortController());
}

async function repaint() {
  if (!state.analysis) return;
  output.dataset.done = "false";
  try {
    await paint(newPaint().signal);
  } catch (err) {
    if (err.name !== "AbortError") status.textContent = `Error: ${err.message}`;
    return;
  }
  output.dataset.done = "true";
}

// ---------------------------------------------------------------------------------------------------
// Ranges over the shown text, for flashing mentions and shading sentences (whatever the renderer).

/** A Range over UTF-16 offsets [start, end) of the text shown in `output`. */
function rangeOf(start, end) {
  const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = at + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
    at = next;
  }
  return started ? range : null;
}

const OWN_HIGHLIGHTS = ["demo-flash", ...LEVELS.map((l) => `demo-${l.id}`)];
function clearOwnHighlights(names = OWN_HIGHLIGHTS) {
  if (!hasHighlightApi()) return;
  for (const name of names) CSS.highlights.delete(name);
}

function paintHard() {
  clearOwnHighlights();
  if (!hasHighlightApi()) return;
  const byLevel = new Map(LEVELS.map((l) => [l.id, []]));
  for (const s of state.sentences) {
    const range = rangeOf(s.start, s.end);
    if (range) byLevel.get(s.level)?.push(range);
  }
  for (const [level, ranges] of byLevel) {
    if (level !== "fine") CSS.highlights.set(`demo-${level}`, new Highlight(...ranges));
  }
}

let flashTimer;
/** Scrolls the first of `spans` into view and flashes them all. */
function flash(spans, focusIndex = 0) {
  const ranges = spans.map((s) => rangeOf(s.start, s.end)).filter(Boolean);
  if (!ranges.length) return;
  if (hasHighlightApi()) {
    const h = new Highlight(...ranges);
    h.priority = 10;
    CSS.highlights.set("demo-flash", h);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => CSS.highlights.delete("demo-flash"), 1600);
  }
  scrollToRange(ranges[Math.min(focusIndex, ranges.length - 1)]);
}

function scrollToRange(range) {
  const box = output.getBoundingClientRect();
  const r = range.getBoundingClientRect();
  if (r.top < box.top || r.bottom > box.bottom) output.scrollTop += r.top - box.top - output.clientHeight / 3;
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > window.innerHeight) window.scrollBy({ top: after.top - window.innerHeight / 3 });
}

// ---------------------------------------------------------------------------------------------------
// Panels.

function countsByLabel() {
  const counts = new Map();
  for (const m of state.analysis.mentions) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  if (state.analysis.quotes?.length) counts.set(QUOTE_LABEL, state.analysis.quotes.length);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A coloured swatch for a label (legend, entity list): the same custom properties as the highlights. */
function swatch(label) {
  const span = document.createElement("span");
  span.className = "swatch";
  span.setAttribute("aria-hidden", "true");
  span.style.setProperty("background-color", labelColor(label));
  return span;
}

function renderLegend() {
  const items = countsByLabel().map(([label, count]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "legend-item";
    button.dataset.label = label;
    button.setAttribute("aria-pressed", String(!state.hidden.has(label)));
    button.title = `Show or hide ${labelName(label).toLowerCase()} (${label})`;
    const name = document.createElement("span");
    name.textContent = labelName(label);
    const n = document.createElement("span");
    n.className = "count";
    n.textContent = String(count);
    button.append(swatch(label), name, n);
    button.addEventListener("click", () => toggleType(label));
    return button;
  });
  $("legend").replaceChildren(...items);
}

async function toggleType(label) {
  if (state.hidden.has(label)) state.hidden.delete(label);
  else state.hidden.add(label);
  for (const b of $("legend").querySelectorAll("button")) b.setAttribute("aria-pressed", String(!state.hidden.has(b.dataset.label)));
  renderTypeChart();
  renderEntities();
  if (state.view === "entities") await repaint();
  status.textContent = `${labelName(label)} ${state.hidden.has(label) ? "hidden" : "shown"}`;
}

function renderTypeChart() {
  const rows = countsByLabel().map(([label, count]) => ({ label, name: labelName(label), count, hidden: state.hidden.has(label) }));
  $("type-chart").replaceChildren(typeChart(rows));
}

function renderDifficulty() {
  const sentences = state.sentences;
  $("difficulty-chart").replaceChildren(
    difficultyChart(sentences, {
      levels: LEVELS,
      onPick: (i) => {
        flash([sentences[i]]);
        const s = sentences[i];
        status.textContent = `Sentence ${i + 1} of ${sentences.length}: grade ${s.grade}, ${s.words} words`;
      },
    }),
  );
  const hard = sentences.filter((s) => s.level !== "fine").length;
  $("difficulty-summary").textContent = sentences.length
    ? `${hard} of ${sentences.length} sentences are hard or very hard.`
    : "No sentences yet.";
}

function formatStat(value, format) {
  if (typeof value !== "number") return "—";
  if (format === "duration") {
    const seconds = Math.round(value);
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function renderStats(stats) {
  const rows = [];
  for (const [group, fields] of STAT_GROUPS) {
    const heading = document.createElement("dt");
    heading.className = "group";
    heading.textContent = group;
    rows.push(heading, document.createElement("dd"));
    for (const [key, label, format] of fields) {
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.dataset.stat = key;
      dd.textContent = formatStat(stats[key], format);
      rows.push(dt, dd);
      const reading = readingOf(key, stats[key]);
      if (reading) {
        const note = document.createElement("dd");
        note.className = "reading";
        note.dataset.reading = key;
        note.textContent = reading;
        rows.push(note);
      }
    }
  }
  $("stats").replaceChildren(...rows);
}

function renderKeywords(keywords = []) {
  $("keywords").replaceChildren(
    ...keywords.map((k) => {
      const li = document.createElement("li");
      li.textContent = k.text;
      li.title = `${k.count}× (stem “${k.stem}”)`;
      return li;
    }),
  );
}

/**
 * One row per linked entity: its name, type, the other forms it appears in, its mention count and,
 * for a speaker, the quotes it said (each shows the quote in the text).
 */
function renderEntities() {
  const { entities, mentions, quotes = [] } = state.analysis;
  const forms = new Map();
  for (const m of mentions) {
    const set = forms.get(m.entity) ?? new Set();
    set.add(m.text);
    forms.set(m.entity, set);
  }
  const said = new Map();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    if (!said.has(q.speaker)) said.set(q.speaker, []);
    said.get(q.speaker).push(q);
  }
  const items = entities
    .filter((e) => !state.hidden.has(e.label))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((entity) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "entity";
      button.dataset.entity = String(entity.id);
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = entity.name;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = labelName(entity.label);
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = `×${entity.mentions}`;
      button.append(swatch(entity.label), name, kind, count);
      const others = [...(forms.get(entity.id) ?? [])].filter((f) => f !== entity.name);
      if (others.length) {
        const also = document.createElement("span");
        also.className = "forms";
        also.textContent = `also “${others.join("”, “")}”`;
        button.append(also);
      }
      button.setAttribute(
        "aria-label",
        `${entity.name}, ${labelName(entity.label)}, ${entity.mentions} mention${entity.mentions === 1 ? "" : "s"}: show in the text`,
      );
      button.addEventListener("click", () => showEntity(entity));
      li.append(button);
      const own = said.get(entity.id);
      if (own) li.append(quoteList(own));
      return li;
    });
  $("entities").replaceChildren(...items);
  $("entity-count").textContent = String(items.length);
}

/** The quotes of one speaker, each a button that shows it in the text. */
function quoteList(quotes) {
  const list = document.createElement("ul");
  list.className = "quotes";
  for (const q of quotes) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "quote";
    const words = q.text.split(/\s+/);
    button.textContent = words.length > 14 ? `${words.slice(0, 14).join(" ")} …` : q.text;
    button.title = q.text;
    button.addEventListener("click", () => flash([q]));
    item.append(button);
    list.append(item);
  }
  return list;
}

/** Scrolls to the entity's next mention (each activation moves on) and flashes all of them. */
function showEntity(entity) {
  const spans = state.analysis.mentions.filter((m) => m.entity === entity.id);
  if (!spans.length) return;
  const at = (state.cycle.get(entity.id) ?? -1) + 1;
  const index = at % spans.length;
  state.cycle.set(entity.id, index);
  flash(spans, index);
  status.textContent = `${entity.name}: mention ${index + 1} of ${spans.length}`;
}

function showTooltip(event) {
  const hit = state.handle?.entityAt(event.clientX, event.clientY);
  if (!hit?.entity) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = hit.quote
    ? `${labelName(hit.mention.label)} · said by ${hit.entity.name}`
    : `${hit.mention.label} · ${hit.entity.name} · ${hit.entity.mentions}×`;
  tooltip.style.left = `${event.clientX + 12}px`;
  tooltip.style.top = `${event.clientY + 12}px`;
  tooltip.hidden = false;
}

// ---------------------------------------------------------------------------------------------------
// Views, files, export.

async function setView(view) {
  state.view = view;
  for (const b of document.querySelectorAll("[data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === view));
  document.body.dataset.view = view;
  await repaint();
}

async function openFile(file) {
  if (!file) return;
  let text;
  try {
    text = await textFromFile(file);
  } catch (err) {
    status.textContent = err.message;
    return;
  }
  input.value = text;
  await show(text, { origin: `${file.name}: ` });
}

async function exportAnalysis() {
  const text = state.text;
  const analysis = await analyzeInWorker(text); // the default result, exactly as analyze(text) gives it
  const sentences = await sentencesOf(text, await analysisOf(text));
  const data = {
    generator: "textlens demo",
    text,
    analysis,
    sentences: sentences.map(({ start, end, grade, words, level }) => ({ start, end, grade, words, level })),
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "textlens-analysis.json";
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status.textContent = "Analysis exported as textlens-analysis.json";
}

/** The sample with its build-time analysis (embedded in the single-file build, else gen/sample.json). */
async function loadSample() {
  const embedded = $("sample-data");
  let data = null;
  try {
    data = embedded ? JSON.parse(embedded.textContent) : await fetch(new URL("gen/sample.json", import.meta.url)).then((r) => (r.ok ? r.json() : null));
  } catch {
    data = null;
  }
  if (data) {
    cached = { text: data.text, analysis: Promise.resolve(data.analysis), sentences: Promise.resolve(data.sentences) };
    input.value = data.text;
    await show(data.text, { origin: "Sample (analysed when the page was built): " });
  } else {
    const text = await fetch(new URL("samples/article.txt", import.meta.url)).then((r) => r.text());
    input.value = text;
    await show(text, { origin: "Sample: " });
  }
  document.body.dataset.ready = "true";
  // Warm the worker up with the same text (its first analysis pays a one-time start-up), so the first
  // edit is fast; the result is not used.
  await new Promise((resolve) => setTimeout(resolve));
  const warm = performance.now();
  await startWorker();
  await analyzeInWorker(input.value, FULL_OPTIONS).catch(() => {});
  document.body.dataset.live = "true";
  performance.mark("textlens-live", { detail: performance.now() - warm });
}

// The "Redact" toggle: the text with personal data replaced by a placeholder per linked entity
// ("[PERSON 1]" for every mention of the first person), in place of the highlighted text.
const redactedView = $("redacted");
const redactButton = $("redact");
const redactOn = () => redactButton.getAttribute("aria-pressed") === "true";

/** Shows or hides the redacted text as the toggle says, redacting the current text in the worker. */
async function showRedacted() {
  const on = redactOn();
  redactedView.hidden = !on;
  output.hidden = on;
  redactedView.dataset.done = "false";
  if (!on) return;
  const text = state.text;
  try {
    const redaction = await startWorker().then(() => redactWorker(text));
    if (text !== state.text || !redactOn()) return;
    redactedView.textContent = redaction.text;
    redactedView.dataset.replacements = String(redaction.replacements.length);
    redactedView.dataset.done = "true";
  } catch (err) {
    status.textContent = `Error: ${err.message}`;
  }
}
redactButton.addEventListener("click", () => {
  redactButton.setAttribute("aria-pressed", String(!redactOn()));
  showRedacted();
});

let typingTimer;
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => show(input.value), 200);
});
$("analyze").addEventListener("click", () => show(input.value));
$("renderer").addEventListener("change", () => repaint());
$("sample").addEventListener("click", () => loadSample());
$("export").addEventListener("click", () => exportAnalysis());
for (const b of document.querySelectorAll("[data-view]")) b.addEventListener("click", () => setView(b.dataset.view));

const fileInput = $("file");
fileInput.accept = ACCEPT;
$("open").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  openFile(fileInput.files?.[0]);
  fileInput.value = "";
});
// Drop a file anywhere on the page.
document.addEventListener("dragover", (event) => {
  if (![...(event.dataTransfer?.types ?? [])].includes("Files")) return;
  event.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) document.body.classList.remove("dragging");
});
document.addEventListener("drop", (event) => {
  const file = event.dataTransfer?.files?.[0];
  document.body.classList.remove("dragging");
  if (!file) return;
  event.preventDefault();
  openFile(file);
});
output.addEventListener("mousemove", showTooltip);
output.addEventListener("mouseleave", () => (tooltip.hidden = true));
// body[data-ready] once the sample is shown; body[data-live] once the worker has warmed up.
loadSample();
