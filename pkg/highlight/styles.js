// The default styles, the same text as pkg/highlight.css (a test keeps them equal). highlight() adopts
// them as a constructed stylesheet (document.adoptedStyleSheets), which leaves the page's DOM untouched,
// unless the page already has them (the --textlens-css custom property is set on :root).

/** The text of pkg/highlight.css. */
export const DEFAULT_CSS = `/* textlens highlighting: default colours. Override any of them with a CSS custom property on the page,
 * e.g. :root { --textlens-person: gold; } (or on any ancestor of the highlighted text). The CSS Custom
 * Highlight API renderer paints ::highlight(textlens-<label>); the mark renderer styles
 * mark[data-textlens][data-label=<LABEL>]. Custom labels fall back to --textlens-other with marks; with
 * the Highlight API add a rule such as ::highlight(textlens-product) { background-color: … }.
 * Linking this file in the page's <head> is best on big pages: highlight() then sees --textlens-css and does
 * not adopt its own copy (adopting a sheet with ::highlight rules restyles the whole page once). */
:root { --textlens-css: 1; }
mark[data-textlens] { background-color: var(--textlens-other, #e9ecef); color: inherit; border-radius: 2px; }
::highlight(textlens-person) { background-color: var(--textlens-person, #ffd8a8); }
::highlight(textlens-org) { background-color: var(--textlens-org, #c5f6fa); }
::highlight(textlens-place) { background-color: var(--textlens-place, #d3f9d8); }
::highlight(textlens-norp) { background-color: var(--textlens-norp, #e5dbff); }
::highlight(textlens-date) { background-color: var(--textlens-date, #fff3bf); }
::highlight(textlens-time) { background-color: var(--textlens-time, #fff3bf); }
::highlight(textlens-money) { background-color: var(--textlens-money, #ffe3e3); }
::highlight(textlens-percent) { background-color: var(--textlens-percent, #ffe3e3); }
::highlight(textlens-number) { background-color: var(--textlens-number, #f1f3f5); }
::highlight(textlens-ordinal) { background-color: var(--textlens-ordinal, #f1f3f5); }
::highlight(textlens-email) { background-color: var(--textlens-email, #dbe4ff); }
::highlight(textlens-url) { background-color: var(--textlens-url, #dbe4ff); }
::highlight(textlens-phone) { background-color: var(--textlens-phone, #dbe4ff); }
::highlight(textlens-hashtag) { background-color: var(--textlens-hashtag, #f3d9fa); }
::highlight(textlens-mention) { background-color: var(--textlens-mention, #f3d9fa); }
::highlight(textlens-ip_address) { background-color: var(--textlens-ip_address, #ffc9c9); }
::highlight(textlens-credit_card) { background-color: var(--textlens-credit_card, #ffc9c9); }
::highlight(textlens-iban) { background-color: var(--textlens-iban, #ffc9c9); }
::highlight(textlens-postcode) { background-color: var(--textlens-postcode, #ffc9c9); }
::highlight(textlens-quote) { background-color: var(--textlens-quote, #e7f5ff); }
mark[data-textlens][data-label="PERSON"] { background-color: var(--textlens-person, #ffd8a8); }
mark[data-textlens][data-label="ORG"] { background-color: var(--textlens-org, #c5f6fa); }
mark[data-textlens][data-label="PLACE"] { background-color: var(--textlens-place, #d3f9d8); }
mark[data-textlens][data-label="NORP"] { background-color: var(--textlens-norp, #e5dbff); }
mark[data-textlens][data-label="DATE"] { background-color: var(--textlens-date, #fff3bf); }
mark[data-textlens][data-label="TIME"] { background-color: var(--textlens-time, #fff3bf); }
mark[data-textlens][data-label="MONEY"] { background-color: var(--textlens-money, #ffe3e3); }
mark[data-textlens][data-label="PERCENT"] { background-color: var(--textlens-percent, #ffe3e3); }
mark[data-textlens][data-label="NUMBER"] { background-color: var(--textlens-number, #f1f3f5); }
mark[data-textlens][data-label="ORDINAL"] { background-color: var(--textlens-ordinal, #f1f3f5); }
mark[data-textlens][data-label="EMAIL"] { background-color: var(--textlens-email, #dbe4ff); }
mark[data-textlens][data-label="URL"] { background-color: var(--textlens-url, #dbe4ff); }
mark[data-textlens][data-label="PHONE"] { background-color: var(--textlens-phone, #dbe4ff); }
mark[data-textlens][data-label="HASHTAG"] { background-color: var(--textlens-hashtag, #f3d9fa); }
mark[data-textlens][data-label="MENTION"] { background-color: var(--textlens-mention, #f3d9fa); }
mark[data-textlens][data-label="IP_ADDRESS"] { background-color: var(--textlens-ip_address, #ffc9c9); }
mark[data-textlens][data-label="CREDIT_CARD"] { background-color: var(--textlens-credit_card, #ffc9c9); }
mark[data-textlens][data-label="IBAN"] { background-color: var(--textlens-iban, #ffc9c9); }
mark[data-textlens][data-label="POSTCODE"] { background-color: var(--textlens-postcode, #ffc9c9); }
mark[data-textlens][data-label="QUOTE"] { background-color: var(--textlens-quote, #e7f5ff); }
`;
