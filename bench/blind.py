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
import shutil
import os
import re
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "blind"
# This tree's code, not whatever checkout the venv's editable install points at: a helper's
# worktree scores its own index/ and verifier/ (the scorers' subprocesses get it by PYTHONPATH).
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BLIND))
import check_labels  # noqa: E402

PARTS = ("quotes", "claims", "reading", "packs")


# `--sets`: score only these sets of a half (a set just added, scored before any rule is tuned
# on it). Empty: every set of the half.
ONLY: set[str] = set()


def sets_of(half: str) -> list[Path]:
    manifest = check_labels.load_json(check_labels.MANIFEST)
    return [BLIND / "sets" / name for name, meta in manifest["sets"].items()
            if meta["half"] == half and (not ONLY or name in ONLY)]


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


def with_kit_conventions(quotes: list[dict], document: bool = False) -> list[dict]:
    """The eval kit's conventions where the writers' brief left a choice open: a citation of
    words the sources never say (an invention) cannot be checked, so `unverifiable` is right
    as well as the writer's `wrong` or `missing` (the kit's toy labels give `unverifiable`).
    In a document (`document`: not a pack, whose kit reads `concerns`), a quotation the
    document itself says is not the sources' (`concerns` false: a councillor's phrase) has no
    verdict in the writer's file; the kit needs one, and if it is judged at all `not_found` is
    true of it: staged as that, not strict.
    Applied to both halves alike, when staging; the writers' files are left as written."""
    out = []
    for label in quotes:
        if document and label.get("concerns") is False and not label.get("verdict"):
            label = dict(label, verdict=["not_found"], citation=["missing", "unverifiable"],
                         strict=False)
        verdicts, citations = label.get("verdict") or [], label.get("citation") or []
        if verdicts[:1] == ["not_found"] and citations and "unverifiable" not in citations:
            label = dict(label, citation=citations + ["unverifiable"])
        out.append(label)
    return out


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
                "quotes": with_kit_conventions(doc["quotes"], document=True)}, ensure_ascii=False, indent=1),
                encoding="utf-8")
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
            # a copy named after its set: two sets' packs may share a file name
            # ("pack-cabinet.pdf"), the batch names each pack's results after its file, and the
            # scorer resolves links to the original name
            name = f"{set_dir.name}-{Path(pack['pack']).name}"
            shutil.copyfile(set_dir / pack["pack"], case / name)
            labels = {k: v for k, v in pack.items() if k != "_path"}
            labels["quotes"] = with_kit_conventions(labels.get("quotes", []))
            labels["pack"] = name
            labels["sources"] = sources_of(set_dir)
            (case / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
            n += 1
    return n


def score_packs(kit: Path, set_dirs: list[Path], into: Path, verifier: str, env=None,
                code: Path | None = None) -> dict | None:
    """score_packs.py once per set, each council's packs against its own report and letter
    (one index of every set's sources would let a pack's words match another council's
    report, and two sets' packs may share a file name); the figures from the summed counts."""
    runs = []
    for set_dir in set_dirs:
        if stage_packs([set_dir], into / set_dir.name):
            runs.append(run_scorer(kit, "score_packs.py", ["--packs", str(into / set_dir.name)],
                                   verifier, env, code))
    if len(runs) <= 1:
        return runs[0] if runs else None
    if any("json" not in run for run in runs):
        return next(run for run in runs if "json" not in run)
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_packs", kit / "score_packs.py")
    sys.path.insert(0, str(kit))        # score_packs imports the kit's score module
    kit_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kit_module)
    total = kit_module.Tally()
    for run in runs:
        for name, value in run["json"]["counts"].items():
            setattr(total, name, getattr(total, name) + value)
    f, fmt = total.figures(), kit_module.fmt
    pages = sum(p["pages"] or 0 for run in runs for p in run["json"]["packs"])
    seconds = sum(run["json"]["batch"]["seconds"] or 0 for run in runs)
    line = (f"extraction R={fmt(f['extraction_recall'])} P={fmt(f['extraction_precision'])} | "
            f"relevance {fmt(f['relevance'])} | verdict {fmt(f['verdict'])} | "
            f"citation {fmt(f['citation'])} | location {fmt(f['location'])} | "
            f"item {fmt(f['item'])} | page {fmt(f['page'])} | "
            f"problems caught {fmt(f['problems_caught'])} | "
            f"false alarms {fmt(f['false_alarms'])} | "
            f"{fmt(pages / seconds if seconds else None)} pages/s")
    report = {"figures": f, "counts": total.counts(),
              "pages_per_second": pages / seconds if seconds else None,
              "packs": [p for run in runs for p in run["json"]["packs"]],
              "labels": [o for run in runs for o in run["json"]["labels"]],
              "summary": line, "sets": [run["json"] for run in runs]}
    return {"line": line, "exit": max(run["exit"] for run in runs),
            "seconds": round(sum(run["seconds"] for run in runs), 1),
            "stdout": "\n".join(run["stdout"] for run in runs), "json": report}


