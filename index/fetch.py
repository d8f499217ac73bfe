"""The one way verifier fetches an address: http and https only, redirects only to the same
host, a total deadline and a size cap.

    fetch(url, limits) -> Fetched(url, data, content_type)

Used by `index add URL` (a GOV.UK page or PDF) and by `verifier fetch` (modern.gov's web service
and the PDFs it links). Issue 24 found urllib's defaults unsafe here: its timeout is per read,
so a server dripping one byte every ten seconds held `index add` for minutes; it followed a
redirect to any host, and to ftp:// (an FTP connection was attempted); a loop gave a
three-line message. Here every read on the socket is given only what is left of one deadline
for the whole fetch (connecting, redirects, headers and body), the body is read to at most
`max_bytes`, and each refusal is one line naming the address.

Limits (README, "Using it on your own reports"): DEFAULT_DEADLINE_S and DEFAULT_MAX_BYTES, overridden
by the caller (`verifier fetch --timeout`, a council's minute-long answers) or, for
`index add URL`, by the environment variables VERIFIER_FETCH_TIMEOUT (seconds) and
VERIFIER_FETCH_MAX_MB.
"""

from __future__ import annotations

import http.client
import io
import math
import os
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from index.errors import FetchFailed, UnreadableSource

# A GOV.UK page or PDF arrives within seconds; a whole minute means the network is not there,
# or the server is dripping. modern.gov sites ask for more (the caller passes it).
DEFAULT_DEADLINE_S = 60.0
# Larger than any publication we read (the longest BVI report is about 1 MB of HTML; agenda
# packs run to 30 MB of PDF).
DEFAULT_MAX_BYTES = 50 << 20
# More hops than any real site uses (GOV.UK: none; a council: http -> https -> a page).
MAX_REDIRECTS = 5
DEADLINE_ENV = "VERIFIER_FETCH_TIMEOUT"
MAX_MB_ENV = "VERIFIER_FETCH_MAX_MB"
USER_AGENT = "verifier (quotation checker; +https://www.gov.uk)"
SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK = 64 << 10


@dataclass(frozen=True)
class Limits:
    """How long one fetch may take in all, and how many bytes its answer may have."""

    deadline_s: float = DEFAULT_DEADLINE_S
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Fetched:
    """The bytes an address answered with, and the address they came from after redirects."""

    url: str
    data: bytes
    content_type: str


def default_limits() -> Limits:
    """The documented limits, or those the environment sets (VERIFIER_FETCH_TIMEOUT, _MAX_MB).

    Raises:
        UnreadableSource: a variable that is not a positive number.
    """
    deadline, max_bytes = DEFAULT_DEADLINE_S, DEFAULT_MAX_BYTES
    for name in (DEADLINE_ENV, MAX_MB_ENV):
        value = os.environ.get(name)
        if value is None or not value.strip():
            continue
        try:
            number = float(value)
        except ValueError:
            number = 0.0
        if not (number > 0 and math.isfinite(number)):
            raise UnreadableSource(f"{name}={value}: not a positive number")
        if name == DEADLINE_ENV:
            deadline = number
        else:
            max_bytes = int(number * (1 << 20))
    return Limits(deadline, max_bytes)


def fetch(url: str, limits: Limits | None = None, accept: str = "*/*") -> Fetched:
    """GET `url`, following redirects on the same host, within `limits`.

    Raises:
        FetchFailed: a scheme other than http(s), a redirect elsewhere or in a loop, no answer
            (offline, refused, no such host), an error status, the deadline passed, or an
            answer over the size cap; each in one plain line that starts with `url`.
    """
    limits = limits or default_limits()
    deadline = time.monotonic() + limits.deadline_s
    _check_scheme(url, url)
    current, seen = url, {url}
    for _ in range(MAX_REDIRECTS + 1):
        try:
            status, reason, location, content_type, data = _get(current, deadline, limits,
                                                                 accept)
        except FetchFailed as e:
            raise FetchFailed(f"{url}: {e.message}", e.status, e.transient) from e
        if status not in _REDIRECTS:
            if status >= 400:
                raise FetchFailed(f"{url}: the server answered {status} {reason}".rstrip(),
                                  status, transient=status >= 500 or status == 429)
            return Fetched(current, data, content_type)
        if not location:
            raise FetchFailed(f"{url}: the server answered {status} (a redirect) without "
                              "saying where to", status)
        target = urljoin(current, location.strip())
        refusal = redirect_refusal(current, target)
        if refusal:
            raise FetchFailed(f"{url}: {refusal}", status)
        if target in seen:
            raise FetchFailed(f"{url}: the server redirects in a loop (back to {target})", status)
        seen.add(target)
        current = target
    raise FetchFailed(f"{url}: more than {MAX_REDIRECTS} redirects; given up")


