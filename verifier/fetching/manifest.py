"""DIR/manifest.json: what each file `verifier fetch` wrote is, and where it came from.

    {"format": "verifier-fetch 1", "site": "https://democracy.example.gov.uk",
     "files": [{"file": "2026-02-10-audit-committee-4967/item-1-minutes-agenda.html",
                "kind": "agenda", "committee": "Audit Committee", "committee_id": "144",
                "meeting_id": "4967", "meeting_date": "2026-02-10", "item_number": "1",
                "item_title": "Minutes", "document_title": "", "url": "https://…",
                "sha256": "…", "bytes": 1234}, …],
     "skipped": [{"meeting_id": "4967", "item_title": "…", "document_title": "…",
                  "url": "…", "reason": "restricted"}, …]}

It is rewritten whole (a temporary file renamed into place) after every file fetched, so an
interrupted fetch leaves a manifest that names exactly the finished files. `verifier batch`
reads it to name packs by meeting, committee, date and item, and to link each finding to
the document's address.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from verifier.errors import VerifierError

MANIFEST = "manifest.json"
FORMAT = "verifier-fetch 1"
KINDS = ("agenda", "minute", "document")


@dataclass(frozen=True)
class FetchedFile:
    """One file in DIR and where it came from."""

    file: str                   # relative to DIR, with forward slashes
    kind: str                   # "agenda" (the item's text), "minute", or "document" (a PDF)
    committee: str
    committee_id: str
    meeting_id: str
    meeting_date: str           # ISO, 2026-02-10
    item_number: str
    item_title: str
    document_title: str         # a linked document's title; "" for an item's text or minute
    url: str                    # the document's address, or the GetMeeting call for a text
    sha256: str
    bytes: int

    def name(self) -> str:
        """How a pack made from this file is named: committee, date, item, document."""
        date = dt.date.fromisoformat(self.meeting_date)
        item = f"item {self.item_number}: " if self.item_number else ""
        what = {"agenda": "agenda text", "minute": "minute"}.get(self.kind, self.document_title)
        return (f"{self.committee}, {date.day} {date:%B %Y} (meeting {self.meeting_id}), "
                f"{item}{self.item_title}" + (f" ({what})" if what else ""))


@dataclass(frozen=True)
class Skipped:
    """Something the fetch did not download, and why (restricted, not a PDF, too large…)."""

    meeting_id: str
    item_title: str
    document_title: str
    url: str
    reason: str


@dataclass
class Manifest:
    site: str
    files: dict[str, FetchedFile]           # by `file`
    skipped: dict[tuple[str, str, str], Skipped]   # by (meeting, item, url): the latest reason

    def add(self, entry: FetchedFile) -> None:
        self.files[entry.file] = entry

    def skip(self, skipped: Skipped) -> None:
        self.skipped[(skipped.meeting_id, skipped.item_title, skipped.url)] = skipped

    def by_url(self, url: str) -> FetchedFile | None:
        return next((f for f in self.files.values() if f.url == url and f.kind == "document"),
                    None)


def new_manifest(site: str) -> Manifest:
    return Manifest(site, {}, {})


def read_manifest(directory: str | Path) -> Manifest | None:
    """DIR's manifest, or None when DIR has none.

    Raises:
        VerifierError: a manifest that is not one `verifier fetch` wrote (damaged, or edited).
    """
    path = Path(directory) / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise VerifierError(f"{path}: cannot be read ({getattr(e, 'strerror', None) or e})") \
            from e
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"its format is {data.get('format')!r}, not {FORMAT!r}")
        files = [FetchedFile(**{f.name: row[f.name] for f in fields(FetchedFile)})
                 for row in data["files"]]
        skipped = [Skipped(**{f.name: row[f.name] for f in fields(Skipped)})
                   for row in data["skipped"]]
        manifest = Manifest(str(data["site"]), {}, {})
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise VerifierError(f"{path}: not a manifest `verifier fetch` wrote ({e}); move it "
                            "away and fetch again") from e
    for entry in files:
        manifest.add(entry)
    for skip in skipped:
        manifest.skip(skip)
    return manifest


def write_manifest(directory: Path, manifest: Manifest) -> None:
    """Write DIR/manifest.json whole: to a temporary name, flushed, then renamed into place."""
    data = {"format": FORMAT, "site": manifest.site,
            "files": [asdict(manifest.files[k]) for k in sorted(manifest.files)],
            "skipped": [asdict(s) for _, s in sorted(manifest.skipped.items())]}
    write_atomic(directory / MANIFEST,
                 (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that `path` is either as it was or whole, never half."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def fetched_files(paths) -> dict[str, FetchedFile]:
    """The manifest entries of the files under PATH... that `verifier fetch` wrote, by real path.

    A PATH that is a folder with a manifest.json (DIR, as `verifier batch DIR` is given)
    contributes its entries; other paths contribute nothing.
    """
    found: dict[str, FetchedFile] = {}
    for path in paths:
        directory = Path(path)
        if not directory.is_dir():
            continue
        manifest = read_manifest(directory)
        if manifest is None:
            continue
        for entry in manifest.files.values():
            found[os.path.realpath(directory / entry.file)] = entry
    return found


def label_pack(data: dict, entry: FetchedFile | None) -> dict:
    """A pack's JSON named after the meeting item it was fetched for, each finding linked to
    the document's address (`pack.name`, `pack.source_url`, `pack.fetched`, and `source_url`
    on each quotation and claim). Unchanged when the pack was not fetched."""
    if entry is None:
        return data
    data["pack"]["name"] = entry.name()
    data["pack"]["source_url"] = entry.url
    data["pack"]["fetched"] = {k: v for k, v in asdict(entry).items()
                               if k not in ("file", "sha256", "bytes")}
    for finding in list(data.get("quotes", ())) + list(data.get("claims", ())):
        finding["source_url"] = entry.url
    return data
