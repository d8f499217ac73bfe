"""The `verifier` command line: parse options, call the library, render, map errors to exit codes.

This is the only place (with web/) where exceptions become messages: `error: <message>` on
stderr and the exception's exit code (2 for bad input).
"""

from __future__ import annotations

import functools
import sys

import click

from index import SourceError
from verifier.errors import VerifierError


def handle_errors(func):
    """Turn the library's exceptions into one line on stderr and their exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (SourceError, VerifierError) as e:
            click.echo(f"error: {e.message}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verifier")
def main():
    """Check the quotations in council motions against the inspection reports they cite."""


from verifier.index_cli import index_group  # noqa: E402  (registered on the group below)

main.add_command(index_group)

from verifier.serve_cli import serve  # noqa: E402

main.add_command(serve)


FORMATS = ["text", "json", "csv", "html"]
DEFAULT_FAIL_ON = "misquote,paraphrase,not_found,wrong"
FAIL_ON_WORDS = {"verbatim", "minor", "misquote", "paraphrase", "not_found",
                 "correct", "wrong", "missing", "unverifiable", "none"}


def _fail_on(ctx, param, value: str) -> set[str]:
    words = {w.strip() for w in value.split(",") if w.strip()}
    unknown = words - FAIL_ON_WORDS
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(sorted(unknown))}; choose from "
                                 f"{', '.join(sorted(FAIL_ON_WORDS))}")
    return words - {"none"}


@main.command()
@click.argument("motions", nargs=-1, required=True, metavar="MOTION...")
@click.option("--index", "index_dir", envvar="VERIFIER_INDEX", type=click.Path(path_type=str),
              help="Index directory (default: $VERIFIER_INDEX or ~/.local/share/verifier/index).")
@click.option("--source", "source_pdfs", multiple=True, type=click.Path(path_type=str),
              help="Check against this PDF (indexed into a cache on first use). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=str),
              help="Write the report here instead of standard output.")
@click.option("--fail-on", default=DEFAULT_FAIL_ON, show_default=True, callback=_fail_on,
              help="Verdicts and citation verdicts that make the exit status 1 ('none': never).")
@click.option("--model", "model_path", type=click.Path(path_type=str),
              help="A local sentence-transformers model (default: the bundled all-MiniLM-L6-v2).")
@handle_errors
def check(motions, index_dir, source_pdfs, fmt, output, fail_on, model_path):
    """Check every quotation in MOTION (.txt, .md, .pdf, .html, or - for stdin)."""
    from verifier import api

    reports = api.check_files(motions, index_dir=index_dir, source_pdfs=source_pdfs,
                              model_path=model_path)
    api.write_reports(reports, fmt, output)
    for report in reports:
        if not report.results:
            click.echo(f"{report.motion_path}: no quotations found", err=True)
    failed = any(r.verdict.value in fail_on or r.citation.value in fail_on
                 for report in reports for r in report.results)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("motion")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def quotes(motion, fmt):
    """List the quotations found in MOTION, with their citations, without checking them."""
    import json

    from verifier.motions import read_motion
    from verifier.quotations import find_quotations

    m = read_motion(motion)
    found = find_quotations(m.text)
    if fmt == "json":
        click.echo(json.dumps([{
            "text": q.text, "start": q.start, "end": q.end, "inner": q.inner,
            "cited": list(q.citation.sections), "cited_pages": list(q.citation.pages),
            "cited_document": q.citation.document, "citation_text": q.citation.text,
        } for q in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"{motion}: no quotations found", err=True)
        return
    for n, q in enumerate(found, start=1):
        cite = q.citation.text or "no citation"
        marker = "  inner" if q.inner else ""
        click.echo(f"[{n}]{marker} “{' '.join(q.text.split())}”  ({cite})")
