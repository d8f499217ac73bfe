"""Ordinary requests while 16 clients drip (issue 24): gunicorn alone, as `verifier serve` ran
before, against `verifier serve` with its buffering front (web/front.py), in one run.

Each server (2 workers × 4 threads, as the issue's attack) serves an index of the example
letter. Ordinary requests (`GET /api/sources`, then `POST /api/check` of a one-quotation motion,
in turn, one at a time, each given 10 s) are timed first on a quiet server, then for 30 s while
16 connections hold open: each sends full headers for a 1 MB body, then one byte every 5 s.
Writes its section of docs/benchmarks.md (between its markers; `bench/run.py` keeps it).

    .venv/bin/python bench/slow_clients_bench.py
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import common  # noqa: E402
from common import PYTHON, ROOT, VERIFIER, child_env, load_average, median, p95

DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- slow-clients:begin -->", "<!-- slow-clients:end -->"
DRIPPERS = 16
DRIP_INTERVAL_S = 5
DRIP_BODY_BYTES = 1_000_000
QUIET_PROBES = 20
DRIP_SECONDS = 30
PROBE_TIMEOUT_S = 10
TARGET_S = 2.0
MOTION = ("The Secretary of State wrote that “the Inspectors found insufficient evidence that "
          "the organisation is open and transparent” (Letter from SoS to CEX 12/11/24).")

# gunicorn alone on a TCP port, as `verifier serve` ran it before the front.
GUNICORN_ALONE = """
import sys
from pathlib import Path
from verifier.cli.serve import ServerSettings, host_names, run_server
settings = ServerSettings(index_dir=Path(sys.argv[1]), model_path=None,
                          max_upload_bytes=50 * 1024 * 1024, samples=False,
                          state_dir=Path(sys.argv[2]), secret_key="k" * 64,
                          allowed_hosts=host_names("127.0.0.1", ()), workers=2)
run_server(settings, bind="127.0.0.1:" + sys.argv[3], workers=2, threads=4)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(arrangement: str, index_dir: Path, work: Path) -> tuple[subprocess.Popen, int]:
    log = open(work / f"{arrangement}.log", "w")
    if arrangement == "gunicorn alone":
        port = free_port()
        state = Path(tempfile.mkdtemp(dir=work))
        args = [PYTHON, "-c", GUNICORN_ALONE, str(index_dir), str(state), str(port)]
    else:
        port = 0
        args = [VERIFIER, "serve", "--index", str(index_dir), "--port", "0", "--no-samples",
                "--workers", "2", "--threads", "4"]
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=child_env())
    while not port:
        found = re.search(r"on http://127\.0\.0\.1:(\d+)/",
                          (work / f"{arrangement}.log").read_text())
        port = int(found.group(1)) if found else 0
        time.sleep(0.05)
    deadline = time.monotonic() + 120
    while probe(port, "GET")[0] != 200:
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"{arrangement} did not start: see {work}")
        time.sleep(0.5)
    return process, port


def probe(port: int, method: str) -> tuple[int | None, float]:
    """(status or None for a timeout, seconds) of one ordinary request."""
    url = f"http://127.0.0.1:{port}/api/" + ("sources" if method == "GET" else "check")
    data = json.dumps({"text": MOTION}).encode() if method == "POST" else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT_S) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError:
        status = None
    return status, time.monotonic() - started


def drip(port: int, stop: threading.Event) -> None:
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall((f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {DRIP_BODY_BYTES}\r\n\r\n")
                  .encode())
        while not stop.wait(DRIP_INTERVAL_S):
            try:
                s.sendall(b" ")
            except OSError:
                return          # answered (408) and closed: dripping again is the attacker's call


def measure(arrangement: str, index_dir: Path, work: Path) -> dict:
    process, port = start(arrangement, index_dir, work)
    try:
        quiet = [probe(port, ("GET", "POST")[i % 2]) for i in range(QUIET_PROBES)]
        stop = threading.Event()
        threads = [threading.Thread(target=drip, args=(port, stop), daemon=True)
                   for _ in range(DRIPPERS)]
        for t in threads:
            t.start()
        time.sleep(1)
        dripping, started, i = [], time.monotonic(), 0
        while time.monotonic() - started < DRIP_SECONDS:
            dripping.append(probe(port, ("GET", "POST")[i % 2]))
            i += 1
        stop.set()
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"quiet": summary(quiet), "dripping": summary(dripping)}


def summary(probes: list[tuple[int | None, float]]) -> dict:
    answered = [s for status, s in probes if status is not None]
    return {"requests": len(probes), "timed_out": len(probes) - len(answered),
            "under_target": sum(1 for status, s in probes if status == 200 and s < TARGET_S),
            "median_s": median(answered) if answered else None,
            "p95_s": p95(answered) if answered else None,
            "max_s": max(answered) if answered else None}


def seconds(x: float | None) -> str:
    return "–" if x is None else (f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s")


def render(results: dict, started: str, finished: str, loads: list[float]) -> str:
    lines = [BEGIN, "## Slow clients: 16 dripping connections (issue 24)", "",
             f"`bench/slow_clients_bench.py`, {started} → {finished}, {os.cpu_count()} CPUs, "
             f"1-minute load average {', '.join(f'{x:.1f}' for x in loads)} (start, between, "
             "end; the machine was shared). Each server: 2 workers × 4 threads over the example "
             f"letter. Ordinary requests (`GET /api/sources` and `POST /api/check` of a "
             f"one-quotation motion, in turn, one at a time, each given {PROBE_TIMEOUT_S} s): "
             f"{QUIET_PROBES} on a quiet server, then for {DRIP_SECONDS} s while {DRIPPERS} "
             f"connections send full headers for a {DRIP_BODY_BYTES:,}-byte body and then one "
             f"byte every {DRIP_INTERVAL_S} s.", "",
             "| server | while | requests | timed out | answered 200 in < 2 s | median | p95 "
             "| max |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for arrangement, result in results.items():
        for when in ("quiet", "dripping"):
            r = result[when]
            lines.append(f"| {arrangement} | {when} | {r['requests']} | {r['timed_out']} | "
                         f"{r['under_target']} | {seconds(r['median_s'])} | "
                         f"{seconds(r['p95_s'])} | {seconds(r['max_s'])} |")
    lines += ["", "gunicorn alone hands a connection to a thread once its headers arrive, and the "
              "thread then waits for the body: 16 drippers hold all 8 threads. `verifier serve` "
              "reads each request whole in its asyncio front before a thread takes it, and cuts "
              "a body off (408) once it has had 30 s plus the time its size needs at 100 KB/s.",
              END]
    return "\n".join(lines) + "\n"


def write_doc(text: str) -> None:
    common.write_section(DOC, BEGIN, END, text)


def main() -> int:
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    loads = [load_average()]
    with tempfile.TemporaryDirectory(prefix="slow-clients-") as folder:
        work = Path(folder)
        index_dir = work / "index"
        subprocess.run([VERIFIER, "index", "add", str(ROOT / "examples" / "letter.pdf"),
                        "--index", str(index_dir), "--alias", "Letter from SoS to CEX 12/11/24"],
                       check=True, env=child_env(), capture_output=True)
        results = {}
        for arrangement in ("gunicorn alone", "verifier serve"):
            results[arrangement] = measure(arrangement, index_dir, work)
            loads.append(load_average())
    finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
    text = render(results, started, finished, loads)
    write_doc(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
