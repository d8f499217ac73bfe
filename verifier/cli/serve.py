"""`verifier serve`: the web form and JSON API under gunicorn, run in-process.

gunicorn's `gthread` workers serve many requests per process from one loaded model. Each
worker loads (and warms) the model itself after it is forked: torch's thread pools do not
survive a fork, so the master never imports it.

The port opens at once, and belongs to a small buffering front (web/front.py, a process of its
own): it reads each request whole, within a deadline, before handing it to gunicorn on a Unix
socket in the server's private state directory, so slow clients cannot hold gunicorn's threads
(issue 24). An empty index gets the sample report and letter from examples/ in the background
(issue 25: the port used to stay closed for the 43 s they took), with the progress page uploads
have; checks answer 503 with Retry-After until they are in.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from verifier.cli.edge import handle_errors, index_option
from web.front import BODY_SECONDS, HEADER_SECONDS, MIN_BYTES_PER_SECOND

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
              help="Add the sample report and letter when the index is empty (in the "
                   "background: checks answer 503 until they are in).")
@click.option("--header-timeout", default=HEADER_SECONDS, show_default=True,
              type=click.FloatRange(0.1), metavar="SECONDS",
              help="How long a request's headers may take to arrive (408 beyond).")
@click.option("--body-timeout", default=BODY_SECONDS, show_default=True,
              type=click.FloatRange(0.1), metavar="SECONDS",
              help="How long a request's body may take to arrive, plus the time its size needs "
                   f"at {MIN_BYTES_PER_SECOND // 1024} KB/s (408 beyond).")
@handle_errors
def serve(index_dir, host, port, workers, threads, model_path, max_upload_mb, samples,
          allowed_hosts, header_timeout, body_timeout):
    """Serve the web form and the JSON API (gunicorn, gthread workers, behind a buffering
    front that reads each request whole before a thread takes it)."""
    import index

    index_dir = Path(index_dir).expanduser() if index_dir else index.default_index_dir()
    store = index.open_index(index_dir, create=True)    # fail now on a place no index can be
    listener = open_port(host, port)                     # and on a port taken
    port = listener.getsockname()[1]
    # Shared by every worker: stored reports, job statuses, gunicorn's socket (mode 0700).
    state_dir = Path(tempfile.mkdtemp(prefix="verifier-web-"))
    settings = ServerSettings(
        index_dir=index_dir, model_path=model_path, max_upload_bytes=max_upload_mb * 1024 * 1024,
        samples=samples, allowed_hosts=host_names(host, allowed_hosts), state_dir=state_dir,
        secret_key=secrets.token_hex(32), workers=workers)
    upstream = state_dir / "gunicorn.sock"
    children = [start_front(listener, upstream, settings.max_upload_bytes, header_timeout,
                            body_timeout)]
    listener.close()                    # the front has its own copy
    if samples and not store.documents():
        settings.samples_job, process = add_samples_in_background(settings)
        children.append(process)
        click.echo(f"verifier: adding the sample report and letter to {index_dir} in the "
                   "background; checks wait for them", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"verifier: serving {index_dir} on http://{shown}:{port}/ "
               f"({workers} worker{'s' if workers != 1 else ''} × {threads} threads)", err=True)
    click.echo(f"verifier: answering to {', '.join(settings.allowed_hosts)}", err=True)
    try:
        run_server(settings, bind=f"unix:{upstream}", workers=workers, threads=threads)
    finally:
        for child in children:
            stop(child)
        # Its stored reports, job statuses and socket die with this server (a new one starts
        # with a new cookie key, so nothing in it could be used again).
        shutil.rmtree(state_dir, ignore_errors=True)


def open_port(host: str, port: int) -> socket.socket:
    """The listening socket, opened before anything slow starts."""
    address = host.strip("[]")
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        return socket.create_server((address, port), family=family, backlog=1024)
    except OSError as e:         # the edge's one line, exit 2: "error: 127.0.0.1:8000: …"
        why = os.strerror(e.errno) if e.errno else str(e)
        if e.errno == errno.EADDRINUSE:
            why += " (is another server running there? choose another --port)"
        raise OSError(e.errno, why, f"{host}:{port}") from None


def start_front(listener: socket.socket, upstream: Path, max_body_bytes: int,
                header_seconds: float, body_seconds: float) -> subprocess.Popen:
    """The buffering front (web/front.py) on `listener`, passing requests on to `upstream`.

    A process of its own rather than a thread: gunicorn forks workers from this process, and a
    fork taken while another thread holds a lock can leave the child stuck on it."""
    fd = listener.fileno()
    return subprocess.Popen(
        [sys.executable, "-m", "web.front", "--fd", str(fd), "--upstream", str(upstream),
         "--max-body-bytes", str(max_body_bytes), "--header-seconds", str(header_seconds),
         "--body-seconds", str(body_seconds)], pass_fds=[fd])


def add_samples_in_background(settings: "ServerSettings") -> tuple[str, subprocess.Popen]:
    """Start adding the samples (web/jobs.py) in a process of its own, so torch never runs in
    the master before it forks; returns the job's id and the process."""
    from web.jobs import SAMPLES_FILE, new_job, record_started

    job_id = new_job(settings.state_dir, SAMPLES_FILE)
    process = subprocess.Popen(
        [sys.executable, "-m", "web.jobs", str(settings.state_dir), str(settings.index_dir),
         job_id, settings.model_path or ""])
    record_started(settings.state_dir, job_id, process.pid)
    return job_id, process


def stop(child: subprocess.Popen) -> None:
    """End a helper process this command started (polling first: gunicorn's master reaps any
    child that exits, so one already gone is simply done)."""
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


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
                 allowed_hosts: tuple[str, ...] = (), workers: int = 1,
                 samples_job: str | None = None):
        self.index_dir = index_dir
        self.model_path = model_path
        self.max_upload_bytes = max_upload_bytes
        self.samples = samples
        self.state_dir = state_dir
        self.secret_key = secret_key
        self.allowed_hosts = allowed_hosts
        self.workers = workers
        self.samples_job = samples_job        # the job adding the samples, if one runs


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
                      sample_motion=sample_motion() if settings.samples else "",
                      samples_job=settings.samples_job)


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
