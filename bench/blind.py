"""Score verifier on the blind corpus (blind/), the fit half and the sealed half apart, with the
eval kit's scorers, and write docs/blind.md.

    .venv/bin/python bench/blind.py [--half fit|sealed|both] [--part quotes,claims,reading,packs]
                                    [--eval-kit ../shared/eval-kit] [--output docs/blind.md]

The blind corpus was written by helpers who never read the code (blind/README.md); its labels
are re-checked by blind/check_labels.py before anything is scored, and a corpus whose labels do
not hold is refused. The sealed half is scored here and nowhere else: tune rules on the fit half
only (`--half fit`), and give both halves' figures when a change touches judgement or reading.

Parts:
- quotes: score.py over every document's quotations (one case per document, its set's report and
  letter indexed);
- claims: score_claims.py over every document's claims;
- reading: each report and letter read by `index.read_source` against its places in
  report.json: numbered places found, places of every kind found (recommendations, annexes,
  tables, the summary), word for word, first page right (PDF only);
- packs: score_packs.py over every agenda pack.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "blind"
sys.path.insert(0, str(BLIND))
import check_labels  # noqa: E402

PARTS = ("quotes", "claims", "reading", "packs")


def sets_of(half: str) -> list[Path]:
    manifest = check_labels.load_json(check_labels.MANIFEST)
    return [BLIND / "sets" / name for name, meta in manifest["sets"].items() if meta["half"] == half]


def sources_of(set_dir: Path) -> list[dict]:
    """The set's report and letter as the scorers index them (absolute paths)."""
    out = []
    for role in ("report", "letter"):
        path = set_dir / f"{role}.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            entry = {"pdf": str((set_dir / data["file"]).resolve()), "title": data["title"],
                     "role": role}
            if data.get("alias"):
                entry["alias"] = data["alias"]
            out.append(entry)
    return out


def documents(set_dir: Path) -> list[dict]:
    return [dict(json.loads(p.read_text(encoding="utf-8")), _path=p)
            for p in sorted(set_dir.glob("*.labels.json")) if not p.name.startswith("pack-")]


def packs(set_dir: Path) -> list[dict]:
    return [dict(json.loads(p.read_text(encoding="utf-8")), _path=p)
            for p in sorted(set_dir.glob("pack-*.labels.json"))]


def with_aliases(sources: list[dict], labels: dict) -> list[dict]:
    """The set's sources, with the alias a document's labels give a source (the letter's
    "Letter from SoS to CEX 12/11/24") where report.json gives none."""
    aliases = {s.get("role"): s.get("alias") for s in labels.get("sources", []) if s.get("alias")}
    return [dict(s, alias=s.get("alias") or aliases.get(s["role"])) if aliases.get(s["role"])
            or s.get("alias") else s for s in sources]


def stage_quotes(set_dirs: list[Path], into: Path) -> int:
    n = 0
    for set_dir in set_dirs:
        for doc in documents(set_dir):
            if not doc.get("quotes"):
                continue
            case = into / f"{set_dir.name}-{Path(doc['document']).stem}"
            case.mkdir(parents=True)
            (case / "labels.json").write_text(json.dumps({
                "motion": str((set_dir / doc["document"]).resolve()),
                "sources": with_aliases(sources_of(set_dir), doc),
                "quotes": doc["quotes"]}, ensure_ascii=False, indent=1), encoding="utf-8")
            n += 1
    return n


def stage_claims(set_dirs: list[Path], into: Path) -> int:
    into.mkdir(parents=True, exist_ok=True)
    n = 0
    for set_dir in set_dirs:
        for doc in documents(set_dir):
            if not doc.get("claims"):
                continue
            name = f"{set_dir.name}-{Path(doc['document']).stem}"
            (into / f"labels-{name}.json").write_text(json.dumps({
                "motion": str((set_dir / doc["document"]).resolve()),
                "sources": with_aliases(sources_of(set_dir), doc),
                "claims": doc["claims"], "not_claims": doc.get("not_claims", [])},
                ensure_ascii=False, indent=1), encoding="utf-8")
            n += 1
    return n


