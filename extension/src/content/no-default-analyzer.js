// Replaces the package's main entry inside the content script bundle (scripts/build-extension.mjs maps
// it here). textlens/highlight loads that entry only when no analyser is given; the content script
// always gives one, and must never fetch or compile wasm in the page.

/** Refuses to be used: the content script analyses through the service worker. */
export class Analyzer {
  constructor() {
    throw new Error("textlens extension: the content script never runs the wasm; pass the service worker analyser");
  }
}
