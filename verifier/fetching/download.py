"""`verifier fetch`'s flow: a modern.gov site's meetings in a date range, written into DIR.

    fetch_site(site, start, end, out) -> FetchSummary
        committees (those whose title contains a --committee text, or all)
        -> their meetings from start to end -> each meeting's agenda items
        -> each item's text and minute (.html) and its linked PDFs, into DIR, with a manifest

One request at a time to the site (nothing here starts a thread). Nothing restricted is
downloaded. Each file is written under a temporary name and renamed, and the manifest is
rewritten after each, so an interrupted fetch is resumed by running it again: files DIR holds
(by the manifest, or left by a run stopped between a file and its manifest entry) are not
downloaded again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import time
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable
from urllib.parse import quote, urljoin, urlsplit

from index import DEFAULT_MAX_BYTES, FetchFailed, Limits
from verifier.errors import ServiceError, VerifierError
from verifier.fetching import modgov
from verifier.fetching.manifest import (FetchedFile, Manifest, Skipped, new_manifest,
                                        read_manifest, write_atomic, write_manifest)

# A range longer than a year is almost always a typo (2025 for 2026), and a year of a county
# council's meetings is already thousands of requests.
MAX_RANGE_DAYS = 366
# An agenda pack can be 30 MB from a slow council server: five minutes for one document.
DOCUMENT_DEADLINE_S = 300.0
MAX_DOCUMENT_BYTES = DEFAULT_MAX_BYTES
# Long enough to tell files apart, short enough for every file system's 255-byte names.
_SLUG_CHARS = 50


@dataclass(frozen=True)
class Progress:
    """Where a fetch is, for the edge to show: meetings done of total, files so far."""

    meetings_done: int
    meetings_total: int
    written: int
    held: int
    skipped: int
    note: str = ""              # one line about what just happened ("" when nothing to say)


@dataclass(frozen=True)
class FetchSummary:
    site: str
    committees: int
    meetings: int
    written: int                # files written by this run
    held: int                   # files DIR already held, not fetched again
    skipped: int                # restricted items and documents, and documents not taken
    stopped_at: int | None      # --max-documents, when the run stopped there
    manifest: Path


def check_range(start: dt.date, end: dt.date) -> None:
    """Raises VerifierError for a date range that is backwards or longer than a year."""
    if end < start:
        raise VerifierError(f"--from {start} is after --to {end}: the date range is backwards")
    if (end - start).days > MAX_RANGE_DAYS:
        raise VerifierError(f"--from {start} --to {end} is {(end - start).days} days; fetch "
                            f"at most a year ({MAX_RANGE_DAYS} days) at a time")


def fetch_site(site: str, start: dt.date, end: dt.date, out: Path,
               committee_texts: tuple[str, ...] = (), max_documents: int | None = None,
               service: modgov.Service | None = None,
               document_limits: Limits = Limits(DOCUMENT_DEADLINE_S, MAX_DOCUMENT_BYTES),
               on_progress: Callable[[Progress], None] = lambda p: None,
               sleep: Callable[[float], None] = time.sleep) -> FetchSummary:
    """Fetch every unrestricted agenda item and linked PDF of `site`'s meetings into `out`.

    Raises:
        VerifierError: a date range backwards or over a year; DIR unwritable or holding
            another site's fetch; no committee matching.
        ServiceError: no modern.gov web service at `site`, switched off, or answering nonsense.
        FetchFailed (index): the site cannot be reached within the limits.
    """
    check_range(start, end)
    service = service or modgov.Service(modgov.site_address(site))
    manifest = _open_output(out, service.site)
    chosen = choose_committees(modgov.committees(service, sleep), committee_texts, service.site)
    stubs: dict[str, modgov.MeetingStub] = {}
    failed: list[tuple[modgov.Committee, Exception]] = []
    for committee in chosen:
        try:
            found = modgov.meetings(service, committee, start, end, sleep)
        except (ServiceError, FetchFailed) as e:
            # One committee's meetings the service cannot list (a 500 for that committee
            # alone) is recorded and skipped; the others are fetched.
            failed.append((committee, e))
            continue
        for stub in found:
            stubs.setdefault(stub.id, stub)
    if failed and len(failed) == len(chosen):
        raise failed[0][1]          # no committee answers: the site's service is not working
    run = _Run(service, out, manifest, document_limits, max_documents, on_progress, sleep,
               len(stubs))
    run.report("")
    for committee, e in failed:
        run.skip_failure("", committee.title,
                         f"its meetings could not be listed: {_reason(e)}")
    for stub in sorted(stubs.values(), key=lambda s: (s.date, s.committee.title, s.id)):
        try:
            meeting = modgov.meeting(service, stub, sleep)
        except (ServiceError, FetchFailed) as e:
            run.meetings_done += 1
            run.skip_failure(stub.id, f"{stub.committee.title}, {stub.date.isoformat()}",
                             f"the meeting could not be read: {_reason(e)}")
            continue
        if run.take_meeting(meeting):
            break
    return FetchSummary(service.site, len(chosen), len(stubs), run.written, run.held,
                        run.skipped, run.stopped_at, out / "manifest.json")


def choose_committees(committees: tuple[modgov.Committee, ...], texts: tuple[str, ...],
                      site: str) -> tuple[modgov.Committee, ...]:
    """The committees whose title contains one of `texts` (any case), or all without texts.

    Raises:
        VerifierError: no committee's title contains any of them.
    """
    if not texts:
        return committees
    wanted = [t.casefold() for t in texts if t.strip()]
    chosen = tuple(c for c in committees if any(t in c.title.casefold() for t in wanted))
    if not chosen:
        some = ", ".join(sorted(c.title for c in committees)[:5])
        raise VerifierError(f"{site}: no committee's title contains "
                            f"{' or '.join(repr(t) for t in texts)} (it has "
                            f"{len(committees)} committees{': ' + some if some else ''}…)")
    return chosen


def _open_output(out: Path, site: str) -> Manifest:
    """DIR created, its manifest read (another site's is refused), leftovers of a stopped run
    (temporary .part files) removed."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        for leftover in out.rglob(".*.part"):
            leftover.unlink()
    except OSError as e:
        raise VerifierError(f"{out}: the output folder cannot be written "
                            f"({e.strerror or e})") from e
    manifest = read_manifest(out)
    if manifest is None:
        return new_manifest(site)
    if manifest.site != site:
        raise VerifierError(f"{out}: holds a fetch from {manifest.site}, not {site}; give "
                            "another --output folder")
    return manifest


class _Run:
    """One fetch's state: the manifest, the counts, and the --max-documents budget."""

    def __init__(self, service, out, manifest, document_limits, max_documents, on_progress,
                 sleep, meetings_total):
        self.service, self.out, self.manifest = service, out, manifest
        self.document_limits, self.max_documents = document_limits, max_documents
        self.on_progress, self.sleep = on_progress, sleep
        self.meetings_total, self.meetings_done = meetings_total, 0
        self.written = self.held = self.skipped = self.downloaded = 0
        self.stopped_at: int | None = None

    def report(self, note: str) -> None:
        self.on_progress(Progress(self.meetings_done, self.meetings_total, self.written,
                                  self.held, self.skipped, note))

    def take_meeting(self, meeting: modgov.Meeting) -> bool:
        """Write one meeting's items; True when --max-documents stopped the run."""
        folder = (f"{meeting.date.isoformat()}-{_slug(meeting.committee.title)}-"
                  f"{_slug(meeting.id)}")
        page = (f"{self.service.site}/ieListDocuments.aspx?CId="
                f"{quote(meeting.committee.id, safe='')}&MId={quote(meeting.id, safe='')}")
        for item in meeting.items:
            base = FetchedFile(
                file="", kind="", committee=meeting.committee.title,
                committee_id=meeting.committee.id, meeting_id=meeting.id,
                meeting_date=meeting.date.isoformat(), item_number=item.number,
                item_title=item.title, document_title="", url=page, sha256="", bytes=0)
            stem = f"{folder}/item-{_slug(item.number or item.id)}-{_slug(item.title)}"
            if item.restricted:
                self._skip(base, "", page, "restricted: the council withholds this item")
                continue
            for kind, body in (("agenda", item.agenda_html), ("minute", item.minute_html)):
                if body:
                    self._keep_text(replace(base, file=f"{stem}-{kind}.html", kind=kind),
                                    _page_html(meeting, item, kind, body))
            for document in item.documents:
                if self._take_document(base, stem, document):
                    return True
        self.meetings_done += 1
        self.report("")
        return False

    def _keep_text(self, entry: FetchedFile, data: bytes) -> None:
        path = self.out / entry.file
        if path.is_file() and path.read_bytes() == data and entry.file in self.manifest.files:
            self.held += 1
            return
        self._write(replace(entry, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data)),
                    data)

    def _take_document(self, base: FetchedFile, stem: str,
                       document: modgov.LinkedDocument) -> bool:
        url = urljoin(self.service.site + "/", document.url)
        title = document.title or document.attachment_id or "document"
        if document.restricted:
            self._skip(base, title, url, "restricted: the council withholds this document")
            return False
        if (urlsplit(url).hostname or "").lower() != \
                (urlsplit(self.service.site).hostname or "").lower():
            self._skip(base, title, url, "a link to another site, not the council's document")
            return False
        key = document.attachment_id or hashlib.sha256(url.encode()).hexdigest()[:10]
        entry = replace(base, kind="document", document_title=title, url=url,
                        file=f"{stem}-{_slug(title)}-{_slug(key)}.pdf")
        if self._held(entry):
            return False
        if self.max_documents is not None and self.downloaded >= self.max_documents:
            self.stopped_at = self.max_documents
            return True
        try:
            data = modgov.fetch_retrying(url, self.document_limits, self.service.retries,
                                         self.service.backoff_s, self.sleep,
                                         accept="application/pdf,*/*")
        except FetchFailed as e:
            self._skip(base, title, url, e.message.removeprefix(f"{url}: "))
            return False
        self.downloaded += 1
        if b"%PDF-" not in data.data[:1024]:
            self._skip(base, title, url, f"not a PDF (the address gives {data.content_type})")
            return False
        self._write(replace(entry, sha256=hashlib.sha256(data.data).hexdigest(),
                            bytes=len(data.data)), data.data)
        return False

    def _held(self, entry: FetchedFile) -> bool:
        """Whether DIR holds this document already: by the manifest (same size), or whole
        from a run stopped between writing it and recording it (its PDF adopted)."""
        path = self.out / entry.file
        if not path.is_file():
            return False
        known = self.manifest.files.get(entry.file)
        if known is None or known.bytes != path.stat().st_size:
            data = path.read_bytes()
            if b"%PDF-" not in data[:1024]:
                return False
            self.manifest.add(replace(entry, sha256=hashlib.sha256(data).hexdigest(),
                                      bytes=len(data)))
            write_manifest(self.out, self.manifest)
        self.held += 1
        return True

    def _write(self, entry: FetchedFile, data: bytes) -> None:
        path = self.out / entry.file
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
            self.manifest.add(entry)
            write_manifest(self.out, self.manifest)
        except OSError as e:
            raise VerifierError(f"{path}: cannot be written ({e.strerror or e}); what was "
                                "fetched before it is kept") from e
        self.written += 1
        self.report(f"{entry.file}: {entry.bytes:,} bytes")

    def skip_failure(self, meeting_id: str, what: str, reason: str) -> None:
        """A committee or meeting the service failed on: recorded, and the fetch goes on."""
        self.manifest.skip(Skipped(meeting_id, what, "", self.service.site, reason))
        write_manifest(self.out, self.manifest)
        self.skipped += 1
        self.report(f"skipped {what} ({reason})")

    def _skip(self, base: FetchedFile, title: str, url: str, reason: str) -> None:
        self.manifest.skip(Skipped(base.meeting_id, base.item_title, title, url, reason))
        write_manifest(self.out, self.manifest)
        self.skipped += 1
        what = f"{base.item_title}" + (f": {title}" if title else "")
        self.report(f"skipped {what} ({reason})")


