// Generates the benchmark page: about 1 MB of HTML with about 20,000 text nodes, articles of paragraphs
// with inline formatting, links, lists and tables, e-mail addresses and URLs (what the wasm recognises
// today), some of them split across inline elements. Deterministic (a fixed pseudo-random sequence).

const FIRST = ["ann", "bob", "carla", "dmitri", "eve", "farid", "grace", "hiro", "ines", "jamal", "kim", "lena",
  "mateo", "nia", "oskar", "priya", "quinn", "rosa", "sven", "tariq"];
const DOMAINS = ["example.org", "example.com", "mail.example.net", "news.example.io", "lab.example.edu"];
const WORDS = ("the council said on monday that its plan for the river district would go ahead after a long " +
  "public review in which residents raised questions about traffic noise housing schools and the cost of " +
  "new bridges while officials promised answers before the summer").split(" ");

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds the page's body HTML.
 * @param {{ paragraphs?: number, seed?: number }} [options]
 * @returns {string}
 */
export function generateBody({ paragraphs = 2600, seed = 7 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const email = () => `${pick(FIRST)}.${pick(FIRST)}@${pick(DOMAINS)}`;
  const url = () => `https://${pick(DOMAINS)}/${pick(WORDS)}/${Math.floor(rand() * 50)}`;
  const out = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p % 20 === 0) out.push(`<article><h2>Report ${p / 20 + 1}: ${words(4)}</h2>`);
    const kind = p % 10;
    if (kind === 7) {
      out.push(`<ul><li>${words(5)} <b>${words(2)}</b> ${email()}</li><li>${words(6)} <a href="#">${url()}</a></li></ul>`);
    } else if (kind === 9) {
      out.push(`<table><tr><td>${words(3)}</td><td>${email()}</td></tr><tr><td><i>${words(2)}</i></td><td>${words(4)}</td></tr></table>`);
    } else {
      const [user, domain] = email().split("@");
      const mail = rand() < 0.3 ? `<b>${user}</b>@${domain}` : `${user}@${domain}`;
      out.push(`<p>${words(10)} <em>${words(3)}</em> ${words(8)}, write to ${mail} or see ` +
        `<a href="#">${url()}</a> for ${words(6)}. ${words(12)} <span>${words(5)}</span> ${words(9)}.</p>`);
    }
    if (p % 20 === 19) out.push("</article>");
  }
  return out.join("\n");
}

/**
 * The whole benchmark page.
 * @param {{ paragraphs?: number, seed?: number, css?: boolean }} [options] css: link pkg/highlight.css
 * @returns {string}
 */
export function generatePage({ css = true, ...options } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>textlens highlighting benchmark</title>
<link rel="icon" href="data:,">${css ? '<link rel="stylesheet" href="/pkg/highlight.css">' : ""}
<script src="/vendor/mark.es6.min.js"></script></head>
<body><main id="root">
${generateBody(options)}
</main></body></html>
`;
}
