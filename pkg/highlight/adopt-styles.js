// Adopts the default stylesheet (pkg/highlight.css) into a document or shadow root as a constructed
// stylesheet: the page's DOM is not touched.
import { DEFAULT_CSS } from "./styles.js";

const adoptedSheets = new WeakMap();

/**
 * Adopts the default stylesheet into a document or shadow root once, unless a document already links
 * highlight.css (its --textlens-css custom property is set on :root).
 * @param {Document | ShadowRoot} target
 */
export function adoptStyles(target) {
  const view = (target.ownerDocument ?? target).defaultView;
  if (!view || !("adoptedStyleSheets" in target)) return;
  let sheet = adoptedSheets.get(view);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(DEFAULT_CSS);
    adoptedSheets.set(view, sheet);
  }
  if (target.adoptedStyleSheets.includes(sheet)) return;
  // A document that links highlight.css needs no copy. (Not decidable for a shadow root: the custom
  // property inherits into it, the rules do not.)
  const linked = target.nodeType === 9 && view.getComputedStyle(target.documentElement).getPropertyValue("--textlens-css").trim() === "1";
  if (linked) return;
  target.adoptedStyleSheets = [sheet, ...target.adoptedStyleSheets];
}
