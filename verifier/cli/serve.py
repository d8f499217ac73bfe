"""`verifier serve`: the web form and JSON API under gunicorn, run in-process.

gunicorn's `gthread` workers serve many requests per process from one loaded model. Each
worker loads (and warms) the model itself after it is forked: torch's thread pools do not
survive a fork, so the master never imports it. An empty index first gets the sample report
and letter from examples/, so a new server has something to check against.
"""

from __future__ import annotations

import multiprocessing
import secrets
import tempfile
from pathlib import Path

import click

from verifier.cli.edge import handle_errors, index_option

# A check of a long motion, or the first request while the model loads, can take a while.
WORKER_TIMEOUT_S = 300
DEFAULT_THREADS = 4


@click.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A host name browsers may reach the server by (repeatable; '*': any). "
                   "Always allowed: localhost, 127.0.0.1, ::1 and the --host address. Any other "
                   "Host is refused, so a stranger's page cannot reach the server by pointing "
                   "its own name at this address (DNS rebinding).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each loads the model once).")
@click.option("--threads", default=DEFAULT_THREADS, show_default=True,
              type=click.IntRange(1, 256), help="Request threads per worker.")
@click.option("--model", "model_path", type=click.Path(path_type=str),
              help="A sentence-transformers model directory [default: bundled all-MiniLM-L6-v2].")
@click.option("--max-upload-mb", default=50, show_default=True, type=click.IntRange(1),
              help="Largest upload accepted (413 beyond it).")
@click.option("--samples/--no-samples", default=True, show_default=True,
              help="Add the sample report and letter when the index is empty.")
@handle_errors
def serve(index_dir, host, port, workers, threads, model_path, max_upload_mb, samples,
          allowed_hosts):
    """Serve the web form and the JSON API (gunicorn, gthread workers)."""
    import index

    index_dir = Path(index_dir).expanduser() if index_dir else index.default_index_dir()
    store = index.open_index(index_dir, create=True)    # fail now on a place no index can be
    if samples and not store.documents():
        click.echo(f"verifier: adding the sample report and letter to {index_dir}", err=True)
        add_samples_apart(index_dir, model_path)
    settings = ServerSettings(
        index_dir=index_dir, model_path=model_path, max_upload_bytes=max_upload_mb * 1024 * 1024,
        samples=samples, allowed_hosts=host_names(host, allowed_hosts),
        # Shared by every worker: stored reports, job statuses, and the cookie signing key.
        state_dir=Path(tempfile.mkdtemp(prefix="verifier-web-")),
        secret_key=secrets.token_hex(32), workers=workers)
    click.echo(f"verifier: serving {index_dir} on http://{host}:{port}/ "
               f"({workers} worker{'s' if workers != 1 else ''} × {threads} threads)", err=True)
    click.echo(f"verifier: answering to {', '.join(settings.allowed_hosts)}", err=True)
    run_server(settings, bind=f"{host}:{port}", workers=workers, threads=threads)


# Addresses that mean "every interface": not a name a browser uses.
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")


def host_names(host: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    """The Host names the server answers to: the loopback names, the --host address unless it
    is a wildcard, and each --allowed-host."""
    from web.app import LOCAL_HOSTS

    names = list(LOCAL_HOSTS)
    if host.strip("[]") not in WILDCARD_ADDRESSES:
        names.append(host.strip("[]").lower())
    names += [name.strip().strip("[]").lower() for name in allowed if name.strip()]
    return tuple(dict.fromkeys(names))


class ServerSettings:
    """What each worker needs to build its app (plain values: workers are forked)."""

    def __init__(self, index_dir: Path, model_path: str | None, max_upload_bytes: int,
                 samples: bool, state_dir: Path, secret_key: str,
                 allowed_hosts: tuple[str, ...] = (), workers: int = 1):
        self.index_dir = index_dir
        self.model_path = model_path
        self.max_upload_bytes = max_upload_bytes
        self.samples = samples
        self.state_dir = state_dir
        self.secret_key = secret_key
        self.allowed_hosts = allowed_hosts
        self.workers = workers


def add_samples_apart(index_dir: Path, model_path: str | None) -> None:
    """Add the samples in a spawned process, so torch never runs in the master before fork."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        error = pool.apply(_add_samples, (str(index_dir), model_path))
    if error is not None:
        raise click.ClickException(f"adding the samples failed: {error}")


def _add_samples(index_dir: str, model_path: str | None) -> str | None:
    from index import SourceError
    from web.samples import add_samples

    try:
        add_samples(Path(index_dir), model_path)
    except SourceError as e:
        return e.message
    return None


def build_app(settings: ServerSettings):
    """Open this worker's checking session, load and warm its model, and make the app."""
    import index
    from verifier.search.session import open_session
    from web import create_app
    from web.samples import sample_motion

    # Each worker computes embeddings on its share of the cores, set once before the model loads.
    index.set_threads(max(1, index.embedding_threads() // settings.workers))
    session = open_session(settings.index_dir, settings.model_path, create=True)
    session.embedder.embed(["warm-up"])
    return create_app(settings.index_dir, model_path=settings.model_path,
                      max_upload_bytes=settings.max_upload_bytes,
                      state_dir=settings.state_dir, secret_key=settings.secret_key,
                      allowed_hosts=settings.allowed_hosts or host_names("127.0.0.1", ()),
                      sample_motion=sample_motion() if settings.samples else "")


def run_server(settings: ServerSettings, bind: str, workers: int, threads: int) -> None:
    """Run gunicorn in this process until it is stopped (Ctrl-C or SIGTERM)."""
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            options = {"bind": bind, "workers": workers, "threads": threads,
                       "worker_class": "gthread", "timeout": WORKER_TIMEOUT_S,
                       "graceful_timeout": 10, "accesslog": "-", "errorlog": "-",
                       "loglevel": "info", "preload_app": False,
                       "control_socket_disable": True}
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return build_app(settings)

    Server().run()
