// Text from a file the reader opens or drops: .txt as it is, .md with its markup stripped, .html reduced
// to its text. HTML is parsed with DOMParser into an inert document (no browsing context: its scripts
// never run and its images, styles and frames never load) and only its text is read; nothing of it is
// ever inserted into the page.

/** Extensions and MIME types the demo reads. */
export const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/** Elements whose text is not prose. */
const DROP = "script, style, noscript, template, head, svg, math, iframe, object, embed, canvas, select, textarea, button";

/** Elements that end a paragraph. */
const BLOCK = new Set(
  ("ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 " +
    "HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR TD TH UL CAPTION").split(" "),
);

/** The kind of a file by its name and type: "html", "markdown", "text", or null for anything else. */
export function kindOf(file) {
  const name = (file.name ?? "").toLowerCase();
  const type = (file.type ?? "").toLowerCase();
  if (/\.html?$/.test(name) || type === "text/html") return "html";
  if (/\.(md|markdown)$/.test(name) || type === "text/markdown") return "markdown";
  if (/\.(txt|text)$/.test(name) || type.startsWith("text/")) return "text";
  return null;
}

/**
 * The text of a file, or a thrown Error naming why not.
 * @param {File} file
 * @returns {Promise<string>}
 */
export async function textFromFile(file) {
  const kind = kindOf(file);
  if (!kind) throw new Error(`${file.name || "that file"} is not a .txt, .md or .html file`);
  const raw = (await file.text()).replace(/\r\n?/g, "\n");
  if (kind === "html") return textFromHtml(raw);
  if (kind === "markdown") return textFromMarkdown(raw);
  return raw;
}

/** The prose of an HTML document: paragraphs separated by blank lines, whitespace collapsed. */
export function textFromHtml(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const title = doc.querySelector("title")?.textContent.replace(/\s+/g, " ").trim();
  for (const node of doc.querySelectorAll(DROP)) node.remove();
  const parts = [];
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.data.replace(/\s+/g, " "));
      else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (tag === "BR") parts.push("\n");
        else if (BLOCK.has(tag)) {
          parts.push("\n\n");
          walk(child);
          parts.push("\n\n");
        } else walk(child);
      }
    }
  };
  if (doc.body) walk(doc.body);
  const body = parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}

/** Markdown with its markup stripped: headings, emphasis, links, images, code marks, quotes. */
export function textFromMarkdown(md) {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, "") // front matter
    .replace(/^```.*$/gm, "")
    .replace(/^ {0,3}#{1,6}\s+/gm, "")
    .replace(/^ {0,3}>\s?/gm, "")
    .replace(/^ {0,3}(?:[-*+]|\d+[.)])\s+/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(\S[\s\S]*?)\1/g, "$2")
    .replace(/\*(\S[^*\n]*)\*/g, "$1")
    .replace(/`([^`\n]*)`/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
