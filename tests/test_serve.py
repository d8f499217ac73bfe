"""`verifier serve` as a process: its buffering front (web/front.py) against slow clients, and
a new server that answers at once while the samples are indexed (issues 24 and 25).

Servers are real `verifier serve` processes on 127.0.0.1 port 0 (the port read back from the
line they print), over an index of a one-page report the test draws. The pure rules of the
front (what a request may take, what gunicorn is sent) are tables at the top.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import h11
import pytest

from conftest import ROOT
from index import add_pdf
from pdfs import make_pdf
from web import create_app
from web.api import OPENAPI
from web.front import Limits, _upstream_head
from web.jobs import SAMPLES_FILE, new_job, record_started, write_status

REPORT_LINES = [
    "Best Value Inspection of the Borough of Saltmere",
    "3.1 The lack of trust between councillors, officers and partners is deeply concerning",
    "and is not conducive to good governance and decision-making.",
    "3.2 Many good managers had left the organisation.",
]
MOTION = ("This Council notes “the lack of trust between councillors, officers and partners is "
          "deeply concerning” (paragraph 3.1).")


# ---- the pure rules ------------------------------------------------------------------------------

@pytest.mark.parametrize("limits, length, seconds", [
    pytest.param(Limits(), 1000, 30 + 1000 / 102400, id="a-small-form"),
    pytest.param(Limits(), 50 * 1024 * 1024, 30 + 512, id="a-50-MB-upload-gets-8.5-minutes"),
    pytest.param(Limits(), None, 30 + 512, id="chunked-gets-the-largest-allowed"),
    pytest.param(Limits(body_seconds=2, max_body_bytes=1024 * 1024), 0, 2, id="no-body"),
])
def test_body_deadline(limits, length, seconds):
    assert limits.body_deadline(length) == pytest.approx(seconds)


@pytest.mark.parametrize("method, headers, length, peer, sent", [
    pytest.param("POST", [("Host", "127.0.0.1:8000"), ("Content-Length", "12"),
                          ("Content-Type", "application/json")], 12, ("10.0.0.7", 5555),
                 [b"POST /api/check HTTP/1.1", b"Host: 127.0.0.1:8000",
                  b"Content-Type: application/json", b"Content-Length: 12",
                  b"X-Forwarded-For: 10.0.0.7", b"Connection: close"], id="json-post"),
    pytest.param("POST", [("Host", "h"), ("Transfer-Encoding", "chunked"),
                          ("Expect", "100-continue"), ("Connection", "keep-alive"),
                          ("X-Forwarded-For", "6.6.6.6")], 5, None,
                 [b"POST /api/check HTTP/1.1", b"Host: h", b"Content-Length: 5",
                  b"Connection: close"],
                 id="chunked-becomes-a-length-and-a-forged-forwarded-for-is-dropped"),
    pytest.param("GET", [("Host", "h"), ("Origin", "http://h")], 0, ("::1", 1, 0, 0),
                 [b"GET /api/check HTTP/1.1", b"Host: h", b"Origin: http://h",
                  b"X-Forwarded-For: ::1", b"Connection: close"], id="get-has-no-length"),
])
def test_what_gunicorn_is_sent(method, headers, length, peer, sent):
    request = h11.Request(method=method, target="/api/check", headers=headers)
    assert _upstream_head(request, length, peer) == b"\r\n".join(sent) + b"\r\n\r\n"


# ---- the app while the samples are indexed (the job's status file, as serve writes it) -----------

def test_checks_wait_for_the_samples(tmp_path):
    state = tmp_path / "state"
    job = new_job(state, SAMPLES_FILE)
    app = create_app(tmp_path / "index", state_dir=state, samples_job=job)
    client = app.test_client()
    for stage in ("queued", "running"):
        if stage == "running":
            write_status(state / "jobs", job, {"state": "running", "stage": "embedding",
                                               "done": 3, "total": 384, "file": SAMPLES_FILE})
        answer = client.post("/api/check", json={"text": MOTION})
        assert (answer.status_code, answer.headers["Retry-After"]) == (503, "10")
        assert "still being indexed" in answer.get_json()["error"]
        form = client.get("/").get_data(as_text=True)
        assert "The sample report and letter are being indexed" in form
        assert f'href="/sources?job={job}"' in form
        assert client.get(f"/api/jobs/{job}").get_json()["state"] == stage
    write_status(state / "jobs", job, {"state": "done", "stage": "done", "done": 1, "total": 1,
                                       "file": SAMPLES_FILE, "added": True, "notes": []})
    answer = client.post("/api/check", json={"text": MOTION})
    assert answer.status_code != 503 and "Retry-After" not in answer.headers
    documented = json.loads(OPENAPI.read_text(encoding="utf-8"))["paths"]["/api/check"]["post"]
    assert {"408", "503"} <= set(documented["responses"])
    assert "being indexed" not in client.get("/").get_data(as_text=True)


def test_a_samples_job_whose_process_died_stops_the_503(tmp_path):
    """kill -9 of the process adding the samples: checks are answered, the job is failed."""
    import subprocess
    import sys

    state = tmp_path / "state"
    job = new_job(state, SAMPLES_FILE)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        app = create_app(tmp_path / "index", state_dir=state, samples_job=job)
        client = app.test_client()
        write_status(state / "jobs", job, {"state": "running", "stage": "embedding", "done": 3,
                                           "total": 384, "file": SAMPLES_FILE,
                                           "pid": alive.pid})
        assert client.post("/api/check", json={"text": MOTION}).status_code == 503
        assert "pid" not in client.get(f"/api/jobs/{job}").get_json()
        write_status(state / "jobs", job, {"state": "running", "stage": "embedding", "done": 3,
                                           "total": 384, "file": SAMPLES_FILE, "pid": gone.pid})
        assert client.post("/api/check", json={"text": MOTION}).status_code != 503
        status = client.get(f"/api/jobs/{job}").get_json()
        assert status["state"] == "failed" and "stopped before it finished" in status["error"]
    finally:
        alive.kill()
        alive.wait()


def test_a_samples_job_whose_process_died_before_its_first_status_is_failed(tmp_path):
    """The process adding the samples dies on its way up (before it writes its pid): the
    job, recorded by `serve` as it started it, is failed with a reason, not pending."""
    import subprocess
    import sys

    state = tmp_path / "state"
    job = new_job(state, SAMPLES_FILE)
    gone = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    record_started(state, job, gone.pid)
    app = create_app(tmp_path / "index", state_dir=state, samples_job=job)
    client = app.test_client()
    gone.wait()
    assert client.post("/api/check", json={"text": MOTION}).status_code != 503
    status = client.get(f"/api/jobs/{job}").get_json()
    assert status["state"] == "failed"
    assert status["error"] == ("the process adding it stopped before it began; see the server "
                               "log")


def test_serve_records_the_samples_process_as_it_starts_it(tmp_path):
    """kill -9 of the samples' process at once, before it could write anything: failed."""
    from verifier.cli.serve import ServerSettings, add_samples_in_background
    from web.jobs import SourceJobs

    state = tmp_path / "state"
    settings = ServerSettings(tmp_path / "index", None, 1 << 20, True, state, "key")
    job, process = add_samples_in_background(settings)
    process.kill()
    process.wait()
    jobs = SourceJobs(state, tmp_path / "index", None)
    assert not jobs.pending(job)
    assert jobs.status(job)["state"] == "failed"


