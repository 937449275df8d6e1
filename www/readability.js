// Plain-words readings of the readability scores the statistics panel shows. The bands are the ones the
// scores' authors published (Flesch 1948; Chall & Dale 1995) or, for the grade-level scores, the US
// school grade the score stands for (age ≈ grade + 5).

/** A US school grade in words. */
function gradeInWords(grade) {
  if (!Number.isFinite(grade)) return "";
  const g = Math.round(grade);
  if (g <= 0) return "very easy: early primary school";
  if (g <= 5) return `easy: US grade ${g}, readers of about ${g + 5}`;
  if (g <= 8) return `plain: US grade ${g}, readers of about ${g + 5}`;
  if (g <= 12) return `fairly hard: US grade ${g}, high school`;
  if (g <= 16) return `hard: ${g - 12} year${g === 13 ? "" : "s"} of college`;
  return "very hard: graduate level";
}

const FLESCH_BANDS = [
  [90, "very easy: an 11-year-old follows it"],
  [80, "easy: conversational English"],
  [70, "fairly easy: readers of 12 to 13"],
  [60, "plain English: readers of 13 to 15"],
  [50, "fairly hard: high school seniors"],
  [30, "hard: college level"],
  [-Infinity, "very hard: university graduates"],
];

const DALE_CHALL_BANDS = [
  [10, "very hard: college graduates"],
  [9, "hard: college students"],
  [8, "fairly hard: US grades 11 to 12"],
  [7, "plain: US grades 9 to 10"],
  [6, "fairly easy: US grades 7 to 8"],
  [5, "easy: US grades 5 to 6"],
  [-Infinity, "very easy: US grade 4 or below"],
];

/** The words of the first band whose lower bound `value` reaches (bands highest first). */
function band(bands, value) {
  for (const [min, words] of bands) if (value >= min) return words;
  return "";
}

/** What each readability score means, by Stats key: a short phrase, or "" for other keys. */
export function readingOf(key, value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  switch (key) {
    case "flesch_reading_ease":
      return band(FLESCH_BANDS, value);
    case "dale_chall_score":
      return band(DALE_CHALL_BANDS, value);
    case "flesch_kincaid_grade":
    case "gunning_fog":
    case "smog_index":
    case "coleman_liau_index":
    case "automated_readability_index":
      return gradeInWords(value);
    default:
      return "";
  }
}
