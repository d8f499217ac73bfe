"""Re-measure the quotations' cut-offs on similarity in meaning (verifier/thresholds.py) for a
model, on labelled quotations, and propose each one's value.

    .venv/bin/python bench/quotes_fit.py [--model PATH] [--no-blind] [--output FILE]

A quotation none of the word matchers place (exact, marked edits, splice, fuzzy) is judged by
meaning: it is a paraphrase of the paragraph it cites when the model puts them at least
MIN_CITED_PARAPHRASE_SIMILARITY apart, else of the nearest passage anywhere at
MIN_PARAPHRASE_SIMILARITY; a cited passage that close but saying the opposite makes a misquote
only at MIN_REVERSAL_SIMILARITY; and of a passage's runs of sentences, the shortest within
SENTENCE_TIE of the best is the one shown. Where those lines fall is a fact about one model's
vectors, so this measures them again with the model given:

- the material: the labelled quotations of the project's own examples (examples/cases/*) and
  of the blind corpus's fit half (blind/sets, `fit` in blind/manifest.json; the sealed half
  is never read), each case's sources indexed with the model in a temporary directory;
- for each labelled quotation the word matchers do not place: its cosine to the paragraph it
  cites and to the nearest chunk anywhere;
- the classes: labelled `paraphrase` (must be accepted), labelled `not_found` (an invention,
  a resident's words, an Act: must not be), labelled `misquote` (a reversal of the cited
  passage: must come close enough to be called one); a label that allows both paraphrase and
  not_found says nothing about the line and is left out;
- each similarity cut-off's proposal: the real checker (check_quotation) run again on those
  quotations with the cut-off at each value of a grid (the others as they are), counting
  verdicts the labels allow and false alarms (a labelled paraphrase or misquote reported not
  found, where its label does not allow that) and false passes (a labelled invention reported
  as a paraphrase or the source's words): the value with most right verdicts, then fewest
  false alarms and false passes together, then nearest the
  current one (so a cut-off the material does not move stays where it is; a false alarm on a
  true quotation is the worst outcome). The cosines by class are printed beside it, the
  evidence of how far apart the model puts them;
- SENTENCE_TIE's proposal: the largest margin on a grid that shows, of a paraphrase's
  paragraph, the run of sentences holding the label's source sentence most often.

It prints each cut-off's current value and errors, the proposal and its errors, and the scores
by class, and writes them to --output (default bench/quotes_fit.txt). It reads and proposes
only: the values in verifier/thresholds.py are set by hand from its output, then checked with
`bench/blind.py --half fit --part quotes`. How to use it: docs/thresholds.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index import add_source  # noqa: E402
from verifier import thresholds  # noqa: E402
from verifier.judging import verdicts  # noqa: E402
from verifier.judging.check import _Meaning, check_quotation, choose_documents  # noqa: E402
from verifier.judging.verdicts import sentence_windows  # noqa: E402
from verifier.reading.motions import read_motion  # noqa: E402
from verifier.reading.quotations import find_quotations  # noqa: E402
from verifier.search.documents import resolve_document  # noqa: E402
from verifier.search import matching  # noqa: E402
from verifier.search.matching import MATCHERS, Sources, match_semantic, prepare  # noqa: E402
from verifier.search.session import open_session  # noqa: E402
from verifier.words import tokenize  # noqa: E402

CUT_OFFS = ("MIN_CITED_PARAPHRASE_SIMILARITY", "MIN_PARAPHRASE_SIMILARITY",
            "MIN_REVERSAL_SIMILARITY", "SENTENCE_TIE")
TIE_GRID = [round(0.01 * k, 2) for k in range(0, 11)]


@dataclass
class Case:
    """A motion, its sources ({"pdf", "title", "alias"?}) and its labelled quotations."""

    name: str
    motion: Path
    sources: list[dict]
    quotes: list[dict]


@dataclass
class Measured:
    """One labelled quotation the word matchers do not place, as the model sees it."""

    case: str
    text: str
    kind: str                   # paraphrase | invented | reversal
    cited: float | None         # best cosine to a paragraph it cites (None: cites none)
    cited_is_source: bool       # the label's paragraph is among those it cites
    anywhere: float | None      # the nearest chunk's cosine
    windows: list[tuple[bool, int, float]] = field(default_factory=list)
    # (window holds the label's source sentence, window length, cosine), in the matched paragraph


@dataclass
class Recheck:
    """A labelled quotation the word matchers do not place, ready to be checked again."""

    case: str
    verdicts: list[str]         # the verdicts its label allows, the ideal first
    quotation: object
    sources: object
    documents: tuple
    motion_text: str


# ---------------------------------------------------------------- the material

def example_cases() -> list[Case]:
    cases = []
    for labels in sorted((ROOT / "examples" / "cases").glob("*/labels.json")):
        data = json.loads(labels.read_text(encoding="utf-8"))
        here = labels.parent
        sources = [dict(s, pdf=str((here / s["pdf"]).resolve())) for s in data["sources"]]
        if not all(Path(s["pdf"]).exists() for s in sources):
            continue
        cases.append(Case(f"examples/{here.name}", (here / data["motion"]).resolve(), sources,
                          data.get("quotes", [])))
    return cases


def fit_half_cases() -> list[Case]:
    """The blind corpus's fit half, as bench/blind.py stages it (never the sealed half)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import blind

    cases = []
    for set_dir in blind.sets_of("fit"):
        for doc in blind.documents(set_dir):
            if doc.get("quotes"):
                cases.append(Case(f"blind/{set_dir.name}/{doc['document']}",
                                  (set_dir / doc["document"]).resolve(),
                                  blind.with_aliases(blind.sources_of(set_dir), doc),
                                  blind.with_kit_conventions(doc["quotes"])))
    return cases