def run_scorer(kit: Path, script: str, args: list[str], verifier: str, env=None,
               cwd: Path | None = None) -> dict:
    """Run one eval-kit scorer; its last line and its figures (from --json)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        started = time.monotonic()
        proc = subprocess.run([sys.executable, str(kit / script), "--verifier", verifier,
                               "--json", str(out), *args], capture_output=True, text=True,
                              env=env, cwd=cwd)
        seconds = time.monotonic() - started
        lines = [l for l in proc.stdout.splitlines() if l.strip()]
        result = {"line": lines[-1] if lines else proc.stderr.strip()[-300:],
                  "exit": proc.returncode, "seconds": round(seconds, 1), "stdout": proc.stdout}
        if out.exists():
            result["json"] = json.loads(out.read_text(encoding="utf-8"))
        return result


# A paragraph number as a citation names it: 4.12, 2.3.1, 87, or an annex's A.1 / A1.
NUMBERED_LABEL = re.compile(r"(?:[a-z]\.?)?\d+(?:\.\d+)*")


def score_reading(set_dirs: list[Path]) -> dict:
    """Each source read as `index add` reads it, against its places:
    - numbered places (4.12, 2.3.1, 87, A.1) of a numbered report: found under their number,
      and on their first page (PDF only);
    - named places (R4, Table 2, the executive summary, the foreword): found under their label;
    - every place, the letters' paragraphs included, word for word: the paragraph stored under
      its label is exactly its words (no furniture, footnote or neighbour inside or appended,
      nothing cut); an unlabelled place's words are a run of one paragraph's words;
    - an unnumbered document's places (a letter's paragraphs, which writers cite by their
      order): each exactly one paragraph's words."""
    from index import read_source

    keys = ("numbered", "numbered_found", "named", "named_found", "places", "word_for_word",
            "pages", "page_right", "unnumbered", "unnumbered_whole")
    rows, totals = [], dict.fromkeys(keys, 0)
    for set_dir in set_dirs:
        for source in check_labels.load_sources(set_dir).values():
            reading = read_source(source.rendering)
            # a label may name several paragraphs ("executive summary", "foreword"): a place
            # under it is the one of them with its words, else the first
            by_label: dict[str, list] = {}
            for p in reading.paragraphs:
                if p.section:
                    by_label.setdefault(check_labels.canon(p.section), []).append(p)
            paragraph_words = [check_labels.words(p.text) for p in reading.paragraphs]
            numbered_document = source.data.get("numbering") != "unnumbered"
            row = dict.fromkeys(keys, 0)
            misses, broken = [], []
            for place in source.place_list:
                key = check_labels.canon(place["label"])
                if place.get("kind") == "recommendation" and re.fullmatch(r"[a-z]", key):
                    # a lettered recommendation ("Recommendation A", labelled "A") is the
                    # place "RA", as "Recommendation 4" is "R4": never the annex "A"
                    key = f"r{key}"
                numbered = numbered_document and place.get("kind", "paragraph") in (
                    "paragraph", "annex") and bool(NUMBERED_LABEL.fullmatch(key))
                row["places"] += 1
                wanted = check_labels.words(place["text"])
                under = by_label.get(key, []) if numbered_document else []
                got = next((p for p in under if check_labels.words(p.text) == wanted),
                           under[0] if under else None)
                if numbered:
                    row["numbered"] += 1
                    row["numbered_found"] += got is not None
                elif numbered_document:
                    row["named"] += 1
                    row["named_found"] += got is not None
                if got is None and (numbered or numbered_document and place.get("kind") in (
                        "recommendation", "table")):
                    misses.append(place["label"])
                # a place stored under its label must be exactly its words (furniture appended
                # to it is as wrong as furniture inside); an unlabelled one, a run of some
                # paragraph's words
                if got is not None:
                    whole = check_labels.words(got.text) == wanted
                else:
                    whole = any(check_labels.contains_run(c, wanted) for c in paragraph_words)
                if whole:
                    row["word_for_word"] += 1
                else:
                    broken.append(place["label"])
                if not numbered_document:
                    # a letter's paragraphs are cited by their order: each must be a unit of
                    # its own, not a run of one joined to the salutation or the next
                    row["unnumbered"] += 1
                    row["unnumbered_whole"] += wanted in paragraph_words
                if numbered and got is not None and source.has_pages and place.get("page"):
                    row["pages"] += 1
                    row["page_right"] += got.first_page == place["page"]
            for k in totals:
                totals[k] += row[k]
            rows.append({"source": f"{set_dir.name}/{source.role}",
                         "reader": getattr(reading, "reader", ""), **row,
                         "missed": misses[:12], "broken": broken[:8]})
    return {"rows": rows, "totals": totals}


