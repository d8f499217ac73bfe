"""What every command shares at the edge: errors become one line and an exit code, and the
--index option is declared once.

This is the only place (with web/) where the library's exceptions become messages:
`error: <message>` on stderr and the exception's exit code (2 for bad input).
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


def index_option(func):
    """`--index DIR`, the same on every command that reads or writes an index."""
    return click.option(
        "--index", "index_dir", envvar="VERIFIER_INDEX", show_envvar=True,
        type=click.Path(file_okay=True, dir_okay=True, path_type=str), default=None,
        help="Index directory [default: $XDG_DATA_HOME/verifier/index, "
             "else ~/.local/share/verifier/index].")(func)
