// Live mode's analyses travel as changes: after each addition the service worker analyses the whole
// page again (exact statistics and links), but most of that analysis is what the content script already
// holds — the mentions of the text before the addition, the entities they did not touch. Sending only
// the rest keeps each live update's message, and the page's work to read it, in proportion to the
// added text rather than to the page (a 900 KB page's analysis is 1.3 MB of JSON).
//
//   patch = { mentionsKept, mentions, entitiesLength, entities: [[index, entity], ...], rest, order }
//
// `apply(previous, diff(previous, next))` equals `next`, and shares the unchanged mention and entity
// objects with `previous`.

/** True when two flat records (a mention, an entity) have the same fields and values. */
function same(a, b) {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * What changed from `previous` to `next` (two analyses of one growing document).
 * @param {object} previous
 * @param {object} next
 * @returns {object} the patch
 */
export function diffAnalysis(previous, next) {
  const { mentions, entities, ...rest } = next;
  let kept = 0;
  const before = previous.mentions;
  while (kept < before.length && kept < mentions.length && same(before[kept], mentions[kept])) kept++;
  const changed = [];
  for (let i = 0; i < entities.length; i++) {
    if (i >= previous.entities.length || !same(previous.entities[i], entities[i])) changed.push([i, entities[i]]);
  }
  return { mentionsKept: kept, mentions: mentions.slice(kept), entitiesLength: entities.length, entities: changed, rest, order: Object.keys(next) };
}

/**
 * The analysis `patch` describes, from the analysis it was computed against.
 * @param {object} previous
 * @param {object} patch from diffAnalysis(previous, next)
 * @returns {object} next
 */
export function applyAnalysisPatch(previous, patch) {
  const mentions = previous.mentions.slice(0, patch.mentionsKept).concat(patch.mentions);
  const entities = previous.entities.slice(0, patch.entitiesLength);
  for (const [i, entity] of patch.entities) entities[i] = entity;
  const next = {};
  for (const key of patch.order) next[key] = key === "mentions" ? mentions : key === "entities" ? entities : patch.rest[key];
  return next;
}