def ratio(a: int, b: int) -> str:
    return f"{a}/{b}" + (f" ({a / b:.2f})" if b else "")


def reading_line(totals: dict) -> str:
    return (f"numbered places found {ratio(totals['numbered_found'], totals['numbered'])} | "
            f"named places found {ratio(totals['named_found'], totals['named'])} | "
            f"word for word {ratio(totals['word_for_word'], totals['places'])} | "
            f"first page right {ratio(totals['page_right'], totals['pages'])}" +
            (f" | unnumbered paragraphs whole "
             f"{ratio(totals['unnumbered_whole'], totals['unnumbered'])}"
             if totals.get("unnumbered") else ""))


def score_half(half: str, parts: list[str], kit: Path, verifier: str, code: Path | None) -> dict:
    """One half's figures; `code`: a checkout of another commit to score instead of this tree."""
    set_dirs = sets_of(half)
    result = {"sets": [d.name for d in set_dirs]}
    env = dict(os.environ, PYTHONPATH=str(code or ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if "quotes" in parts and stage_quotes(set_dirs, tmp / "cases"):
            result["quotes"] = run_scorer(kit, "score.py", ["--cases", str(tmp / "cases")],
                                          verifier, env, code)
        if "claims" in parts and stage_claims(set_dirs, tmp / "claims"):
            result["claims"] = run_scorer(kit, "score_claims.py",
                                          ["--claims", str(tmp / "claims")], verifier, env,
                                          code)
        if "packs" in parts:
            scored = score_packs(kit, set_dirs, tmp / "packs", verifier, env, code)
            if scored is not None:
                result["packs"] = scored
        if "reading" in parts and code:
            # the reading of the other checkout: this script again, importing its index/
            out = tmp / "reading.json"
            subprocess.run([sys.executable, __file__, "--half", half, "--part", "reading",
                            "--sets", ",".join(sorted(ONLY)),
                            "--reading-only-json", str(out)], env=env, check=True,
                           capture_output=True, cwd=code)
            reading = json.loads(out.read_text(encoding="utf-8"))
            result["reading"] = {"line": reading_line(reading["totals"]), **reading}
    if "reading" in parts and not code:
        reading = score_reading(set_dirs)
        result["reading"] = {"line": reading_line(reading["totals"]), **reading}
    return result


@contextmanager
def checkout(rev: str | None):
    """A temporary worktree of `rev` (None: this tree, as it is), removed afterwards. Scoring
    a commit rather than a tree being edited keeps a long run's figures those of one code."""
    if rev is None:
        yield None
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "code"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(path), rev], cwd=ROOT,
                       check=True)
        try:
            yield path
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=ROOT,
                           check=False)


def counts(half: str) -> str:
    set_dirs = sets_of(half)
    docs = [d for s in set_dirs for d in documents(s)]
    pks = [p for s in set_dirs for p in packs(s)]
    q = sum(len(d.get("quotes", [])) for d in docs)
    c = sum(len(d.get("claims", [])) for d in docs)
    pq = sum(len(p.get("quotes", [])) for p in pks)
    return (f"{len(set_dirs)} sets, {len(docs)} documents ({q} quotations, {c} claims), "
            f"{len(pks)} packs ({pq} labelled quotations)")


