// The demo's two charts, drawn as SVG with no library: entities by type (horizontal bars) and sentence
// difficulty along the document (one bar per sentence, its height the sentence's grade, clickable and
// reachable with the arrow keys). Colours come from CSS custom properties, so both follow the theme.

const SVG = "http://www.w3.org/2000/svg";

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The CSS variable of a label's colour. */
export function labelColor(label) {
  return `var(--textlens-${String(label).toLowerCase().replace(/[^a-z0-9_-]/g, "-")}, var(--textlens-other))`;
}

/**
 * Entities by type: one bar per label, its length the number of mentions.
 * @param {{ label: string, name: string, count: number, hidden: boolean }[]} rows
 * @returns {SVGSVGElement}
 */
export function typeChart(rows) {
  const rowHeight = 22;
  const labelWidth = 110;
  const width = 320;
  const height = Math.max(rowHeight, rows.length * rowHeight) + 4;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart type-chart", role: "img" });
  svg.setAttribute(
    "aria-label",
    `Mentions by type: ${rows.map((r) => `${r.name} ${r.count}`).join(", ") || "none"}`,
  );
  rows.forEach((row, i) => {
    const y = i * rowHeight + 2;
    const barWidth = Math.max(2, ((width - labelWidth - 40) * row.count) / max);
    const g = el("g", { class: row.hidden ? "bar off" : "bar", "data-label": row.label });
    g.append(
      el("title", {}, `${row.name}: ${row.count} mention${row.count === 1 ? "" : "s"}`),
      el("text", { x: labelWidth - 6, y: y + 15, "text-anchor": "end", class: "axis" }, row.name),
    );
    const rect = el("rect", { x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 6, rx: 3, class: "type-bar" });
    rect.style.setProperty("fill", labelColor(row.label));
    g.append(rect, el("text", { x: labelWidth + barWidth + 6, y: y + 15, class: "value" }, String(row.count)));
    svg.append(g);
  });
  return svg;
}

/**
 * Sentence difficulty along the document: bars in text order, height = grade, colour = band. Bars are
 * buttons: click, or focus one (Tab into the chart, then arrow keys, Home, End) and press Enter or Space.
 * @param {{ grade: number, words: number, level: string, text: string }[]} sentences
 * @param {{ levels: { id: string, min: number, name: string }[], onPick: (index: number) => void }} options
 * @returns {SVGSVGElement}
 */
export function difficultyChart(sentences, { levels, onPick }) {
  const width = 320;
  const height = 140;
  const left = 26;
  const bottom = 18;
  const top = 6;
  const maxGrade = Math.max(18, ...sentences.map((s) => Math.ceil(s.grade)));
  const y = (grade) => top + (height - top - bottom) * (1 - Math.max(0, grade) / maxGrade);
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart difficulty-chart" });
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", `Sentence difficulty, ${sentences.length} sentences in text order (Flesch–Kincaid grade)`);
  // Grid lines at each band's lower bound.
  for (const level of levels) {
    if (!Number.isFinite(level.min)) continue;
    const at = y(level.min);
    svg.append(
      el("line", { x1: left, x2: width, y1: at, y2: at, class: `grid grid-${level.id}` }),
      el("text", { x: left - 4, y: at + 4, "text-anchor": "end", class: "axis" }, String(level.min)),
    );
  }
  svg.append(
    el("line", { x1: left, x2: width, y1: y(0), y2: y(0), class: "baseline" }),
    el("text", { x: left - 4, y: y(0) + 4, "text-anchor": "end", class: "axis" }, "0"),
    el("text", { x: left, y: height - 4, class: "axis" }, "start"),
    el("text", { x: width, y: height - 4, "text-anchor": "end", class: "axis" }, "end of text"),
  );
  const step = (width - left) / Math.max(1, sentences.length);
  const bars = sentences.map((s, i) => {
    const bar = el("rect", {
      x: left + i * step + Math.min(1, step * 0.1),
      y: y(s.grade),
      width: Math.max(1, step - Math.min(2, step * 0.2)),
      height: Math.max(1, y(0) - y(s.grade)),
      class: `sentence-bar level-${s.level}`,
      tabindex: i === 0 ? 0 : -1,
      role: "button",
      "data-index": i,
    });
    const name = levels.find((l) => l.id === s.level)?.name ?? s.level;
    bar.setAttribute("aria-label", `Sentence ${i + 1}: grade ${s.grade}, ${s.words} words, ${name.toLowerCase()}`);
    bar.append(el("title", {}, `Sentence ${i + 1} · grade ${s.grade} · ${s.words} words\n${s.text.slice(0, 120)}${s.text.length > 120 ? "…" : ""}`));
    bar.addEventListener("click", () => {
      focusBar(i);
      onPick(i);
    });
    return bar;
  });
  function focusBar(i) {
    bars.forEach((bar, j) => bar.setAttribute("tabindex", j === i ? "0" : "-1"));
    bars[i]?.focus();
  }
  svg.addEventListener("keydown", (event) => {
    const index = Number(event.target.dataset?.index);
    if (!Number.isInteger(index)) return;
    const moves = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: bars.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusBar(Math.max(0, Math.min(bars.length - 1, moves[event.key])));
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick(index);
    }
  });
  svg.append(...bars);
  return svg;
}
