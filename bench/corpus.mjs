// Builds the English benchmark corpus (>= 2 MB by default) shared by the Node benchmarks.
// Source: the wikigold dev texts (CC-BY 4.0, real Wikipedia prose) from ../shared/data when present,
// else the project's own sample texts; repeated until the target size is reached.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../", import.meta.url));

/** The shared directory (data/, samples/): $TEXTLENS_SHARED, else ../shared beside the checkout or its parent (worktrees). */
export function sharedDir() {
  const candidates = [process.env.TEXTLENS_SHARED, `${REPO}../shared`, `${REPO}../../shared`].filter(Boolean);
  return candidates.find((dir) => existsSync(`${dir}/data`)) ?? null;
}

const jsonlTexts = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line).text);

function projectTexts() {
  const dir = `${REPO}tests/data/texts/`;
  const texts = [readFileSync(`${REPO}www/samples/sample.txt`, "utf8"), readFileSync(`${REPO}www/samples/article.txt`, "utf8")];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      texts.push(readFileSync(dir + file, "utf8"));
    }
  }
  return texts;
}

function sourceTexts() {
  const wikigold = `${sharedDir()}/data/ner-dev/wikigold.jsonl`;
  if (existsSync(wikigold)) {
    const texts = readFileSync(wikigold, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).text);
    return { name: "wikigold dev texts (CC-BY 4.0)", texts };
  }
  const dir = `${REPO}tests/data/texts/`;
  const texts = [readFileSync(`${REPO}www/samples/sample.txt`, "utf8")];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      texts.push(readFileSync(dir + file, "utf8"));
    }
  }
  return { name: "the project's sample texts", texts };
}

/** Returns `{ name, text }`: paragraphs separated by blank lines, at least `minBytes` of UTF-8. */
export function corpus(minBytes = 2 * 1024 * 1024) {
  const { name, texts } = sourceTexts();
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  return { name, text: parts.join("\n\n") };
}

// Openly licensed, redistributable prose of the shared data (see its READMEs and DATA_LICENSES.md): every
// document once. CoNLL-2003 (Reuters, not open) and the tweet sets are left out. CrossNER's records are
// independent sentences, each its own paragraph.
const MIXED_SOURCES = [
  ["ner-dev/wikigold.jsonl", "wikigold, CC-BY 4.0"],
  ["ner-dev/gum_dev.jsonl", "GUM, CC-BY 4.0 / CC-BY-SA 3.0 / CC-BY 2.5"],
  ["ner-train/gum_train.jsonl", null],
  ["ner-dev/re3d_open.jsonl", "re3d open sub-collections (public domain, CC-BY 3.0 AU, OGL v3, CC-BY-SA 3.0)"],
  ["ner-dev/sec_filings_test.jsonl", "SEC filings, CC-BY 3.0"],
  ["ner-train/sec_filings_train.jsonl", null],
  ["ner-dev/crossner_dev.jsonl", "CrossNER sentences (Wikipedia, CC-BY-SA 3.0)"],
  ["ner-train/crossner_train.jsonl", null],
];

/**
 * Returns `{ name, text, uniqueBytes }`: the project's own texts (MIT and the corpus excerpts of
 * tests/data/texts) and every openly licensed document of the shared data, once each, in a fixed order,
 * paragraphs separated by blank lines; cycled only if that is less than `minBytes` of UTF-8.
 */
export function mixedCorpus(minBytes = 2 * 1024 * 1024) {
  const texts = projectTexts();
  const names = ["the project's sample texts (tests/data/texts, www/samples)"];
  const shared = sharedDir();
  for (const [file, name] of MIXED_SOURCES) {
    const path = `${shared}/data/${file}`;
    if (!shared || !existsSync(path)) continue;
    texts.push(...jsonlTexts(path));
    if (name) names.push(name);
  }
  const unique = texts.join("\n\n");
  const uniqueBytes = Buffer.byteLength(unique);
  const parts = [unique];
  for (let bytes = uniqueBytes, i = 0; bytes < minBytes; i++) {
    parts.push(texts[i % texts.length]);
    bytes += Buffer.byteLength(texts[i % texts.length]) + 2;
  }
  let text = parts.join("\n\n");
  // A small target (quick runs) takes a prefix, cut at a paragraph break.
  if (uniqueBytes > 2 * minBytes) text = text.slice(0, text.indexOf("\n\n", minBytes) + 1 || undefined).trimEnd();
  return { name: names.join("; "), text, uniqueBytes: Math.min(uniqueBytes, Buffer.byteLength(text)) };
}

/** A news article nobody tuned for (../shared/samples/news-kim-putin.txt, not shipped), else the demo's article. */
export function newsArticle() {
  const shared = sharedDir();
  const path = shared && `${shared}/samples/news-kim-putin.txt`;
  if (path && existsSync(path)) return { name: "news-kim-putin.txt", text: readFileSync(path, "utf8") };
  return { name: "www/samples/article.txt", text: readFileSync(`${REPO}www/samples/article.txt`, "utf8") };
}
