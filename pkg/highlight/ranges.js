// Offsets → DOM positions. Mentions come back as offsets into the gathered text; one merged forward pass
// over the (sorted) mentions and the (sorted) text nodes turns each mention into pieces, one per text node
// it touches: (node index, start, end) in that node's own offsets. A mention that crosses inline elements
// (`<b>Kim</b> Jong Un`) has several pieces; separators between nodes belong to no piece.

/**
 * @typedef {object} Located
 * @property {object} mention the analyser's mention (offsets into the gathered text)
 * @property {number} index the mention's position in the analysis
 * @property {number[]} pieces flat triples: node index, start, end (node-local UTF-16 offsets)
 */

/**
 * Maps every mention to its pieces, in one pass: O(text nodes + mentions + pieces).
 * Mentions that cover no text node (only separators) are dropped.
 * @param {import("./gather.js").Gathered} gathered
 * @param {{ start: number, end: number }[]} mentions in document order, not overlapping
 * @returns {Located[]}
 */
export function locateMentions(gathered, mentions) {
  const { nodes, starts, datas } = gathered;
  const order = mentions.map((_, k) => k);
  if (!isSorted(mentions)) order.sort((a, b) => mentions[a].start - mentions[b].start);
  const located = [];
  let i = 0;
  for (const k of order) {
    const mention = mentions[k];
    const { start, end } = mention;
    if (!(end > start)) continue;
    while (i < nodes.length && starts[i] + datas[i].length <= start) i++;
    const pieces = [];
    for (let j = i; j < nodes.length && starts[j] < end; j++) {
      const from = Math.max(start, starts[j]) - starts[j];
      const to = Math.min(end, starts[j] + datas[j].length) - starts[j];
      if (to > from) pieces.push(j, from, to);
    }
    if (pieces.length) located.push({ mention, index: k, pieces });
  }
  return located;
}

function isSorted(mentions) {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].start < mentions[k - 1].start) return false;
  return true;
}

/**
 * The parts of each quote that no mention covers, as mention-like spans labelled "QUOTE" (`entity`:
 * the quote's speaker or null; `quote`: its index in `quotes`): the quote layer. A quote holds names,
 * and mentions never overlap, so painting these parts beside the mentions shows both with either
 * renderer (marks cannot overlap) and keeps every lookup a mention's or a quote's, never both.
 * @param {{ start: number, end: number, speaker: number | null }[]} quotes in document order
 * @param {{ start: number, end: number }[]} mentions in document order, not overlapping
 * @returns {{ start: number, end: number, label: "QUOTE", entity: number | null, quote: number }[]}
 */
export function quoteParts(quotes, mentions) {
  const parts = [];
  let m = 0;
  quotes.forEach((q, quote) => {
    while (m < mentions.length && mentions[m].end <= q.start) m++;
    let at = q.start;
    for (let k = m; k < mentions.length && mentions[k].start < q.end; k++) {
      if (mentions[k].start > at) parts.push({ start: at, end: mentions[k].start, label: "QUOTE", entity: q.speaker, quote });
      at = Math.max(at, mentions[k].end);
    }
    if (q.end > at) parts.push({ start: at, end: q.end, label: "QUOTE", entity: q.speaker, quote });
  });
  return parts;
}
