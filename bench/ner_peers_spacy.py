"""spaCy small on CoNLL documents for bench/ner_peers.mjs: reads a JSON list of texts on
stdin, writes a JSON list of entity lists [[start, end, label], ...] (UTF-16-free: the
texts are ASCII-safe character offsets as Python counts them)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spacy_bench import load_model  # noqa: E402  (NER component only, as in the speed bench)

nlp = load_model()
texts = json.load(sys.stdin)
out = []
for doc in nlp.pipe(texts, batch_size=32):
    out.append([[e.start_char, e.end_char, e.label_] for e in doc.ents])
json.dump(out, sys.stdout)
