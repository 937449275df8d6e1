// An infinite-scroll feed (served with `Content-Security-Policy: script-src 'self'`): scrolling near the
// bottom appends a batch of paragraphs, each with its own e-mail address (reader<N>@example.org).
// `?long=N` first fills the feed with N paragraphs (the long page of the live-mode measurement);
// `?batch=N` sets the batch size (default 5).
const params = new URLSearchParams(location.search);
const feed = document.getElementById("feed");
const batch = Number(params.get("batch") ?? 5);
const SENTENCES = [
  "The council voted on the harbour plan after a long debate about parking and ferries.",
  "Residents said the new timetable suited commuters but left the night buses too sparse.",
  "A local bakery reported record sales during the festival weekend in early June.",
  "The museum will reopen its west wing once the roof repairs are finished.",
];
let next = 1;

function paragraph(n) {
  const p = document.createElement("p");
  p.className = "item";
  const b = document.createElement("b");
  b.textContent = `Item ${n}.`;
  p.append(b, ` ${SENTENCES[n % 4]} ${SENTENCES[(n + 1) % 4]} Write to reader${n}@example.org with corrections.`);
  return p;
}

/** Appends `count` paragraphs (one DOM insertion, as a feed renders a page of results). */
function append(count) {
  const fragment = document.createDocumentFragment();
  for (let k = 0; k < count; k++) fragment.append(paragraph(next++));
  feed.append(fragment);
}

const long = Number(params.get("long") ?? 0);
if (long > 0) {
  // Seeded in the filler range: reader<N> numbering of the feed starts after it.
  const fragment = document.createDocumentFragment();
  for (let k = 0; k < long; k++) {
    const p = document.createElement("p");
    p.textContent = `${SENTENCES[k % 4]} ${SENTENCES[(k + 2) % 4]} ${SENTENCES[(k + 3) % 4]} Archive note ${k} is kept at archive${k}@example.net.`;
    fragment.append(p);
  }
  feed.append(fragment);
}

addEventListener("scroll", () => {
  if (innerHeight + scrollY >= document.body.scrollHeight - 200) append(batch);
}, { passive: true });

/** How many feed items the page appended so far (for the tests). */
globalThis.feedItems = () => next - 1;