def kind_of(label: dict) -> str | None:
    """The class a label puts its quotation in for these cut-offs (None: no evidence)."""
    verdicts = label.get("verdict") or []
    if not verdicts:
        return None
    if verdicts[0] == "paraphrase" and "not_found" not in verdicts:
        return "paraphrase"
    if verdicts[0] == "not_found" and "paraphrase" not in verdicts:
        return "invented"
    if verdicts[0] == "misquote" and "not_found" not in verdicts:
        return "reversal"
    return None


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


# ---------------------------------------------------------------- measuring

def index_sources(sources: list[dict], model: str | None, into: Path) -> Path:
    for source in sources:
        aliases = [source["alias"]] if source.get("alias") else []
        add_source(into, source["pdf"], title=source.get("title"), aliases=aliases,
                   model_path=model)
    return into


def measure_case(case: Case, index_dir: Path,
                 model: str | None) -> tuple[list[Measured], list[Recheck]]:
    session = open_session(index_dir, model)
    documents = choose_documents(session, None)
    sources = Sources(session.corpus(documents), _Meaning(session, documents))
    corpus = sources.corpus
    motion_text = read_motion(case.motion).text
    quotations = find_quotations(motion_text)
    out, rechecks = [], []
    for label in case.quotes:
        if not label.get("verdict"):
            continue
        wanted = keys(label["text"])
        quotation = next((q for q in quotations if keys(q.text) == wanted), None) or next(
            (q for q in quotations if contains(keys(q.text), wanted)), None)
        if quotation is None:
            continue                    # not extracted: the cut-offs never see it
        quote = prepare(quotation, corpus)
        citation = quotation.citation
        if citation.document:
            cited = resolve_document(citation.document, documents, corpus.part_names,
                                     corpus.letter_text)
            if cited is not None:
                quote = replace(quote, cited_document=cited.id)
        if not quote.tokens or any(m(quote, sources) for m in MATCHERS if m is not match_semantic):
            continue                    # placed by its words: meaning does not decide it
        rechecks.append(Recheck(case.name, label["verdict"], quotation, sources, documents, motion_text))
        kind = kind_of(label)
        if kind is None:
            continue
        text = quote.text or quotation.text
        paragraphs = corpus.numbered_paragraphs(
            citation.sections, None if quote.cited_document is None else [quote.cited_document])
        cited_score = None
        if paragraphs:
            scores = sources.similarities(text, [t for _, _, t in paragraphs],
                                          [(corpus.documents[d].id, o) for d, o, _ in paragraphs])
            cited_score = max(scores) if scores else None
        hits = sources.search_by_meaning(text)
        anywhere = max((h.score for h in hits), default=None)
        section = label.get("section")
        measured = Measured(case.name, label["text"], kind, cited_score,
                            bool(section) and section in citation.sections, anywhere)
        if kind == "paraphrase" and label.get("source_text"):
            measured.windows = _windows(quotation.text, label["source_text"], section, hits,
                                        paragraphs, sources)
        out.append(measured)
    return out, rechecks


