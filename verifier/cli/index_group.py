"""`verifier index …`: add, list, show and remove the reports that motions are checked against.

Parses options, calls index/ through its public names, renders. Errors become one
`error: …` line through verifier.cli.edge.handle_errors.
"""

from __future__ import annotations

import json
import sys

import click

import index
from verifier.cli.edge import handle_errors, index_option

FORMATS = click.Choice(["text", "json"])


@click.group("index")
def index_group():
    """Add, list, show and remove the reports that motions are checked against."""


@index_group.command("add")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@index_option
@click.option("--title", help="The document's title [default: the first heading of page 1].")
@click.option("--alias", "aliases", multiple=True,
              help="Another name motions use for the document (repeatable).")
@click.option("--reader", "pdf_reader", type=click.Choice(index.PDF_READERS),
              help=f"The PDF reader [default: {index.DEFAULT_PDF_READER}].")
@click.option("--model", "model_path", type=click.Path(),
              help="A sentence-transformers model directory [default: bundled all-MiniLM-L6-v2].")
@click.option("--replace", is_flag=True,
              help="A different file whose id (its name) is taken replaces that document "
                   "[default: it is added under a new id, e.g. report-2].")
@handle_errors
def add_command(sources, index_dir, title, aliases, pdf_reader, model_path, replace):
    """Read, embed and store each SOURCE: a PDF, a saved GOV.UK HTML page, a .docx, or a
    GOV.UK page's address (https://www.gov.uk/…). A file already in the index is left as it is."""
    if title and len(sources) > 1:
        raise click.UsageError("--title names one document: add the sources one at a time")
    index_dir = index_dir or index.default_index_dir()
    for source in sources:
        before = {d.id: d for d in index.open_index(index_dir, create=True).documents()}
        with _progress_bar(source) as progress:
            addition = index.add_source(index_dir, source, title=title, aliases=aliases,
                                        model_path=model_path, progress=progress,
                                        pdf_reader=pdf_reader, replace=replace)
        doc = addition.document
        if addition.reading is not None:
            click.echo(f"read {source}: {describe_reading(addition.reading)}")
            for warning in addition.reading.warnings:
                click.echo(f"warning: {source}: {warning}", err=True)
        if not addition.added:
            click.echo(f"unchanged {doc.id}: {source} is already in the index "
                       f"(read by {doc.reader or 'an older verifier'})")
            continue
        wanted = index.document_id(source)
        verb = "replaced" if doc.id in before else "added"
        click.echo(f"{verb} {doc.id}: {doc.title} ({_counts(doc)})")
        if doc.id != wanted and wanted in before:
            click.echo(f"note: {source}: the id {wanted} is taken by another file "
                       f"({before[wanted].file}), so this one was added as {doc.id} "
                       f"(--replace replaces {wanted} instead)", err=True)


def describe_reading(reading: index.Reading) -> str:
    """"reader pdfium 2, 34 pages, 378 numbered paragraphs, 24 footnotes" in words."""
    numbered = [p.section for p in reading.paragraphs
                if p.kind is index.ParagraphKind.NUMBERED and p.section]
    if any("." in section for section in numbered):
        numbered = [section for section in numbered if "." in section]   # not chapter headings
    notes = sum(1 for p in reading.paragraphs if p.kind is index.ParagraphKind.FOOTNOTE)
    pages = _n(len(reading.pages), "page") if reading.paginated else (
        "HTML, no pages" if reading.reader.startswith("govuk-html") else ".docx, no pages")
    return ", ".join([f"reader {reading.reader}", pages, _n(len(numbered), "numbered paragraph"),
                      _n(notes, "footnote")])


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@index_group.command("list")
@index_option
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@handle_errors
def list_command(index_dir, fmt):
    """List the documents in the index."""
    docs = index.open_index(index_dir).documents()
    if fmt == "json":
        click.echo(json.dumps([doc.to_json() for doc in docs], indent=2, ensure_ascii=False))
        return
    if not docs:
        click.echo("the index is empty", err=True)
    for doc in docs:
        aliases = f"  (also: {'; '.join(doc.aliases)})" if doc.aliases else ""
        click.echo(f"{doc.id}\t{doc.title}{aliases}\n\t{_counts(doc)}; {doc.file}; "
                   f"added {doc.added}; {doc.model}")


@index_group.command("refresh")
@index_option
@handle_errors
def refresh_command(index_dir):
    """Store the word postings of documents added by an older verifier, so a check need not
    lay them out again each time."""
    done = index.open_index(index_dir).refresh_postings()
    click.echo(f"stored the word postings of {_n(done, 'document')}" if done else
               "every document's word postings are up to date")


@index_group.command("remove")
@click.argument("doc_id", metavar="ID")
@index_option
@handle_errors
def remove_command(doc_id, index_dir):
    """Remove a document from the index."""
    doc = index.open_index(index_dir).remove(doc_id)
    click.echo(f"removed {doc.id}: {doc.title}")


@index_group.command("show")
@click.argument("doc_id", metavar="ID")
@click.argument("section", required=False)
@index_option
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@handle_errors
def show_command(doc_id, section, index_dir, fmt):
    """Show a document's paragraphs as stored, or just paragraph SECTION (e.g. 4.50)."""
    store = index.open_index(index_dir)
    doc = store.document(doc_id)
    if section is None:
        paragraphs = store.paragraphs(doc.id)
    else:
        paragraph = store.paragraph(doc.id, section)
        if paragraph is None:
            raise index.IndexUnavailable(f"{doc.id}: no paragraph numbered {section}")
        paragraphs = (paragraph,)
    if fmt == "json":
        click.echo(json.dumps({
            "id": doc.id, "title": doc.title, "pages": doc.pages,
            "paragraphs": [{"section": p.section, "heading": p.heading,
                            "first_page": p.first_page, "last_page": p.last_page,
                            "text": p.text} for p in paragraphs],
        }, indent=2, ensure_ascii=False))
        return
    if section is None:
        click.echo(f"{doc.id}: {doc.title} ({_n(doc.pages, 'page') if doc.pages else 'no pages'})\n")
    for p in paragraphs:
        pages = "no page" if not p.first_page else f"p. {p.first_page}" \
            if p.first_page == p.last_page else f"pp. {p.first_page}-{p.last_page}"
        label = p.section or (f"note {p.label}" if p.label else "-")
        click.echo(f"[{label}] {pages}" + (f"  {p.heading}" if p.heading else ""))
        click.echo(p.text + "\n")


def _counts(doc: index.Document) -> str:
    pages = _n(doc.pages, "page") if doc.pages or not doc.reader else "no pages"
    return ", ".join([pages, _n(doc.paragraphs, "paragraph"), _n(doc.chunks, "chunk")])


class _progress_bar:
    """A rich progress bar on stderr when it is a terminal; else no progress at all."""

    def __init__(self, source: str):
        self.pdf = source
        self.bar = None

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task(f"reading {self.pdf}", total=None)

        def progress(stage: str, done: int, total: int) -> None:
            self.bar.update(task, description=f"{stage} {self.pdf}", completed=done,
                            total=total)

        return progress

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
