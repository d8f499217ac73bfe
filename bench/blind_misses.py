"""The fit half's quotation misses, one line each with the label's note: what bench/blind.py
scores as wrong (verdict, citation or location), to classify by cause.

    .venv/bin/python bench/blind_misses.py [--case NAME]... [--all]

Stages the fit half's quotation cases as bench/blind.py does (its own staging functions), runs
the eval kit's scorer on each in this process (score.run_case, score.score_case: every case
indexed afresh, so the figures are bench/blind.py's), and prints each strict label the system
got wrong beside what the label's writer expected and why (the label's `note`) and the
system's own note. Fit half only: the sealed half is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import blind  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", default=[],
                        help="only this staged case (e.g. ashcombe-motion-opposition)")
    parser.add_argument("--all", action="store_true", help="print every strict label, not "
                        "only the wrong ones")
    parser.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    parser.add_argument("--verifier", default=str(ROOT / ".venv" / "bin" / "verifier"))
    args = parser.parse_args(argv)
    notes = {}
    for set_dir in blind.sets_of("fit"):
        for doc in blind.documents(set_dir):
            case = f"{set_dir.name}-{Path(doc['document']).stem}"
            for n, q in enumerate(doc.get("quotes", [])):
                notes[(case, n + 1)] = q
    sys.path.insert(0, str(args.eval_kit))
    import score  # the eval kit's scorer, run in this process so the notes can be shown

    cmd = [args.verifier]
    outcomes, total, outputs = [], score.Tally(), {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        blind.stage_quotes(blind.sets_of("fit"), tmp / "cases")
        for case_dir in score.find_cases(tmp / "cases", args.case):
            result = score.run_case(case_dir, cmd, 600)
            if result["error"]:
                print(f"{case_dir.name}: {result['error']}", file=sys.stderr)
            tally, case_outcomes, _ = score.score_case(result)
            total.add(tally)
            outcomes += case_outcomes
            outputs[case_dir.name] = (result["output"] or {}).get("quotes", [])
            print(f"{case_dir.name}: {score.summary_line(tally, [result])}", file=sys.stderr)
    report = {"summary": score.summary_line(total, [{"check_seconds": None, "error": None}]),
              "labels": outcomes}
    print(report["summary"])
    # Out of context (issue 21's target): labels whose ideal verdict is out_of_context called
    # so, and the controls (the context kept or restored: a "control" note or kind) flagged.
    strict = [o for o in outcomes if o["strict"] and not o["ignore"]]
    ooc = [o for o in strict if o["expected"]["verdict"][0] == "out_of_context"]
    called = sum(1 for o in ooc if o["system"] and o["system"]["verdict"] == "out_of_context")
    controls = [o for o in strict if "restored" in o["kind"] or "control" in (
        notes.get((o["case"], o["label"]), {}).get("note") or "").lower()]
    flagged = [o for o in controls if o["system"] and (
        o["system"]["verdict"] in ("misquote", "paraphrase", "not_found", "out_of_context")
        or o["system"]["citation"] == "wrong")]
    print(f"out of context: {called}/{len(ooc)} called out_of_context; controls flagged "
          f"{len(flagged)}/{len(controls)}")
    for o in report["labels"]:
        if not o["strict"] or o["ignore"]:
            continue
        ok = o.get("verdict_ok") and o.get("citation_ok") and o.get("location_ok") is not False
        if ok and not args.all:
            continue
        label = notes.get((o["case"], o["label"]), {})
        e, s = o["expected"], o["system"]
        got = "(not extracted)" if s is None else \
            f"{s['verdict']}/{s['citation']} @{s['section']}"
        wrong = ",".join(k for k in ("verdict", "citation", "location")
                         if o.get(f"{k}_ok") is False) or "-"
        print(f"\n{o['case']} #{o['label']} [{o['kind']}] {wrong}: expected "
              f"{'|'.join(e['verdict'])}/{'|'.join(e['citation'])} @{e['section']}; got {got}")
        print(f"   text: {o['text'][:160]!r}")
        if s is not None and s["text"] != o["text"]:
            print(f"   system text: {s['text'][:160]!r}")
        print(f"   cited: {label.get('cited')} pages {label.get('cited_pages')} "
              f"doc {label.get('cited_document')}")
        if label.get("note"):
            print(f"   note: {label['note']}")
        if s is not None:
            q = outputs[o["case"]][s["quote"] - 1]
            print(f"   system note: {q.get('note', '')[:400]}")
        if label.get("context_dropped"):
            print(f"   context dropped: {label['context_dropped']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
