"""Collect, for every labelled claim of the blind corpus's fit sets, the measures the claim judge
decides a statement by, and fit the support rule on them choosing by leave-one-set-out.

    python bench/claims_loso.py collect --sets ashcombe,cressing,... --rows /tmp/rows.json
    python bench/claims_loso.py align --rows /tmp/rows.json --output /tmp/rows-aligned.json
    python bench/claims_loso.py fit --rows /tmp/rows-aligned.json [--output FILE]

`collect` indexes each document's sources (cached in --cache), checks the document in this
process (verifier.judging.check.check_motion, as `verifier check` does), matches the claims found
to the labels as the eval kit's score_claims.py does, and writes one row per matched claim: the
set, the label's verdicts, the verdict given, and for each passage the statement rule weighed
(the cited place's candidates) its measures (verifier.judging.claim_check.statement_measures).

Each row keeps the texts weighed (the claim's statement and words, each candidate paragraph and
its neighbours, and for a claim judged by its figures the place they were found), so a new
measure can be tried without re-running: `align` adds the clause-by-clause measures
(claim_check.aligned_measures) to every candidate, loading the model once.

`fit` compares support rules on those rows set by set: each set's rows are judged by the rule
fitted on the other sets (leave one set out), and the rule is chosen by that figure, a false
`supported` and a false alarm weighted FALSE_WEIGHT times a right verdict. What the rule changes
is simulated on the rows, not re-run: a claim the rule now carries becomes `supported` unless
its judge found the cited passage saying the opposite, one it no longer carries becomes
`unverifiable`; bench/blind.py measures the rule chosen for real. Name fit sets only: never a
sealed set (blind/manifest.json).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FIT_SETS = ("ashcombe cressing elmsworth greyhaven ivelbury larchmere netherby quarrington "
            "rathmoor tennford vellingham zelborough kingsmere fenwold").split()
ALARMS = {"not_supported", "figure_differs", "elsewhere"}
# A false `supported` or a false alarm costs this many right verdicts when a rule is chosen.
FALSE_WEIGHT = 3


def _kit(path: Path):
    sys.path.insert(0, str(path))
    spec = importlib.util.spec_from_file_location("score_claims", path / "score_claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(args) -> None:
    import blind
    from verifier.judging import claim_check
    from verifier.judging.check import check_motion
    from verifier.reading.motions import read_motion
    from verifier.search.session import open_session

    manifest = json.loads((ROOT / "blind" / "manifest.json").read_text())
    names = [s for s in args.sets.split(",") if s]
    for name in names:
        if manifest["sets"][name]["half"] != "fit":
            sys.exit(f"error: {name} is not a fit set: never collected here")
    kit = _kit(args.eval_kit)
    stage = args.cache / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    blind.stage_claims([blind.BLIND / "sets" / n for n in names], stage)

    seen: dict[str, list] = {}
    original = claim_check._judge_statement

    def judged(claim, words, cited, located, sources, layout):
        result = original(claim, words, cited, located, sources, layout)
        seen.setdefault(claim.text, []).append(
            claim_check.statement_measures(claim, words, cited, located, sources, layout))
        return result

    claim_check._judge_statement = judged
    original_figures = claim_check._judge_with_figures
    placed: dict[str, dict] = {}

    def judged_with_figures(claim, figures, words, cited, located, sources, layout):
        result = original_figures(claim, figures, words, cited, located, sources, layout)
        k = claim_check._place_of(result.found, sources, layout) if result.found else None
        if k is not None:
            d = layout.places[k][0]
            placed[claim.text] = {
                "statement": claim.statement or claim.text, "wanted": list(dict.fromkeys(words)),
                "weights": {w: layout.weight(w) for w in dict.fromkeys(words)},
                "text": layout.places[k][2].text,
                "neighbours": [layout.places[kk][2].text for kk in (k - 1, k + 1)
                               if 0 <= kk < len(layout.places) and layout.places[kk][0] == d]}
        return result

    claim_check._judge_with_figures = judged_with_figures
    rows = []
    for name in names:
        for labels_path in sorted(stage.glob(f"labels-{name}-*.json")):
            data, motion_text, motion_path, targets, _ = kit.load_labels(labels_path)
            index = args.cache / labels_path.stem
            if not (index / "done").exists():
                for src in data["sources"]:
                    argv = [sys.executable, "-m", "verifier", "index", "add", src["pdf"],
                            "--index", str(index), "--title", src["title"]]
                    if src.get("alias"):
                        argv += ["--alias", src["alias"]]
                    subprocess.run(argv, check=True, cwd=ROOT, capture_output=True)
                (index / "done").write_text("")
            seen.clear()
            placed.clear()
            report = check_motion(read_motion(motion_path), open_session(index))
            system = [{"index": j, "text": c.claim.text, "verdict": c.verdict.value,
                       "_words": kit.words(c.claim.text), "_pos": motion_text.find(c.claim.text)}
                      for j, c in enumerate(report.claims)]
            for s in system:
                s["_pos"] = s["_pos"] if s["_pos"] >= 0 else None
            matched = kit.match_claims(targets, system)
            for i, t in enumerate(targets):
                if not t["is_claim"] or not t["strict"]:
                    continue
                hit = matched.get(i)
                c = report.claims[hit[0]] if hit else None
                rows.append({"set": name, "motion": labels_path.stem, "text": t["text"],
                             "expected": t["verdict"], "kind": t["kind"],
                             "got": c.verdict.value if c else None,
                             "reasons": [r.value for r in c.reasons] if c else [],
                             "figures": [f.status.value for f in c.figures] if c else [],
                             "measures": seen.get(c.claim.text, [None])[-1] if c else None,
                             "figures_place": placed.get(c.claim.text) if c else None})
            print(f"{labels_path.stem}: {len(report.claims)} claims", file=sys.stderr)
    args.rows.write_text(json.dumps(rows, indent=1))
    print(f"{len(rows)} rows -> {args.rows}")


def align(args) -> None:
    """Add the clause-by-clause measures (claim_check.aligned_measures) to each candidate of
    rows collected before they existed: from the texts the rows keep, one model loaded here."""
    import numpy as np
    from index import Embedder
    from verifier.judging.claim_check import aligned_measures

    rows = json.loads(args.rows.read_text())
    embedder, cache = Embedder(), {}

    def vectors(words):
        new = [w for w in words if w not in cache]
        if new:
            cache.update(zip(new, embedder.embed(new)))
        return np.stack([cache[w] for w in words])

    for row in rows:
        m = row["measures"]
        if not m or not m.get("candidates"):
            continue
        weight = lambda w, m=m: m["weights"].get(w, 1.0)
        for c in m["candidates"]:
            c.update(aligned_measures(m["statement"], m["wanted"], [c["text"]] + c["neighbours"],
                                      weight, vectors if not args.no_meaning else None))
    args.output.write_text(json.dumps(rows, indent=1))
    print(f"{len(rows)} rows -> {args.output}")


# ---------------------------------------------------------------- fitting

def tally(rows, verdicts):
    out = {"rows": len(rows), "right": 0, "clean": 0, "false_alarms": 0, "problems": 0,
           "false_supports": 0}
    for row, v in zip(rows, verdicts):
        out["right"] += v in row["expected"]
        if row["expected"][0] == "supported":
            out["clean"] += 1
            out["false_alarms"] += v in ALARMS
        elif row["expected"][0] in ALARMS and "supported" not in row["expected"]:
            out["problems"] += 1
            out["false_supports"] += v == "supported"
    return out


def cost(t) -> float:
    return t["right"] - FALSE_WEIGHT * (t["false_alarms"] + t["false_supports"])


# The reasons of a verdict the statement rule alone decided: the rule may turn these round.
CARRIED = {"statement_carried"}
NOT_CARRIED = {"evidence_unclear", "not_carried"}
FEATURES = ("coverage", "similarity", "sim_paragraph", "sim_sentence", "sim_pair",
            "sentence_coverage", "part_coverage", "neighbour_similarity", "nearest_in_meaning",
            "opposite")
ALIGNED = ("aligned", "aligned_near", "aligned_mean")


def vector(m: dict, names=FEATURES) -> list[float]:
    values = dict(m, nearest_in_meaning=float(m["meaning_rank"] == 0),
                  opposite=float(m["opposite"]))
    values.setdefault("turned", None)
    return [float(values[n]) for n in names]


def decidable(row) -> bool:
    """A row whose verdict the statement rule decided (and may turn round)."""
    m = row["measures"]
    if not m or not m["candidates"] or row["got"] is None:
        return False
    reasons = set(row["reasons"]) - {"figure_not_found"}
    return bool(reasons) and (reasons <= CARRIED or reasons <= NOT_CARRIED)


def simulate(row, rule) -> str:
    """The verdict a row gets when `rule(measures) -> (carries, opposite)` decides its cited
    place."""
    if not decidable(row):
        return row["got"]
    carries, opposite, *contradicted = rule(row["measures"]["candidates"])
    if contradicted and contradicted[0]:
        return "not_supported"
    absent_figure = "figure_not_found" in row["reasons"] or "absent" in row["figures"]
    was = set(row["reasons"]) & CARRIED
    if carries and not opposite:
        if was:
            return row["got"]
        return "unverifiable" if absent_figure else "supported"
    if was or row["got"] == "supported":
        return "unverifiable"
    return row["got"]


def old_rule(candidates):
    best = max(candidates, key=lambda m: m["rank"])
    return best["carries"], best["opposite"]


def threshold_rule(sim, cov, sim_words):
    def rule(candidates):
        def carries(m):
            return m["similarity"] >= sim or (m["coverage"] >= cov and m["similarity"] >= sim_words)
        best = max(candidates, key=lambda m: (carries(m), m["similarity"] + 0.25 * m["coverage"]))
        return carries(best), best["opposite"]
    return rule


def _alone(m, sim=0.8, cov=0.8, sim_words=0.4):
    return m["similarity"] >= sim or (m["coverage"] >= cov and m["similarity"] >= sim_words)


def align_rule(cut, floor, field="aligned_near", how="or", turned="doubt"):
    """Clause by clause: a passage carries the claim when its worst-carried clause is carried
    at `cut` (`field`) and the passage is `floor` close in meaning; `how` "or": as well as by
    the cut-offs as they are (_alone), "and": only both, "only": this alone. `turned` (a
    clause's sentence says its opposite): "doubt" makes it unverifiable, "not" not_supported,
    "off" ignores it."""
    def aligned(m):
        return m[field] >= cut and m["similarity"] >= floor

    def carries(m):
        if how == "or":
            return _alone(m) or aligned(m)
        if how == "and":
            return _alone(m, 0.7, 0.7, 0.4) and aligned(m)
        return aligned(m)

    def rule(candidates):
        best = max(candidates, key=lambda m: (carries(m), m[field] + 0.25 * m["similarity"]))
        turn = bool(best.get("turned")) and turned != "off"
        c = carries(best)
        return c, best["opposite"] or turn, (turned == "not" and turn and c)
    return rule


def fit_align(field="aligned_near", how="or", turned="doubt"):
    def fitter(rows):
        best = None
        for cut in [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]:
            for floor in [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7]:
                t = tally(rows, [simulate(r, align_rule(cut, floor, field, how, turned))
                                 for r in rows])
                key = (cost(t), cut, floor)      # ties to the stricter
                if best is None or key > best[0]:
                    best = (key, (cut, floor))
        return align_rule(*best[1], field, how, turned), best[1]
    return fitter


def linear_rule(weights, bias, names=FEATURES):
    def rule(candidates):
        scores = [sum(w * x for w, x in zip(weights, vector(m, names))) + bias for m in candidates]
        i = max(range(len(candidates)), key=scores.__getitem__)
        return scores[i] >= 0, candidates[i]["opposite"]
    return rule


def label(row) -> int:
    return int("supported" in row["expected"])


def fit_threshold(rows):
    import itertools
    grid = itertools.product([0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9], [0.5, 0.6, 0.7, 0.8, 0.9],
                             [0.2, 0.3, 0.4, 0.5, 0.6])
    best = None
    for values in grid:
        t = tally(rows, [simulate(r, threshold_rule(*values)) for r in rows])
        key = (cost(t), values)      # ties to the stricter
        if best is None or key > best[0]:
            best = (key, values)
    return threshold_rule(*best[1]), best[1]


def fit_linear(rows, names=FEATURES, c=1.0):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    train = [r for r in rows if decidable(r)]
    X = np.array([vector(max(r["measures"]["candidates"], key=lambda m: m["rank"]), names)
                  for r in train])
    y = np.array([label(r) for r in train])
    model = LogisticRegression(C=c, max_iter=1000).fit(X, y)
    w, b = model.coef_[0].tolist(), float(model.intercept_[0])
    # the cut on the score, chosen on the training rows by the weighted cost
    best = None
    for shift in [x / 4 for x in range(-8, 13)]:
        t = tally(rows, [simulate(r, linear_rule(w, b - shift, names)) for r in rows])
        key = (cost(t), shift)
        if best is None or key > best[0]:
            best = (key, shift)
    return linear_rule(w, b - best[1], names), (w, b - best[1])


def loso(rows, fitter):
    sets = sorted({r["set"] for r in rows})
    per_set, verdicts_all, rows_all = {}, [], []
    for held in sets:
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        rule, _ = fitter(train)
        verdicts = [simulate(r, rule) for r in test]
        per_set[held] = tally(test, verdicts)
        verdicts_all += verdicts
        rows_all += test
    return tally(rows_all, verdicts_all), per_set


def line(t) -> str:
    return (f"verdict {t['right']}/{t['rows']} = {t['right'] / max(t['rows'], 1):.3f}, false alarms "
            f"{t['false_alarms']}/{t['clean']}, false supports {t['false_supports']}/{t['problems']}, "
            f"weighted {cost(t):g}")


def fit(args) -> None:
    rows = json.loads(args.rows.read_text())
    out = [f"{len(rows)} labelled claims, {sum(map(decidable, rows))} decided by the statement rule"]
    now = tally(rows, [r["got"] for r in rows])
    old = tally(rows, [simulate(r, old_rule) for r in rows])
    out.append(f"as judged:             {line(now)}")
    out.append(f"old rule, simulated:   {line(old)}")
    out.append("     per set: " + ", ".join(
        f"{s} {t['right']}/{t['rows']} fa{t['false_alarms']} fs{t['false_supports']}"
        for s, t in ((s, tally([r for r in rows if r["set"] == s],
                               [r["got"] for r in rows if r["set"] == s]))
                     for s in sorted({r["set"] for r in rows}))))
    fitters = {"thresholds (3 cut-offs)": fit_threshold}
    subsets = {"coverage+similarity": ("coverage", "similarity"),
               "+sentence/part/pair": ("coverage", "similarity", "sim_sentence", "sim_pair",
                                       "sentence_coverage", "part_coverage"),
               "all measures": FEATURES}
    if rows and any("aligned" in c for r in rows if r["measures"]
                    for c in r["measures"].get("candidates", [])):
        subsets["+clauses aligned"] = ("coverage", "similarity", "aligned", "aligned_near",
                                       "aligned_mean")
        for field in ("aligned", "aligned_near"):
            for how in ("or", "and", "only"):
                fitters[f"clauses {field} {how}"] = fit_align(field, how)
        fitters["clauses aligned_near or, turned off"] = fit_align("aligned_near", "or", "off")
        fitters["clauses aligned_near or, turned not"] = fit_align("aligned_near", "or", "not")
    for name, names in subsets.items():
        fitters[f"logistic {name}"] = (lambda names: lambda rs: fit_linear(rs, names))(names)
    for name, fitter in fitters.items():
        total, per_set = loso(rows, fitter)
        out.append(f"LOSO {name:28} {line(total)}")
        _, params = fitter(rows)
        out.append(f"     fitted on all rows: {params}")
        out.append("     per set: " + ", ".join(f"{s} {t['right']}/{t['rows']} fa{t['false_alarms']} "
                                                 f"fs{t['false_supports']}"
                                                 for s, t in per_set.items()))
    text = "\n".join(out) + "\n"
    if args.output:
        args.output.write_text(text)
    print(text)


def per_set(args) -> None:
    """Each set's claim figures in bench/blind.py --json files, side by side."""
    columns = []
    for path in args.json:
        labels = json.loads(path.read_text())["fit"]["claims"]["json"]["labels"]
        by_set: dict[str, list] = {}
        for o in labels:
            if o.get("strict", True):
                name = Path(o["motion"]).parent.name
                by_set.setdefault(name, []).append(o)
        columns.append({name: tally([{"expected": o["expected"]} for o in os],
                                    [(o["system"] or {}).get("verdict") for o in os])
                        for name, os in by_set.items()})
    names = sorted(set().union(*columns))
    out = [f"{'set':12} " + " | ".join(f"{p.name:^34}" for p in args.json)]
    for name in names + ["all"]:
        cells = []
        for col in columns:
            t = col.get(name) if name != "all" else {
                k: sum(c[k] for c in col.values()) for k in next(iter(col.values()))}
            cells.append(f"{t['right']:3}/{t['rows']:<3} alarms {t['false_alarms']:2}/{t['clean']:<3} "
                         f"supports {t['false_supports']:2}/{t['problems']:<3}" if t else "")
        out.append(f"{name:12} " + " | ".join(cells))
    print("\n".join(out))


def main(argv=None):
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--sets", default=",".join(FIT_SETS))
    c.add_argument("--rows", type=Path, required=True)
    c.add_argument("--cache", type=Path, default=Path("/tmp/claims-loso"))
    c.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    f = sub.add_parser("fit")
    f.add_argument("--rows", type=Path, required=True)
    f.add_argument("--output", type=Path)
    a = sub.add_parser("align")
    a.add_argument("--rows", type=Path, required=True)
    a.add_argument("--output", type=Path, required=True)
    a.add_argument("--no-meaning", action="store_true", help="clause words by stem only")
    s = sub.add_parser("per-set")
    s.add_argument("json", type=Path, nargs="+", help="bench/blind.py --json files (fit half)")
    args = p.parse_args(argv)
    {"collect": collect, "fit": fit, "align": align, "per-set": per_set}[args.command](args)


if __name__ == "__main__":
    main()