def _reason(error: Exception) -> str:
    """An error's one line without the address it starts with (the manifest has the site)."""
    message = getattr(error, "message", None) or str(error)
    return message.split(": ", 1)[1] if message.startswith("http") and ": " in message \
        else message


def _page_html(meeting: modgov.Meeting, item: modgov.AgendaItem, kind: str, body: str) -> bytes:
    """An item's agenda text or minute as a page of its own, titled by its meeting and item."""
    heading = (f"{meeting.committee.title}, {meeting.date.day} {meeting.date:%B %Y}: "
               f"{'item ' + item.number + ' ' if item.number else ''}{item.title}"
               f"{' (minute)' if kind == 'minute' else ''}")
    page = (f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{html.escape(heading)}'
            f'</title></head>\n<body><h1>{html.escape(heading)}</h1>\n{inert_html(body)}\n'
            f'</body></html>\n')
    return page.encode("utf-8")


# What a council's agenda text may hold that runs or loads something when the saved page is
# opened from DIR (beside the triage page): kept out of the file, the words kept. (The standard
# library's parser: bs4 is index.readers.govuk_html's alone.)
_ACTIVE_ELEMENTS = frozenset({"script", "style", "iframe", "frame", "frameset", "object",
                              "embed", "applet", "form", "link", "meta", "base", "noscript",
                              "template", "svg", "math", "input", "button", "textarea",
                              "select"})
