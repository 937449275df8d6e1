// Sentence difficulty for the demo's chart and its "hard sentences" view. The sentence spans come from
// the analysis itself (`key_sentences` asked for every sentence returns each sentence that has a
// content word, in document order); each sentence's grade is the Flesch–Kincaid grade textlens computes
// for that sentence alone (statistics only). Shared by the page and scripts/build-demo.mjs.

/** Ask `analyze` for this many key sentences to get every sentence span (a whole number ≤ u32::MAX). */
export const EVERY_SENTENCE = 2 ** 32 - 1;

/** The analyse options of the page's one analysis per text: the default result plus every sentence span. */
export const FULL_OPTIONS = Object.freeze({ key_sentences: EVERY_SENTENCE });

/** Difficulty bands by Flesch–Kincaid grade, easiest first; `min` is the lowest grade of the band. */
export const LEVELS = Object.freeze([
  { id: "fine", min: -Infinity, name: "Fine", description: "grade 9 or below: most adults read it easily" },
  { id: "hard", min: 10, name: "Hard", description: "grade 10 to 13: needs attention" },
  { id: "very-hard", min: 14, name: "Very hard", description: "grade 14 or above: consider splitting it" },
]);

/** The band of a grade. */
export function levelOf(grade) {
  let level = LEVELS[0];
  for (const candidate of LEVELS) if (grade >= candidate.min) level = candidate;
  return level.id;
}

/**
 * Each sentence with its words and grade, in document order.
 * @param {(text: string, options: object) => object | Promise<object>} analyze
 * @param {{ start: number, end: number, text: string }[]} spans the analysis's `key_sentences` (all of them)
 * @returns {Promise<{ start: number, end: number, text: string, words: number, grade: number, level: string }[]>}
 */
export async function sentenceDifficulty(analyze, spans) {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  return Promise.all(
    ordered.map(async ({ start, end, text }) => {
      const { stats } = await analyze(text, { types: [], keywords: 0, key_sentences: 0 });
      const grade = Math.round(stats.flesch_kincaid_grade * 10) / 10;
      return { start, end, text, words: stats.words, grade, level: levelOf(grade) };
    }),
  );
}