def _windows(quote: str, source_text: str, section: str | None, hits, paragraphs,
             sources: Sources) -> list[tuple[bool, int, float]]:
    """The runs of sentences of the label's paragraph (cited, or the nearest chunk's), each
    with whether it holds the label's source sentence, its length and its cosine."""
    corpus = sources.corpus
    text = next((t for _, _, t in paragraphs if contains(keys(t), keys(source_text))), None)
    if text is None:
        for hit in hits:
            doc = corpus.document_text(hit.document_id)
            position = doc.paragraph_position(hit.chunk.paragraph_order) if doc else None
            if position is not None and contains(keys(doc.paragraphs[position].text),
                                                 keys(source_text)):
                text = doc.paragraphs[position].text
                break
    if text is None:
        return []
    spans = sentence_windows(text, most=min(3, quote.count(". ") + 2))
    if len(spans) <= 1:
        return []
    scores = sources.similarities(quote, [text[a:b] for a, b in spans])
    wanted = keys(source_text)
    return [(contains(keys(text[a:b]), wanted), b - a, s) for (a, b), s in zip(spans, scores)]


# ---------------------------------------------------------------- proposing

SIMILARITY_GRID = [round(0.30 + 0.05 * k, 2) for k in range(13)]
# Where each cut-off is read (its module imported it by name).
READ_BY = {"MIN_CITED_PARAPHRASE_SIMILARITY": matching, "MIN_PARAPHRASE_SIMILARITY": matching,
           "MIN_REVERSAL_SIMILARITY": verdicts}


def errors(cut: float, accept: list[float], reject: list[float]) -> tuple[int, int]:
    """(ones to accept below the cut, ones to reject at or above it)."""
    return sum(s < cut for s in accept), sum(s >= cut for s in reject)


def tally(rechecks: list[Recheck]) -> tuple[int, int, int]:
    """(verdicts the labels allow, false alarms: a paraphrase or misquote reported not found,
    false passes: an invention reported as the source's words or meaning)."""
    right = alarms = passes = 0
    for r in rechecks:
        got = check_quotation(r.quotation, r.sources, r.documents, r.motion_text).verdict.value
        right += got in r.verdicts
        alarms += false_alarm(r.verdicts, got)
        passes += false_pass(r.verdicts, got)
    return right, alarms, passes


def false_alarm(allowed: list[str], got: str) -> bool:
    """A quotation its label calls a paraphrase or a misquote (words the source does have, in
    other words or altered) reported not found, where the label does not allow that."""
    return got == "not_found" and got not in allowed and allowed[0] in ("paraphrase", "misquote")


def false_pass(allowed: list[str], got: str) -> bool:
    """A quotation its label calls not found (an invention, another document's words) reported
    as a paraphrase or the source's words: the report made to say what it does not, as bad as
    a false alarm (issue 21)."""
    return got in ("paraphrase", "verbatim", "minor") and got not in allowed and \
        allowed[0] == "not_found"


def best_value(scores: dict[float, tuple[int, ...]], current: float) -> float:
    """Of {value: (right verdicts, false alarms[, false passes])}: most right, then fewest false
    alarms and false passes together (the two worst errors), then nearest the current value (a
    cut-off the material does not move stays where it is)."""
    return min(scores, key=lambda v: (-scores[v][0], sum(scores[v][1:]), abs(v - current)))


def fit_by_checking(name: str, rechecks: list[Recheck]) -> tuple[float, dict]:
    """The cut-off's value on SIMILARITY_GRID (and its current one) with most right verdicts,
    then fewest false alarms and passes, then nearest the current; and each value's tally."""
    module, current = READ_BY[name], getattr(thresholds, name)
    scores = {}
    try:
        for value in sorted(set(SIMILARITY_GRID) | {current}):
            setattr(module, name, value)
            scores[value] = tally(rechecks)
    finally:
        setattr(module, name, current)
    return best_value(scores, current), scores


def chosen_window(windows: list[tuple[bool, int, float]], tie: float) -> bool:
    """Whether the window carrying_sentences would show at this tie holds the source."""
    top = max(s for _, _, s in windows)
    best = min((w for w in windows if w[2] >= top - tie), key=lambda w: (w[1], -w[2]))
    return best[0]


def fit_tie(rows: list[Measured], current: float) -> float | None:
    windowed = [r.windows for r in rows if r.windows]
    if not windowed:
        return None
    right = {t: sum(chosen_window(w, t) for w in windowed) for t in TIE_GRID + [current]}
    most = max(right.values())
    return current if right[current] == most else max(t for t in TIE_GRID if right[t] == most)


