"""The fit half's claim figures, one line each: the label's figure and status beside the
system's figure, status, source figure and arithmetic, to classify figure misses by cause.

    .venv/bin/python bench/claim_figures.py [--sets A,B] [--all] [--unextracted]

The eval kit's score_claims.py pairs a labelled figure with a system figure by its number, so a
figure written only in words ("nearly half", "more than doubled", "roughly a third", "a
decade") has no number to pair by and is scored wrong whatever the system says. This script
pairs those by their words as well (the system figure whose text holds the label's words, or
the other way round) and reports them on their own line: the figures the kit cannot score.
`--unextracted`: also every strict claim the system did not extract, with its kind and verdict.
Fit half only (bench/blind.py's sets_of("fit")): the sealed half is never read here.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import blind  # noqa: E402


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+|\d[\d,.]*", (text or "").lower()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="", metavar="A,B", help="only these fit sets")
    parser.add_argument("--all", action="store_true", help="every figure, not only the wrong")
    parser.add_argument("--unextracted", action="store_true",
                        help="also list the strict claims not extracted")
    parser.add_argument("--dump", type=Path, help="write every motion's check output here (JSON)")
    parser.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    parser.add_argument("--verifier", default=f"{sys.executable} -m verifier")
    args = parser.parse_args(argv)
    blind.ONLY.update(s for s in args.sets.split(",") if s)
    sys.path.insert(0, str(args.eval_kit))
    import score_claims as kit  # the kit's scorer, run here so the system figures can be shown

    cmd = args.verifier.split()
    total, per_set, dumped = kit.Tally(), {}, {}
    counts = {"numbered": 0, "numbered_ok": 0, "words": 0, "words_ok": 0, "words_linked": 0}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        blind.stage_claims(blind.sets_of("fit"), tmp)
        for path in sorted(tmp.glob("labels-*.json")):
            result = kit.run_motion(path, cmd, 600)
            name = path.stem[len("labels-"):]
            if result["error"]:
                print(f"{name}: {result['error']}", file=sys.stderr)
                continue
            tally, _, _ = kit.score_motion(result)
            total.add(tally)
            per_set.setdefault(name.split("-")[0], kit.Tally()).add(tally)
            dumped[name] = result["claims"]
            system = [{"text": c["text"], "verdict": c.get("verdict"),
                       "figures": c.get("figures", []), "_words": kit.words(c["text"]),
                       "_pos": c.get("start")} for c in result["claims"]]
            targets = result["targets"]
            matched = kit.match_claims(targets, system)
            for i, t in enumerate(targets):
                if not t["is_claim"] or not t["strict"]:
                    continue
                sc = system[matched[i][0]] if i in matched else None
                if sc is None:
                    if args.unextracted:
                        print(f"{name} #{t['n']} NOT EXTRACTED [{t['kind']}] "
                              f"{'/'.join(t['verdict'])}: {t['text'][:150]}")
                    continue
                used = set()
                for f in t["figures"]:
                    got, k_got = None, None
                    if f["_values"]:
                        for k, sf in enumerate(sc["figures"]):
                            if k not in used and f["_values"] & kit.figure_values(
                                    sf.get("text"), sf.get("value")):
                                got, k_got = sf, k
                                break
                    else:
                        want = _words(f["text"])
                        for k, sf in enumerate(sc["figures"]):
                            have = _words(sf.get("text"))
                            if k not in used and have and (want <= have or have <= want):
                                got, k_got = sf, k
                                break
                    if k_got is not None:
                        used.add(k_got)
                    ok = got is not None and got.get("status") == f["status"]
                    kind = "numbered" if f["_values"] else "words"
                    counts[kind] += 1
                    counts[kind + "_ok"] += ok
                    if kind == "words" and got is not None and (got.get("source_figure") or
                                                                  f["status"] == "absent"):
                        counts["words_linked"] += 1
                    if ok and not args.all:
                        continue
                    shown = ("none" if got is None else
                             f"{got.get('text')!r}:{got.get('status')} source="
                             f"{got.get('source_figure')!r} arithmetic={got.get('arithmetic')!r}")
                    print(f"{name} #{t['n']} {'ok ' if ok else 'BAD'} [{kind}] label "
                          f"{f['text']!r}:{f['status']} system {shown} | verdict "
                          f"{sc['verdict']} want {'/'.join(t['verdict'])} | {t['text'][:110]}")
    for set_name, tally in per_set.items():
        f = tally.figures_dict()
        print(f"{set_name:12} recall {kit.fmt(f['recall'])} verdict {kit.fmt(f['verdict'])} "
              f"figures {kit.fmt(f['figures'])} ({tally.figures_ok}/{tally.figures}) "
              f"false alarms {kit.fmt(f['false_alarms'])} false supports {kit.fmt(f['false_supports'])}")
    print(kit.summary_line(total, []))
    if args.dump:
        import json
        args.dump.write_text(json.dumps(dumped, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"numbered figures right {counts['numbered_ok']}/{counts['numbered']}; figures in words "
          f"(the kit cannot pair them) right {counts['words_ok']}/{counts['words']}, linked to a "
          f"source figure {counts['words_linked']}/{counts['words']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
