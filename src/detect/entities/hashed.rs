//! A hash table for keys that are hashes already (word hashes, mixed part keys), small
//! `Copy` values and no removal: the per-word lookups of the tagger's hot path.
//!
//! Open addressing with linear probing, at most half full, so a lookup is mostly one slot
//! read and one compare. hashbrown probes 8-byte groups in wasm (its SIMD groups are x86
//! and ARM only), and its lookups here were about 10% of the page's entity time in
//! Chromium (`<Summing as Parts>::part` 8.4%, hashbrown and Fx helpers 1.5%).

/// A map from `u64` hashes to `V`. Key 0 marks an empty slot, so its value, if any, is
/// kept aside.
#[derive(Clone)]
pub(crate) struct Hashed<V> {
    /// A power of two of slots (or none), `(0, _)` when empty.
    slots: Vec<(u64, V)>,
    /// The keys in `slots`.
    len: usize,
    /// The value of key 0.
    zero: Option<V>,
}

impl<V> Default for Hashed<V> {
    fn default() -> Self {
        Hashed { slots: Vec::new(), len: 0, zero: None }
    }
}

impl<V: Copy + Default> Hashed<V> {
    /// An empty map with room for `n` keys before it grows.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let mut map = Hashed::default();
        if n > 0 {
            map.slots = vec![(0, V::default()); (2 * n).next_power_of_two()];
        }
        map
    }

    /// The number of keys.
    pub(crate) fn len(&self) -> usize {
        self.len + self.zero.is_some() as usize
    }

    /// Forgets every key, keeping the room.
    pub(crate) fn clear(&mut self) {
        self.slots.fill((0, V::default()));
        self.len = 0;
        self.zero = None;
    }

    /// The slot of `key` (not 0), or of the empty slot where it would go. `slots` has an
    /// empty slot, so the probe ends.
    #[inline]
    fn find(&self, key: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            match self.slots[i].0 {
                k if k == key => return Ok(i),
                0 => return Err(i),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The value of `key`.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<&V> {
        if key == 0 {
            return self.zero.as_ref();
        }
        if self.slots.is_empty() {
            return None;
        }
        self.find(key).ok().map(|i| &self.slots[i].1)
    }

    /// The value of `key`, made by `make` if it has none.
    #[inline]
    pub(crate) fn get_or_insert_with(&mut self, key: u64, make: impl FnOnce() -> V) -> &mut V {
        if key == 0 {
            return self.zero.get_or_insert_with(make);
        }
        if self.slots.is_empty() {
            self.grow();
        }
        let i = match self.find(key) {
            Ok(i) => return &mut self.slots[i].1,
            Err(i) if 2 * (self.len + 1) <= self.slots.len() => i,
            Err(_) => {
                self.grow();
                self.find(key).expect_err("a new key")
            }
        };
        self.len += 1;
        self.slots[i] = (key, make());
        &mut self.slots[i].1
    }

    /// Doubles the slots (to 16 from none) and puts the keys back.
    #[cold]
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(16);
        let old = std::mem::replace(&mut self.slots, vec![(0, V::default()); size]);
        for (key, value) in old {
            if key != 0 {
                let i = self.find(key).expect_err("keys are distinct");
                self.slots[i] = (key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Hashed;
    use proptest::prelude::*;

    proptest! {
        /// The same answers as a `HashMap`, keys clustered in few slots and key 0 included.
        #[test]
        fn same_as_a_hash_map(keys in proptest::collection::vec(0u64..64, 0..200), spread in 0u32..3) {
            let mut ours: Hashed<u32> = Hashed::with_capacity(3);
            let mut theirs = std::collections::HashMap::new();
            for (n, &k) in keys.iter().enumerate() {
                let k = k << (spread * 20);
                *ours.get_or_insert_with(k, || n as u32) += 1;
                *theirs.entry(k).or_insert(n as u32) += 1;
                prop_assert_eq!(ours.len(), theirs.len());
            }
            for k in 0..64u64 {
                let k = k << (spread * 20);
                prop_assert_eq!(ours.get(k), theirs.get(&k));
            }
            ours.clear();
            prop_assert_eq!(ours.len(), 0);
            prop_assert_eq!(ours.get(keys.first().copied().unwrap_or(0) << (spread * 20)), None);
        }
    }
}
