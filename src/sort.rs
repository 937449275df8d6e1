//! Stable sorting through one compiled copy of the standard library's sort.
//!
//! Every call of a generic sort with its own element type or key closure compiles the whole sorting
//! algorithm again (driftsort with its quicksort, merge and small-sort parts: 2–5 KB of wasm per
//! call site, 35 KB in all before these helpers). The helpers here sort `u128` keys that pack the
//! caller's key with the element's index, so ties keep their order (a stable sort) and the crate
//! holds one copy of the algorithm, the `u128` instance the rankings use anyway.

/// Bits of a packed key that hold the element's index: more elements than fit in memory.
const INDEX_BITS: u32 = 40;

/// Sorts `items` by `key`, keeping the order of items with equal keys.
pub(crate) fn sort_stable_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), |i| key(&items[i]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // Each index comes once, so every item is taken back.
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices `0..n` in the order of `key(i)`, ties in index order.
pub(crate) fn sorted_indices(n: usize, key: impl Fn(usize) -> u64) -> Vec<usize> {
    let mut keys: Vec<u128> = (0..n)
        .map(|i| (u128::from(key(i)) << INDEX_BITS) | i as u128)
        .collect();
    keys.sort_unstable();
    let mask = (1u128 << INDEX_BITS) - 1;
    keys.into_iter().map(|k| (k & mask) as usize).collect()
}

/// A key that orders by `first`, then by `second` (each below 2^32, as every text offset is).
pub(crate) fn pair_key(first: usize, second: usize) -> u64 {
    ((first as u64) << 32) | (second as u64 & u64::from(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_stable_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_stable_by_key(&mut empty, |&x| u64::from(x));
        assert!(empty.is_empty());
    }

    #[test]
    fn pair_keys_order_by_the_first_value_then_the_second() {
        assert!(pair_key(1, 9) < pair_key(2, 0));
        assert!(pair_key(3, 4) < pair_key(3, 5));
        assert_eq!(sorted_indices(3, |i| [5, 1, 5][i]), [1, 0, 2]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn sorting_equals_the_standard_stable_sort(v in proptest::collection::vec((0u64..8, 0u32..1000), 0..200)) {
            let mut ours = v.clone();
            sort_stable_by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            proptest::prop_assert_eq!(ours, std);
        }
    }
}
