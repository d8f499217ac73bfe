"""`verifier batch` throughput: pack pages per second on generated agenda packs.

    .venv/bin/python bench/batch_bench.py --workers-up [--before REV] [--packs 6] [--pages 100]
    .venv/bin/python bench/batch_bench.py [--packs 20] [--min-pages 100] [--max-pages 300]

--workers-up (issue 23): dense packs (about three quotations or claims about the sources per
ten pages, as a meeting that debates an inspection report) and packs with no quotation at all,
each run through verifier.batch.run.run_batch on a pool of two spawned workers in a fresh
process: the start-up (two workers, the model, the sources' passages) timed apart from the
packs once workers are up, and each worker's peak memory. With --before REV the same
measurement runs first on that commit's code (`git archive` into a temporary folder), so the
ratios come from one run on one machine. Results go to bench/out/batch-up.json.

Without it:
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
import textwrap
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
    _, quotes, _ = check_items(read, items, str(pack), context)
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


# ---------------------------------------------------------------- once workers are up (issue 23)

DENSE = OUT / "packs-dense"
NONE = OUT / "packs-none"
WARM_PACK = OUT / "packs-warm" / "warm.pdf"
# A dense pack's padding: a block of about three pages with one quotation or claim of the
# report in it, so about three per ten pages with the agenda's own motion.
SENTENCES_PER_BLOCK = 56


def dense_blocks(n: int, seed: int) -> tuple[tuple[str, ...], ...]:
    """`n` padding blocks, each filler with one quotation of, or claim about, a numbered
    paragraph of the example report (its own words, cited by paragraph)."""
    from agenda_packs import FILLER

    report = json.loads((ROOT / "examples" / "report.json").read_text())
    paragraphs = [p for p in report["paragraphs"] if p["section"] and p["kind"] == "numbered"
                  and len(p["text"].split()) > 25]
    rng = random.Random(seed)
    blocks = []
    for k in range(n):
        p = rng.choice(paragraphs)
        words = p["text"].split()
        if k % 2 == 0:
            at = rng.randint(0, max(0, len(words) - 14))
            quoted = " ".join(words[at:at + 12]).strip(",;:")
            line = f'The inspectors wrote at paragraph {p["section"]} of the BVI report that ' \
                   f'"{quoted}".'
        else:
            first = p["text"].split(". ")[0].rstrip(".")
            line = f'Paragraph {p["section"]} of the BVI report records that ' \
                   f'{first[0].lower() + first[1:]}.'
        filler = [rng.choice(FILLER) for _ in range(SENTENCES_PER_BLOCK)]
        spot = rng.randint(0, len(filler))
        blocks.append(tuple(filler[:spot] + [line] + filler[spot:]))
    return tuple(blocks)


def make_up_packs(n: int, pages: int) -> None:
    """N dense packs and N packs with no quotation, about `pages` pages each, and the small
    dense pack each worker warms up on (kept between runs)."""
    from pdfs import make_pdf

    from agenda_packs import FILLER

    for folder in (DENSE, NONE, WARM_PACK.parent):
        folder.mkdir(parents=True, exist_ok=True)
    if not WARM_PACK.exists():
        build_pack(WARM_PACK, place_quotes=False, extra_padding=dense_blocks(2, 99))
    for k in range(n):
        dense = DENSE / f"dense-{k:02d}.pdf"
        if not dense.exists():
            build_pack(dense, title=f"Council meeting {k + 1}", place_quotes=False, seed=k,
                       extra_padding=dense_blocks(max(1, (pages - BASE_PAGES) // 3), k))
        plain = NONE / f"none-{k:02d}.pdf"
        if not plain.exists():
            rng = random.Random(k)
            lines = [line for sentence in (rng.choice(FILLER) for _ in range(pages * 52))
                     for line in textwrap.wrap(sentence, 95)]
            cover = [["Public Document Pack", "London Borough of Eastmarsh", "Licensing Committee",
                      f"Date: Tuesday, {k + 1} April 2025"]]
            make_pdf(plain, cover + [lines[i:i + 50] for i in range(0, len(lines), 50)][:pages - 1])


def measure_up(kind: str, workers: int) -> dict:
    """In this (fresh) process: start-up of `workers` spawned workers, then the packs."""
    import concurrent.futures
    import multiprocessing

    from verifier.batch.run import PackJob, run_batch
    from verifier.batch.worker import BatchContext

    import dataclasses

    # One embedding thread a worker, as `verifier batch --jobs 2` gives each on two cores
    # (a commit from before that option: its default).
    fields = {f.name for f in dataclasses.fields(BatchContext)}
    context = BatchContext(str(INDEX), **({"threads": 1} if "threads" in fields else {}))
    paths = sorted((DENSE if kind == "dense" else NONE).glob("*.pdf"))
    jobs = [PackJob(str(p), p.stem, "") for p in paths]
    pool = concurrent.futures.ProcessPoolExecutor(workers,
                                                  mp_context=multiprocessing.get_context("spawn"))
    try:
        t0 = time.perf_counter()
        # Each warm-up holds its worker until all have warmed, so each worker gets one.
        barrier = multiprocessing.get_context("spawn").Manager().Barrier(workers)
        warm = dict(pool.map(_warm_up, [context] * workers, [barrier] * workers))
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        results = run_batch(jobs, context, pool)
        seconds = time.perf_counter() - t1
        after = list(pool.map(_peak_after, [barrier] * workers))
    finally:
        pool.shutdown()
    pages = sum(r.pages for _, r in results)
    quotes = sum(1 for _, r in results for q in r.quotes if q.concerns_sources)
    claims = sum(len(r.claims) for _, r in results)
    failed = [r.error for _, r in results if r.status != "ok"]
    if failed:
        raise SystemExit(f"batch_bench: packs failed: {failed}")
    return {"kind": kind, "workers": workers, "packs": len(results), "pages": pages,
            "quotes_about_sources": quotes, "claims": claims, "startup_s": startup,
            "startup_cpu_s": sum(warm.values()),
            "seconds": seconds, "pages_per_second": pages / seconds,
            # CPU of the packs: the workers' own and their PDF-reading children's, once up
            "cpu_s": sum(cpu - warm[pid] for pid, _, cpu, _ in after),
            "worker_peak_mb": max(peak for _, peak, _, _ in after),
            "reader_peak_mb": max(reader for _, _, _, reader in after)}


def _warm_up(context, barrier) -> tuple[int, float]:
    import os

    from verifier.batch.worker import check_pack

    check_pack(str(WARM_PACK), context)
    barrier.wait()
    return os.getpid(), _own_cpu_s()


def _peak_after(barrier) -> tuple[int, float, float, float]:
    import os

    barrier.wait()
    return os.getpid(), _own_peak_mb(), _own_cpu_s(), _kept_reader().peak_mb \
        if _kept_reader() else 0.0


def _kept_reader():
    """The worker's kept reading child (verifier.batch.worker._READING), None before it was."""
    from verifier.batch import worker

    return getattr(worker, "_READING", None)


