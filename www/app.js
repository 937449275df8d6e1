// The demo page: shows the text in the page highlighted by textlens/highlight (the CSS Custom Highlight
// API by default, <mark> elements on request), with its statistics and entities, and a tooltip naming
// the entity under the pointer. Page text is only ever placed with text nodes, never parsed as HTML.
import { highlight } from "textlens/highlight";

const $ = (id) => document.getElementById(id);
const input = $("text");
const output = $("highlighted");
const tooltip = $("tooltip");
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

let handle = null;
let running = null;

async function run() {
  clearTimeout(timer); // a click or a drop supersedes a pending run from typing
  const text = input.value;
  running?.abort();
  const controller = (running = new AbortController());
  output.replaceChildren(document.createTextNode(text));
  output.dataset.done = "false";
  const started = performance.now();
  try {
    handle = await highlight(output, { renderer: $("renderer").value, signal: controller.signal });
  } catch (err) {
    if (err.name !== "AbortError") $("status").textContent = `Error: ${err.message}`;
    return;
  }
  const ms = performance.now() - started;
  renderLegend(handle.mentions);
  renderStats(handle.stats);
  renderKeywords(handle.analysis.keywords);
  renderKeySentences(handle.analysis.key_sentences);
  renderEntities(handle.entities);
  $("status").textContent = `Highlighted in ${ms.toFixed(1)} ms (${handle.renderer === "mark" ? "<mark> elements" : "CSS Custom Highlight API"})`;
  output.dataset.done = "true";
}

/** A coloured chip for a label (legend, entity list): the same custom properties as the highlights. */
function chip(label, text) {
  const mark = document.createElement("mark");
  mark.className = "chip";
  mark.dataset.label = label;
  mark.style.setProperty("--chip-color", `var(--textlens-${label.toLowerCase().replace(/[^a-z0-9_-]/g, "-")}, var(--textlens-other, #e9ecef))`);
  mark.textContent = text;
  return mark;
}

function renderLegend(mentions) {
  const labels = [...new Set(mentions.map((m) => m.label))].sort();
  $("legend").replaceChildren(...labels.map((label) => chip(label, label)));
}

function showTooltip(event) {
  const hit = handle?.entityAt(event.clientX, event.clientY);
  if (!hit?.entity) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = `${hit.mention.label} · ${hit.entity.name} · ${hit.entity.mentions}×`;
  tooltip.style.left = `${event.clientX + 12}px`;
  tooltip.style.top = `${event.clientY + 12}px`;
  tooltip.hidden = false;
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

function renderKeySentences(sentences = []) {
  $("key-sentences").replaceChildren(
    ...sentences.map((s) => {
      const li = document.createElement("li");
      li.textContent = s.text;
      return li;
    }),
  );
}

function renderEntities(entities) {
  const items = [...entities]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((entity) => {
      const li = document.createElement("li");
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = `×${entity.mentions}`;
      li.append(chip(entity.label, entity.name), count);
      return li;
    });
  $("entities").replaceChildren(...items);
}

async function loadSample() {
  const response = await fetch(new URL("samples/sample.txt", import.meta.url));
  input.value = await response.text();
  run();
}

let timer;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
});
input.addEventListener("dragover", (event) => {
  event.preventDefault();
  input.classList.add("dragging");
});
input.addEventListener("dragleave", () => input.classList.remove("dragging"));
input.addEventListener("drop", async (event) => {
  event.preventDefault();
  input.classList.remove("dragging");
  const file = event.dataTransfer?.files?.[0];
  if (file) {
    input.value = await file.text();
    run();
  }
});
$("analyze").addEventListener("click", run);
$("renderer").addEventListener("change", run);
output.addEventListener("mousemove", showTooltip);
output.addEventListener("mouseleave", () => (tooltip.hidden = true));
$("sample").addEventListener("click", loadSample);
document.body.dataset.ready = "true";
