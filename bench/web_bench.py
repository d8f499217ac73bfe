"""`/api/check` on the 20-quotation motion: in-process (Flask test client) and over HTTP against
`verifier serve` on a free loopback port; then 20 concurrent clients for 30 s; and the time from
starting `verifier serve` to its first 200 answer.

Skipped (with a note in the results) while web/app.py does not exist.

    .venv/bin/python bench/web_bench.py probe inprocess INDEX LEXICAL SEMANTIC
"""

from __future__ import annotations

import http.client
import inspect
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from common import (OUT, ROOT, VERIFIER, child_env, emit, median, p95, probe, profile_top,
                    run_child)
from load import run_load

SEQUENTIAL_REQUESTS = 50
LOAD_CLIENTS = 20
LOAD_SECONDS = 30
STARTUP_TIMEOUT_S = 120
# The request bodies tried, in order, until /api/check answers 200: the API's field name is the
# web package's choice, and this script should not break when it settles.
PAYLOAD_KEYS = ("text", "motion")


def web_available() -> bool:
    return (ROOT / "web" / "app.py").is_file()


def _app(index_dir: str):
    os.environ["VERIFIER_INDEX"] = index_dir
    import web.app as web_app

    factory = getattr(web_app, "create_app", None)
    if factory is None:
        return web_app.app
    params = inspect.signature(factory).parameters
    for name in ("index_dir", "index", "index_path"):
        if name in params:
            return factory(**{name: index_dir})
    return factory()


def inprocess_probe(index_dir: str, lexical: str, semantic: str) -> dict:
    t = time.perf_counter()
    app = _app(index_dir)
    t_app = time.perf_counter() - t
    client = app.test_client()
    lexical_text = Path(lexical).read_text(encoding="utf-8")
    key = None
    for candidate in PAYLOAD_KEYS:
        response = client.post("/api/check", json={candidate: lexical_text})
        if response.status_code == 200:
            key = candidate
            break
    if key is None:
        return {"error": f"/api/check answered {response.status_code} to every body tried: "
                         f"{response.get_data(as_text=True)[:300]}"}
    t = time.perf_counter()
    warm = client.post("/api/check", json={key: Path(semantic).read_text(encoding="utf-8")})
    t_model = time.perf_counter() - t
    times = []
    for _ in range(SEQUENTIAL_REQUESTS):
        t = time.perf_counter()
        response = client.post("/api/check", json={key: lexical_text})
        times.append(time.perf_counter() - t)
        assert response.status_code == 200, response.status_code
    _, hot = profile_top(lambda: [client.post("/api/check", json={key: lexical_text})
                                  for _ in range(10)])
    return {"hot_api": hot, "payload_key": key, "create_app_s": t_app, "semantic_first_s": t_model,
            "semantic_status": warm.status_code, "median_s": median(times), "p95_s": p95(times),
            "requests": len(times)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(port: int, method: str, path: str, body: bytes | None = None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def serve_command(index_dir: Path, port: int) -> list[str]:
    """`verifier serve` with the options its --help offers (host, port, index)."""
    run = run_child([VERIFIER, "serve", "--help"])
    if run.returncode != 0:
        raise LookupError(f"`verifier serve --help` failed: {run.stderr.strip()[-300:]}")
    help_text = run.stdout
    args = [VERIFIER, "serve"]
    if "--host" in help_text:
        args += ["--host", "127.0.0.1"]
    if "--port" in help_text:
        args += ["--port", str(port)]
    if "--index" in help_text:
        args += ["--index", str(index_dir)]
    return args


def over_http(index_dir: Path, lexical: Path, semantic: Path, key: str) -> dict:
    port = _free_port()
    try:
        command = serve_command(index_dir, port)
    except LookupError as e:
        return {"error": str(e)}
    env = child_env()
    env["VERIFIER_INDEX"] = str(index_dir)
    env["PORT"] = str(port)
    log = open(OUT / "serve.log", "w")
    t0 = time.perf_counter()
    server = subprocess.Popen(command, env=env, cwd=ROOT,
                              stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        startup = None
        while time.perf_counter() - t0 < STARTUP_TIMEOUT_S and server.poll() is None:
            try:
                if _request(port, "GET", "/") == 200:
                    startup = time.perf_counter() - t0
                    break
            except OSError:
                pass
            time.sleep(0.05)
        if startup is None:
            return {"error": f"verifier serve gave no 200 within {STARTUP_TIMEOUT_S} s "
                             f"(see bench/out/serve.log)"}
        lexical_body = json.dumps({key: lexical.read_text(encoding="utf-8")}).encode()
        t = time.perf_counter()
        first_check = _request(port, "POST", "/api/check", lexical_body)
        t_first_check = time.perf_counter() - t
        t = time.perf_counter()
        _request(port, "POST", "/api/check",
                 json.dumps({key: semantic.read_text(encoding="utf-8")}).encode())
        t_semantic = time.perf_counter() - t
        times = []
        for _ in range(SEQUENTIAL_REQUESTS):
            t = time.perf_counter()
            status = _request(port, "POST", "/api/check", lexical_body)
            times.append(time.perf_counter() - t)
            if status != 200:
                return {"error": f"/api/check answered {status}"}
        load = run_load(f"http://127.0.0.1:{port}/api/check", lexical_body,
                        clients=LOAD_CLIENTS, seconds=LOAD_SECONDS)
        return {"startup_to_first_200_s": startup, "first_check_status": first_check,
                "first_check_s": t_first_check, "semantic_first_s": t_semantic,
                "median_s": median(times), "p95_s": p95(times), "requests": len(times),
                "load": load, "command": " ".join(command[1:]).replace(str(ROOT) + "/", "")}
    finally:
        # The server and any workers it forked share the session started above.
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def measure(index_dir: Path, lexical: Path, semantic: Path) -> dict:
    if not web_available():
        return {"skipped": "web/app.py does not exist yet; the script is ready for it"}
    inproc = probe("web_bench.py", "probe", "inprocess", str(index_dir), str(lexical),
                   str(semantic))
    if "error" in inproc:
        return {"inprocess": inproc}
    return {"inprocess": inproc,
            "http": over_http(index_dir, lexical, semantic, inproc["payload_key"])}


if __name__ == "__main__":
    if sys.argv[1:3] == ["probe", "inprocess"]:
        emit(inprocess_probe(*sys.argv[3:6]))
    else:
        sys.exit(__doc__)
