"""A bounded load client: N threads POST one JSON body to a loopback URL for a fixed time.

    .venv/bin/python bench/load.py http://127.0.0.1:8765/api/check body.json --clients 20 --seconds 30

Only loopback addresses are accepted: this is for measuring our own server on this machine.
Each thread keeps one HTTP/1.1 connection (reconnecting after an error or a close).
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from common import median, p95

REQUEST_TIMEOUT_S = 60


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def run_load(url: str, body: bytes, clients: int = 20, seconds: float = 30,
             content_type: str = "application/json") -> dict:
    """Hammer `url` from `clients` threads for `seconds`: requests/s, latency, errors."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not _loopback(parts.hostname or ""):
        raise SystemExit(f"load: {url}: only http:// on a loopback address")
    path = parts.path or "/"
    stop_at = time.monotonic() + seconds
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()

    def worker() -> None:
        conn = None
        mine, bad = [], {}
        while time.monotonic() < stop_at:
            if conn is None:
                conn = http.client.HTTPConnection(parts.hostname, parts.port,
                                                  timeout=REQUEST_TIMEOUT_S)
            t = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers={"Content-Type": content_type})
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    mine.append(time.perf_counter() - t)
                else:
                    bad[f"HTTP {response.status}"] = bad.get(f"HTTP {response.status}", 0) + 1
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                bad[type(e).__name__] = bad.get(type(e).__name__, 0) + 1
                conn.close()
                conn = None
        if conn is not None:
            conn.close()
        with lock:
            latencies.extend(mine)
            for k, v in bad.items():
                errors[k] = errors.get(k, 0) + v

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(worker)
    elapsed = time.monotonic() - start
    return {"clients": clients, "seconds": elapsed, "ok": len(latencies),
            "errors": errors, "error_count": sum(errors.values()),
            "requests_per_s": len(latencies) / elapsed if elapsed else 0.0,
            "median_s": median(latencies) if latencies else None,
            "p95_s": p95(latencies) if latencies else None,
            "max_s": max(latencies) if latencies else None}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("body", help="a file holding the JSON body")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    args = ap.parse_args(argv)
    with open(args.body, "rb") as f:
        body = f.read()
    print(json.dumps(run_load(args.url, body, args.clients, args.seconds), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
