"""Fit and measure the statement thresholds of verifier/judging/claim_check.py on the labelled claims.

    .venv/bin/python bench/claims_fit.py --index DIR [--model PATH] [--output FILE]
    # DIR holds examples/report.pdf and letter.pdf, indexed with the same model

Runs the claim checker on examples/claims/fit.txt over a grid of thresholds, picks the setting
with the fewest false alarms (an ideal `supported` judged not_supported, figure_differs or elsewhere)
and then the most right verdicts, and reports that setting on the fit rows and on the held-out
rows (examples/claims/held-out.txt), which took no part in choosing it. Writes
bench/claims_fit.txt (or --output). With --model, the cut-offs on similarity are fitted for
that model (docs/thresholds.md). Reads only; the thresholds in the code are set by hand from
its output.
"""

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier.judging import claim_check  # noqa: E402
from verifier.judging.check import _Meaning, choose_documents  # noqa: E402
from verifier.search.session import open_session  # noqa: E402
from verifier.search.matching import Sources  # noqa: E402
from verifier.reading.quotations import find_quotations  # noqa: E402
from verifier.words import tokenize  # noqa: E402

ALARMS = {"not_supported", "figure_differs", "elsewhere"}
GRID = {
    "MIN_SUPPORT_SIMILARITY": [0.65, 0.70, 0.80],
    "MIN_SUPPORT_COVERAGE": [0.45, 0.55, 0.70],
    "MIN_SUPPORT_SIMILARITY_WITH_WORDS": [0.40, 0.50, 0.55],
    "ELSEWHERE_MARGIN": [0.0, 0.08, 0.15],
    "MIN_OPPOSITE_COVERAGE": [0.5, 0.6],
}


def words(text):
    return {t.key for t in tokenize(text)}


def run(name, sources, documents):
    labels = json.loads((ROOT / "examples/claims" / f"labels-{name}.json").read_text())
    text = (ROOT / "examples/claims" / f"{name}.txt").read_text()
    quotations = find_quotations(text)
    results = claim_check.check_claims(text, quotations, sources, documents)
    by_text = {r.claim.text: r for r in results}
    rows = []
    for label in labels["claims"]:
        got = by_text.get(label["text"])
        rows.append((label, got.verdict.value if got else None))
    return rows


def tally(rows):
    right = sum(v in l["verdict"] for l, v in rows)
    clean = [(l, v) for l, v in rows if l["verdict"][0] == "supported"]
    alarms = sum(v in ALARMS for _, v in clean)
    problems = [(l, v) for l, v in rows if l["verdict"][0] in ALARMS]
    caught = sum(v in ALARMS for _, v in problems)
    return {"rows": len(rows), "right": right, "supported_rows": len(clean), "false_alarms": alarms,
            "problem_rows": len(problems), "problems_caught": caught}


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--index", required=True)
    p.add_argument("--model", help="a local sentence-transformers model directory (the one "
                   "the index was built with; default: the bundled all-MiniLM-L6-v2)")
    p.add_argument("--output", type=Path, default=ROOT / "bench" / "claims_fit.txt")
    args = p.parse_args(argv)
    session = open_session(args.index, args.model)
    documents = choose_documents(session, None)
    sources = Sources(session.corpus(documents), _Meaning(session, documents))
    best = None
    keys = list(GRID)
    for values in itertools.product(*(GRID[k] for k in keys)):
        for k, v in zip(keys, values):
            setattr(claim_check, k, v)
        t = tally(run("fit", sources, documents))
        # Ties go to the more cautious setting: the wider margin before saying "elsewhere",
        # then the stricter similarity.
        rank = (-t["false_alarms"], t["right"], t["problems_caught"],
                claim_check.ELSEWHERE_MARGIN, claim_check.MIN_SUPPORT_SIMILARITY)
        if best is None or rank > best[0]:
            best = (rank, dict(zip(keys, values)), t)
    _, setting, fit = best
    for k, v in setting.items():
        setattr(claim_check, k, v)
    lines = [f"chosen on fit rows: {setting}", f"fit:      {fit}"]
    detail = []
    for name in ("held-out", "held-out-2"):
        held = run(name, sources, documents)
        lines.append(f"{name}: {tally(held)}")
        detail += [f"  {name} {'ok ' if v in l['verdict'] else 'BAD'} {v!s:<14} expected "
                   f"{l['verdict'][0]:<14} {l['kind']:<26} {l['text'][:70]}" for l, v in held]
    lines += [""] + detail
    out = "\n".join(lines) + "\n"
    args.output.write_text(out)
    print(out)


if __name__ == "__main__":
    main()
