// The libraries bench/peers.mjs and bench/scaling.mjs compare, each behind one adapter:
//   { id, name, version, load() → { run(text) → { LABEL: count } }, browserEntry() → { code, files } }
// textlens is loaded from a built package directory (default pkg/) through its package.json `exports`, the
// file `import "textlens"` resolves to in Node; the peers are dev dependencies. Each peer's output is
// mapped to textlens labels (PERSON, ORG, PLACE, DATE, TIME, MONEY, PERCENT, NUMBER, ORDINAL, ...); a
// type textlens has no label for keeps its own name (DURATION, EMOTICON, ...). Counts are mentions.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO = fileURLToPath(new URL("..", import.meta.url));
const version = (name) => JSON.parse(readFileSync(join(REPO, "node_modules", name, "package.json"), "utf8")).version;

/** The file of a package's `exports["."]` for the given conditions (e.g. ["node", "import"]). */
export function exportFile(pkgDir, conditions) {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  let target = manifest.exports?.["."] ?? manifest.main;
  while (target && typeof target === "object") {
    const key = Object.keys(target).find((k) => k === "default" || conditions.includes(k));
    target = key === undefined ? undefined : target[key];
  }
  if (typeof target !== "string") throw new Error(`${pkgDir}: no export "." for ${conditions.join(", ")}`);
  return resolve(pkgDir, target);
}

/** textlens from the package in `pkgDir`; `options` are passed to every `analyze` call. */
export function textlens(pkgDir = join(REPO, "pkg"), { id = "textlens", options } = {}) {
  const dir = resolve(pkgDir);
  return {
    id,
    name: id,
    version: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version,
    async load() {
      const { analyze } = await import(pathToFileURL(exportFile(dir, ["node", "import"])).href);
      return {
        analyze,
        run(text, opts = options) {
          const counts = {};
          for (const m of analyze(text, opts).mentions) counts[m.label] = (counts[m.label] ?? 0) + 1;
          return counts;
        },
      };
    },
    browserEntry() {
      // The glue fetches textlens_bg.wasm beside it (new URL(..., import.meta.url)); a bundler leaves it out.
      const entry = exportFile(dir, ["browser", "import"]);
      return {
        code: `import { analyze } from ${JSON.stringify(entry)}; export const run = (t) => analyze(t);`,
        files: [join(dir, "gen/web/textlens_bg.wasm")],
      };
    },
  };
}

// compromise views, by the textlens label they correspond to (the views may overlap: a year inside a
// date is also a number).
const COMPROMISE_VIEWS = [
  ["PERSON", (d) => d.people()],
  ["ORG", (d) => d.organizations()],
  ["PLACE", (d) => d.places()],
  ["DATE", (d) => d.dates()],
  ["TIME", (d) => d.times()],
  ["DURATION", (d) => d.durations()],
  ["MONEY", (d) => d.money()],
  ["PERCENT", (d) => d.percentages()],
  ["NUMBER", (d) => d.numbers().isCardinal()],
  ["ORDINAL", (d) => d.numbers().isOrdinal()],
  ["EMAIL", (d) => d.emails()],
  ["URL", (d) => d.urls()],
  ["PHONE", (d) => d.phoneNumbers()],
  ["HASHTAG", (d) => d.hashTags()],
  ["MENTION", (d) => d.atMentions()],
];

/** compromise with the compromise-dates plugin: parse, then every entity view above. */
export function compromise() {
  return {
    id: "compromise",
    name: "compromise + compromise-dates",
    version: `${version("compromise")} + ${version("compromise-dates")}`,
    async load() {
      const { default: nlp } = await import("compromise");
      const { default: dates } = await import("compromise-dates");
      nlp.plugin(dates);
      return {
        run(text) {
          const doc = nlp(text);
          const counts = {};
          for (const [label, view] of COMPROMISE_VIEWS) {
            const n = view(doc).length;
            if (n) counts[label] = n;
          }
          return counts;
        },
      };
    },
    browserEntry() {
      return {
        code: `import nlp from "compromise"; import dates from "compromise-dates"; nlp.plugin(dates);
          export const run = (t) => { const d = nlp(t); return [d.people(), d.places(), d.organizations(), d.dates()]; };`,
        files: [],
      };
    },
  };
}

// wink-nlp entity types → textlens labels (the lite web model finds no names of people, organisations
// or places).
const WINK_LABELS = { CARDINAL: "NUMBER" };

/** wink-nlp with wink-eng-lite-web-model: readDoc, then its entities. */
export function wink() {
  return {
    id: "wink",
    name: "wink-nlp + wink-eng-lite-web-model",
    version: `${version("wink-nlp")} + ${version("wink-eng-lite-web-model")}`,
    async load() {
      const { default: winkNLP } = await import("wink-nlp");
      const { default: model } = await import("wink-eng-lite-web-model");
      const nlp = winkNLP(model);
      return {
        run(text) {
          const counts = {};
          for (const e of nlp.readDoc(text).entities().out(nlp.its.detail)) {
            const label = WINK_LABELS[e.type] ?? e.type;
            counts[label] = (counts[label] ?? 0) + 1;
          }
          return counts;
        },
      };
    },
    browserEntry() {
      return {
        code: `import winkNLP from "wink-nlp"; import model from "wink-eng-lite-web-model";
          const nlp = winkNLP(model); export const run = (t) => nlp.readDoc(t).entities().out(nlp.its.detail);`,
        files: [],
      };
    },
  };
}

/** The adapter called `id`: "textlens", "compromise" or "wink" (textlens from `pkgDir`). */
export function library(id, pkgDir) {
  if (id === "textlens") return textlens(pkgDir);
  if (id === "compromise") return compromise();
  if (id === "wink") return wink();
  throw new Error(`unknown library ${id} (textlens, compromise, wink)`);
}
