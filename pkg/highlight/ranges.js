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
