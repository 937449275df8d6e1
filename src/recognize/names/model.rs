//! The tagger's weights: a compact table of hashed features → one small integer weight per tag.
//!
//! File format (little-endian), as written by `textlens-train`:
//! `b"TLN2"`, feature count `n: u32`, key bits `b: u8`, three reserved bytes, then the `n` feature
//! keys (the top `b` bits of the 32-bit feature hash) in ascending order as LEB128 deltas, then
//! `n × CLASSES` weights as `i8`. Fewer key bits make the keys smaller to store (the deltas
//! shrink); a feature absent from the model then matches a stored key with probability
//! `n / 2^b`.

use std::sync::OnceLock;

use super::features::CLASSES;

/// The embedded model, trained by `cargo run --release -p xtask --bin textlens-train` (see data/README.md).
const MODEL_BYTES: &[u8] = include_bytes!("data/model.bin");

/// A loaded weight table: open addressing, each slot holding its key next to its weights so
/// that a lookup touches one cache line.
pub struct Model {
    slots: Vec<Slot>,
    mask: usize,
    /// A feature hash's key is its top `32 - shift` bits.
    shift: u32,
}

/// One feature of the table (key 0: empty slot).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u32,
    /// The weights packed in 12-bit lanes, each `weight + 128` (0..=255): the weights of up to
    /// [`CHUNK`] features are summed with one 64-bit addition each and no lane overflows.
    packed: u64,
}

/// Bits per packed weight lane.
const LANE: u32 = 12;
/// Added to each weight so that lanes hold no negative number.
const LANE_BIAS: i32 = 128;
/// Features summed in the packed form before unpacking: 16 × 255 < 2^12.
const CHUNK: usize = 16;

