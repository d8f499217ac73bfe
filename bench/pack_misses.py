"""The fit half's agenda-pack labels that `verifier batch` gets wrong, one line each with the
label's own note: what to look at when pack accuracy (bench/blind.py --part packs) falls short.

    .venv/bin/python bench/pack_misses.py [--eval-kit ../shared/eval-kit] [--json OUT]
                                          [--from SCORES.json]

Stages the fit half's packs as bench/blind.py does and scores them with the eval kit's
score_packs.py, one set at a time (or reads a --json it wrote before, with --from) and prints, per strict label that missed
anything (not found, relevance, verdict, citation, location, item, page) or raised a false
alarm: the pack, the label's id, what was expected and what came back, and the label's note.
Then the system's quotations that match no label and report a problem. The fit half only:
the sealed half is never listed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind import ROOT, packs, score_packs, sets_of  # noqa: E402

CHECKS = ("relevance_ok", "verdict_ok", "citation_ok", "location_ok", "item_ok", "page_ok")


def notes_by_label(set_dirs: list[Path]) -> dict[tuple[str, str], dict]:
    """Each pack label as written, by (staged pack name, label text)."""
    out = {}
    for set_dir in set_dirs:
        for pack in packs(set_dir):
            name = f"{set_dir.name}-{Path(pack['pack']).stem}"
            for label in pack.get("quotes", []):
                out[(name, label["text"])] = label
    return out


def misses(report: dict, labels: dict) -> list[str]:
    lines = []
    for o in report["labels"]:
        if o["ignore"] or not o["strict"]:
            continue
        wrong = [c[:-3] for c in CHECKS if o.get(c) is False]
        if not o["matched"]:
            wrong = ["not found"]
        if o.get("false_alarm"):
            wrong.append("FALSE ALARM")
        if not wrong:
            continue
        e, s = o["expected"], o["system"] or {}
        label = labels.get((o["pack"], o["text"]), {})
        got = (f"concerns={s.get('concerns')} {s.get('verdict')}/{s.get('citation')}"
               f"@{s.get('section')} item {s.get('item')} p{s.get('pack_page')}") if s else "-"
        want = (f"concerns={e['concerns']} {'|'.join(e['verdict'] or [])}/"
                f"{'|'.join(e['citation'] or [])}@{e['section']} item {e['item']} "
                f"p{e['pack_page']}")
        lines.append(f"{o['pack']} {label.get('id', o['label'])} [{', '.join(wrong)}] "
                     f"“{o['text'][:90]}”\n    want {want}\n    got  {got}\n"
                     f"    note: {label.get('note', '')}")
    for pack in report["packs"]:
        for u in pack["unmatched_system_quotes"]:
            if u["concerns"] is not False and u["verdict"] not in ("verbatim", "minor"):
                lines.append(f"{pack['name']} (no label) “{u['text'][:90]}” "
                             f"{u['verdict']}/{u['citation']} p{u['pack_page']}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    ap.add_argument("--verifier", default=str(ROOT / ".venv" / "bin" / "verifier"))
    ap.add_argument("--json", type=Path, help="keep the scorer's per-label JSON here")
    ap.add_argument("--from", dest="source", type=Path, help="a score_packs.py --json to read")
    args = ap.parse_args(argv)
    set_dirs = sets_of("fit")
    if args.source:
        report = json.loads(args.source.read_text(encoding="utf-8"))
    else:
        if not (args.eval_kit / "score_packs.py").is_file():
            print(f"error: {args.eval_kit}: no eval kit here (score_packs.py)", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as tmp:
            result = score_packs(args.eval_kit, set_dirs, Path(tmp) / "packs", args.verifier)
        if result is None:
            print("error: the fit half has no packs", file=sys.stderr)
            return 2
        if "json" not in result:
            print(f"error: score_packs.py gave no figures: {result['line']}", file=sys.stderr)
            return 2
        report = result["json"]
        print(result["line"])
        if args.json:
            args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                 encoding="utf-8")
    lines = misses(report, notes_by_label(set_dirs))
    print("\n".join(lines) if lines else "no misses")
    print(f"{sum(1 for l in lines if '(no label)' not in l)} labels missed something")
    return 0


if __name__ == "__main__":
    sys.exit(main())