def redirect_refusal(source: str, target: str) -> str | None:
    """Why a redirect from `source` to `target` is not followed, or None when it may be.

    Only the same host is followed (the same port, or http upgraded to https): a fetch of a
    council's document must not be sent to another server, or a file:// or ftp:// address.
    """
    where = urlsplit(target)
    if where.scheme.lower() not in SCHEMES:
        return (f"redirected to {target}; only http and https addresses are followed, so it "
                "was not")
    here = urlsplit(source)
    if (where.hostname or "").lower() != (here.hostname or "").lower():
        return f"redirected to another host ({target}); only the same host is followed"
    upgrade = here.scheme.lower() == "http" and where.scheme.lower() == "https"
    if where.scheme.lower() != here.scheme.lower() and not upgrade:
        return f"redirected from https to plain http ({target}); not followed"
    if not upgrade and _port(where) != _port(here):
        return f"redirected to another port ({target}); only the same host is followed"
    return None


def _check_scheme(url: str, shown: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise FetchFailed(f"{shown}: only http and https addresses can be fetched")
    if not urlsplit(url).hostname:
        raise FetchFailed(f"{shown}: no host in the address")


def _port(parts) -> int:
    try:
        return parts.port or _DEFAULT_PORTS[parts.scheme.lower()]
    except ValueError:
        return -1


def _get(url: str, deadline: float, limits: Limits, accept: str):
    """One request: (status, reason, Location, content type, body or b"" for a redirect)."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        port = parts.port
    except ValueError:
        raise FetchFailed("the address's port is not a number") from None
    try:
        remaining = _remaining(deadline)
    except TimeoutError:
        raise _late(limits) from None
    https = parts.scheme.lower() == "https"
    proxy = _proxy(parts)
    if proxy is None:
        host, host_port = parts.hostname, port
    else:
        host, host_port = proxy
        if not https:
            path = url      # a plain-http proxy is asked for the whole address
    if https:
        connection = http.client.HTTPSConnection(host, host_port, timeout=remaining,
                                                 context=ssl.create_default_context())
        if proxy is not None:
            connection.set_tunnel(parts.hostname, port)
    else:
        connection = http.client.HTTPConnection(host, host_port, timeout=remaining)
    # Every read on the socket (status line, headers, body) gets only what is left of the
    # one deadline: a server dripping a byte at a time cannot stretch it.
    connection.response_class = lambda sock, **kw: _DeadlineResponse(sock, deadline, limits, **kw)
    try:
        connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                 "Accept-Encoding": "identity"})
        response = connection.getresponse()
        status, reason = response.status, response.reason
        if status in _REDIRECTS or status >= 400:
            return status, reason, response.getheader("Location"), "", b""
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > limits.max_bytes:
            raise _too_large(limits)
        data = _read_body(response, limits)
        return status, reason, None, response.headers.get_content_type(), data
    except (TimeoutError, socket.timeout) as e:
        raise _late(limits) from e
    except ssl.SSLError as e:
        raise FetchFailed(f"could not be fetched securely ({e.reason or e}); check the address",
                          transient=False) from e
    except (http.client.HTTPException, OSError) as e:
        reason = getattr(e, "strerror", None) or " ".join(str(e).split()) or type(e).__name__
        raise FetchFailed(f"could not be fetched ({reason}); check the address, and that this "
                          "computer is online", transient=True) from e
    finally:
        connection.close()


def _proxy(parts) -> tuple[str, int] | None:
    """The proxy the environment names for this address (`https_proxy`, `http_proxy`,
    `no_proxy`, as urllib reads them), as (host, port); never for this machine itself."""
    from urllib.request import getproxies, proxy_bypass

    host = (parts.hostname or "").lower()
    if host in ("localhost", "127.0.0.1", "::1") or proxy_bypass(host):
        return None
    proxy = getproxies().get(parts.scheme.lower())
    if not proxy:
        return None
    where = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    try:
        return (where.hostname, where.port or 8080) if where.hostname else None
    except ValueError:
        return None


def _read_body(response, limits: Limits) -> bytes:
    buffer = bytearray()
    while True:
        chunk = response.read1(_CHUNK)
        if not chunk:
            return bytes(buffer)
        buffer += chunk
        if len(buffer) > limits.max_bytes:
            raise _too_large(limits)


def _late(limits: Limits) -> FetchFailed:
    return FetchFailed(f"no complete answer within {limits.deadline_s:g} s (the limit for one "
                       "fetch); the server is too slow, or sends a little at a time",
                       transient=True)


def _too_large(limits: Limits) -> FetchFailed:
    return FetchFailed(f"the answer is larger than {_size(limits.max_bytes)} (the limit for one "
                       "fetch); not fetched")


def _size(n: int) -> str:
    return f"{n / (1 << 20):g} MB" if n >= 1 << 20 else f"{n:,} bytes"


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    return left


class _DeadlineSocket(io.RawIOBase):
    """A socket's reading side on which each receive waits only until the fetch's deadline."""

    def __init__(self, sock, deadline: float, plain):
        # `plain` is the socket file HTTPResponse made: it keeps the socket open (for an
        # answer that ends with the connection) until this reader is closed.
        self._sock, self._deadline, self._plain = sock, deadline, plain

    def close(self) -> None:
        if not self.closed:
            self._plain.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self._sock.settimeout(_remaining(self._deadline))
        return self._sock.recv_into(buffer)


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock, deadline: float, limits: Limits, **kwargs):
        super().__init__(sock, **kwargs)
        self.fp = io.BufferedReader(_DeadlineSocket(sock, deadline, self.fp))