_VOID_ELEMENTS = frozenset({"area", "br", "col", "hr", "img", "wbr", "source", "track",
                            "link", "meta", "base", "input", "embed"})
_ACTIVE_URL = re.compile(r"^\s*(?:javascript|vbscript|data):", re.IGNORECASE)


def inert_html(body: str) -> str:
    """An agenda item's HTML without scripts, event handlers, frames, forms, styles or script
    addresses: a fetched page is a record to read, and it sits beside the triage page."""
    out = _InertWriter()
    out.feed(body)
    out.close()
    return "".join(out.parts)


class _InertWriter(HTMLParser):
    """Writes back what it reads, less the active elements (with all they hold) and the
    attributes that run or style something."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.skipping: list[str] = []        # the active elements open around the reader

    def handle_starttag(self, tag, attrs):
        if tag in _ACTIVE_ELEMENTS:
            if tag not in _VOID_ELEMENTS:
                self.skipping.append(tag)
            return
        if self.skipping:
            return
        kept = "".join(f' {name}="{html.escape(value or "", quote=True)}"'
                       for name, value in attrs
                       if not (name.startswith("on") or name in ("style", "srcdoc", "formaction")
                               or _ACTIVE_URL.match(value or "")))
        self.parts.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag, attrs):
        if tag not in _VOID_ELEMENTS and tag not in _ACTIVE_ELEMENTS:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag not in _ACTIVE_ELEMENTS and tag not in _VOID_ELEMENTS:
            self.parts.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(html.escape(data, quote=False))

    def handle_entityref(self, name):
        if not self.skipping:
            self.parts.append(f"&{name};")

    def handle_charref(self, name):
        if not self.skipping:
            self.parts.append(f"&#{name};")


def _slug(text: str) -> str:
    """A file-name-safe form of a title: lower case, words joined by hyphens, bounded."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:_SLUG_CHARS].rstrip("-") or "untitled"