def stage_packs(set_dirs: list[Path], into: Path) -> int:
    n = 0
    for set_dir in set_dirs:
        for pack in packs(set_dir):
            case = into / f"{set_dir.name}-{Path(pack['pack']).stem}"
            case.mkdir(parents=True)
            (case / Path(pack["pack"]).name).symlink_to((set_dir / pack["pack"]).resolve())
            labels = {k: v for k, v in pack.items() if k != "_path"}
            labels["pack"] = Path(pack["pack"]).name
            labels["sources"] = sources_of(set_dir)
            (case / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
            n += 1
    return n


def run_scorer(kit: Path, script: str, args: list[str], verifier: str) -> dict:
    """Run one eval-kit scorer; its last line and its figures (from --json)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        started = time.monotonic()
        proc = subprocess.run([sys.executable, str(kit / script), "--verifier", verifier,
                               "--json", str(out), *args], capture_output=True, text=True)
        seconds = time.monotonic() - started
        lines = [l for l in proc.stdout.splitlines() if l.strip()]
        result = {"line": lines[-1] if lines else proc.stderr.strip()[-300:],
                  "exit": proc.returncode, "seconds": round(seconds, 1), "stdout": proc.stdout}
        if out.exists():
            result["json"] = json.loads(out.read_text(encoding="utf-8"))
        return result


def score_reading(set_dirs: list[Path]) -> dict:
    """Each source read as `index add` reads it, against its places."""
    from index import read_source

    rows, totals = [], dict.fromkeys(("numbered", "numbered_found", "places", "places_found",
                                      "word_for_word", "pages", "page_right"), 0)
    for set_dir in set_dirs:
        for source in check_labels.load_sources(set_dir).values():
            reading = read_source(source.rendering)
            by_label = {}
            for p in reading.paragraphs:
                if p.section:
                    by_label.setdefault(check_labels.canon(p.section), p)
            row = dict.fromkeys(totals, 0)
            misses = []
            for key, place in source.places.items():
                numbered = place.get("kind", "paragraph") == "paragraph" and \
                    any(ch.isdigit() for ch in key)
                row["places"] += 1
                row["numbered"] += numbered
                got = by_label.get(key)
                if got is None:
                    misses.append(place["label"])
                    continue
                row["places_found"] += 1
                row["numbered_found"] += numbered
                if check_labels.words(got.text) == check_labels.words(place["text"]):
                    row["word_for_word"] += 1
                if source.has_pages and place.get("page"):
                    row["pages"] += 1
                    row["page_right"] += got.first_page == place["page"]
            for k in totals:
                totals[k] += row[k]
            rows.append({"source": f"{set_dir.name}/{source.role}",
                         "reader": getattr(reading, "reader", ""), **row,
                         "missed": misses[:12]})
    return {"rows": rows, "totals": totals}


def ratio(a: int, b: int) -> str:
    return f"{a}/{b}" + (f" ({a / b:.2f})" if b else "")


def reading_line(totals: dict) -> str:
    return (f"numbered places found {ratio(totals['numbered_found'], totals['numbered'])} | "
            f"all places found {ratio(totals['places_found'], totals['places'])} | "
            f"word for word {ratio(totals['word_for_word'], totals['places'])} | "
            f"first page right {ratio(totals['page_right'], totals['pages'])}")


def score_half(half: str, parts: list[str], kit: Path, verifier: str) -> dict:
    set_dirs = sets_of(half)
    result = {"sets": [d.name for d in set_dirs]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if "quotes" in parts and stage_quotes(set_dirs, tmp / "cases"):
            result["quotes"] = run_scorer(kit, "score.py", ["--cases", str(tmp / "cases")], verifier)
        if "claims" in parts and stage_claims(set_dirs, tmp / "claims"):
            result["claims"] = run_scorer(kit, "score_claims.py",
                                          ["--claims", str(tmp / "claims")], verifier)
        if "packs" in parts and stage_packs(set_dirs, tmp / "packs"):
            result["packs"] = run_scorer(kit, "score_packs.py", ["--packs", str(tmp / "packs")],
                                         verifier)
    if "reading" in parts:
        reading = score_reading(set_dirs)
        result["reading"] = {"line": reading_line(reading["totals"]), **reading}
    return result


def counts(half: str) -> str:
    set_dirs = sets_of(half)
    docs = [d for s in set_dirs for d in documents(s)]
    pks = [p for s in set_dirs for p in packs(s)]
    q = sum(len(d.get("quotes", [])) for d in docs)
    c = sum(len(d.get("claims", [])) for d in docs)
    pq = sum(len(p.get("quotes", [])) for p in pks)
    return (f"{len(set_dirs)} sets, {len(docs)} documents ({q} quotations, {c} claims), "
            f"{len(pks)} packs ({pq} labelled quotations)")


def write_markdown(results: dict, output: Path, commit: str) -> None:
    lines = ["# The blind corpus: figures", "",
             f"`bench/blind.py` on {commit}, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC. "
             "The corpus and its split are described in `blind/README.md`; the sealed half is "
             "scored here and nowhere else.", ""]
    for half, result in results.items():
        lines += [f"## The {half} half", "", f"Sets: {', '.join(result['sets'])}; {counts(half)}.", ""]
        for part in PARTS:
            if part in result:
                lines += [f"- **{part}**: `{result[part]['line']}`"]
        if "reading" in result:
            lines += ["", "| source | reader | numbered found | all places found | word for word "
                      "| first page right | places missed (first 12) |", "|---|---|---|---|---|---|---|"]
            for row in result["reading"]["rows"]:
                lines.append(f"| {row['source']} | {row['reader']} | "
                             f"{ratio(row['numbered_found'], row['numbered'])} | "
                             f"{ratio(row['places_found'], row['places'])} | "
                             f"{ratio(row['word_for_word'], row['places'])} | "
                             f"{ratio(row['page_right'], row['pages'])} | "
                             f"{', '.join(row['missed']) or '-'} |")
        lines.append("")
    output.write_text("\n".join(lines), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("fit", "sealed", "both"), default="both")
    parser.add_argument("--part", default=",".join(PARTS),
                        help="comma-separated: " + ", ".join(PARTS))
    parser.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    parser.add_argument("--verifier", default=str(ROOT / ".venv" / "bin" / "verifier"))
    parser.add_argument("--output", type=Path, help="write the figures here as Markdown "
                        "(docs/blind.md when both halves are scored)")
    parser.add_argument("--json", type=Path, help="write every figure and scorer output here")
    args = parser.parse_args(argv)
    parts = [p for p in args.part.split(",") if p]
    if bad := [p for p in parts if p not in PARTS]:
        parser.error(f"unknown part {bad[0]!r}")
    if not (args.eval_kit / "score.py").is_file():
        print(f"error: {args.eval_kit}: no eval kit here (score.py); give --eval-kit DIR",
              file=sys.stderr)
        return 2
    problems = check_labels.Problems()
    for set_dir in check_labels.set_dirs([]):
        check_labels.check_set(set_dir, problems)
    if problems.lines:
        print(f"error: {len(problems.lines)} blind labels do not hold (python3 "
              f"blind/check_labels.py); first: {problems.lines[0]}", file=sys.stderr)
        return 2
    halves = ["fit", "sealed"] if args.half == "both" else [args.half]
    results = {}
    for half in halves:
        results[half] = score_half(half, parts, args.eval_kit, args.verifier)
        print(f"{half}: {counts(half)}")
        for part in PARTS:
            if part in results[half]:
                print(f"  {part:8} {results[half][part]['line']}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "?"
    output = args.output or (ROOT / "docs" / "blind.md" if args.half == "both" else None)
    if output:
        write_markdown(results, output, commit)
        print(f"wrote {output}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
