"""The `verifier` command line: one module per command group, errors mapped at the edge.

    verifier check / quotes      verifier.cli.check
    verifier index …             verifier.cli.index_group
    verifier serve               verifier.cli.serve
    verifier batch               verifier.cli.batch
    verifier fetch               verifier.cli.fetch

Each command parses options, calls the library, and renders; `edge.handle_errors` turns the
library's exceptions into `error: <message>` and an exit code.
"""

from __future__ import annotations

import click

from verifier.cli.batch import batch
from verifier.cli.check import check, quotes
from verifier.cli.fetch import fetch
from verifier.cli.index_group import index_group
from verifier.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verifier")
def main():
    """Check the quotations in council motions against the inspection reports they cite."""


main.add_command(check)
main.add_command(quotes)
main.add_command(index_group)
main.add_command(serve)
main.add_command(batch)
main.add_command(fetch)
