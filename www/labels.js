// Readable names of the built-in labels for the legend, the charts and the entity list (labels of your
// own terms and patterns are shown as they are). tests/browser/demo.test.mjs checks that every label
// the analyser reports has one.

/** By label, as `Analyzer#labels()` spells them. */
export const LABEL_NAMES = Object.freeze({
  PERSON: "People", ORG: "Organisations", PLACE: "Places", NORP: "Groups", MISC: "Other names",
  DATE: "Dates", TIME: "Times", MONEY: "Money", PERCENT: "Percentages", NUMBER: "Numbers",
  ORDINAL: "Ordinals", EMAIL: "E-mail", URL: "Web addresses", PHONE: "Phone numbers",
  HASHTAG: "Hashtags", MENTION: "Handles", IP_ADDRESS: "IP addresses", CREDIT_CARD: "Card numbers",
  IBAN: "Bank accounts (IBAN)", POSTCODE: "Postcodes", QUOTE: "Quotes",
});

/** The label of quotations: they come in `analysis.quotes`, not among the mentions. */
export const QUOTE_LABEL = "QUOTE";

/** The readable name of a label. */
export const labelName = (label) => LABEL_NAMES[label] ?? label;
