"""The progress bar of `verifier batch` (issue 23): while workers start and load the model it
says so, on the bar itself, rather than sitting at "0/3 … ETA -:--:--"; the first pack that
comes back turns it into the count of packs, pages and quotations.

The run itself is replaced by one that looks at the bar when the run would start its workers
and then hands back one (failed) pack: no process is started, no model loaded."""

from __future__ import annotations

import importlib
import io

import pytest
from rich.console import Console

from verifier.batch.folder import BatchFolder
from verifier.batch.worker import BatchContext, failed

# (the module, not the click command of the same name that verifier.cli exports)
batch_cli = importlib.import_module("verifier.cli.batch")


class _Client:
    """A Dask client that is never used (run_batch is replaced)."""

    def close(self) -> None:
        pass


def _bar_text(runner) -> str:
    """The bar's one line as a terminal 160 columns wide shows it."""
    out = io.StringIO()
    Console(file=out, width=160, force_terminal=False).print(runner.progress.bar.get_renderable())
    return out.getvalue()


@pytest.mark.parametrize("jobs, scheduler, stage", [
    (2, None, "starting 2 workers, loading the model"),
    (3, None, "starting 3 workers, loading the model"),
    (1, None, "loading the model"),
    (2, "tcp://127.0.0.1:8786", "loading the model on the cluster's workers"),
], ids=["two-workers", "three-workers", "one-process", "dask"])
def test_the_bar_names_the_start_up_stage_until_the_first_pack(tmp_path, monkeypatch, jobs,
                                                                 scheduler, stage):
    paths = []
    for k in range(3):
        path = tmp_path / "packs" / f"pack-{k}.pdf"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"%PDF-1.4\n")
        paths.append(path)
    folder = BatchFolder(tmp_path / "out")
    plan = folder.plan([str(p) for p in paths], False, ())
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    runner = batch_cli.Runner(folder, total=len(paths))
    seen = {}

    def run_batch(jobs, context, executor, on_result, timeout=None, renew=None):
        seen["starting"] = _bar_text(runner)
        on_result(jobs[0], failed(jobs[0].path, f"{jobs[0].path}: is empty"))
        seen["after one"] = _bar_text(runner)
        return []

    monkeypatch.setattr("verifier.batch.run.run_batch", run_batch)
    monkeypatch.setattr(batch_cli, "_dask_client", lambda address: _Client())
    try:
        interrupted = batch_cli._run(plan.jobs, BatchContext(str(tmp_path / "index")), runner,
                                     scheduler, jobs, None)
    finally:
        runner.stop()
    assert not interrupted
    assert stage in seen["starting"] and "0/3" in seen["starting"]
    assert stage not in seen["after one"]
    assert "packs" in seen["after one"] and "1/3" in seen["after one"]
