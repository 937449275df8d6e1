// The highlight colours, adopted into the page as a constructed stylesheet (no <style> element: the
// DOM stays untouched) while highlights are shown, and removed by Clear, so the page ends up exactly as
// it was. The sheet is the package's own (textlens/highlight.css, exported as DEFAULT_CSS), plus the
// side panel's flash.
import { DEFAULT_CSS } from "textlens/highlight";
import { FLASH_HIGHLIGHT } from "./scroll.js";

/** The side panel's "go to" flash (scroll.js), above the label colours. */
const FLASH_CSS = `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ff922b; color: #000; text-decoration: underline 2px; }`;

let sheet = null;

/**
 * Adds the highlight stylesheet to `doc.adoptedStyleSheets` once.
 * @param {Document} doc
 */
export function adoptHighlightStyles(doc) {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(`${DEFAULT_CSS}\n${FLASH_CSS}\n`);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Removes the highlight stylesheet from `doc.adoptedStyleSheets`, leaving the page's own sheets.
 * @param {Document} doc
 */
export function removeHighlightStyles(doc) {
  if (sheet && doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
