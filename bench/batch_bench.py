"""`verifier batch` throughput: pack pages per second on generated agenda packs.

    .venv/bin/python bench/batch_bench.py [--packs 20] [--min-pages 100] [--max-pages 300]

Generates N agenda packs of 100-300 pages into bench/out/packs/ (drawn with reportlab, the
example letter and report pages merged in and every page stamped, by tests/agenda_packs.py),
indexes the example report and letter, then runs `verifier batch` over all packs as a child
process three ways: --jobs 1, --jobs 2, and --scheduler on a two-worker dask LocalCluster
(loopback). For each: wall time, pages/s, peak resident memory of the largest process (the
batch child and its workers; for Dask each worker asks itself). Then one pack step by step in
this process: reading, item splitting, checking (first with the model loading, then warm).
Results go to bench/out/batch.json and are printed as Markdown for docs/batch.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

from common import OUT, ROOT, VERIFIER, child_env, load_average, run_child

sys.path.insert(0, str(ROOT / "tests"))
from agenda_packs import build_pack  # noqa: E402  the packs the tests use, made longer

PACKS = OUT / "packs"
INDEX = OUT / "batch-index"
BASE_PAGES = 20          # a pack with no padding
PAGES_PER_PADDING = 2    # each padding block adds about two pages


def make_packs(n: int, min_pages: int, max_pages: int) -> list[Path]:
    """N packs with page counts spread evenly over [min_pages, max_pages] (kept between runs)."""
    PACKS.mkdir(parents=True, exist_ok=True)
    rng = random.Random(9)
    paths = []
    for k in range(n):
        target = rng.randint(min_pages, max_pages)
        path = PACKS / f"pack-{k:02d}-{target}.pdf"
        if not path.exists():
            build_pack(path, title=f"Council meeting {k + 1}",
                       padding_pages=max(0, (target - BASE_PAGES) // PAGES_PER_PADDING), seed=k,
                       place_quotes=False)
        paths.append(path)
    for stale in PACKS.glob("*.pdf"):
        if stale not in paths:
            stale.unlink()
    return paths


def pages_of(paths: list[Path]) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(str(p)).pages) for p in paths)


def build_index() -> None:
    shutil.rmtree(INDEX, ignore_errors=True)
    for pdf, alias in ((ROOT / "examples" / "report.pdf", "BVI report"),
                       (ROOT / "examples" / "letter.pdf", "Letter from SoS to CEX 12/11/24")):
        run = run_child([VERIFIER, "index", "add", str(pdf), "--index", str(INDEX),
                         "--alias", alias])
        if run.returncode != 0:
            raise SystemExit(f"batch_bench: cannot build the index: {run.stderr}")


def run_batch(label: str, extra: list[str], pages: int) -> dict:
    out = OUT / f"batch-{label}"
    shutil.rmtree(out, ignore_errors=True)
    load = load_average()
    run = run_child([VERIFIER, "batch", str(PACKS), "--index", str(INDEX), "--output", str(out),
                     *extra], timeout=3600)
    if run.returncode not in (0, 1):
        raise SystemExit(f"batch_bench: {label} failed ({run.returncode}):\n{run.stderr[-2000:]}")
    print(f"batch_bench: {label}: {run.seconds:.1f} s, {pages / run.seconds:.1f} pages/s",
          file=sys.stderr, flush=True)
    return {"label": label, "seconds": run.seconds, "pages_per_second": pages / run.seconds,
            "max_rss_mb": run.max_rss_mb, "cpu_s": run.cpu_s, "load_before": load,
            "exit": run.returncode}


def run_dask(pages: int) -> dict:
    """The same batch through a two-worker LocalCluster on loopback."""
    import os

    import dask
    from distributed import Client, LocalCluster

    os.environ.update({k: v for k, v in child_env().items() if k in ("PYTHONPATH", "HF_HUB_OFFLINE",
                                                                   "TRANSFORMERS_OFFLINE")})
    with dask.config.set({"distributed.worker.daemon": False}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None) as cluster:
        result = run_batch("dask-2-workers", ["--scheduler", cluster.scheduler_address], pages)
        with Client(cluster.scheduler_address) as client:
            peaks = client.run(_own_peak_mb)
    result["worker_max_rss_mb"] = max(peaks.values())
    return result


def _own_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def steps(pack: Path) -> dict:
    """One pack, stage by stage, in this process."""
    from verifier.batch.worker import BatchContext, check_items, read_pack
    from verifier.reading.packs import split_items

    context = BatchContext(str(INDEX))
    t0 = time.perf_counter()
    read = read_pack(str(pack))
    t1 = time.perf_counter()
    items = split_items(list(read.pages), list(read.labels))
    t2 = time.perf_counter()
    _, quotes = check_items(read, items, str(pack), context)
    t3 = time.perf_counter()
    check_items(read, items, str(pack), context)
    t4 = time.perf_counter()
    return {"pack": pack.name, "pages": len(read.pages), "items": len(items),
            "quotations": len(quotes), "read_s": t1 - t0, "split_s": t2 - t1,
            "check_cold_s": t3 - t2, "check_warm_s": t4 - t3}


def markdown(r: dict) -> str:
    lines = [f"{r['packs']} packs, {r['pages']} pages ({r['min_pages']}-{r['max_pages']} "
             f"pages each), {r['nproc']} CPUs, load average {r['runs'][0]['load_before']:.2f} "
             "before the first run.", "",
             "| run | seconds | pages/s | ratio to --jobs 1 | peak memory of the largest process |",
             "|---|---|---|---|---|"]
    base = r["runs"][0]["seconds"]
    for run in r["runs"]:
        peak = run.get("worker_max_rss_mb", run["max_rss_mb"])
        lines.append(f"| {run['label']} | {run['seconds']:.1f} | {run['pages_per_second']:.1f} | "
                     f"{base / run['seconds']:.2f} | {peak:.0f} MiB |")
    s = r["steps"]
    lines += ["", f"One pack ({s['pages']} pages, {s['items']} items, {s['quotations']} "
              "quotations), in one process:", "",
              "| step | seconds | share |", "|---|---|---|"]
    total = s["read_s"] + s["split_s"] + s["check_cold_s"]
    for name, key in (("read (index.read_pages)", "read_s"), ("split into items", "split_s"),
                      ("check, model loading on first need", "check_cold_s"),
                      ("check again, warm", "check_warm_s")):
        share = f"{s[key] / total:.0%}" if key != "check_warm_s" else "-"
        lines.append(f"| {name} | {s[key]:.2f} | {share} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    import os

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packs", type=int, default=20)
    ap.add_argument("--min-pages", type=int, default=100)
    ap.add_argument("--max-pages", type=int, default=300)
    args = ap.parse_args(argv)
    paths = make_packs(args.packs, args.min_pages, args.max_pages)
    pages = pages_of(paths)
    print(f"batch_bench: {len(paths)} packs, {pages} pages", file=sys.stderr, flush=True)
    build_index()
    runs = [run_batch("--jobs 1", ["--jobs", "1"], pages),
            run_batch("--jobs 2", ["--jobs", "2"], pages),
            run_dask(pages)]
    result = {"packs": len(paths), "pages": pages, "min_pages": args.min_pages,
              "max_pages": args.max_pages, "nproc": os.cpu_count(), "runs": runs,
              "steps": steps(sorted(paths, key=lambda p: p.stat().st_size)[len(paths) // 2])}
    (OUT / "batch.json").write_text(json.dumps(result, indent=2) + "\n")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
