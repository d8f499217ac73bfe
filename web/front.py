"""The buffering front of `verifier serve`: a request reaches a gunicorn thread only once it has
arrived whole, so no slow client can hold the threads.

    python -m web.front --fd N --upstream PATH [limits]      (started by `verifier serve`)

Why (issue 24): gunicorn's gthread worker hands a connection to one of its threads as soon as
its first bytes arrive, and that thread then reads the headers and the body itself. Sixteen
clients sending full headers and then one body byte every 5 s held all 2 × 4 threads, and every
other ordinary request timed out. gunicorn has no setting that bounds a body's arrival, and its
own advice is a buffering proxy in front (deploy/nginx.conf for deployments). A fact-checker
running `verifier serve` on a laptop has none, so the server brings this small one:

- one asyncio loop reads every request, so a slow client costs a coroutine and a file
  descriptor, never a thread;
- the headers must arrive within `header_seconds`, the body within `body_seconds` plus the
  time its size needs at `min_bytes_per_second` (408 otherwise), and a body larger than the
  upload limit is refused before it is read (413);
- a whole request (its body spooled to a temporary file past SPOOL_BYTES) goes to gunicorn on
  a Unix socket in the server's private state directory, and gunicorn's whole answer comes
  back before it is sent on, so a client that reads slowly holds no thread either.

Chosen over the alternatives: an evented gunicorn worker (gevent) would run torch's CPU-bound
checks on its one loop and stall every other request for seconds, and needs monkey-patching
under FAISS and SQLite; waitress buffers requests too but has no deadline for a body that keeps
dripping, and would replace gunicorn's worker processes and timeouts. HTTP parsing is h11's
(the parser httpx uses), so this module only moves bytes and keeps the clocks.

One request per connection (`Connection: close`): keep-alive would only save a loopback
handshake, and an idle kept-alive connection is one more thing to time out.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import socket
import sys
import tempfile
from dataclasses import dataclass

import h11

log = logging.getLogger(__name__)

# A browser or curl sends its headers in one packet; 10 s is generous on any real link.
HEADER_SECONDS = 10.0
# A body gets this long plus the time its declared size needs at MIN_BYTES_PER_SECOND: a 50 MB
# upload over a 1 Mbit/s hotel link (about 120 KB/s) arrives in about 7 minutes, inside the
# 30 s + 8.5 minutes it is given; a client dripping one byte every 5 s is cut off after 30 s.
BODY_SECONDS = 30.0
MIN_BYTES_PER_SECOND = 100 * 1024
# gunicorn's worker timeout is 300 s (verifier/cli/serve.py): wait a little longer for its
# answer, so a worker's own timeout is what a client sees.
ANSWER_SECONDS = 330.0
# How long a client may take to read the answer once it is ready.
SEND_SECONDS = 60.0
# While gunicorn starts (its socket not there yet), a request waits this long for it.
UPSTREAM_WAIT_SECONDS = 60.0
# Connections open at once; beyond it a newcomer gets 503 at once (each costs a descriptor and
# at most SPOOL_BYTES of memory, so this bounds the front's memory at about 130 MB).
MAX_CONNECTIONS = 512
SPOOL_BYTES = 256 * 1024
READ_BYTES = 64 * 1024
MAX_HEADER_BYTES = 64 * 1024
RETRY_AFTER_SECONDS = 5
# How long a refused client's unread bytes are read and dropped before the connection closes.
LINGER_SECONDS = 2.0
# Headers that describe one hop, not the request: the front sets its own.
HOP_BY_HOP = {b"connection", b"keep-alive", b"proxy-connection", b"te", b"trailer",
              b"transfer-encoding", b"upgrade", b"expect", b"content-length",
              b"x-forwarded-for"}


@dataclass(frozen=True)
class Limits:
    """How long a request may take to arrive, and how large its body may be."""
    header_seconds: float = HEADER_SECONDS
    body_seconds: float = BODY_SECONDS
    min_bytes_per_second: int = MIN_BYTES_PER_SECOND
    max_body_bytes: int = 50 * 1024 * 1024
    max_connections: int = MAX_CONNECTIONS

    def body_deadline(self, length: int | None) -> float:
        """Seconds a body of `length` bytes (None: chunked, so the largest allowed) may take."""
        size = self.max_body_bytes if length is None else length
        return self.body_seconds + size / self.min_bytes_per_second


class Refusal(Exception):
    """A request the front answers itself (408, 413, 400, 503)."""

    def __init__(self, status: int, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


class Gone(Exception):
    """The client went away: nothing to answer."""


async def serve(listener: socket.socket, upstream: str, limits: Limits) -> None:
    """Answer connections on `listener` until cancelled, passing whole requests to the Unix
    socket `upstream`."""
    open_connections = 0

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        nonlocal open_connections
        open_connections += 1
        try:
            if open_connections > limits.max_connections:
                await _refuse(reader, writer, Refusal(
                    503, "the server has too many connections open; try again in a moment",
                    RETRY_AFTER_SECONDS))
            else:
                await _pass_on(reader, writer, upstream, limits)
        except (Gone, ConnectionError, asyncio.TimeoutError):
            pass
        except Exception:       # noqa: BLE001  (the edge: one connection's fault, not the loop's)
            log.exception("the front failed on a request")
        finally:
            open_connections -= 1
            writer.close()

    server = await asyncio.start_server(on_connection, sock=listener, limit=READ_BYTES)
    async with server:
        await server.serve_forever()


async def _pass_on(reader, writer, upstream: str, limits: Limits) -> None:
    connection = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEADER_BYTES)
    api = False
    try:
        request = await _read_head(connection, reader, limits)
        api = request.target.startswith(b"/api")
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as body:
            length = await _read_body(connection, request, reader, writer, body, limits)
            head = _upstream_head(request, length, writer.get_extra_info("peername"))
            with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as answer:
                await _ask_upstream(upstream, head, body, answer)
                answer.seek(0)
                while chunk := answer.read(READ_BYTES):
                    writer.write(chunk)
                    await asyncio.wait_for(writer.drain(), SEND_SECONDS)
        await asyncio.wait_for(writer.drain(), SEND_SECONDS)
    except Refusal as refusal:
        await _refuse(reader, writer, refusal, api)
    except h11.RemoteProtocolError as e:
        await _refuse(reader, writer,
                      Refusal(e.error_status_hint, f"malformed request: {e}"), api)


async def _read_head(connection: h11.Connection, reader, limits: Limits) -> h11.Request:
    deadline = asyncio.get_running_loop().time() + limits.header_seconds
    started = False
    while True:
        event = connection.next_event()
        if isinstance(event, h11.Request):
            return event
        if event is h11.NEED_DATA:
            try:
                data = await _receive(reader, deadline, f"the request's headers did not arrive "
                                                        f"within {limits.header_seconds:g} s")
            except Refusal:
                if not started:     # an idle connection (a browser's preconnect): close it
                    raise Gone() from None      # quietly, as nginx does, rather than answer
                raise                           # a request the browser may send on it next
            started = started or bool(data)
            connection.receive_data(data)
            continue
        raise Gone()            # closed before sending a request


async def _read_body(connection: h11.Connection, request: h11.Request, reader, writer, body,
                     limits: Limits) -> int:
    """Spool the request's body into `body`; returns its length."""
    declared = next((int(v) for k, v in request.headers if k == b"content-length"), None)
    if declared is not None and declared > limits.max_body_bytes:
        raise Refusal(413, f"the upload is larger than the limit of "
                           f"{_megabytes(limits.max_body_bytes)} MB")
    seconds = limits.body_deadline(declared)
    deadline = asyncio.get_running_loop().time() + seconds
    if connection.they_are_waiting_for_100_continue:
        writer.write(connection.send(h11.InformationalResponse(status_code=100, headers=[])))
    length = 0
    while True:
        event = connection.next_event()
        if isinstance(event, h11.Data):
            length += len(event.data)
            if length > limits.max_body_bytes:      # a chunked body past the limit
                raise Refusal(413, f"the upload is larger than the limit of "
                                   f"{_megabytes(limits.max_body_bytes)} MB")
            body.write(event.data)
        elif isinstance(event, h11.EndOfMessage):
            body.seek(0)
            return length
        elif event is h11.NEED_DATA:
            data = await _receive(reader, deadline, f"the request's body did not arrive within "
                                                    f"{seconds:,.0f} s")
            if not data:
                raise Gone()
            connection.receive_data(data)
        else:
            raise Gone()


