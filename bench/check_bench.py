"""`verifier check` against a built index: cold start, per-quotation time, and a brute-force scan.

- cold: `verifier check MOTION --index DIR` as a child process, repeated; `python -X importtime`
  names the heaviest imports and shows whether torch is among them.
- in process (a probe in a fresh interpreter): the first check, then warm checks; each
  quotation's own time; whether torch was imported (sys.modules); cProfile of warm checks.
- brute force, same process: pypdf text extracted afresh, cut into paragraphs at numbered
  lines, then rapidfuzz `fuzz.partial_ratio` of every quotation against every paragraph.
- the semantic motion (paraphrases, inventions): cold end to end, and per quotation once the
  model is loaded.

    .venv/bin/python bench/check_bench.py probe lexical INDEX MOTION PDF
    .venv/bin/python bench/check_bench.py probe semantic INDEX MOTION
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from common import PYTHON, VERIFIER, emit, median, p95, probe, profile_top, run_child

COLD_REPEATS = 5
WARM_REPEATS = 10
# A paragraph of the brute-force scan starts at a line "4.50 …", as a quick script would cut it.
_NUMBERED_LINE = re.compile(r"^(\d{1,2}\.\d{1,3})\s")


def lexical_probe(index_dir: str, motion_path: str, pdf: str) -> dict:
    t0 = time.perf_counter()
    from index import open_index
    from verifier.judging.check import check_motion
    from verifier.reading.motions import read_motion
    from verifier.reading.quotations import find_quotations
    t_import = time.perf_counter() - t0

    t = time.perf_counter()
    motion = read_motion(motion_path)
    report = check_motion(motion, open_index(index_dir))
    t_first = time.perf_counter() - t
    torch_loaded = "torch" in sys.modules or "sentence_transformers" in sys.modules

    warm = []
    for _ in range(WARM_REPEATS):
        t = time.perf_counter()
        check_motion(read_motion(motion_path), open_index(index_dir))
        warm.append(time.perf_counter() - t)

    t_load, t_corpus, per_quote = _stages(index_dir, motion)
    quotations = find_quotations(motion.text)

    _, hot_check = profile_top(lambda: [check_motion(read_motion(motion_path),
                                                     open_index(index_dir)) for _ in range(5)])
    results = report.results
    brute = brute_force([q.text for q in quotations], [r.quotation.citation.sections
                                                       for r in results], pdf)
    warm_median = median(warm)
    return {
        "quotations": len(results),
        "verdicts": _count(r.verdict.value for r in results),
        "methods": _count(r.found.method if r.found else "none" for r in results),
        "citations": _count(r.citation.value for r in results),
        "torch_imported": torch_loaded,
        "import_s": t_import, "first_check_s": t_first,
        "warm_check_median_s": warm_median, "warm_check_p95_s": p95(warm),
        "load_paragraphs_s": t_load, "corpus_build_s": t_corpus,
        "per_quote_median_s": median(per_quote) if per_quote else None,
        "per_quote_max_s": max(per_quote) if per_quote else None,
        "warm_check_per_quote_s": warm_median / max(1, len(results)),
        "brute": brute, "hot_check": hot_check,
    }


def _stages(index_dir: str, motion) -> tuple[float | None, float | None, list[float]]:
    """One check's stages timed apart: reading paragraphs, laying out the corpus, each quotation.

    These use verifier's inner names (check_quotation, Corpus, Sources), which move as the code
    does: if they have changed, the breakdown is left out rather than the benchmark failing.
    """
    from index import open_index
    from verifier.reading.quotations import find_quotations
    try:
        from verifier.judging.check import check_quotation, choose_documents
        from verifier.search.corpus import Corpus
        from verifier.search.matching import Sources
    except ImportError:
        return None, None, []
    from verifier.search.session import Session
    store = open_index(index_dir)
    t = time.perf_counter()
    documents = choose_documents(Session(store), None)
    for doc in documents:
        store.paragraphs(doc.id)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    corpus = Corpus(documents, store)
    t_corpus = time.perf_counter() - t
    try:
        sources = Sources(corpus)      # no search by meaning: these quotations are lexical
        per_quote = []
        for q in find_quotations(motion.text):
            t = time.perf_counter()
            check_quotation(q, sources, documents)
            per_quote.append(time.perf_counter() - t)
    except TypeError:
        per_quote = []
    return t_load, t_corpus, per_quote


def brute_force(quotes: list[str], cited: list[tuple[str, ...]], pdf: str) -> dict:
    """Every quotation against every paragraph with fuzz.partial_ratio, text from pypdf afresh."""
    import pypdf
    from rapidfuzz import fuzz

    t = time.perf_counter()
    reader = pypdf.PdfReader(pdf)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    t_extract = time.perf_counter() - t

    t = time.perf_counter()
    paragraphs: list[tuple[str | None, str]] = [(None, "")]
    for line in text.split("\n"):
        m = _NUMBERED_LINE.match(line)
        if m:
            paragraphs.append((m.group(1), line[m.end():]))
        else:
            section, body = paragraphs[-1]
            paragraphs[-1] = (section, body + " " + line)
    best = []
    for quote in quotes:
        scores = [fuzz.partial_ratio(quote, body) for _, body in paragraphs]
        k = max(range(len(scores)), key=scores.__getitem__)
        best.append((paragraphs[k][0], scores[k]))
    t_scan = time.perf_counter() - t
    right = sum(1 for (section, _), sections in zip(best, cited) if section in sections)
    return {"extract_s": t_extract, "scan_s": t_scan, "total_s": t_extract + t_scan,
            "paragraphs": len(paragraphs), "pairs": len(paragraphs) * len(quotes),
            "cited_paragraph_best": right, "median_best_score": median([s for _, s in best])}


def semantic_probe(index_dir: str, motion_path: str) -> dict:
    """The paraphrase motion in one process: first check (model loads) and warm ones."""
    from index import open_index
    from verifier.judging.check import check_motion
    from verifier.reading.motions import read_motion

    t = time.perf_counter()
    report = check_motion(read_motion(motion_path), open_index(index_dir))
    t_first = time.perf_counter() - t
    warm = []
    for _ in range(3):
        t = time.perf_counter()
        check_motion(read_motion(motion_path), open_index(index_dir))
        warm.append(time.perf_counter() - t)
    store = open_index(index_dir)
    _, hot = profile_top(lambda: check_motion(read_motion(motion_path), store), n=10,
                         sort="cumtime")
    n = max(1, len(report.results))
    return {"hot_semantic": hot,"quotations": len(report.results),
            "verdicts": _count(r.verdict.value for r in report.results),
            "methods": _count(r.found.method if r.found else "none" for r in report.results),
            "first_check_s": t_first, "warm_check_median_s": median(warm),
            "warm_per_quote_s": median(warm) / n}


def cold(index_dir: Path, motion: Path, repeats: int | None = None) -> dict:
    """`verifier check MOTION --index DIR`, a fresh process each time."""
    runs = [run_child([VERIFIER, "check", str(motion), "--index", str(index_dir)])
            for _ in range(repeats or COLD_REPEATS)]
    bad = [r for r in runs if r.returncode not in (0, 1)]
    if bad:
        raise RuntimeError(f"verifier check {motion} failed:\n{bad[0].stderr}")
    seconds = [r.seconds for r in runs]
    return {"seconds": seconds, "median_s": median(seconds), "min_s": min(seconds),
            "cpu_s": median([r.cpu_s for r in runs]),
            "max_rss_mb": max(r.max_rss_mb for r in runs),
            "summary": next((line for line in runs[0].stdout.splitlines()
                             if re.match(r"\d+ quotations?:", line)), "")}


def import_times(index_dir: Path, motion: Path, top: int = 8) -> dict:
    """`python -X importtime -m verifier check …`: the heaviest top-level imports; torch or not."""
    run = run_child([PYTHON, "-X", "importtime", "-m", "verifier", "check", str(motion),
                     "--index", str(index_dir)])
    rows = []
    for line in run.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    modules = {name for _, _, name in rows}
    top_level = sorted((r for r in rows if r[1] == 1), reverse=True)[:top]
    return {"torch_imported": any(m == "torch" or m.startswith("torch.") for m in modules),
            "sentence_transformers_imported": "sentence_transformers" in modules,
            "faiss_imported": "faiss" in modules,
            "total_import_s": sum(us for us, depth, _ in rows if depth == 1) / 1e6,
            "top": [{"module": name, "cumulative_s": us / 1e6} for us, _, name in top_level]}


def measure(index_dir: Path, lexical: Path, semantic: Path, pdf: Path) -> dict:
    return {
        "cold": cold(index_dir, lexical),
        "importtime": import_times(index_dir, lexical),
        "inprocess": probe("check_bench.py", "probe", "lexical", str(index_dir), str(lexical),
                           str(pdf)),
        "semantic_cold": cold(index_dir, semantic, repeats=min(3, COLD_REPEATS)),
        "semantic_inprocess": probe("check_bench.py", "probe", "semantic", str(index_dir),
                                    str(semantic)),
    }


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


if __name__ == "__main__":
    if sys.argv[1:3] == ["probe", "lexical"]:
        emit(lexical_probe(*sys.argv[3:6]))
    elif sys.argv[1:3] == ["probe", "semantic"]:
        emit(semantic_probe(*sys.argv[3:5]))
    else:
        sys.exit(__doc__)
