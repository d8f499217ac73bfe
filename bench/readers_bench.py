"""The readers on the 150-page report: pages per second of each, and `index add` end to end.

    .venv/bin/python bench/readers_bench.py            # figures into bench/out/readers.json
                                                       # and docs/benchmarks-readers.md

The 150-page report is bench/out/long-report.pdf (bench/make_long_report.py, LibreOffice) when
it is there; without LibreOffice, the same long source is printed by headless Chromium from its
HTML (bench/out/long-report-chromium.pdf, cut to 150 pages). Reading is timed in this process
(median of READ_REPEATS, after one warm-up read); `index add` runs as a cold child process with
its own fresh index, once per reader, and its reading part is reported apart from embedding
(the embedder is another helper's work in progress).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

READ_REPEATS = 3
PAGES = 150


def long_report() -> Path:
    libreoffice = OUT / "long-report.pdf"
    if libreoffice.exists():
        return libreoffice
    chromium = OUT / "long-report-chromium.pdf"
    if chromium.exists():
        return chromium
    import pypdf
    from make_long_report import REPEATS, long_examples

    OUT.mkdir(parents=True, exist_ok=True)
    with long_examples(REPEATS + 1) as mx:
        markup = mx.report_html()
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as tmp:
        page = Path(tmp) / "long-report.html"
        page.write_text(markup, encoding="utf-8")
        rendered = mx.chromium_pdf(page, Path(tmp) / "long.pdf")
        reader = pypdf.PdfReader(str(rendered))
        writer = pypdf.PdfWriter()
        for p in reader.pages[:PAGES]:
            writer.add_page(p)
        with open(chromium, "wb") as f:
            writer.write(f)
    return chromium


def time_reading(pdf: Path, reader: str) -> dict:
    import index

    index.read_source(pdf, reader)          # warm: imports, page cache
    pages_s, total_s = [], []
    for _ in range(READ_REPEATS):
        t = time.perf_counter()
        pages = index.read_pages(pdf, reader)
        t_pages = time.perf_counter() - t
        paragraphs = index.split_paragraphs(pages)
        index.make_chunks(paragraphs)
        total_s.append(time.perf_counter() - t)
        pages_s.append(t_pages)
    reading = index.read_source(pdf, reader)
    return {"pages": len(pages), "read_pages_s": statistics.median(pages_s),
            "pages_per_s": len(pages) / statistics.median(pages_s),
            "reading_total_s": statistics.median(total_s),
            "numbered": sum(1 for p in reading.paragraphs if p.section and "." in p.section),
            "units": [(p.kind.value, p.section, p.label, p.text) for p in reading.paragraphs]}


def time_add(pdf: Path, reader: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1"}
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "verifier", "index", "add", str(pdf),
                               "--index", tmp, "--reader", reader],
                              env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"index add failed: {done.stderr}")
    return {"add_s": elapsed, "stdout": done.stdout.strip()}


def main() -> int:
    pdf = long_report()
    results = {"pdf": str(pdf.relative_to(ROOT)), "cpus": os.cpu_count(),
               "load_before": os.getloadavg()[0], "python": platform.python_version(),
               "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "readers": {}}
    for reader in ("pypdf", "pdfium"):
        results["readers"][reader] = {**time_reading(pdf, reader), **time_add(pdf, reader)}
    units = {r: results["readers"][r].pop("units") for r in ("pypdf", "pdfium")}
    results["same_units"] = units["pypdf"] == units["pdfium"]
    results["load_after"] = os.getloadavg()[0]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "readers.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    a, b = results["readers"]["pypdf"], results["readers"]["pdfium"]
    lines = [
        "# Readers on the 150-page report",
        "",
        f"Measured by `bench/readers_bench.py` on {results['date']}: {results['pdf']}, "
        f"{a['pages']} pages, {a['numbered']} numbered paragraphs; {results['cpus']} CPUs "
        f"shared with other work (load average {results['load_before']:.1f} before, "
        f"{results['load_after']:.1f} after), Python {results['python']}. Both readers give "
        f"{'the same' if results['same_units'] else 'DIFFERENT'} units (kind, number, label, text).",
        "",
        "| | pypdf | pdfium | pdfium / pypdf |",
        "|---|---|---|---|",
        f"| `read_pages` (s) | {a['read_pages_s']:.2f} | {b['read_pages_s']:.2f} | "
        f"{b['read_pages_s'] / a['read_pages_s']:.2f} |",
        f"| pages per second | {a['pages_per_s']:.0f} | {b['pages_per_s']:.0f} | "
        f"{b['pages_per_s'] / a['pages_per_s']:.1f}x |",
        f"| reading: pages + paragraphs + chunks (s) | {a['reading_total_s']:.2f} | "
        f"{b['reading_total_s']:.2f} | {b['reading_total_s'] / a['reading_total_s']:.2f} |",
        f"| `verifier index add` end to end, cold, embedding included (s) | {a['add_s']:.1f} | "
        f"{b['add_s']:.1f} | {b['add_s'] / a['add_s']:.2f} |",
        "",
        "Reading is in-process, median of 3 after a warm-up; `index add` is one cold child "
        "process per reader with a fresh index (interpreter start, imports, model load, "
        "embedding with the MiniLM model of the day, saving).",
        "",
    ]
    (ROOT / "docs" / "benchmarks-readers.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
