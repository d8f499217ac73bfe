"""`verifier fetch SITE`: a modern.gov site's agenda items and their PDFs, written into DIR.

Parses options, calls verifier.fetching.download.fetch_site, shows its progress (a rich bar on
a terminal, else a line per file) and the summary. Errors become one `error: …` line through
verifier.cli.edge.handle_errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from verifier.cli.edge import handle_errors

DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.command("fetch")
@click.argument("site")
@click.option("--from", "start", type=DATE, required=True, metavar="YYYY-MM-DD",
              help="The first meeting date to fetch.")
@click.option("--to", "end", type=DATE, required=True, metavar="YYYY-MM-DD",
              help="The last meeting date to fetch (at most a year after --from).")
@click.option("--output", "-o", "output", required=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the files and manifest.json (created if needed; what it holds "
                   "already is not fetched again).")
@click.option("--committee", "committees", multiple=True, metavar="TEXT",
              help="Only committees whose title contains TEXT, in any case (repeatable) "
                   "[default: all].")
@click.option("--max-documents", type=click.IntRange(min=0), default=None, metavar="N",
              help="Stop after downloading N linked documents (run again to go on).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS",
              help="The longest one request may take in all, retries apart [default: 120 for "
                   "the web service, 300 for a document].")
@click.option("--max-document-mb", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="MB", help="Skip linked documents larger than this [default: 50].")
@handle_errors
def fetch(site, start, end, output, committees, max_documents, timeout, max_document_mb):
    """Fetch the agenda items of SITE's meetings from --from to --to (a modern.gov site, such
    as https://democracy.example.gov.uk): each item's text and minute as .html and its linked
    PDFs, into DIR with a manifest. Restricted items and documents are never downloaded."""
    from index import Limits
    from verifier.fetching import download, modgov

    service = modgov.Service(modgov.site_address(site))
    documents = Limits(download.DOCUMENT_DEADLINE_S, download.MAX_DOCUMENT_BYTES)
    if timeout is not None:
        service = modgov.Service(service.site, Limits(timeout, service.limits.max_bytes))
        documents = Limits(timeout, documents.max_bytes)
    if max_document_mb is not None:
        documents = Limits(documents.deadline_s, int(max_document_mb * (1 << 20)))
    show = _Shown()
    try:
        summary = download.fetch_site(service.site, start.date(), end.date(), output,
                                      committee_texts=tuple(committees),
                                      max_documents=max_documents, service=service,
                                      document_limits=documents, on_progress=show)
    finally:
        show.stop()
    stopped = (f"; stopped at --max-documents {summary.stopped_at}: run again to fetch the rest"
               if summary.stopped_at is not None else "")
    click.echo(f"verifier: {summary.meetings} meetings of {summary.committees} committees: "
               f"{summary.written} files written, {summary.held} already held, "
               f"{summary.skipped} skipped{stopped}; see {summary.manifest}", err=True)


class _Shown:
    """Progress on stderr: a rich bar over meetings on a terminal, else a line per event."""

    def __init__(self):
        self.bar = self.task = None
        self.tty = sys.stderr.isatty()

    def __call__(self, progress) -> None:
        if not self.tty:
            if progress.note:
                click.echo(f"[{progress.meetings_done}/{progress.meetings_total}] "
                           f"{progress.note}", err=True)
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, \
                TimeElapsedColumn

            self.bar = Progress(TextColumn("meetings"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[files]} files"), TimeElapsedColumn(),
                                console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("meetings", total=progress.meetings_total, files=0)
        self.bar.update(self.task, completed=progress.meetings_done,
                        files=progress.written + progress.held)
        if progress.note:
            self.bar.console.print(progress.note, highlight=False, markup=False)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
