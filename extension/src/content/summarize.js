// What the popup and the side panel show about a highlighted page, as plain data for a message.

/** How many entities the summary lists at most (the side panel lists them all, the popup the first). */
export const MAX_ENTITIES = 2000;
/** How many key terms the summary lists (when the core computes them). */
export const TOP_KEYWORDS = 10;

/**
 * Summarises a highlight handle: renderer, counts per label, stats, the entities (linked across the
 * page, most mentioned first) and the key terms. `byLabel` counts mentions only (`mentions` is their
 * sum); `quotes` counts the quotes, which are spans around mentions, not mentions.
 * @param {import("textlens/highlight").HighlightHandle} handle
 * @param {{ types?: string[] | null, live?: boolean }} request what was asked for
 * @returns {{ renderer: string, painted: number, mentions: number, quotes: number, byLabel: Record<string, number>,
 *             stats: object, entities: object[], keywords: { text: string, count: number }[], types: string[] | null, live: boolean }}
 */
export function summarize(handle, { types, live = false } = {}) {
  const byLabel = {};
  for (const mention of handle.mentions) byLabel[mention.label] = (byLabel[mention.label] ?? 0) + 1;
  const entities = [...handle.entities]
    .sort((a, b) => b.mentions - a.mentions || a.id - b.id)
    .slice(0, MAX_ENTITIES)
    .map(({ id, label, name, mentions }) => ({ id, label, name, mentions }));
  return {
    renderer: handle.renderer,
    painted: handle.painted,
    mentions: handle.mentions.length,
    quotes: handle.quotes.length,
    byLabel,
    stats: handle.stats,
    entities,
    keywords: (handle.analysis.keywords ?? []).slice(0, TOP_KEYWORDS).map(({ text, count }) => ({ text, count })),
    types: types ?? null,
    live: Boolean(live),
  };
}
