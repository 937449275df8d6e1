// Builds the popup's lists from a page summary with DOM nodes and textContent only (page text never
// becomes HTML).

/**
 * Renders the label checkboxes.
 * @param {HTMLElement} container
 * @param {{ name: string, labels: string[] }[]} groups
 * @param {Set<string>} selected
 * @param {(selected: Set<string>) => void} onChange
 */
export function renderTypeChoices(container, groups, selected, onChange) {
  container.replaceChildren();
  for (const group of groups) {
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = group.name;
    fieldset.append(legend);
    for (const label of group.labels) {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = label;
      box.checked = selected.has(label);
      box.addEventListener("change", () => {
        if (box.checked) selected.add(label);
        else selected.delete(label);
        onChange(selected);
      });
      const wrapper = document.createElement("label");
      wrapper.className = "type";
      wrapper.append(box, label.toLowerCase());
      fieldset.append(wrapper);
    }
    container.append(fieldset);
  }
}

/**
 * Renders the most mentioned entities.
 * @param {HTMLOListElement} list
 * @param {{ label: string, name: string, mentions: number }[]} entities
 */
export function renderEntities(list, entities) {
  list.replaceChildren();
  if (!entities.length) {
    const empty = document.createElement("li");
    empty.textContent = "No entities of the chosen types.";
    list.append(empty);
    return;
  }
  for (const entity of entities) {
    const item = document.createElement("li");
    item.append(...entityParts(entity));
    list.append(item);
  }
}

/**
 * The parts of one entity's row: its label chip, its name and its mention count ("×3").
 * @param {{ label: string, name: string, mentions: number }} entity
 * @returns {HTMLSpanElement[]}
 */
export function entityParts(entity) {
  const label = document.createElement("span");
  label.className = "label";
  label.dataset.label = entity.label;
  label.textContent = entity.label;
  const name = document.createElement("span");
  name.className = "name";
  name.textContent = entity.name;
  name.title = entity.name;
  const count = document.createElement("span");
  count.className = "count";
  count.textContent = `×${entity.mentions}`;
  return [label, name, count];
}

/**
 * Renders the key terms as a list of chips ("term ×count").
 * @param {HTMLUListElement} list
 * @param {{ text: string, count: number }[]} keywords
 */
export function renderKeywords(list, keywords) {
  list.replaceChildren(
    ...keywords.map(({ text, count }) => {
      const item = document.createElement("li");
      item.textContent = `${text} ×${count}`;
      return item;
    }),
  );
}

/** Stats shown first, with their names; any other numeric field follows, named from its key. */
const STAT_NAMES = {
  words: "Words",
  unique_words: "Unique words",
  sentences: "Sentences",
  paragraphs: "Paragraphs",
  characters: "Characters",
  characters_no_spaces: "Characters (no spaces)",
  reading_time_seconds: "Reading time",
  speaking_time_seconds: "Speaking time",
  flesch_reading_ease: "Flesch reading ease",
  flesch_kincaid_grade: "Flesch–Kincaid grade",
  gunning_fog: "Gunning fog",
  smog_index: "SMOG index",
  coleman_liau_index: "Coleman–Liau index",
  automated_readability_index: "Automated readability index",
  dale_chall_score: "Dale–Chall score",
  type_token_ratio: "Type–token ratio",
  mtld: "MTLD (lexical diversity)",
};

/**
 * Renders the page's statistics: every numeric field, known ones first.
 * @param {HTMLDListElement} list
 * @param {Record<string, unknown>} stats
 */
export function renderStats(list, stats) {
  list.replaceChildren();
  const keys = [...Object.keys(STAT_NAMES).filter((k) => k in stats), ...Object.keys(stats).filter((k) => !(k in STAT_NAMES))];
  for (const key of keys) {
    const value = stats[key];
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    const term = document.createElement("dt");
    term.textContent = STAT_NAMES[key] ?? humanize(key);
    const detail = document.createElement("dd");
    detail.dataset.stat = key;
    detail.textContent = formatStat(key, value);
    list.append(term, detail);
  }
}

function formatStat(key, value) {
  if (key.endsWith("_seconds")) {
    const seconds = Math.round(value);
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  }
  return Number.isInteger(value) ? value.toLocaleString("en") : value.toFixed(2);
}

function humanize(key) {
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
