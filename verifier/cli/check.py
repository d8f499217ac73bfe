"""`verifier check` and `verifier quotes`: check a motion's quotations, or just list them."""

from __future__ import annotations

import errno
import os
import sys
from datetime import date
from pathlib import Path

import click

from verifier.cli.edge import handle_errors, index_option
from verifier.rendering.findings import PROBLEMS

FORMATS = ["text", "json", "csv", "html", "docx", "claimreview"]
# The verdicts that need attention: also what the Word comments and ClaimReviews are about.
DEFAULT_FAIL_ON = ",".join(PROBLEMS)
# Claim verdicts (issue 10) share "unverifiable" with the citation verdicts: it covers both.
CLAIM_FAIL_ON_WORDS = {"supported", "elsewhere", "figure_differs", "not_supported", "unverifiable"}
FAIL_ON_WORDS = {"verbatim", "minor", "misquote", "paraphrase", "not_found", "out_of_context",
                 "correct", "wrong", "missing", "unverifiable", "none"} | CLAIM_FAIL_ON_WORDS


def _fail_on(ctx, param, value: str) -> set[str]:
    words = {w.strip() for w in value.split(",") if w.strip()}
    unknown = words - FAIL_ON_WORDS
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(sorted(unknown))}; choose from "
                                 f"{', '.join(sorted(FAIL_ON_WORDS))}")
    return words - {"none"}


@click.command()
@click.argument("motions", nargs=-1, required=True, metavar="MOTION...")
@index_option
@click.option("--source", "source_pdfs", multiple=True, type=click.Path(path_type=str),
              help="Check against this source: a PDF, a saved GOV.UK HTML page or a .docx (indexed "
                   "into a cache on first use). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=str),
              help="Write the report here instead of standard output.")
@click.option("--fail-on", default=DEFAULT_FAIL_ON, show_default=True, callback=_fail_on,
              help="Verdicts, citation verdicts and claim verdicts that make the exit status 1 "
                   "('none': never).")
@click.option("--model", "model_path", type=click.Path(path_type=str),
              help="A local sentence-transformers model (default: the bundled all-MiniLM-L6-v2).")
@click.option("--publisher", help="--format claimreview: who publishes the reviews (their author).")
@click.option("--publisher-url", help="--format claimreview: the page that publishes them.")
@click.option("--council", help="--format claimreview: the council whose motion it is.")
@handle_errors
def check(motions, index_dir, source_pdfs, fmt, output, fail_on, model_path, publisher,
          publisher_url, council):
    """Check every quotation and claim in MOTION (.txt, .md, .pdf, .html, .docx, or - for
    stdin)."""
    from verifier import api
    from verifier.rendering.claimreview import render_claimreview

    _refuse_options(fmt, motions, output, publisher, publisher_url)
    read = api.read_motions(motions)
    reports = api.check_motions(read, index_dir=index_dir, source_pdfs=source_pdfs,
                                model_path=model_path)
    for report in reports:
        for repair in report.repairs:
            click.echo(f"note: {_display(report.motion_path)}: {repair}", err=True)
    if fmt == "docx":
        original = api.word_original(read[0])
        write_whole(output, api.render_word(read[0], reports[0], original, fail_on))
    elif fmt == "claimreview":
        reviews = [review for motion, report in zip(read, reports)
                   for review in api.render_claim_reviews(
                       motion, report, publisher, publisher_url, date.today(), council, fail_on)]
        _write_text(render_claimreview(reviews), output)
    else:
        write_reports(reports, fmt, output)
    for report in reports:
        if not report.results:
            click.echo(f"{report.motion_path}: no quotations found", err=True)
    failed = any(r.verdict.value in fail_on or r.citation.value in fail_on
                 for report in reports for r in report.results) or \
        any(c.verdict.value in fail_on for report in reports for c in report.claims)
    sys.exit(1 if failed else 0)


@click.command()
@click.argument("motion")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def quotes(motion, fmt):
    """List the quotations found in MOTION, with their citations, without checking them."""
    import json

    from verifier.reading.motions import read_motion
    from verifier.reading.quotations import find_quotations, number_quotations, refuse_overlong

    m = read_motion(motion)
    for repair in m.repairs:
        click.echo(f"note: {_display(m.path)}: {repair}", err=True)
    found = find_quotations(m.text)
    if not found:
        refuse_overlong(m)
    labels = number_quotations(found)
    if fmt == "json":
        click.echo(json.dumps([{
            "n": n, "text": q.text, "start": q.start, "end": q.end, "inner": q.inner,
            "cited": list(q.citation.sections), "cited_pages": list(q.citation.pages),
            "cited_document": q.citation.document, "citation_text": q.citation.text,
        } for n, q in zip(labels, found)], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"{motion}: no quotations found", err=True)
        return
    # The numbers `verifier check` gives: "[4a]" is quoted inside quotation 4 (check reports
    # either the outer quotation or the ones inside it).
    for n, q in zip(labels, found):
        cite = q.citation.text or "no citation"
        indent = "    " if q.inner else ""
        click.echo(f"{indent}[{n}] “{' '.join(q.text.split())}”  ({cite})")


def _refuse_options(fmt, motions, output, publisher, publisher_url) -> None:
    """The formats that need more than a motion say so before any checking starts."""
    from verifier.errors import VerifierError
    from verifier.rendering.claimreview import is_web_address

    if fmt == "docx" and output is None:
        raise VerifierError("--format docx writes a Word document: give --output FILE.docx")
    if fmt == "docx" and len(motions) > 1:
        raise VerifierError(f"--format docx writes one motion's document: give one MOTION, "
                            f"not {len(motions)}")
    if fmt == "claimreview" and not (publisher and publisher_url):
        raise VerifierError("--format claimreview needs --publisher NAME and --publisher-url "
                            "URL: a published ClaimReview names its author and the page "
                            "that carries it")
    if fmt == "claimreview" and not is_web_address(publisher_url):
        raise VerifierError(f"--publisher-url {publisher_url}: not a web address "
                            "(http:// or https://)")


def _display(path: str) -> str:
    return "standard input" if path == "-" else path


def write_reports(reports, fmt: str, output: str | None) -> None:
    """Render reports in `fmt` to `output` (a file, written whole) or standard output."""
    from rich.console import Console

    from verifier import api
    from verifier.cli.text import render_text

    if fmt == "text" and output is None:
        console = Console(highlight=False, soft_wrap=False)
        for report in reports:
            if len(reports) > 1:
                console.rule(report.motion_path)
            render_text(report, console)
        return
    if fmt == "text":
        buffer_console = Console(record=True, file=open(os.devnull, "w"), width=100,
                                 highlight=False, color_system=None)
        for report in reports:
            render_text(report, buffer_console)
        text = buffer_console.export_text()
    else:
        text = api.render_reports(reports, fmt)
    _write_text(text, output)


def _write_text(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        write_whole(output, text.encode("utf-8"))


def write_whole(output: str, data: bytes) -> None:
    """Write `data` to `output` whole or not at all: into a temporary file beside it, then
    renamed over it."""
    folder = Path(output).parent
    if not folder.is_dir():
        raise OSError(errno.ENOENT, f"cannot write the report there: the folder {folder} "
                      "does not exist", str(output))
    tmp = Path(output).with_name(Path(output).name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, output)
    except OSError as e:
        tmp.unlink(missing_ok=True)     # a full disk must not leave half a report behind
        # Named by the file asked for, not by the temporary one written first.
        raise OSError(e.errno, e.strerror, str(output)) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
