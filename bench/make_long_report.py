"""Render a 150-page version of the fictional Eastmarsh report, once, into bench/out/.

    .venv/bin/python bench/make_long_report.py          # bench/out/long-report.pdf (kept if there)
    .venv/bin/python bench/make_long_report.py --force  # render again

Real Best Value reports run to 100-150 pages with about ten chapters, so the long report keeps
the example's ten chapters and makes each one longer: its paragraphs are printed several times
over, numbered on (chapter 5 runs 5.1 … 5.600), with the footnotes renumbered in reading order.
The page layout is the example report's own (examples/make_examples.py, LibreOffice: justified,
hyphenated, running header, "Page N of M" footer, footnotes at the page foot); the rendered PDF
is then cut to exactly TARGET_PAGES pages with pypdf.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
LONG_PDF = OUT / "long-report.pdf"
TARGET_PAGES = 150
# Five copies of the chapters render to 133 pages; six to a little over 150.
REPEATS = 6


def load_make_examples():
    """examples/make_examples.py as a module (it is a script, not a package)."""
    path = ROOT / "examples" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def long_examples(repeats: int):
    """examples/make_examples.py with its report's paragraphs `repeats` times over, for the
    length of the `with` block."""
    mx = load_make_examples()
    original = mx.src
    mx.src = long_source(original, repeats)
    try:
        yield mx
    finally:
        mx.src = original


def long_source(src, repeats: int) -> SimpleNamespace:
    """The report source with every chapter's paragraphs repeated, renumbered, re-footnoted."""
    footnotes: dict[str, str] = {}

    def relabel(text: str) -> str:
        def one(m):
            label = str(len(footnotes) + 1)
            footnotes[label] = src.FOOTNOTES[m.group(1)]
            return f"[^{label}]"
        return re.sub(r"\[\^(\d+)\]", one, text)

    def relabel_p(p, number):
        return replace(p, number=number, text=relabel(p.text),
                       bullets=tuple(relabel(b) for b in p.bullets), tail=relabel(p.tail))

    foreword = replace(src.FOREWORD, paragraphs=tuple(relabel_p(p, p.number)
                                                      for p in src.FOREWORD.paragraphs))
    summary = replace(src.SUMMARY, paragraphs=tuple(relabel_p(p, p.number)
                                                    for p in src.SUMMARY.paragraphs))
    chapters = []
    for ch in src.CHAPTERS:
        paragraphs = []
        for _ in range(repeats):
            for p in ch.paragraphs:
                paragraphs.append(relabel_p(p, f"{ch.number}.{len(paragraphs) + 1}"))
        chapters.append(replace(ch, paragraphs=tuple(paragraphs)))
    fields = {k: getattr(src, k) for k in dir(src) if not k.startswith("_")}
    fields.update(FOREWORD=foreword, SUMMARY=summary, CHAPTERS=tuple(chapters),
                  FOOTNOTES=footnotes)
    return SimpleNamespace(**fields)


def make_long_report(force: bool = False, pages: int = TARGET_PAGES) -> Path:
    """bench/out/long-report.pdf, rendered with LibreOffice unless it is already there."""
    if LONG_PDF.exists() and not force:
        return LONG_PDF
    if not shutil.which("soffice"):
        raise SystemExit("make_long_report: needs soffice (apt-get install libreoffice-writer-nogui)")
    import pypdf

    OUT.mkdir(parents=True, exist_ok=True)
    with long_examples(REPEATS) as mx:
        fodt_text = mx.report_fodt()
    with tempfile.TemporaryDirectory(prefix="bench-lo-") as tmp:
        fodt = Path(tmp) / "long-report.fodt"
        fodt.write_text(fodt_text, encoding="utf-8")
        rendered = mx.soffice_pdf(fodt, Path(tmp) / "profile")
        reader = pypdf.PdfReader(str(rendered))
        if len(reader.pages) < pages:
            raise SystemExit(f"make_long_report: only {len(reader.pages)} pages rendered; "
                             f"raise REPEATS")
        writer = pypdf.PdfWriter()
        for page in reader.pages[:pages]:
            writer.add_page(page)
        tmp_pdf = OUT / "long-report.pdf.tmp"
        with open(tmp_pdf, "wb") as f:
            writer.write(f)
        tmp_pdf.replace(LONG_PDF)
    return LONG_PDF


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="render again even if the PDF exists")
    args = ap.parse_args(argv)
    path = make_long_report(force=args.force)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
