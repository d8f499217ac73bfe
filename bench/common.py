"""What every benchmark script shares: paths, child processes with their peak memory, the
machine's description, and small statistics.

Timed commands run as child processes with the environment `make` gives them (offline model
hub), so a figure includes everything a user waits for: interpreter start, imports, model load.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
PYTHON = sys.executable
VERIFIER = str(Path(PYTHON).with_name("verifier"))


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONPATH=str(ROOT))
    env.pop("VERIFIER_INDEX", None)
    return env


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: wall time, its own peak resident memory, exit code, output."""

    seconds: float
    max_rss_mb: float       # ru_maxrss of this child alone (os.wait4), in MiB
    cpu_s: float            # user + system CPU time of this child alone
    returncode: int
    stdout: str
    stderr: str


def run_child(args: list[str], timeout: float = 600) -> ChildRun:
    """Run `args` to completion; stdout/stderr go to files so the child never blocks on a pipe."""
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / ".child.out", "w+") as out, open(OUT / ".child.err", "w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=child_env(), cwd=ROOT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)   # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        # Linux reports ru_maxrss in KiB.
        return ChildRun(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime,
                        proc.returncode, out.read(), err.read())


def probe(script: str, *args: str, timeout: float = 900) -> dict:
    """Run `bench/<script> probe ARGS…` in a fresh interpreter; its last stdout line is JSON."""
    run = run_child([PYTHON, str(BENCH / script), *args], timeout=timeout)
    if run.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed ({run.returncode}):\n{run.stderr}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result["_max_rss_mb"] = run.max_rss_mb
    result["_seconds"] = run.seconds
    return result


def emit(result: dict) -> None:
    """A probe's answer: one JSON line, last on stdout."""
    sys.stdout.write(json.dumps(result) + "\n")


def machine() -> dict:
    """nproc, CPU model, Python, torch version and the threads torch uses here."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = probe("common.py", "torch")
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), **{k: v for k, v in info.items()
                                                 if not k.startswith("_")}}


def median(xs) -> float:
    return statistics.median(xs)


def p95(xs) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = max(0, min(len(xs) - 1, round(0.95 * (len(xs) - 1))))
    return xs[k]


def profile_top(func, n: int = 8, sort: str = "tottime") -> tuple[object, list[dict]]:
    """Run func() under cProfile; its result and the n functions with most own time."""
    prof = cProfile.Profile()
    result = prof.runcall(func)
    stats = pstats.Stats(prof, stream=io.StringIO())
    rows = []
    total = stats.total_tt or 1e-9
    entries = sorted(stats.stats.items(), key=lambda kv: -kv[1][2 if sort == "tottime" else 3])
    for (filename, line, name), (_cc, nc, tt, ct, _callers) in entries[:n]:
        rows.append({"function": f"{_short(filename)}:{line}({name})", "calls": nc,
                     "own_s": round(tt, 4), "cum_s": round(ct, 4),
                     "own_share": round(tt / total, 3)})
    return result, rows


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def _torch_probe() -> dict:
    import torch

    from index.embed import embedding_threads
    import onnxruntime
    return {"torch": torch.__version__, "torch_default_threads": torch.get_num_threads(),
            "torch_threads_used": embedding_threads(), "onnxruntime": onnxruntime.__version__}


if __name__ == "__main__":
    if sys.argv[1:] == ["torch"]:
        sys.path.insert(0, str(ROOT))
        emit(_torch_probe())


def load_average() -> float:
    """The 1-minute load average: other work on the machine skews every figure."""
    return os.getloadavg()[0]


def wait_for_quiet(max_wait_s: float = 90, threshold: float | None = None) -> float:
    """Wait (up to max_wait_s) until the 1-minute load is below half the CPUs; returns it."""
    threshold = threshold if threshold is not None else max(0.5, 0.5 * (os.cpu_count() or 1))
    deadline = time.monotonic() + max_wait_s
    while load_average() > threshold and time.monotonic() < deadline:
        time.sleep(5)
    return load_average()


def write_section(doc: Path, begin: str, end: str, text: str) -> None:
    """Put `text` (which opens with `begin` and closes with `end`) in place of the section
    between those markers in `doc`, or at its end: a bench rewrites its own section of
    docs/benchmarks.md and leaves the others as they are."""
    old = doc.read_text(encoding="utf-8") if doc.is_file() else "# Benchmarks\n"
    if begin in old and end in old:
        new = old[:old.index(begin)] + text + old[old.index(end) + len(end) + 1:]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    doc.write_text(new, encoding="utf-8")
