// Opt-in watching of a highlighted root: subtrees the page adds later are reported (debounced) so they
// can be highlighted too, ignoring the nodes textlens creates itself (marks and the text nodes split
// around them) and anything inside skipped elements.

/**
 * Watches `container` for added subtrees and calls `onAdded` with the topmost added nodes, debounced.
 * @param {Element} container
 * @param {{ debounce: number, skip: string, onAdded: (nodes: Node[]) => Promise<void> }} options
 * @returns {{ disconnect(): void }}
 */
export function observeAdditions(container, { debounce, skip, onAdded }) {
  let pending = [];
  let timer = null;
  let chain = Promise.resolve();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && node.matches("mark[data-textlens]")) continue;
        if (node.nodeType === 3 && node.parentNode?.nodeType === 1 && node.parentNode.matches("mark[data-textlens]")) continue;
        if (node.nodeType === 3 && isSplitRemainder(node)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) pending.push(node);
      }
    }
    if (!pending.length) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const added = topmost(pending.filter((n) => n.isConnected && container.contains(n) && !insideSkipped(n, container, skip)));
      pending = [];
      if (added.length) chain = chain.then(() => onAdded(added)).catch(() => {});
    }, debounce);
  });
  observer.observe(container, { childList: true, subtree: true });
  return {
    disconnect() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}

// A text node next to one of our marks was split off by the mark renderer, not added by the page.
function isSplitRemainder(node) {
  const prev = node.previousSibling;
  return prev?.nodeType === 1 && prev.matches("mark[data-textlens]");
}

function insideSkipped(node, container, skip) {
  for (let el = node.nodeType === 1 ? node : node.parentElement; el && el !== container; el = el.parentElement) {
    if (el.matches(skip)) return true;
  }
  return false;
}

function topmost(nodes) {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  }).filter((node, i, all) => all.indexOf(node) === i);
}
