"""Run every benchmark and write docs/benchmarks.md (overwritten each run). `make bench` runs this.

    .venv/bin/python bench/run.py            # everything (about 5 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # fewer repeats, no 30 s load test

Raw figures go to bench/out/results.json; the long report, indexes and motions to bench/out/.
No test asserts on these numbers: they are for reading, with the machine they came from.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import check_bench
import index_bench
import web_bench
from common import OUT, ROOT, VERIFIER, load_average, machine, run_child, wait_for_quiet
from make_long_report import make_long_report
from motions import write_motions
from render import render

REPORT_PDF = ROOT / "examples" / "report.pdf"
LETTER_PDF = ROOT / "examples" / "letter.pdf"
DOC = ROOT / "docs" / "benchmarks.md"


def build_index(target: Path) -> Path:
    """The index the check benchmarks search: the example report and letter, as in `make demo`."""
    shutil.rmtree(target, ignore_errors=True)
    for pdf, title, alias in (
            (REPORT_PDF, "Best Value Inspection of the London Borough of Eastmarsh", "BVI report"),
            (LETTER_PDF, "Letter from the Secretary of State to the Chief Executive, "
                         "12 November 2024", "Letter from SoS to CEX 12/11/24")):
        run = run_child([VERIFIER, "index", "add", str(pdf), "--index", str(target),
                         "--title", title, "--alias", alias])
        if run.returncode != 0:
            raise SystemExit(f"bench: cannot build the index: {run.stderr}")
    return target


def section(name: str, results: dict, func, *args):
    """Run one benchmark section after the machine quietens; note the load it ran under."""
    load_before = wait_for_quiet()
    print(f"bench: {name} (load {load_before:.2f})", file=sys.stderr, flush=True)
    t = time.perf_counter()
    value = func(*args)
    results["loads"][name] = {"before": load_before, "after": load_average(),
                              "seconds": time.perf_counter() - t}
    results[name] = value
    return value


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats, a 5 s load test")
    args = ap.parse_args(argv)
    if args.quick:
        index_bench.E2E_REPEATS = 1
        check_bench.COLD_REPEATS = 3
        web_bench.LOAD_SECONDS = 5
    OUT.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    long_pdf = make_long_report()
    lexical, semantic = write_motions(OUT)
    index_dir = build_index(OUT / "index-example")

    results: dict = {"date": started.isoformat(timespec="seconds"), "machine": machine(),
                     "quick": args.quick, "loads": {}}
    section("index_report", results, index_bench.measure, REPORT_PDF, index_bench.E2E_REPEATS)
    section("index_long", results, index_bench.measure, long_pdf,
            max(1, index_bench.E2E_REPEATS - 1))
    section("check", results, check_bench.measure, index_dir, lexical, semantic, REPORT_PDF)
    section("web", results, web_bench.measure, index_dir, lexical, semantic)
    results["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")

    (OUT / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(render(results) + _kept_sections(), encoding="utf-8")
    print(f"bench: wrote {DOC.relative_to(ROOT)} and {(OUT / 'results.json').relative_to(ROOT)}",
          file=sys.stderr)
    return 0


def _kept_sections() -> str:
    """The sections `speed_bench.py`, `slow_clients_bench.py` and `hostile_bench.py` write
    between their markers, kept across this rewrite."""
    import hostile_bench
    import slow_clients_bench
    import speed_bench

    old = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
    kept = ""
    for begin, end in ((speed_bench.BEGIN, speed_bench.END),
                       (slow_clients_bench.BEGIN, slow_clients_bench.END),
                       (hostile_bench.BEGIN, hostile_bench.END)):
        if begin in old and end in old:
            kept += "\n" + old[old.index(begin):old.index(end) + len(end)] + "\n"
    return kept


if __name__ == "__main__":
    sys.exit(main())