async def _receive(reader, deadline: float, too_slow: str) -> bytes:
    left = deadline - asyncio.get_running_loop().time()
    if left <= 0:
        raise Refusal(408, too_slow)
    try:
        return await asyncio.wait_for(reader.read(READ_BYTES), left)
    except asyncio.TimeoutError:
        raise Refusal(408, too_slow) from None


def _upstream_head(request: h11.Request, length: int, peer) -> bytes:
    """The request line and headers gunicorn gets: the client's, less the hop-by-hop ones."""
    lines = [b"%s %s HTTP/1.1" % (request.method, request.target)]
    lines += [name + b": " + value for name, value in request.headers.raw_items()
              if name.lower() not in HOP_BY_HOP]
    if length or request.method not in (b"GET", b"HEAD", b"OPTIONS", b"DELETE"):
        lines.append(b"Content-Length: %d" % length)
    if isinstance(peer, tuple) and peer:
        lines.append(b"X-Forwarded-For: " + str(peer[0]).encode("ascii", "replace"))
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n"


async def _ask_upstream(upstream: str, head: bytes, body, answer) -> None:
    """Send the whole request to gunicorn and spool its whole answer into `answer`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + UPSTREAM_WAIT_SECONDS
    while True:
        try:
            reader, writer = await asyncio.open_unix_connection(upstream, limit=READ_BYTES)
            break
        except (FileNotFoundError, ConnectionRefusedError):
            if loop.time() > deadline:
                raise Refusal(503, "the server is starting; try again in a moment",
                              RETRY_AFTER_SECONDS) from None
            await asyncio.sleep(0.1)
    try:
        writer.write(head)
        try:
            while chunk := body.read(READ_BYTES):
                writer.write(chunk)
                await writer.drain()
        except ConnectionError:
            pass            # gunicorn answered (a 4xx) without reading it all: send that on
        got = 0
        deadline = loop.time() + ANSWER_SECONDS
        while data := await _answer_part(reader, deadline):
            answer.write(data)
            got += len(data)
        if not got:
            raise Refusal(502, "the server closed the connection without an answer")
    finally:
        writer.close()


async def _answer_part(reader, deadline: float) -> bytes:
    try:
        return await asyncio.wait_for(reader.read(READ_BYTES),
                                      max(0.0, deadline - asyncio.get_running_loop().time()))
    except asyncio.TimeoutError:
        raise Refusal(504, f"the server did not answer within {ANSWER_SECONDS:g} s") from None


async def _refuse(reader, writer, refusal: Refusal, api: bool = False) -> None:
    if api:
        body = json.dumps({"error": refusal.message}).encode("utf-8")
        kind = b"application/json"
    else:
        body = (refusal.message[:1].upper() + refusal.message[1:] + ".\n").encode("utf-8")
        kind = b"text/plain; charset=utf-8"
    reason = h11_reason(refusal.status)
    head = [b"HTTP/1.1 %d %s" % (refusal.status, reason), b"Content-Type: " + kind,
            b"Content-Length: %d" % len(body), b"Connection: close",
            b"X-Content-Type-Options: nosniff"]
    if refusal.retry_after:
        head.append(b"Retry-After: %d" % refusal.retry_after)
    writer.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
    try:
        await asyncio.wait_for(writer.drain(), SEND_SECONDS)
        await _linger(reader, writer)
    except (ConnectionError, asyncio.TimeoutError):
        pass


async def _linger(reader, writer) -> None:
    """Read and drop what the client still sends, for a moment, before closing: closing with
    unread bytes makes the kernel reset the connection, and a client still sending its body
    (a 413) would lose the answer it was just sent."""
    if writer.can_write_eof():
        writer.write_eof()
    deadline = asyncio.get_running_loop().time() + LINGER_SECONDS
    while (left := deadline - asyncio.get_running_loop().time()) > 0:
        if not await asyncio.wait_for(reader.read(READ_BYTES), left):
            return


def h11_reason(status: int) -> bytes:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase.encode("ascii")
    except ValueError:
        return b"Error"


def _megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:g}" if mb >= 1 else f"{mb:.2f}"


# ---- the process `verifier serve` starts -------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m web.front", description=__doc__.split("\n")[0])
    parser.add_argument("--fd", type=int, required=True, help="the listening socket, inherited")
    parser.add_argument("--upstream", required=True, help="gunicorn's Unix socket")
    parser.add_argument("--header-seconds", type=float, default=HEADER_SECONDS)
    parser.add_argument("--body-seconds", type=float, default=BODY_SECONDS)
    parser.add_argument("--max-body-bytes", type=int, default=Limits.max_body_bytes)
    args = parser.parse_args(argv)
    listener = socket.socket(fileno=args.fd)
    limits = Limits(header_seconds=args.header_seconds, body_seconds=args.body_seconds,
                    max_body_bytes=args.max_body_bytes)
    try:
        asyncio.run(_until_orphaned(serve(listener, args.upstream, limits)))
    except KeyboardInterrupt:       # Ctrl-C reaches the whole process group: leave quietly
        pass


async def _until_orphaned(serving) -> None:
    """Serve until SIGTERM, or until `verifier serve` itself is gone (killed outright)."""
    parent = os.getppid()
    task = asyncio.ensure_future(serving)
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    while not task.done():
        if os.getppid() != parent:
            task.cancel()
        await asyncio.wait([task], timeout=1.0)
    try:
        await task
    except asyncio.CancelledError:
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