HISTORY = "## History"


def write_markdown(results: dict, output: Path, commit: str) -> None:
    """The latest figures in full, then the history of every run's summary lines (kept from the
    file as it was, this run's rows added), so a change's before and after stand side by side."""
    lead = "Each run's summary lines, oldest first (commit, UTC date, half, part)."
    preamble, kept = [], []
    if output.exists() and HISTORY in output.read_text(encoding="utf-8"):
        old = output.read_text(encoding="utf-8").split(HISTORY, 1)[1]
        if lead in old:     # the notes written above the table by hand are kept
            preamble = old.split(lead, 1)[0].strip("\n").splitlines()
        kept = [line for line in old.splitlines()
                if line.startswith("| ") and not line.startswith("| commit")]
    history = [HISTORY, ""] + (preamble + [""] if preamble else []) + [
        lead, "", "| commit | date | half | part | figures |", "|---|---|---|---|---|"] + kept
    when = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M}"
    for half, result in results.items():
        for part in PARTS:
            if part in result:
                figures = result[part]["line"].replace(" | ", " · ")     # no cell breaks
                history.append(f"| {commit} | {when} | {half} | {part} | `{figures}` |")
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
            lines += ["", "| source | reader | numbered found | named found | word for word "
                      "| first page right | not found (first 12) | not word for word (first 8) |",
                      "|---|---|---|---|---|---|---|---|"]
            for row in result["reading"]["rows"]:
                # The sealed half's misses are not named: a list of which sealed paragraphs fail
                # is per-label feedback, and whoever reads it could tune on it.
                missed, broken = (("(sealed)", "(sealed)") if half == "sealed" else
                                  (", ".join(row["missed"]) or "-", ", ".join(row["broken"]) or "-"))
                lines.append(f"| {row['source']} | {row['reader']} | "
                             f"{ratio(row['numbered_found'], row['numbered'])} | "
                             f"{ratio(row['named_found'], row['named'])} | "
                             f"{ratio(row['word_for_word'], row['places'])} | "
                             f"{ratio(row['page_right'], row['pages'])} | {missed} | {broken} |")
        lines.append("")
    output.write_text("\n".join(lines + history) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("fit", "sealed", "both"), default="both")
    parser.add_argument("--part", default=",".join(PARTS),
                        help="comma-separated: " + ", ".join(PARTS))
    parser.add_argument("--eval-kit", type=Path, default=ROOT.parent / "shared" / "eval-kit")
    parser.add_argument("--verifier", default=f"{sys.executable} -m verifier")
    parser.add_argument("--output", type=Path, help="write the figures here as Markdown "
                        "(docs/blind.md when both halves are scored)")
    parser.add_argument("--json", type=Path, help="write every figure and scorer output here")
    parser.add_argument("--at", metavar="REV", help="score this commit (a temporary worktree), "
                        "not the working tree")
    parser.add_argument("--sets", default="", metavar="A,B",
                        help="only these sets of the half (docs/blind.md is then not written)")
    parser.add_argument("--reading-only-json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    ONLY.update(name for name in args.sets.split(",") if name)
    if args.reading_only_json:         # the reading of a checkout, for --at (see score_half)
        args.reading_only_json.write_text(json.dumps(score_reading(sets_of(args.half))),
                                          encoding="utf-8")
        return 0
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
    with checkout(args.at) as code:
        verifier = f"{sys.executable} -m verifier" if code else args.verifier
        for half in halves:
            results[half] = score_half(half, parts, args.eval_kit, verifier, code)
            print(f"{half}: {counts(half)}")
            for part in PARTS:
                if part in results[half]:
                    print(f"  {part:8} {results[half][part]['line']}")
    commit = subprocess.run(["git", "rev-parse", "--short", args.at or "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "?"
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                             capture_output=True, text=True).stdout.split("\n")
    if not args.at and any(line.strip() and not line.endswith("docs/blind.md") for line in changed):
        commit += "+changes"        # figures of a tree that is not the commit named

    output = args.output or (ROOT / "docs" / "blind.md"
                             if args.half == "both" and parts == list(PARTS) and not ONLY
                             else None)
    if output:
        write_markdown(results, output, commit)
        print(f"wrote {output}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
