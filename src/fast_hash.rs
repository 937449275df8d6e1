//! A fast, non-cryptographic hasher for the crate's internal maps (name recogniser, linker,
//! statistics).
//!
//! The keys are words from the analysed text, and the maps live for one call only and are never
//! exposed, so resistance to flooding matters less than speed (the standard SipHash was the name
//! recogniser's single largest cost, and byte-at-a-time FNV-1a 1–2% of a whole analysis).

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style word-at-a-time hasher.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The [`FastHasher`] hash of `bytes`, for keys kept as hashes (the custom terms' prefix index).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = FastHasher::default();
    hasher.write(bytes);
    // One more round on the length, so that prefixes padded with zero bytes differ.
    hasher.add(bytes.len() as u64);
    hasher.finish()
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;