fn pack(w: [i8; CLASSES]) -> u64 {
    w.iter().enumerate().fold(0u64, |acc, (c, &x)| {
        acc | (((i32::from(x) + LANE_BIAS) as u64) << (LANE * c as u32))
    })
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFormatError(pub &'static str);

impl Model {
    /// The embedded model, decoded on first use (a few milliseconds).
    pub fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        // The embedded bytes are checked by the `embedded_model_loads` test; an unreadable
        // model degrades to an empty one (no names) rather than failing the analysis.
        MODEL.get_or_init(|| {
            #[cfg(feature = "train")]
            if let Some(model) = Model::from_env() {
                return model;
            }
            Model::from_bytes(MODEL_BYTES).unwrap_or_else(|_| Model::empty())
        })
    }

    /// The model file named by `TEXTLENS_MODEL`, for cross-validation runs of a trainer build
    /// (the `train` feature; never in the library users get). Exits the process on a bad file.
    #[cfg(feature = "train")]
    fn from_env() -> Option<Model> {
        let path = std::env::var_os("TEXTLENS_MODEL")?;
        let loaded = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| Model::from_bytes(&bytes).map_err(|e| e.0.to_string()));
        match loaded {
            Ok(model) => Some(model),
            Err(e) => {
                eprintln!("TEXTLENS_MODEL={}: {e}", path.to_string_lossy());
                std::process::exit(2);
            }
        }
    }

    /// A model with no features: every token scores zero.
    pub fn empty() -> Model {
        Model {
            slots: vec![Slot::default(); 1],
            mask: 0,
            shift: 0,
        }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.key != 0).count()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Decodes a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelFormatError> {
        if bytes.len() < 12 || &bytes[..4] != b"TLN2" {
            return Err(ModelFormatError("missing TLN2 header"));
        }
        let n = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
        let bits = u32::from(bytes[8]);
        if !(8..=31).contains(&bits) {
            return Err(ModelFormatError("key bits out of range"));
        }
        let mut pos = 12;
        let mut hashes = Vec::with_capacity(n);
        let mut last: u32 = 0;
        for _ in 0..n {
            let mut delta: u32 = 0;
            let mut shift = 0;
            loop {
                let b = *bytes
                    .get(pos)
                    .ok_or(ModelFormatError("truncated feature list"))?;
                pos += 1;
                if shift > 28 {
                    return Err(ModelFormatError("bad varint"));
                }
                delta |= u32::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            last = last.wrapping_add(delta);
            hashes.push(last);
        }
        let table = bytes
            .get(pos..pos + n * CLASSES)
            .ok_or(ModelFormatError("truncated weights"))?;
        let capacity = (n * 2).next_power_of_two().max(2);
        let mut model = Model {
            slots: vec![Slot::default(); capacity],
            mask: capacity - 1,
            shift: 32 - bits,
        };
        for (k, &h) in hashes.iter().enumerate() {
            let mut w = [0i8; CLASSES];
            for (c, slot) in w.iter_mut().enumerate() {
                *slot = table[k * CLASSES + c] as i8;
            }
            model.insert(h, w);
        }
        Ok(model)
    }

    /// Inserts the weights of a stored key (a truncated hash).
    fn insert(&mut self, stored: u32, w: [i8; CLASSES]) {
        let key = stored.wrapping_add(1);
        let mut slot = spread(key) & self.mask;
        while self.slots[slot].key != 0 && self.slots[slot].key != key {
            slot = (slot + 1) & self.mask;
        }
        self.slots[slot] = Slot {
            key,
            packed: pack(w),
        };
    }

    /// The packed weights of one feature, if the model has it.
    #[inline(always)]
    fn lookup(&self, hash: u32) -> Option<u64> {
        // Keys have at most 31 bits, so adding 1 never wraps to the empty-slot marker 0.
        let key = (hash >> self.shift).wrapping_add(1);
        let mut slot = spread(key) & self.mask;
        loop {
            let s = &self.slots[slot];
            if s.key == key {
                return Some(s.packed);
            }
            let k = s.key;
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Sums the weights of `features` per tag.
    pub fn scores(&self, features: &[u32]) -> [i32; CLASSES] {
        let mut s = [0i32; CLASSES];
        for chunk in features.chunks(CHUNK) {
            let (mut sum, mut found) = (0u64, 0i32);
            for &f in chunk {
                if let Some(p) = self.lookup(f) {
                    sum += p;
                    found += 1;
                }
            }
            for (c, acc) in s.iter_mut().enumerate() {
                let lane = ((sum >> (LANE * c as u32)) & ((1 << LANE) - 1)) as i32;
                *acc += lane - LANE_BIAS * found;
            }
        }
        s
    }
}

#[inline(always)]
fn spread(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize
}

/// The stored key of a feature hash in a model of `bits` key bits.
pub fn key_of(hash: u32, bits: u32) -> u32 {
    hash >> (32 - bits)
}

/// Encodes a model file from (key, weights) rows, keys already cut to `bits` bits with
/// [`key_of`]; used by the trainer.
pub fn encode(mut rows: Vec<(u32, [i8; CLASSES])>, bits: u8) -> Vec<u8> {
    rows.sort_by_key(|r| r.0);
    rows.dedup_by_key(|r| r.0);
    let mut out = Vec::with_capacity(12 + rows.len() * (CLASSES + 3));
    out.extend_from_slice(b"TLN2");
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&[bits, 0, 0, 0]);
    let mut last = 0u32;
    for (h, _) in &rows {
        let mut delta = h.wrapping_sub(last);
        last = *h;
        loop {
            let b = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    for (_, w) in &rows {
        out.extend(w.iter().map(|&x| x as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let rows = vec![
            (7, [1, -2, 3, 0, 5]),
            (3, [0, 0, 0, 0, -127]),
            ((1 << 20) - 1, [9; 5]),
        ];
        let model = Model::from_bytes(&encode(rows, 20)).expect("encoded model decodes");
        assert_eq!(model.len(), 3);
        // A hash's key is its top 20 bits: 7 << 12 and (7 << 12) + 5 share key 7.
        assert_eq!(
            model.scores(&[7 << 12, (3 << 12) + 5, 999 << 12]),
            [1, -2, 3, 0, -122]
        );
        assert_eq!(model.scores(&[u32::MAX]), [9; 5]);
        // Many features at the extremes of the weight range sum exactly (no lane overflows).
        let many = vec![3 << 12; 100];
        assert_eq!(model.scores(&many), [0, 0, 0, 0, -12_700]);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(Model::from_bytes(b"nope").is_err());
        assert!(Model::from_bytes(b"TLN2\xff\xff\xff\xff\x14\0\0\0\x80").is_err());
        assert!(Model::from_bytes(b"TLN2\0\0\0\0\x20\0\0\0").is_err());
    }

    #[test]
    fn embedded_model_loads() {
        let model = Model::from_bytes(MODEL_BYTES).expect("embedded model is valid");
        assert!(model.len() > 1000, "{} features", model.len());
    }
}