def test_serve_on_a_taken_port_says_so_in_one_line(tmp_path):
    from click.testing import CliRunner

    from verifier.cli.serve import serve

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(serve, ["--index", str(tmp_path / "index"), "--port",
                                            str(port), "--no-samples"])
    assert result.exit_code == 2
    assert result.stderr == (f"error: 127.0.0.1:{port}: Address already in use (is another "
                             "server running there? choose another --port)\n")


# ---- real servers ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def saltmere_index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("serve")
    report = make_pdf(root / "saltmere-report.pdf", [REPORT_LINES])
    add_pdf(root / "index", report, title=REPORT_LINES[0])
    return root / "index"


class Server:
    """A `verifier serve` process; its output in a file, its address read from it."""

    def __init__(self, index_dir: Path, log: Path, *options: str):
        self.log = log
        self.started = time.monotonic()
        with open(log, "w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from verifier.cli.serve import serve; serve()",
                 "--index", str(index_dir), "--port", "0", *options],
                stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not (found := re.search(r"on http://127\.0\.0\.1:(\d+)/", self.output())):
            assert self.process.poll() is None and time.monotonic() < deadline, self.output()
            time.sleep(0.05)
        self.port = int(found.group(1))
        self.base = f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> str:
        self.process.terminate()
        self.process.wait(timeout=30)
        return self.output()


