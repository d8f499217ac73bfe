"""`verifier index add`: how fast a report is read, embedded and stored, and what dominates.

Two measurements per PDF:
- `stages` (a probe in a fresh interpreter): the add pipeline run stage by stage through the
  public `index` API, each stage timed: imports, reading (read_pages + split_paragraphs +
  make_chunks), the embedding backend's import and model load, embedding, saving; plus cProfile of the reading stage.
- end to end: `verifier index add PDF --index <new dir>` as a child process, cold, with its
  peak resident memory (ru_maxrss from os.wait4).

    .venv/bin/python bench/index_bench.py probe stages PDF   # one probe, JSON on stdout
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, VERIFIER, emit, median, probe, profile_top, run_child

READ_REPEATS = 3          # reading is repeated in-process and the median kept
E2E_REPEATS = 3


def stages_probe(pdf: str) -> dict:
    """Every stage of `index add`, timed in one cold process."""
    t0 = time.perf_counter()
    import index
    t_import = time.perf_counter() - t0

    reads = []
    for _ in range(READ_REPEATS):
        t = time.perf_counter()
        pages = index.read_pages(pdf)
        t_pages = time.perf_counter() - t
        paragraphs = index.split_paragraphs(pages)
        t_split = time.perf_counter() - t - t_pages
        chunks = index.make_chunks(paragraphs)
        t_total = time.perf_counter() - t
        reads.append((t_total, t_pages, t_split, t_total - t_pages - t_split))
    reads.sort()
    t_read, t_pages, t_split, t_chunks = reads[len(reads) // 2]
    _, hot_reading = profile_top(lambda: index.make_chunks(index.split_paragraphs(
        index.read_pages(pdf))))

    t = time.perf_counter()
    sha = index.file_sha256(pdf)
    t_sha = time.perf_counter() - t

    embedder = index.Embedder()
    t = time.perf_counter()
    # The embedding backend's own imports: onnxruntime and tokenizers by default,
    # sentence-transformers (and torch) with VERIFIER_EMBEDDING_BACKEND=sentence-transformers.
    if embedder.backend == "onnx":
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    else:
        import sentence_transformers  # noqa: F401
    t_backend = time.perf_counter() - t
    t = time.perf_counter()
    _ = embedder.dimension                       # loads the model
    t_load = time.perf_counter() - t

    texts = [c.text for c in chunks]
    t, cpu = time.perf_counter(), time.process_time()
    vectors = embedder.embed(texts)
    t_embed = time.perf_counter() - t
    cpu_embed = time.process_time() - cpu
    _, hot_embedding = profile_top(lambda: embedder.embed(texts[:64]), n=6)

    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        store = index.open_index(Path(tmp) / "index", create=True)
        read = index.ReadReport(path=pdf, sha256=sha, pages=pages, paragraphs=paragraphs)
        t = time.perf_counter()
        store.save_document(read, title=index.guess_title(pages, pdf), aliases=(),
                            chunks=chunks, vectors=vectors, model_name=embedder.model_name)
        t_save = time.perf_counter() - t

    return {
        "pdf": pdf, "pages": len(pages), "paragraphs": len(paragraphs), "chunks": len(chunks),
        "words": sum(len(c.text.split()) for c in chunks),
        "import_index_s": t_import, "read_s": t_read, "read_pages_s": t_pages,
        "split_paragraphs_s": t_split, "make_chunks_s": t_chunks, "sha256_s": t_sha,
        "import_backend_s": t_backend, "backend": embedder.backend, "model_load_s": t_load, "embed_s": t_embed,
        "save_s": t_save, "embed_cpu_s": cpu_embed, "pages_per_s": len(pages) / t_read,
        "chunks_per_s": len(chunks) / t_embed if t_embed else 0.0,
        "hot_reading": hot_reading, "hot_embedding": hot_embedding,
    }


def end_to_end(pdf: Path, repeats: int = E2E_REPEATS) -> dict:
    """`verifier index add` into a new index, cold, `repeats` times: median seconds, peak RSS."""
    runs = []
    for _ in range(repeats):
        target = Path(tempfile.mkdtemp(prefix="bench-add-", dir=OUT))
        try:
            run = run_child([VERIFIER, "index", "add", str(pdf), "--index", str(target / "ix")])
        finally:
            shutil.rmtree(target, ignore_errors=True)
        if run.returncode != 0:
            raise RuntimeError(f"verifier index add {pdf} failed:\n{run.stderr}")
        runs.append(run)
    return {"seconds": [r.seconds for r in runs], "median_s": median([r.seconds for r in runs]),
            "min_s": min(r.seconds for r in runs),
            "cpu_s": median([r.cpu_s for r in runs]),
            "max_rss_mb": max(r.max_rss_mb for r in runs), "output": runs[0].stdout.strip()}


def measure(pdf: Path, repeats: int = E2E_REPEATS) -> dict:
    """Stage timings and end-to-end figures for one PDF."""
    stages = probe("index_bench.py", "probe", "stages", str(pdf))
    e2e = end_to_end(pdf, repeats)
    # Shares come from the stage run alone: on a shared machine the end-to-end runs and the
    # stage run see different contention, so mixing them gives shares that do not add up.
    parts = {
        "import index": stages["import_index_s"],
        "reading (read_pages + split + chunks)": stages["read_s"],
        f"import the embedding backend ({stages['backend']})": stages["import_backend_s"],
        "model load": stages["model_load_s"],
        "embedding": stages["embed_s"],
        "saving (SQLite + FAISS)": stages["save_s"],
    }
    total = sum(parts.values())
    dominant = max(parts.items(), key=lambda kv: kv[1])
    return {"pdf": str(pdf.relative_to(OUT.parent.parent)) if pdf.is_relative_to(OUT.parent.parent)
            else str(pdf), "stages": stages, "e2e": e2e, "breakdown": parts,
            "breakdown_total_s": total, "dominant": dominant[0],
            "dominant_share": dominant[1] / total}


if __name__ == "__main__":
    if sys.argv[1:3] == ["probe", "stages"]:
        emit(stages_probe(sys.argv[3]))
    else:
        sys.exit(__doc__)
