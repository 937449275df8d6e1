//! A small, fast, non-cryptographic hasher (FNV-1a) for the statistics' internal word maps.
//!
//! The keys are words of the text being analysed; the maps live for one call and are never exposed,
//! so hash flooding is not a concern, while SipHash (the standard library's default) dominated the
//! profile of `stats::compute`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64-bit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` with [`Fnv`] hashing.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A `HashSet` with [`Fnv`] hashing.
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
