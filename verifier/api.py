"""The library entry points the edges share: check motion files, write reports.

`check_files` is what `verifier check` does, minus option parsing and exit codes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from index import add_pdf, default_index_dir, open_index
from verifier.check import check_motion
from verifier.models import CheckReport
from verifier.motions import read_motion
from verifier.report import render_csv, render_html, render_json, render_text, to_json


def source_cache_dir() -> Path:
    """Where `--source PDF` is indexed: one cache index, keyed inside by each file's hash."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verifier" / "sources"


def index_sources(source_pdfs, model_path: str | None = None) -> tuple[Path, list[str]]:
    """Index PDFs into the cache (a no-op for a file seen before); returns (dir, document ids)."""
    cache = source_cache_dir()
    ids = []
    for pdf in source_pdfs:
        document, _ = add_pdf(cache, pdf, model_path=model_path)
        ids.append(document.id)
    return cache, ids


def check_files(motion_paths, index_dir: str | None = None, source_pdfs=(),
                model_path: str | None = None) -> list[CheckReport]:
    """Check each motion file against the index (or against `source_pdfs` only)."""
    motions = [read_motion(p) for p in motion_paths]
    if source_pdfs:
        directory, ids = index_sources(source_pdfs, model_path)
    else:
        directory, ids = Path(index_dir) if index_dir else default_index_dir(), None
    index = open_index(directory)
    return [check_motion(m, index, document_ids=ids, model_path=model_path) for m in motions]


def write_reports(reports: list[CheckReport], fmt: str, output: str | None) -> None:
    """Render reports in `fmt` to `output` (a file, written whole) or standard output."""
    if fmt == "text" and output is None:
        from rich.console import Console

        console = Console(highlight=False, soft_wrap=False)
        for report in reports:
            if len(reports) > 1:
                console.rule(report.motion_path)
            render_text(report, console)
        return
    if fmt == "text":
        from rich.console import Console

        buffer_console = Console(record=True, file=open(os.devnull, "w"), width=100,
                                 highlight=False, color_system=None)
        for report in reports:
            render_text(report, buffer_console)
        text = buffer_console.export_text()
    elif fmt == "json":
        text = render_json(reports[0]) if len(reports) == 1 else \
            json.dumps([to_json(r) for r in reports], indent=2, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        text = "".join(render_csv(r) for r in reports)
    else:
        text = "".join(render_html(r) for r in reports)
    if output is None:
        sys.stdout.write(text)
        return
    tmp = Path(output).with_name(Path(output).name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, output)
