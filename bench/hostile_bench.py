"""Issue 24's hostile files at full size, read under the shipped limits; and what the bounded
PDF reader costs a normal report. Writes its own section of docs/benchmarks.md.

    .venv/bin/python bench/hostile_bench.py            # everything (about 5 minutes)
    .venv/bin/python bench/hostile_bench.py --normal   # only the normal reports' read times
    .venv/bin/python bench/hostile_bench.py --hostile  # only the hostile files

Hostile files (tests/hostile.py, the builders the tests use at small sizes), each given to
`verifier index add` (into an index holding one report), to `verifier check` as the motion,
and to `POST /api/check` as an upload through Flask's test client with the embedding model
loaded. Each run is a fresh interpreter (bench/common.run_child) that reports its own peak
resident memory (getrusage SELF) and its reading children's (getrusage CHILDREN: the largest
one), the exit code or status, the error line, the seconds, and whether the index directory is
byte for byte as it was. Targets (issue 24): ≤ 1 GB, ≤ 30 s, exit 2 / 4xx, one line.

Normal reports: `read_pages` in the bounded child against the same reader called in the
process (the path before issue 24), in turn, median of READ_REPEATS, on the first 100 pages of
bench/out/long-report.pdf (a normal 100-page report), the 150-page one and an 800-page agenda
pack (tests/agenda_packs.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import OUT, PYTHON, ROOT, emit, load_average, run_child  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))

DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- hostile:begin -->", "<!-- hostile:end -->"
HOSTILE_DIR = OUT / "hostile"
READ_REPEATS = 5
TARGET_MB, TARGET_S = 1024, 30

# name → (file name, builder arguments): the table at full size
FILES = {
    "pdf-300mb-stream": "report-300mb-stream.pdf",
    "docx-800mb-bomb": "report-800mb-bomb.docx",
    "docx-entity": "report-entity.docx",
    "html-100000-divs": "report-100000-divs.html",
    "html-xml-declaration": "report-xml-declaration.html",
}
MOTION = ("The Council notes that “the council must act on the findings of this report” "
          "(paragraph 1.1).\n")


def build_files() -> dict[str, Path]:
    import hostile

    HOSTILE_DIR.mkdir(parents=True, exist_ok=True)
    paths = {name: HOSTILE_DIR / file for name, file in FILES.items()}
    builders = {
        "pdf-300mb-stream": lambda p: hostile.big_stream_pdf(p, 300),
        "docx-800mb-bomb": lambda p: hostile.docx_bomb(p, 800),
        "docx-entity": hostile.docx_with_entity,
        "html-100000-divs": lambda p: hostile.nested_html(p, 100_000),
        "html-xml-declaration": hostile.xml_declared_html,
    }
    for name, path in paths.items():
        if not path.exists():
            builders[name](path)
    return paths


def build_index(folder: Path) -> Path:
    """An index holding the example report (placeholder vectors: no model needed to build)."""
    from conftest import store_without_model

    index_dir = folder / "index"
    if not index_dir.exists():
        # With its word postings, as `index add` leaves it (save_document stores them).
        store_without_model(index_dir, ROOT / "examples" / "report.pdf",
                            "Best Value Inspection of the London Borough of Eastmarsh")
    return index_dir


def snapshot(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


# ---- probes: each runs in a fresh interpreter -----------------------------------------------

def _peaks() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self_mb": round(own, 1), "children_mb": round(children, 1)}


def probe_cli(args: list[str]) -> None:
    """`verifier ARGS…` in this process; its exit code and peaks as the last stdout line."""
    import contextlib
    import io

    from verifier.cli import main

    err = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stderr(err):
        try:
            main.main(args, prog_name="verifier")
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
    seconds = time.perf_counter() - start
    emit({"code": code, "seconds": round(seconds, 2), "stderr": err.getvalue(), **_peaks()})


def probe_web(index_dir: str, upload: str) -> None:
    """POST /api/check of MOTION with the model loaded, then of `upload`, in one Flask app."""
    import io
    import shutil
    import tempfile

    from web import create_app

    folder = Path(tempfile.mkdtemp(prefix="hostile-web-"))
    shutil.copytree(index_dir, folder / "index")
    app = create_app(folder / "index", state_dir=folder / "state")
    client = app.test_client()
    from index import Embedder
    Embedder().embed(["the model loaded, as a server worker has it after its first check"])
    warm = client.post("/api/check", json={"text": MOTION})
    warm_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data = Path(upload).read_bytes()
    start = time.perf_counter()
    response = client.post("/api/check", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(data), Path(upload).name)})
    seconds = time.perf_counter() - start
    body = response.get_json(silent=True) or {}
    emit({"warm_status": warm.status_code, "warm_self_mb": round(warm_mb, 1),
          "code": response.status_code, "seconds": round(seconds, 2),
          "stderr": body.get("error", "") if response.status_code >= 400 else "",
          **_peaks()})
    shutil.rmtree(folder, ignore_errors=True)


def probe_read(pdf: str, reader: str, repeats: int) -> None:
    """read_pages in the bounded child against the reader in this process, in turn."""
    import index
    from index.readers import _pdf_module
    from index.readers.furniture import MIN_TEXT_CHARS, make_pages

    module = _pdf_module(reader)
    index.read_pages(pdf, reader)                    # warm: imports, the file in the page cache
    make_pages(module.extract_texts(Path(pdf), pdf), pdf, MIN_TEXT_CHARS)
    inside, child = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        old = make_pages(module.extract_texts(Path(pdf), pdf), pdf, MIN_TEXT_CHARS)
        inside.append(time.perf_counter() - start)
        start = time.perf_counter()
        new = index.read_pages(pdf, reader)
        child.append(time.perf_counter() - start)
        assert new == old
    emit({"pages": len(new), "in_process_s": statistics.median(inside),
          "child_s": statistics.median(child), **_peaks()})


# ---- the runs -------------------------------------------------------------------------------

def run_probe(*args: str, timeout: float = 600) -> dict:
    run = run_child([PYTHON, str(Path(__file__).resolve()), "probe", *args], timeout=timeout)
    try:
        result = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        result = {"code": run.returncode, "stderr": run.stderr[-2000:], "self_mb": None,
                  "children_mb": None, "seconds": round(run.seconds, 2)}
    result["wall_s"] = round(run.seconds, 2)
    result["tree_peak_mb"] = round(run.max_rss_mb, 1)
    return result


def measure_hostile() -> list[dict]:
    paths = build_files()
    index_dir = build_index(HOSTILE_DIR)
    rows = []
    for name, path in paths.items():
        for surface in ("index add", "check", "web /api/check"):
            before = snapshot(index_dir)
            load = load_average()
            if surface == "index add":
                result = run_probe("cli", "index", "add", str(path), "--index", str(index_dir))
            elif surface == "check":
                result = run_probe("cli", "check", str(path), "--index", str(index_dir))
            else:
                result = run_probe("web", str(index_dir), str(path))
            result.update(file=name, size_mb=round(path.stat().st_size / 2**20, 2),
                          surface=surface, index_unchanged=snapshot(index_dir) == before,
                          load=load)
            lines = [line for line in result["stderr"].splitlines() if line.strip()]
            result["lines"] = len(lines)
            result["message"] = (lines[-1] if lines else "").replace(f"{HOSTILE_DIR}/", "")
            print(f"{name:22} {surface:15} {result['code']} {result['seconds']} s "
                  f"self {result['self_mb']} MB, reader {result['children_mb']} MB: "
                  f"{result['message'][:100]}", file=sys.stderr)
            rows.append(result)
            if surface == "index add" and not result["index_unchanged"]:
                # an added document (the declared-XML page is a real report): start clean
                import shutil
                shutil.rmtree(index_dir)
                index_dir = build_index(HOSTILE_DIR)
    return rows


def normal_pdfs() -> list[tuple[str, Path]]:
    from pypdf import PdfReader, PdfWriter

    long_pdf = OUT / "long-report.pdf"
    if not long_pdf.exists():
        run_child([PYTHON, str(ROOT / "bench" / "make_long_report.py")], timeout=900)
    hundred = OUT / "report-100-pages.pdf"
    if not hundred.exists():
        writer = PdfWriter()
        for page in PdfReader(long_pdf).pages[:100]:
            writer.add_page(page)
        with open(hundred, "wb") as f:
            writer.write(f)
    pack = OUT / "pack-800-pages.pdf"
    if not pack.exists():
        from agenda_packs import build_pack
        build_pack(pack, padding_pages=(800 - 20) // 2, place_quotes=False)   # as batch_bench
    return [("100-page report", hundred), ("150-page report", long_pdf),
            ("800-page agenda pack", pack)]


def measure_normal() -> list[dict]:
    rows = []
    for label, pdf in normal_pdfs():
        for reader in ("pdfium", "pypdf"):
            if reader == "pypdf" and "pack" in label:
                continue        # packs are read by the default reader only (verifier batch)
            load = load_average()
            result = run_probe("read", str(pdf), reader, str(READ_REPEATS), timeout=1200)
            if "in_process_s" not in result:
                raise RuntimeError(f"reading {pdf} failed: {result['stderr']}")
            result.update(document=label, reader=reader, load=load)
            print(f"{label:22} {reader:7} {result['in_process_s']:.2f} s → "
                  f"{result['child_s']:.2f} s, reader child {result['children_mb']} MB",
                  file=sys.stderr)
            rows.append(result)
    return rows


# ---- the section ----------------------------------------------------------------------------

def render(r: dict) -> str:
    lines = [BEGIN, "## Hostile files: every reader within a memory and time budget (issue 24)",
             "",
             f"`bench/hostile_bench.py`, {r['date']} → {r['finished']}, {r['nproc']} CPUs "
             "(shared: the load average is given per row). The shipped limits "
             "(index/readers/limits.py, README \"Limits on reading\"): "
             f"{r['limits']}. Each row is a fresh interpreter: *process* is its own peak "
             "resident memory (for the web, with the model loaded), *reader* the largest "
             "reading child's (the PDF reader's capped address space); together they bound "
             f"the machine's peak. Targets: ≤ {TARGET_MB} MB, ≤ {TARGET_S} s, exit 2 (CLI) "
             "or 4xx (web), one line, the index unchanged.", "",
             "*s* is the command's own time, *wall s* the whole process's (interpreter start, "
             "imports, and for the web the model's loading and a first check). The last two "
             "files are read, as they should be: the nested divs as a motion (a motion's HTML "
             "is read by a parser that builds no tree) and the XML-declared page everywhere, "
             "with nothing on stderr.", "",
             "| file | size | run | exit / status | s | wall s | process MB | reader MB | "
             "together MB | stderr / error lines | index unchanged | load | message |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in r.get("hostile", []):
        together = (row["self_mb"] or 0) + (row["children_mb"] or 0)
        message = row["message"].replace("|", "/")[:160] or "(nothing on stderr)"
        lines.append(
            f"| {row['file']} | {row['size_mb']} MB | {row['surface']} | {row['code']} | "
            f"{row['seconds']} | {row['wall_s']} | {row['self_mb']} | {row['children_mb']} | "
            f"{together:.0f} | {row['lines']} | {'yes' if row['index_unchanged'] else 'no'} | "
            f"{row['load']:.1f} | {message} |")
    lines += ["", "What the bounded reader costs a normal PDF: `read_pages` (a child process "
              "per document) against the same reader called in the process, as before issue "
              f"24, in turn, median of {READ_REPEATS}.", "",
              "| document | reader | pages | in process (s) | child (s) | ratio | "
              "reader child MB | load |", "|---|---|---|---|---|---|---|---|"]
    for row in r.get("normal", []):
        lines.append(
            f"| {row['document']} | {row['reader']} | {row['pages']} | "
            f"{row['in_process_s']:.2f} | {row['child_s']:.2f} | "
            f"{row['child_s'] / row['in_process_s']:.2f} | {row['children_mb']} | "
            f"{row['load']:.1f} |")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    common.write_section(DOC, BEGIN, END, text)


def main(argv: list[str]) -> int:
    if argv[:1] == ["probe"]:
        kind, args = argv[1], argv[2:]
        if kind == "cli":
            probe_cli(args)
        elif kind == "web":
            probe_web(*args)
        else:
            probe_read(args[0], args[1], int(args[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--normal", action="store_true", help="only the normal reports")
    parser.add_argument("--hostile", action="store_true",
                        help="only the hostile files (the normal reports' last figures kept)")
    options = parser.parse_args(argv)
    from index import ReadLimits

    limits = ReadLimits()
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "nproc": os.cpu_count(),
               "limits": (f"PDF {limits.pdf_memory_mb} MB and {limits.seconds:g} s, .docx parts "
                          f"{limits.docx_unpacked_mb} MB unpacked, HTML {limits.html_mb} MB, "
                          f"{limits.html_elements:,} elements, {limits.html_depth} deep")}
    last = OUT / "hostile.json"
    if options.hostile and last.exists():
        previous = json.loads(last.read_text(encoding="utf-8"))
        results["normal"] = previous.get("normal", [])
        results["date"] = previous["date"]
    else:
        results["normal"] = measure_normal()
    if not options.normal:
        results["hostile"] = measure_hostile()
    results["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    (OUT / "hostile.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    write_section(render(results))
    print(f"wrote {DOC.relative_to(ROOT)} and {(OUT / 'hostile.json').relative_to(ROOT)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
