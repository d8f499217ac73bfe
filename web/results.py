"""Keep a checked report for a while so its page and downloads can be fetched by id.

A report is stored as the files a user can download (JSON, CSV, HTML, the motion as a Word
document with comments) in `<state dir>/results/<id>/`, plus what its page shows besides
(summary, numbers, warning) and its ClaimReviews less their publisher, who is named when
they are downloaded.
The id is random, so one fact-checker cannot guess another's. Files live in a directory every
server worker shares.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
from pathlib import Path

from verifier.models import CheckReport, Motion
from verifier.rendering.claimreview import draft_reviews, motion_title
from verifier.rendering.report import (numbers, render_csv, render_html, sources_warning, summary_line,
                             to_json)
from verifier.rendering.word import render_docx

# Reports older than this are deleted when a new one is stored: a day is enough to download.
KEEP_SECONDS = 24 * 3600
# Bare types: werkzeug adds "; charset=utf-8" to text/ types itself (twice, given one already).
FILES = {"json": ("report.json", "application/json"),
         "csv": ("report.csv", "text/csv"),
         "html": ("report.html", "text/html"),
         "docx": ("report.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}
# The ClaimReviews without author, url and date: web/pages.py's download names the publisher.
DRAFT_REVIEWS = "claimreview-draft.json"
_ID = re.compile(r"^[0-9a-f]{24}$")


def save_report(report: CheckReport, state_dir: Path, motion: Motion,
                original: bytes | None = None) -> str:
    """Store `report` in every download format; returns its id. `motion` is what was checked,
    `original` its Word file when it came as one (written back with comments)."""
    root = Path(state_dir) / "results"
    _forget_old(root)
    report_id = secrets.token_hex(12)
    tmp = root / f".tmp-{report_id}"
    tmp.mkdir(parents=True)
    (tmp / "report.json").write_text(
        json.dumps(to_json(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp / "report.csv").write_text(render_csv(report), encoding="utf-8")
    (tmp / "report.html").write_text(render_html(report), encoding="utf-8")
    (tmp / "report.docx").write_bytes(render_docx(report, motion.text, original))
    (tmp / DRAFT_REVIEWS).write_text(json.dumps(
        draft_reviews(report, motion_title(motion.path, motion.text)), ensure_ascii=False),
        encoding="utf-8")
    # What the page shows besides the JSON: the summary, each quotation's number, the warning,
    # what reading the motion repaired (HTML character references, mojibake).
    (tmp / "page.json").write_text(json.dumps({
        "summary": summary_line(report), "numbers": list(numbers(report)),
        "warning": sources_warning(report), "repairs": list(report.repairs)},
        ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, root / report_id)
    return report_id


def load_draft_reviews(folder: Path) -> list[dict]:
    """The ClaimReviews of a stored report, less their publisher (`claimreview.publish`)."""
    path = folder / DRAFT_REVIEWS
    if not path.is_file():      # stored before ClaimReviews were kept
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def report_dir(report_id: str, state_dir: Path) -> Path | None:
    """The directory of a stored report, or None if the id is malformed or forgotten."""
    if not _ID.match(report_id):
        return None
    folder = Path(state_dir) / "results" / report_id
    return folder if folder.is_dir() else None


def load_report(report_id: str, state_dir: Path) -> tuple[dict, dict] | None:
    """(the `verifier/check/1` JSON, {"summary", "numbers", "warning"}) of a stored report,
    or None."""
    folder = report_dir(report_id, state_dir)
    if folder is None:
        return None
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return data, json.loads((folder / "page.json").read_text(encoding="utf-8"))


def _forget_old(root: Path) -> None:
    if not root.is_dir():
        return
    cutoff = time.time() - KEEP_SECONDS
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except FileNotFoundError:
            continue        # another worker removed it first
