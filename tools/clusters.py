#!/usr/bin/env python3
"""Derives model/clusters.bin, the entity tagger's word clusters, from spaCy's Brown clusters.

Source: the PyPI package spacy-lookups-data 1.0.5 (MIT licence, ExplosionAI GmbH), files
spacy_lookups_data/data/en_lexeme_cluster.json.gz (Brown cluster of 190,129 English word
forms, about 1,000 clusters; the rest of its million forms have cluster 0) and
en_lexeme_prob.json.gz (each form's log probability). Fetch it without installing:

    pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/sld
    python3 tools/clusters.py /tmp/sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl [--words N] [--key-bits B] [--out PATH]

The defaults (40,000 words, 22-bit keys) make the committed model/clusters.bin, byte for
byte (93,520 bytes, 84 KB gzipped); model/README.md has what other sizes scored. Only
capitalised forms are kept (`--all-forms`: every form), the N most probable of them, case
as written ("Paris" and "PARIS" are two forms; an all-caps form is dropped when its
title-case form is kept, since the lookup falls back to it). Keys are hashes, not words:
two forms may share a key (the more probable keeps it), and a form not in the table
matches one of its keys with probability N / 2^B (1% here). A cluster is its path in the
Brown hierarchy, as spaCy stores it: an int whose lowest bit is the path's first branch,
so the path's first k branches are `path & ((1 << k) - 1)`. The output is deterministic. Format (little-endian):

    b"FLCL", u8 version (1), u8 key bits B, u16 cluster count C, u32 word count N,
    C x u32 paths, most common cluster first;
    the N word keys (the low B bits of each form's 64-bit FNV-1a hash, seeded as
    `features::exact_hash`), sorted, as Rice-coded gaps: u8 Rice parameter r, then
    per key its gap's quotient in unary (q one bits, a zero bit) and r low bits, bits
    filled from each byte's lowest; padded to a byte;
    N x u8 cluster numbers (in key order) for the first 255 clusters; 255 means
    "read a u16 from the overflow list", which follows as u16s in key order.

The licence of the source (MIT) is in model/clusters.LICENSE.
"""
import argparse
import gzip
import json
import struct
import zipfile

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK = (1 << 64) - 1

# features::normal: typographic variants mapped to CoNLL's ASCII forms.
NORMAL = {}
for c in "\u2018\u2019\u201b`\u00b4":
    NORMAL[c] = "'"
for c in "\u201c\u201d\u201e\u00ab\u00bb":
    NORMAL[c] = '"'
for c in "\u2010\u2011\u2012\u2013\u2014\u2212":
    NORMAL[c] = "-"


def exact_hash(word):
    """features::exact_hash: FNV-1a over the UTF-8 bytes, offset ^ 1, normalised chars."""
    h = FNV_OFFSET ^ 1
    for c in word:
        for b in NORMAL.get(c, c).encode("utf-8"):
            h = ((h ^ b) * FNV_PRIME) & MASK
    return h


class Bits:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, value, width):
        self.acc |= value << self.n
        self.n += width
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def finish(self):
        if self.n:
            self.out.append(self.acc & 0xFF)
        return bytes(self.out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wheel")
    ap.add_argument("--words", type=int, default=40000)
    ap.add_argument("--key-bits", type=int, default=22)
    ap.add_argument("--out", default="model/clusters.bin")
    ap.add_argument("--all-forms", action="store_true", help="lower-case forms too")
    a = ap.parse_args()
    if not 1 <= a.key_bits <= 32:
        ap.error("--key-bits must be 1-32: the library reads 32-bit keys and refuses a table with more")
    if a.words < 1:
        ap.error("--words must be at least 1")
    with zipfile.ZipFile(a.wheel) as z:
        load = lambda name: json.loads(gzip.decompress(z.read("spacy_lookups_data/data/" + name)))
        clusters = load("en_lexeme_cluster.json.gz")
        prob = load("en_lexeme_prob.json.gz")
    forms = [w for w, c in clusters.items() if c and w.strip() and " " not in w and "\n" not in w]
    if not a.all_forms:
        # Capitalised forms only: names are what the tagger lacks; lower-case words are
        # mostly in eng.train, where the word features see them already.
        forms = [w for w in forms if w[0].isupper()]
    # Most probable first; ties by the form itself, so the choice is deterministic.
    forms.sort(key=lambda w: (-prob.get(w, -100.0), w))
    keep = forms[: a.words]
    if not a.all_forms:
        # An all-caps form whose title-case form is kept is looked up as that one
        # ("GERMANY" as "Germany"): the run-time lookup falls back to it.
        kept = set(keep)
        caps = [w for w in keep if len(w) > 1 and w.isupper() and w[0] + w[1:].lower() in kept]
        drop = set(caps)
        keep = [w for w in forms if w not in drop][: a.words]
    keyed = {}
    for w in keep:
        k = exact_hash(w) & ((1 << a.key_bits) - 1)
        keyed.setdefault(k, clusters[w])  # on a key collision the more probable form wins
    counts = {}
    for c in keyed.values():
        counts[c] = counts.get(c, 0) + 1
    paths = sorted(counts, key=lambda c: (-counts[c], c))
    number = {c: i for i, c in enumerate(paths)}
    keys = sorted(keyed)
    if not keys:
        raise SystemExit("no word forms with a cluster in the wheel: nothing to write")
    gaps = [keys[0]] + [b - a_ for a_, b in zip(keys, keys[1:])]
    mean = sum(gaps) / len(gaps)
    r = max(0, int(mean).bit_length() - 1)
    bits = Bits()
    for g in gaps:
        q = g >> r
        for _ in range(q):
            bits.put(1, 1)
        bits.put(0, 1)
        if r:
            bits.put(g & ((1 << r) - 1), r)
    small = bytearray()
    overflow = bytearray()
    for k in keys:
        n = number[keyed[k]]
        if n < 255:
            small.append(n)
        else:
            small.append(255)
            overflow += struct.pack("<H", n)
    out = bytearray(b"FLCL")
    out += struct.pack("<BBHI", 1, a.key_bits, len(paths), len(keys))
    for c in paths:
        out += struct.pack("<I", c)
    out += struct.pack("<B", r)
    out += bits.finish()
    out += small
    out += overflow
    with open(a.out, "wb") as f:
        f.write(out)
    gz = len(gzip.compress(bytes(out), 9))
    print(f"{a.out}: {len(keys)} words ({len(keep) - len(keys)} key collisions), {len(paths)} clusters, "
          f"Rice r={r}, {len(out)} bytes, {gz} gzip -9")


if __name__ == "__main__":
    main()