def _own_cpu_s() -> float:
    """This process's CPU seconds, its reaped children's (a PDF read by a child of its own)
    and its kept reading child's so far (a worker's packs read by one child)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    kept = _kept_reader()
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + \
        (kept.child_cpu_s if kept else 0.0)


def run_up(code: Path, kind: str, workers: int) -> dict:
    """measure_up in a fresh interpreter whose verifier is the one in `code`."""
    import os
    import subprocess

    env = dict(child_env(), PYTHONPATH=f"{code}{os.pathsep}{ROOT / 'tests'}")
    run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure", kind,
                          "--workers", str(workers)], env=env, cwd=str(code),
                         capture_output=True, text=True, timeout=3600)
    if run.returncode != 0:
        raise SystemExit(f"batch_bench: {kind} on {code} failed:\n{run.stderr[-3000:]}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"batch_bench: {code.name} {kind}: start-up {result['startup_s']:.1f} s, "
          f"{result['pages']} pages in {result['seconds']:.1f} s, "
          f"{result['pages_per_second']:.0f} pages/s, {result['cpu_s']:.1f} CPU s",
          file=sys.stderr, flush=True)
    return result


def workers_up(before: str | None, n: int, pages: int, workers: int) -> dict:
    import os
    import subprocess
    import tempfile

    make_up_packs(n, pages)
    build_index()
    codes = []
    with tempfile.TemporaryDirectory() as tmp:
        if before:
            old = Path(tmp) / f"before-{before}"
            old.mkdir()
            archive = subprocess.run(["git", "archive", before], cwd=ROOT, check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            codes.append(("before", before, old))
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()
        codes.append(("after", head, ROOT))
        runs = []
        for label, rev, code in codes:
            for kind in ("dense", "none"):
                result = run_up(code, kind, workers)
                result.update(code=label, rev=rev, load_before=load_average())
                runs.append(result)
    out = {"nproc": os.cpu_count(), "runs": runs}
    (OUT / "batch-up.json").write_text(json.dumps(out, indent=2) + "\n")
    return out


def markdown_up(r: dict) -> str:
    lines = ["| code | packs | pages | quotations / claims about the sources | start-up (s) | "
             "packs once up (s) | pages/s once up | CPU ms a page | pages per CPU second | "
             "ratio to before (wall, CPU) | peak memory per worker (its kept reading child) |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    before = {run["kind"]: run for run in r["runs"] if run["code"] == "before"}
    for run in r["runs"]:
        base = before.get(run["kind"])
        ratio = (f"{run['pages_per_second'] / base['pages_per_second']:.2f}, "
                 f"{base['cpu_s'] / run['cpu_s']:.2f}") if base else "-"
        lines.append(f"| {run['code']} ({run['rev']}) | {run['packs']} {run['kind']} | "
                     f"{run['pages']} | {run['quotes_about_sources']} / {run['claims']} | "
                     f"{run['startup_s']:.1f} | {run['seconds']:.1f} | "
                     f"{run['pages_per_second']:.0f} | {1000 * run['cpu_s'] / run['pages']:.1f} | "
                     f"{run['pages'] / run['cpu_s']:.0f} | {ratio} | "
                     f"{run['worker_peak_mb']:.0f} MiB"
                     + (f" ({run['reader_peak_mb']:.0f} MiB)" if run.get("reader_peak_mb")
                        else "") + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    import os

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packs", type=int, default=20)
    ap.add_argument("--min-pages", type=int, default=100)
    ap.add_argument("--max-pages", type=int, default=300)
    ap.add_argument("--workers-up", action="store_true",
                    help="dense packs and packs with no quotation, timed once workers are up")
    ap.add_argument("--before", metavar="REV", help="with --workers-up: measure REV first")
    ap.add_argument("--pages", type=int, default=100, help="with --workers-up: pages a pack")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--measure", choices=("dense", "none"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_up(args.measure, args.workers)))
        return 0
    if args.workers_up:
        result = workers_up(args.before, args.packs if args.packs != 20 else 6, args.pages,
                            args.workers)
        print(markdown_up(result))
        return 0
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
