"""A web server on 127.0.0.1 (port 0, a thread per connection) that answers what a test says.

    with LocalSite({"/page": Answer(b"<html>…", "text/html")}) as site:
        fetch(site.url("/page"))
        site.requests   # the paths asked for, in order

An answer can redirect, drip its body a byte at a time, send a length it does not keep to, or
be a function of the request; nothing reaches outside the machine.
"""

from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Answer:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    drip_s: float = 0.0             # > 0: the body one byte at a time, this long between bytes
    drip_headers_s: float = 0.0     # > 0: the status line and headers one byte at a time
    length: bool = True             # send Content-Length (else the body ends with the connection)


def redirect(location: str, status: int = 302) -> Answer:
    return Answer(status=status, headers={"Location": location})


class LocalSite:
    def __init__(self, routes: dict[str, Answer | Callable[[str], Answer]]):
        self.routes = routes
        self.requests: list[str] = []
        self.most_at_once = 0           # the most requests it was answering at one time
        self._at_once = 0
        self._lock = threading.Lock()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):
                with site._lock:
                    site._at_once += 1
                    site.most_at_once = max(site.most_at_once, site._at_once)
                self._counted = True
                try:
                    self._answer()
                finally:
                    self._uncount()

            def _uncount(self):
                # Once only, and before the answer's last byte: a client that asks again as soon
                # as it has read an answer would otherwise, on a busy machine, be counted as
                # asking while this thread has yet to reach its `finally` (a false overlap).
                if self._counted:
                    self._counted = False
                    with site._lock:
                        site._at_once -= 1

            def _answer(self):
                site.requests.append(self.path)
                answer = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if callable(answer):
                    answer = answer(self.path)
                if answer is None:
                    answer = Answer(b"<html><body>Not found</body></html>", status=404)
                try:
                    self._send(answer)
                except (BrokenPipeError, ConnectionResetError):
                    pass    # the client gave up, as it should on a drip or a cap

            def _send(self, answer: Answer):
                lines = [f"HTTP/1.0 {answer.status} {self.responses.get(answer.status, ('',))[0]}",
                         f"Content-Type: {answer.content_type}"]
                if answer.length:
                    lines.append(f"Content-Length: {len(answer.body)}")
                lines += [f"{name}: {value}" for name, value in answer.headers.items()]
                head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
                body = answer.body
                self._write(head if body else head[:-1], answer.drip_headers_s)
                self._write(body[:-1], answer.drip_s)
                self._uncount()
                self._write(body[-1:] if body else head[-1:], answer.drip_s)

            def _write(self, data: bytes, drip_s: float):
                if not drip_s:
                    self.wfile.write(data)
                    return
                for byte in data:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(drip_s)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, path: str = "", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> "LocalSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