def propose(rows: list[Measured], rechecks: list[Recheck]) -> list[dict]:
    by = {k: [r for r in rows if r.kind == k] for k in ("paraphrase", "invented", "reversal")}
    cited_inv = [r.cited for r in by["invented"] if r.cited is not None]
    out = []
    for name, accept, reject, what in (
            ("MIN_CITED_PARAPHRASE_SIMILARITY",
             [r.cited for r in by["paraphrase"] if r.cited is not None and r.cited_is_source],
             cited_inv, "cosine to the cited paragraph: paraphrases of it, inventions citing one"),
            ("MIN_PARAPHRASE_SIMILARITY",
             [r.anywhere for r in by["paraphrase"] if r.anywhere is not None],
             [r.anywhere for r in by["invented"] if r.anywhere is not None],
             "cosine to the nearest chunk: paraphrases, inventions"),
            ("MIN_REVERSAL_SIMILARITY",
             [r.cited for r in by["reversal"] if r.cited is not None and r.cited_is_source],
             cited_inv, "cosine to the cited paragraph: misquotes of it, inventions citing one")):
        current = getattr(thresholds, name)
        proposed, scores = fit_by_checking(name, rechecks)
        out.append({"name": name, "what": what, "current": current, "proposed": proposed,
                    "checked": len(rechecks), "scores": scores,
                    "errors_current": errors(current, accept, reject),
                    "errors_proposed": errors(proposed, accept, reject),
                    "accept": sorted(round(s, 3) for s in accept),
                    "reject": sorted(round(s, 3) for s in reject)})
    windowed = [r.windows for r in by["paraphrase"] if r.windows]
    current = thresholds.SENTENCE_TIE
    proposed = fit_tie(by["paraphrase"], current)
    out.append({"name": "SENTENCE_TIE", "what": "runs of sentences shown: the label's source "
                "sentence held by the one chosen", "current": current, "proposed": proposed,
                "windowed": len(windowed),
                "right_current": sum(chosen_window(w, current) for w in windowed),
                "right_proposed": None if proposed is None else
                sum(chosen_window(w, proposed) for w in windowed)})
    return out


def report(rows: list[Measured], rechecks: list[Recheck], proposals: list[dict], model: str,
           seconds: float) -> str:
    counts = {k: sum(r.kind == k for r in rows) for k in ("paraphrase", "invented", "reversal")}
    lines = [f"bench/quotes_fit.py: model {model}; {len(rechecks)} labelled quotations the word "
             f"matchers do not place, from {len({r.case for r in rechecks})} cases (by class: "
             f"{counts['paraphrase']} paraphrase, {counts['invented']} not_found, "
             f"{counts['reversal']} misquote); {seconds:.0f} s", ""]
    for p in proposals:
        lines.append(f"{p['name']}: current {p['current']}, proposed {p['proposed']}")
        if "scores" in p:
            right, alarms, passes = p["scores"][p["current"]]
            lines.append(f"  checked again ({p['checked']} quotations): at current {right} "
                         f"right, {alarms} false alarms, {passes} false passes")
            right, alarms, passes = p["scores"][p["proposed"]]
            lines.append(f"                at proposed {right} right, {alarms} false alarms, "
                         f"{passes} false passes")
            lines.append("  by value: " + ", ".join(
                f"{v}: {r}/{a}/{f}" for v, (r, a, f) in sorted(p["scores"].items())) +
                "  (right/false alarms/false passes)")
            lines.append(f"  {p['what']}: to accept {p['accept']}")
            lines.append(f"    to reject {p['reject']}")
            lines.append("    misplaced at current {0[0]}+{0[1]}, at proposed {1[0]}+{1[1]} "
                         "(accept below + reject at or above)".format(p["errors_current"],
                                                                     p["errors_proposed"]))
        else:
            lines.append(f"  {p['what']}: {p['right_current']} of {p['windowed']} at current, "
                         f"{p['right_proposed']} at proposed")
    lines += ["", "Small classes: a proposal is a starting point. Set the values in "
              "verifier/thresholds.py (MEASURED_ON: the model's name) and check them with "
              "bench/blind.py --half fit --part quotes."]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="a local sentence-transformers model directory "
                        "(default: the bundled all-MiniLM-L6-v2)")
    parser.add_argument("--no-blind", action="store_true",
                        help="the project's own examples only (no blind/ fit half)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "quotes_fit.txt")
    parser.add_argument("--json", type=Path, help="every measured quotation, as JSON")
    args = parser.parse_args(argv)
    started = time.monotonic()
    cases = example_cases() + ([] if args.no_blind else fit_half_cases())
    rows: list[Measured] = []
    rechecks: list[Recheck] = []
    built: dict[tuple, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            key = tuple((s["pdf"], s.get("title"), s.get("alias")) for s in case.sources)
            if key not in built:
                built[key] = index_sources(case.sources, args.model,
                                           Path(tmp) / f"index-{len(built)}")
            measured, again = measure_case(case, built[key], args.model)
            rows += measured
            rechecks += again
        proposals = propose(rows, rechecks)
    from index import Embedder

    model = Embedder(args.model).model_name if args.model else thresholds.MEASURED_ON
    text = report(rows, rechecks, proposals, model, time.monotonic() - started)
    print(text, end="")
    args.output.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
