"""A batch's output folder: each pack's JSON and HTML as it finishes, then the spreadsheets
and the triage page over every pack the folder holds.

    DIR/packs/<stem>.json, DIR/packs/<stem>.html, DIR/findings.csv, DIR/claims.csv,
    DIR/errors.csv, DIR/index.html

Every file is written to a temporary name and renamed, so DIR never holds half a file; the
summaries are built from the packs' JSON files, so a run over some packs, a run stopped
half-way and packs kept from an earlier run (--resume) are all summarised alike.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from index import file_sha256
from verifier.batch.run import PackJob
from verifier.errors import VerifierError
from verifier.fetching.manifest import label_pack
from verifier.models import PackResult, PackStatus, SourceInfo
from verifier.rendering.batch_report import (SCHEMA, claims_csv, errors_csv, findings_csv,
                                             has_problems, pack_html, pack_json, triage_html,
                                             verifier_version)


@dataclass(frozen=True)
class FolderSummary:
    """What the folder's summaries cover: every pack in it."""

    packs: int
    pages: int
    failed: int
    with_problems: int


@dataclass(frozen=True)
class Plan:
    """The packs to check, the packs kept from an earlier run, and why each was checked again."""

    jobs: tuple[PackJob, ...]
    kept: tuple[tuple[PackJob, dict], ...]
    rechecked: tuple[tuple[PackJob, str], ...]     # (job, the reason in plain words)


class BatchFolder:
    """The output folder of a batch run."""

    def __init__(self, out: Path, fetched: dict | None = None):
        """Create DIR and DIR/packs, and prove they can be written, before any work is done.
        `fetched`: what `verifier fetch` says each pack is, by real path
        (verifier.fetching.manifest.fetched_files)."""
        self.out = Path(out)
        self.fetched = fetched or {}
        try:
            (self.out / "packs").mkdir(parents=True, exist_ok=True)
            probe = self.out / f".verifier-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            raise VerifierError(f"{self.out}: the output folder cannot be written "
                                f"({e.strerror or e})") from e

    def plan(self, packs: Sequence[str], resume: bool,
             sources: Sequence[SourceInfo] = ()) -> Plan:
        """A job per pack (stems made unique in order); with `resume`, a pack whose results in
        the folder are for the same file, the same sources and this verifier is kept."""
        stems: dict[str, int] = {}
        jobs, kept, rechecked = [], [], []
        for path in packs:
            stem = Path(path).stem
            stems[stem] = stems.get(stem, 0) + 1
            if stems[stem] > 1:
                stem = f"{stem}-{stems[stem]}"
            try:
                sha = file_sha256(path) if Path(path).is_file() else ""
            except OSError:
                sha = ""
            job = PackJob(path, stem, sha)
            previous = self.out / "packs" / f"{stem}.json"
            if resume and previous.is_file():
                data = _read_json(previous)
                why = stale(data, sha, sources) if data is not None else \
                    "its results in the output folder cannot be read"
                if why is None:
                    kept.append((job, data))
                    continue
                rechecked.append((job, why))
            jobs.append(job)
        return Plan(tuple(jobs), tuple(kept), tuple(rechecked))

    def write(self, job: PackJob, result: PackResult) -> dict:
        """Write one pack's JSON (and HTML when it was checked); its JSON object."""
        data = pack_json(result)
        data["pack"]["path"] = job.path
        label_pack(data, self.fetched.get(os.path.realpath(job.path)))
        if not data["pack"]["sha256"]:
            data["pack"]["sha256"] = job.sha256
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        html = pack_html(result, back="../index.html") if result.status is PackStatus.OK \
            else None
        html_path = self.out / "packs" / f"{job.stem}.html"
        # The HTML before the JSON: the summaries link a pack's page when its JSON says ok.
        if html is not None:
            write_atomic(html_path, html)
        elif html_path.exists():
            html_path.unlink()
        write_atomic(self.out / "packs" / f"{job.stem}.json", text)
        return data

    def summarise(self) -> FolderSummary:
        """findings.csv, claims.csv, errors.csv and index.html over every pack in the folder."""
        entries = []
        for path in sorted((self.out / "packs").glob("*.json")):
            data = _read_json(path)
            if data is not None and data.get("schema") == SCHEMA:
                entries.append((path.stem, data))
        datas = [data for _, data in entries]
        write_atomic(self.out / "findings.csv", findings_csv(datas))
        write_atomic(self.out / "claims.csv", claims_csv(datas))
        write_atomic(self.out / "errors.csv", errors_csv(
            [(d["pack"]["path"], d["pack"]["sha256"], d["error"] or "") for d in datas
             if d["status"] == PackStatus.FAILED.value]))
        write_atomic(self.out / "index.html", triage_html(
            [(data, f"packs/{stem}.html" if data["status"] == PackStatus.OK.value and
              (self.out / "packs" / f"{stem}.html").exists() else None)
             for stem, data in entries], css=_web_css()))
        return FolderSummary(len(datas), sum(d["pack"]["pages"] or 0 for d in datas),
                             sum(1 for d in datas if d["status"] == PackStatus.FAILED.value),
                             sum(1 for d in datas if has_problems(d)))


def stale(data: dict, sha256: str, sources: Sequence[SourceInfo]) -> str | None:
    """Why a pack's earlier results cannot be kept, in plain words; None when they can."""
    if data.get("schema") != SCHEMA:
        return "its results in the output folder are not a batch result"
    if data.get("status") != PackStatus.OK.value:
        return "it failed last time"
    if not sha256 or data.get("pack", {}).get("sha256") != sha256:
        return "the file changed since the last run"
    before = data.get("verifier")
    if before != verifier_version():
        return (f"it was checked by verifier {before or 'before 0.1.0'}, this is "
                f"{verifier_version()}")
    if sources:
        was = {(s.get("id"), s.get("sha256")) for s in data.get("sources", [])}
        now = {(s.id, s.sha256) for s in sources}
        if was != now:
            return "the index's sources changed since the last run (" + \
                _sources_change(was, now) + ")"
    return None


def _sources_change(was: set, now: set) -> str:
    ids_was, ids_now = {i for i, _ in was}, {i for i, _ in now}
    parts = []
    for label, ids in (("added", ids_now - ids_was), ("removed", ids_was - ids_now),
                       ("changed", {i for i, _ in now ^ was} & ids_was & ids_now)):
        if ids:
            parts.append(f"{label}: {', '.join(sorted(ids))}")
    return "; ".join(parts)


# The web app's stylesheet, inlined into the triage page so that DIR is self-contained.
WEB_CSS = Path(__file__).resolve().parents[2] / "web" / "static" / "style.css"


def _web_css() -> str:
    try:
        return WEB_CSS.read_text(encoding="utf-8")
    except OSError:      # installed without the web app: the page's own few rules only
        return ""


def _read_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_atomic(path: Path, text: str) -> None:
    """Write the whole file under a temporary name, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
