// The demo page: analyses the text in the page with textlens and shows it highlighted, with stats.
// Page text is only ever placed with text nodes, never parsed as HTML.
import { analyze } from "textlens";

const $ = (id) => document.getElementById(id);
const input = $("text");
const STAT_NAMES = {
  characters: "Characters",
  characters_no_spaces: "Characters (no spaces)",
  words: "Words",
  sentences: "Sentences",
  paragraphs: "Paragraphs",
};

function run() {
  const text = input.value;
  const started = performance.now();
  let analysis;
  try {
    analysis = analyze(text);
  } catch (err) {
    $("status").textContent = `Error: ${err.message}`;
    return;
  }
  const ms = performance.now() - started;
  renderHighlighted(text, analysis.mentions);
  renderStats(analysis.stats);
  renderEntities(analysis.entities);
  $("status").textContent = `Analysed in ${ms.toFixed(1)} ms`;
}

function markFor(label, text) {
  const mark = document.createElement("mark");
  mark.className = "tl";
  mark.dataset.label = label;
  mark.title = label;
  mark.textContent = text;
  return mark;
}

function renderHighlighted(text, mentions) {
  const out = $("highlighted");
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const m of mentions) {
    fragment.append(text.slice(at, m.start), markFor(m.label, m.text));
    at = m.end;
  }
  fragment.append(text.slice(at));
  out.replaceChildren(fragment);
  const labels = [...new Set(mentions.map((m) => m.label))].sort();
  $("legend").replaceChildren(...labels.map((label) => markFor(label, label)));
}

function renderStats(stats) {
  const rows = [];
  for (const [key, value] of Object.entries(stats)) {
    const dt = document.createElement("dt");
    dt.textContent = STAT_NAMES[key] ?? key.replaceAll("_", " ");
    const dd = document.createElement("dd");
    dd.dataset.stat = key;
    dd.textContent = typeof value === "number" && !Number.isInteger(value) ? value.toFixed(2) : String(value ?? "—");
    rows.push(dt, dd);
  }
  $("stats").replaceChildren(...rows);
}

function renderEntities(entities) {
  const items = [...entities]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((entity) => {
      const li = document.createElement("li");
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = `×${entity.mentions}`;
      li.append(markFor(entity.label, entity.name), count);
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
$("sample").addEventListener("click", loadSample);
document.body.dataset.ready = "true";
