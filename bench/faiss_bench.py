"""FAISS index types for very large source collections: memory per million chunks, build time,
search time and recall against the exact search verifier uses today (IndexFlatIP).

    .venv/bin/python bench/faiss_bench.py [--chunks 200000] [--queries 200]

The vectors are 384-dimensional unit vectors (MiniLM's size) drawn around 2,000 random centres,
so that they cluster as sentence embeddings do; embedding a million real chunks with MiniLM on
these machines would take hours. Memory is measured twice: the serialised index's size, and
the growth of this process's resident memory while the index is built; both are linear in the
number of chunks and are given per million. Results go to bench/out/faiss.json and are printed
as Markdown for docs/batch.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from common import OUT

DIMENSION = 384
K = 5


def vectors(n: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    picks = rng.integers(0, len(centres), n)
    v = centres[picks] + rng.normal(scale=0.6 / np.sqrt(DIMENSION), size=(n, DIMENSION))
    v = v.astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def kinds(n: int):
    import faiss

    nlist = max(64, int(4 * np.sqrt(n)))
    yield "IndexFlatIP (today: exact)", lambda: faiss.IndexFlatIP(DIMENSION), None
    yield "IndexScalarQuantizer SQ8", lambda: faiss.IndexScalarQuantizer(
        DIMENSION, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT), None
    yield "IndexHNSWFlat M=32", lambda: _hnsw(faiss), None
    yield f"IndexIVFFlat nlist={nlist} nprobe=16", lambda: faiss.IndexIVFFlat(
        faiss.IndexFlatIP(DIMENSION), DIMENSION, nlist, faiss.METRIC_INNER_PRODUCT), 16
    yield f"IndexIVFPQ nlist={nlist} m=48 nprobe=16", lambda: faiss.IndexIVFPQ(
        faiss.IndexFlatIP(DIMENSION), DIMENSION, nlist, 48, 8, faiss.METRIC_INNER_PRODUCT), 16


def _hnsw(faiss):
    index = faiss.IndexHNSWFlat(DIMENSION, 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = 64
    return index


def main(argv=None) -> int:
    import faiss

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=200_000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args(argv)
    faiss.omp_set_num_threads(1)      # one batch worker's share of a 2-core machine
    rng = np.random.default_rng(3)
    centres = rng.normal(size=(2000, DIMENSION)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    data = vectors(args.chunks, rng, centres)
    queries = vectors(args.queries, rng, centres)
    truth = None
    rows = []
    for name, make, nprobe in kinds(args.chunks):
        before = rss_mb()
        t0 = time.perf_counter()
        index = make()
        if not index.is_trained:
            index.train(data[: min(len(data), 100_000)])
        index.add(data)
        build = time.perf_counter() - t0
        grown = rss_mb() - before
        if nprobe:
            index.nprobe = nprobe
        t0 = time.perf_counter()
        _, ids = index.search(queries, K)
        per_query_ms = (time.perf_counter() - t0) / len(queries) * 1000
        if truth is None:
            truth = ids
        recall = float(np.mean([len(set(a) & set(b)) / K for a, b in zip(ids, truth)]))
        size = faiss.serialize_index(index).nbytes
        scale = 1_000_000 / args.chunks
        rows.append({"index": name, "file_mb_per_million": size * scale / 2**20,
                     "rss_growth_mb_per_million": max(grown, 0) * scale,
                     "build_s": build, "search_ms_per_query": per_query_ms,
                     "recall_at_5": recall})
        print(f"faiss_bench: {name}: {size * scale / 2**20:.0f} MiB per million, "
              f"{per_query_ms:.2f} ms/query, recall {recall:.3f}", file=sys.stderr, flush=True)
        del index
    result = {"chunks": args.chunks, "queries": args.queries, "dimension": DIMENSION,
              "rows": rows}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "faiss.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"{args.chunks:,} chunks of {DIMENSION} dimensions, {args.queries} queries of k={K}, "
          "one thread; per million chunks by scaling (memory is linear).\n")
    print(f"| index | file per million | resident memory per million | build (s) | "
          f"search per query at {args.chunks:,} | recall@5 vs exact |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['index']} | {r['file_mb_per_million']:.0f} MiB | "
              f"{r['rss_growth_mb_per_million']:.0f} MiB | {r['build_s']:.1f} | "
              f"{r['search_ms_per_query']:.2f} ms | {r['recall_at_5']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
