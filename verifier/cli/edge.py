"""What every command shares at the edge: errors become one line and an exit code, and the
--index option is declared once.

This is the only place (with web/) where exceptions become messages: `error: <message>` on
stderr and an exit code a script can tell apart (see EXIT_* below and the README's "Exit
status"). Exit 1 means "a quotation is wrong", so nothing else may end in it.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import sys
import traceback
from pathlib import Path

import click

from index import IndexUnavailable, SourceError, default_index_dir
from verifier.errors import VerifierError

# Bad input, or an index or file that cannot be used: the library's errors carry this.
EXIT_BAD_INPUT = 2
# A bug in verifier, not a problem with the input: sysexits.h's EX_SOFTWARE, so a script can
# tell a crash from a finding (1) or a refusal (2).
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
# The reader of our output went away (`verifier index list | head`): the shell's code for it.
EXIT_BROKEN_PIPE = 128 + 13
# Set to see the traceback of an internal error.
DEBUG_ENV = "VERIFIER_DEBUG"


def handle_errors(func):
    """Turn every exception into one line on stderr and its exit code; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        _silence_library_logs()
        try:
            return func(*args, **kwargs)
        except (SourceError, VerifierError) as e:
            _fail(e.message + _demo_hint(e), e.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort,
                SystemExit):
            raise
        except BrokenPipeError:
            # `verifier index list | head`: the reader left; nothing more to say to it.
            _quiet_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        except OSError as e:
            _fail(_os_error_message(e), EXIT_BAD_INPUT)
        except Exception as e:      # noqa: BLE001  (the edge: one line, never a traceback)
            if os.environ.get(DEBUG_ENV):
                traceback.print_exc()
            _fail(internal_error_message(e), EXIT_INTERNAL)

    return wrapper


# Where `make demo` leaves its index, relative to the repository a newcomer works in.
DEMO_INDEX = Path("out") / "demo-index"


def _demo_hint(error) -> str:
    """After `make demo`, "no index here" names the demo's index (never used silently)."""
    if isinstance(error, IndexUnavailable) and "no index here" in error.message and \
            (DEMO_INDEX / "index.db").is_file() and \
            error.message.startswith(f"{default_index_dir()}:"):     # no --index was given
        return f"; `make demo` made one: add `--index {DEMO_INDEX}`"
    return ""


def _silence_library_logs() -> None:
    """Keep libraries' log records off stderr, where the one `error:` line must stand alone.

    pypdf logs the damage it works round at ERROR level ("Advanced encoding /Winng not
    implemented yet, using [...]", qpdf's bad39.pdf), and with no handler configured Python
    prints such records raw. With VERIFIER_DEBUG set they still show.
    """
    root = logging.getLogger()
    if not os.environ.get(DEBUG_ENV) and not root.handlers:
        root.addHandler(logging.NullHandler())


def internal_error_message(error: BaseException) -> str:
    """One plain line for an error verifier did not expect (a bug): what happened, what to do."""
    detail = " ".join(str(error).split())[:200]
    detail = f" ({detail})" if detail and not detail.startswith("'") else ""
    return (f"internal error in verifier, not a problem with the input{detail}; "
            f"please report it (set {DEBUG_ENV}=1 to see where it happened)")


def _os_error_message(error: OSError) -> str:
    """A file the operating system refused us, in plain words: which file, and why."""
    if error.errno == errno.ENOSPC:
        why = "disk full (no space left on the device)"
    else:
        why = error.strerror or " ".join(str(error).split()) or "input/output error"
    name = error.filename
    return f"{name}: {why}" if name else why


def _fail(message: str, code: int):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def index_option(func):
    """`--index DIR`, the same on every command that reads or writes an index."""
    return click.option(
        "--index", "index_dir", envvar="VERIFIER_INDEX", show_envvar=True,
        type=click.Path(file_okay=True, dir_okay=True, path_type=str), default=None,
        help="Index directory [default: $XDG_DATA_HOME/verifier/index, "
             "else ~/.local/share/verifier/index].")(func)