def ask(url: str, body: dict | None = None, timeout: float = 60) -> tuple[int, dict, dict]:
    """(status, headers, JSON body) of a GET, or of a POST of `body` as JSON."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, dict(r.headers), json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.load(e)


class Dripper(threading.Thread):
    """A client that sends `head`, then one byte every `interval` s, until it is answered."""

    def __init__(self, port: int, head: bytes, interval: float, give_up: float = 60):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(head)
        self.sent_at = time.monotonic()
        self.interval, self.give_up = interval, give_up
        self.answer, self.answered_after = b"", None
        self.start()

    def run(self):
        self.sock.settimeout(self.interval)
        try:
            while time.monotonic() - self.sent_at < self.give_up:
                try:
                    data = self.sock.recv(4096)
                except socket.timeout:
                    self.sock.sendall(b"x")
                    continue
                if data:
                    self.answer += data
                    self.answered_after = self.answered_after or time.monotonic() - self.sent_at
                    continue
                break
        except OSError:
            pass
        finally:
            self.sock.close()

    def status(self) -> int | None:
        found = re.match(rb"HTTP/1\.1 (\d{3}) ", self.answer)
        return int(found.group(1)) if found else None


def body_head(port: int, length: int = 100) -> bytes:
    return (f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n").encode()


BODY_TIMEOUT_S = 8
HEADER_TIMEOUT_S = 2


@pytest.mark.model
def test_sixteen_dripping_clients_stall_nothing(saltmere_index, tmp_path):
    """16 connections send their headers and then one body byte a second: with 2 threads,
    gunicorn alone answered nothing else until they were done. Through the front, ordinary
    requests are answered meanwhile, and each dripper gets 408 once its body's time is up."""
    server = Server(saltmere_index, tmp_path / "serve.log", "--no-samples", "--threads", "2",
                    "--body-timeout", str(BODY_TIMEOUT_S),
                    "--header-timeout", str(HEADER_TIMEOUT_S), "--max-upload-mb", "1")
    try:
        assert ask(server.base + "/api/sources")[0] == 200      # the worker is up
        drippers = [Dripper(server.port, body_head(server.port), interval=1) for _ in range(16)]
        slow_head = Dripper(server.port, b"GET /api/sources HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                            interval=1)
        time.sleep(0.5)
        answered = []
        while time.monotonic() - drippers[-1].sent_at < BODY_TIMEOUT_S - 2:
            status, _, body = ask(server.base + "/api/check", {"text": MOTION}, timeout=10)
            assert status == 200 and body["quotes"][0]["verdict"] == "verbatim"
            assert ask(server.base + "/api/sources", timeout=10)[0] == 200
            answered.append(time.monotonic())
        assert len(answered) >= 2 and all(d.answer == b"" for d in drippers), \
            "the ordinary requests were answered while every dripper was still sending"
        too_large = ask(server.base + "/api/check", timeout=10,
                        body={"text": "x" * (1024 * 1024 + 1)})
        assert too_large[0] == 413 and "larger than the limit of 1 MB" in too_large[2]["error"]
        for dripper in drippers + [slow_head]:
            dripper.join(timeout=30)
        assert [d.status() for d in drippers] == [408] * 16
        assert all(BODY_TIMEOUT_S - 0.5 < d.answered_after < BODY_TIMEOUT_S + 5 for d in drippers)
        assert b"did not arrive within 8 s" in drippers[0].answer
        assert slow_head.status() == 408 and slow_head.answered_after < HEADER_TIMEOUT_S + 5
        assert b"headers did not arrive within 2 s" in slow_head.answer
    finally:
        output = server.stop()
    assert "Traceback" not in output


@pytest.mark.e2e          # indexing the 34-page sample report takes half a minute or more
@pytest.mark.model
def test_serve_opens_its_port_at_once_and_adds_the_samples_meanwhile(tmp_path):
    """An empty index: the server answers before the samples are in (it waited 43 s for them),
    checks answer 503 with Retry-After meanwhile, and the samples' job ends done."""
    server = Server(tmp_path / "index", tmp_path / "serve.log")
    try:
        status, headers, body = ask(server.base + "/api/check", {"text": MOTION})
        assert (status, headers["Retry-After"]) == (503, "10"), body
        form = urllib.request.urlopen(server.base + "/", timeout=60).read().decode()
        job = re.search(r'href="/sources\?job=([0-9a-f]{16})"', form).group(1)
        assert "The sample report and letter are being indexed" in form
        deadline = time.monotonic() + 240
        while (status := ask(f"{server.base}/api/jobs/{job}")[2])["state"] != "done":
            assert status["state"] in ("queued", "running") and time.monotonic() < deadline
            time.sleep(1)
        assert [d["id"] for d in ask(server.base + "/api/sources")[2]["sources"]] == \
            ["letter", "report"]
        assert ask(server.base + "/api/check", {"text": MOTION})[0] == 200
    finally:
        output = server.stop()
    assert "Traceback" not in output


# ---- behind nginx, as deploy/nginx.conf ships it ------------------------------------------------

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_SITE = ROOT / "deploy" / "nginx.conf"


def nginx_config(folder: Path, port: int, upstream_port: int) -> Path:
    """deploy/nginx.conf on loopback ports, inside a main configuration that keeps every file
    nginx writes in `folder`."""
    site = NGINX_SITE.read_text(encoding="utf-8")
    for shipped, here in (("listen 80;", f"listen 127.0.0.1:{port};"), ("listen [::]:80;", ""),
                          ("proxy_pass http://127.0.0.1:8000;",
                           f"proxy_pass http://127.0.0.1:{upstream_port};")):
        assert shipped in site, f"deploy/nginx.conf no longer says {shipped!r}"
        site = site.replace(shipped, here)
    (folder / "verifier.conf").write_text(site, encoding="utf-8")
    temp = "\n".join(f"  {kind}_temp_path {folder / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    main = folder / "nginx.conf"
    main.write_text(
        "daemon off;\nworker_processes 1;\n"
        f"pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} info;\n"
        + ("user root;\n" if os.geteuid() == 0 else "")
        + "events { worker_connections 256; }\n"
        f"http {{\n  access_log {folder / 'access.log'};\n{temp}\n"
        f"  include {folder / 'verifier.conf'};\n}}\n", encoding="utf-8")
    return main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.skipif(not Path(NGINX).exists(), reason="needs Debian's nginx (apt-get install nginx)")
def test_behind_nginx_sixteen_dripping_clients_stall_nothing(saltmere_index, tmp_path):
    server = Server(saltmere_index, tmp_path / "serve.log", "--no-samples", "--threads", "2",
                    "--max-upload-mb", "1")
    port = free_port()
    config = nginx_config(tmp_path, port, server.port)
    nginx = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(config),
                              "-e", str(tmp_path / "error.log")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if ask(base + "/api/sources", timeout=10)[0] == 200:
                    break
            except OSError:
                pass
            assert nginx.poll() is None and time.monotonic() < deadline, \
                (tmp_path / "error.log").read_text()
            time.sleep(0.2)
        drippers = [Dripper(port, body_head(port), interval=1, give_up=20) for _ in range(16)]
        time.sleep(0.5)
        started = time.monotonic()
        while time.monotonic() - started < 6:
            status, _, body = ask(base + "/api/check", {"text": MOTION}, timeout=10)
            assert status == 200 and body["quotes"][0]["verdict"] == "verbatim"
            form = urllib.request.urlopen(base + "/", timeout=10)
            assert form.status == 200
        assert all(d.answer == b"" for d in drippers)
        too_large = Dripper(port, body_head(port, length=60 * 1024 * 1024), interval=1,
                            give_up=10)
        too_large.join(timeout=20)
        assert too_large.status() == 413            # nginx's own, before any body is read
        # A browser's form post through nginx: its Host (port included) and Origin still agree,
        # so the same-site check lets it through to the results page.
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        page = browser.open(base + "/", timeout=10).read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"csrf_token": token, "text": MOTION,
                                       "sources": "saltmere-report"}).encode()
        answer = browser.open(urllib.request.Request(base + "/check", data=form,
                                                     headers={"Origin": base}), timeout=30)
        assert re.search(r"/results/[0-9a-f]{24}$", answer.url) and answer.status == 200
    finally:
        nginx.terminate()
        nginx.wait(timeout=30)
        output = server.stop()
    assert "Traceback" not in output
