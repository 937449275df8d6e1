// Builds the English benchmark corpus (>= 2 MB by default) shared by the Node benchmarks.
// Source: the wikigold dev texts (CC-BY 4.0, real Wikipedia prose) from ../shared/data when present,
// else the project's own sample texts; repeated until the target size is reached.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../", import.meta.url));

function sourceTexts() {
  const wikigold = `${REPO}../shared/data/ner-dev/wikigold.jsonl`;
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
