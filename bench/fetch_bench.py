"""Issue 24's fetch rows at full size, with the shipped limits: `index add URL` and
`verifier fetch` as child processes against servers on 127.0.0.1 that drip, redirect away, to
ftp://, in a loop, or answer 200 MB. Writes docs/fetch.md (and bench/out/fetch.json).

    .venv/bin/python bench/fetch_bench.py          # about 3 minutes: the drips take their time

Each row: exit status, wall seconds, the child's own peak memory, how many lines stderr had,
and its first line. The FTP row also says whether anything connected to the ftp:// address.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, PYTHON, ROOT, machine, run_child  # noqa: E402
from local_site import Answer, LocalSite, redirect  # noqa: E402  (the tests' local server)

DOC = ROOT / "docs" / "fetch.md"
PAGE = b"<html><body><main><h1>Report</h1><p>1.1 We found a council in difficulty.</p></main>" \
       b"</body></html>"
VERIFIER = [PYTHON, "-m", "verifier"]


def main() -> None:
    rows = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.setblocking(False)
    ftp = f"ftp://127.0.0.1:{listener.getsockname()[1]}/report.pdf"
    with LocalSite({}) as site, tempfile.TemporaryDirectory() as tmp:
        site.routes.update({
            "/drip": Answer(PAGE * 10, drip_s=10.0),
            "/drip-headers": Answer(PAGE, drip_headers_s=10.0),
            "/away": redirect(site.url("/page", host="localhost")),
            "/ftp": redirect(ftp),
            "/a": redirect("/b"), "/b": redirect(site.url("/a")),
            "/huge": Answer(b" " * (200 << 20), length=False),
            "/mgWebService.asmx/GetCommittees": Answer(b"<?xml version='1.0'?><committees>"
                                                       + b" " * 4000 + b"</committees>",
                                                       "text/xml", drip_s=1.0),
        })
        cases = [
            ("index add: a server dripping one byte every 10 s", "/drip", []),
            ("index add: headers dripped one byte every 10 s", "/drip-headers", []),
            ("index add: a redirect to another host", "/away", []),
            ("index add: a redirect to ftp://", "/ftp", []),
            ("index add: a redirect loop", "/a", []),
            ("index add: a 200 MB answer without a length", "/huge", []),
        ]
        for n, (what, path, extra) in enumerate(cases):
            run = run_child(VERIFIER + ["index", "add", site.url(path), "--index",
                                        f"{tmp}/idx{n}", *extra], timeout=900)
            rows.append(_row(what, run))
        run = run_child(VERIFIER + ["fetch", site.url(), "--from", "2026-01-01", "--to",
                                    "2026-01-31", "--output", f"{tmp}/fetched", "--timeout", "10"],
                        timeout=900)
        rows.append(_row("fetch: a modern.gov service dripping a byte a second (--timeout 10, "
                         "2 retries)", run))
    try:
        listener.accept()
        connected = True
    except BlockingIOError:
        connected = False
    listener.close()
    result = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "machine": machine(), "rows": rows, "ftp_connection_attempted": connected}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "fetch.json").write_text(json.dumps(result, indent=2))
    DOC.write_text(render(result), encoding="utf-8")
    print(render(result))


def _row(what: str, run) -> dict:
    lines = run.stderr.strip().splitlines()
    return {"what": what, "exit": run.returncode, "seconds": round(run.seconds, 1),
            "max_rss_mb": round(run.max_rss_mb), "stderr_lines": len(lines),
            "first_line": lines[0] if lines else ""}


def render(result: dict) -> str:
    m = result["machine"]
    rows = "\n".join(
        f"| {r['what']} | {r['exit']} | {r['seconds']} | {r['max_rss_mb']} | "
        f"{r['stderr_lines']} | `{r['first_line'].replace('|', '/')}` |" for r in result["rows"])
    return f"""# Fetches: issue 24's rows at full size

Measured by `.venv/bin/python bench/fetch_bench.py` on {result['date']} ({m.get('cpu')},
{m.get('nproc')} CPUs, Python {m.get('python')}), each command a child process against a
server on 127.0.0.1, with the shipped limits: a total deadline of 60 s and a 50 MB cap per
fetch for `index add URL` (index/fetch.py); for `verifier fetch`, `--timeout 10` per request
and two retries after 2 s and 4 s. The addresses in the messages are the local server's.
Seconds include the command's own start-up (about 4-5 s here: the rows that fail at once).

| what was tried | exit | seconds | peak MB | stderr lines | stderr |
|---|---|---|---|---|---|
{rows}

An FTP connection attempted for the ftp:// redirect: **{'yes' if result['ftp_connection_attempted'] else 'no'}**.
Before (issue 24): the drip was still running at 150 s (urllib's 30 s timeout is per read);
the redirects were followed silently, to another host and to ftp:// (a connection attempted),
and the loop gave a three-line message.
"""


if __name__ == "__main__":
    main()
