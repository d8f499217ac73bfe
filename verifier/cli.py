"""The `verifier` command line: parse options, call the library, render, map errors to exit codes.

This is the only place (with web/) where exceptions become messages: `error: <message>` on
stderr and the exception's exit code (2 for bad input).
"""

from __future__ import annotations

import functools
import sys

import click

from index.errors import SourceError
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
