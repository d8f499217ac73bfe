"""The blind corpus's labels hold (blind/check_labels.py), and the checker catches labels that do
not: a table of real labels from the fit half, each bent the way a careless writer would."""

import copy
import json
import shutil
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "blind"))
import check_labels  # noqa: E402

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs Debian's pdftotext (poppler-utils)")


BLIND_SETS = sorted(json.loads((ROOT / "blind" / "manifest.json").read_text(encoding="utf-8"))["sets"])


# One test per set, so the workers share the corpus out rather than one worker reading it all.
@needs_pdftotext
@pytest.mark.parametrize("set_name", BLIND_SETS)
def test_every_label_of_the_blind_corpus_holds(set_name, capsys):
    assert check_labels.main(["--quiet", "--set", set_name]) == 0, capsys.readouterr().out


def _problems(set_name, document, kind, index, change):
    """Problems the checker finds in one label of a fit-half document after `change`."""
    set_dir = ROOT / "blind" / "sets" / set_name
    sources = check_labels.load_sources(set_dir)
    labels = json.loads((set_dir / f"{document}.labels.json").read_text(encoding="utf-8"))
    text = (set_dir / labels["document"]).read_text(encoding="utf-8")
    label = copy.deepcopy(labels[kind][index])
    change(label)
    problems = check_labels.Problems()
    check = check_labels.check_quote if kind == "quotes" else check_labels.check_claim
    check(label, sources, text, "row", problems)
    return problems.lines


def _first(set_name, document, kind, predicate):
    set_dir = ROOT / "blind" / "sets" / set_name
    labels = json.loads((set_dir / f"{document}.labels.json").read_text(encoding="utf-8"))
    return next(i for i, label in enumerate(labels[kind]) if predicate(label))


def _ideal(verdict):
    return lambda label: label["verdict"][0] == verdict and label.get("strict", True)


def _set(key, value):
    def change(label):
        label[key] = value
    return change


BENT = [
    # (set, document, kind, which label, how it is bent, what the checker must say)
    pytest.param("ashcombe", "motion-opposition", "quotes", _ideal("misquote"),
                 _set("verdict", ["verbatim"]), "not a run",
                 id="a-misquote-labelled-verbatim"),
    pytest.param("ashcombe", "motion-opposition", "quotes", _ideal("verbatim"),
                 _set("verdict", ["not_found"]), "not_found",
                 id="words-of-the-report-labelled-invented"),
    pytest.param("cressing", "minutes-audit-committee", "quotes", _ideal("verbatim"),
                 _set("section", "1"), "not a run",
                 id="verbatim-words-pinned-to-another-paragraph"),
    pytest.param("cressing", "minutes-audit-committee", "quotes",
                 lambda l: l["citation"][0] == "missing",
                 _set("citation", ["correct"]), "cites nothing",
                 id="an-uncited-quotation-labelled-correctly-cited"),
    pytest.param("elmsworth", "minutes-scrutiny", "quotes",
                 lambda l: l["citation"][0] == "correct" and l.get("cited"),
                 _set("citation", ["wrong"]), "labelled wrong, yet it names",
                 id="a-right-citation-labelled-wrong"),
    pytest.param("elmsworth", "minutes-scrutiny", "quotes", _ideal("out_of_context"),
                 _set("context_dropped", "words the report never printed anywhere at all"),
                 "context_dropped is not",
                 id="dropped-context-that-is-not-the-paragraphs"),
    pytest.param("ashcombe", "amendment-ruling-group", "claims",
                 lambda l: l["verdict"][0] == "supported" and l.get("evidence"),
                 _set("evidence", "The council has never had a budget of any kind."),
                 "evidence is not",
                 id="evidence-the-report-does-not-say"),
    pytest.param("cressing", "article-local-paper", "claims",
                 lambda l: l["verdict"][0] == "not_supported" and l.get("absent_words"),
                 _set("absent_words", ["council"]), "is in the sources",
                 id="a-never-discussed-subject-the-report-discusses"),
    pytest.param("ashcombe", "motion-opposition", "quotes", _ideal("verbatim"),
                 _set("text", "words this motion never contains at any point"), "not in the document",
                 id="a-quotation-that-is-not-in-the-motion"),
]


@pytest.mark.parametrize("set_name, document, kind, which, change, says", BENT)
def test_a_bent_label_is_caught(set_name, document, kind, which, change, says):
    index = _first(set_name, document, kind, which)
    assert _problems(set_name, document, kind, index, lambda label: None) == []
    problems = _problems(set_name, document, kind, index, change)
    assert any(says in line for line in problems), problems


@pytest.mark.parametrize("text, place, holds", [
    ("the council's response to statutory recommendation has been inadequate",
     "We consider that the council's response to the statutory recommendation has been inadequate.",
     True),
    ("Several members told us they learnt of significant proposals",
     "Several members told us they learned of significant proposals from the local press.", True),
    ("the [c]ouncil lost six of the seven appeals … and paid £212,000",
     "The council lost 6 of the 7 appeals that followed and paid £212,000 in costs.", True),
    ("the council has been praised by residents for its openness",
     "The council lost 6 of the 7 appeals that followed and paid £212,000 in costs.", False),
], ids=["dropped-the", "us-spelling", "ellipsis-insertion-number-words", "other-words"])
def test_minor_edits_are_told_from_other_words(text, place, holds):
    assert check_labels.minor_holds(text, check_labels.words(place)) is holds


@pytest.mark.parametrize("haystack, needle, at", [
    ("reported to the audit and standards committee 1 the survey was open 7 member conduct "
     "3.8 the audit and standards committee received 23 complaints",
     "the audit and standards committee received 23 complaints", 16),
    ("under the local government act 19991 to carry out an inspection",
     "the local government act 1999 to carry out", 1),
    ("a particu larly long word", "a particularly long word", 0),
], ids=["tightest-start-not-the-page-before", "footnote-call-glued-to-a-year",
        "word-broken-at-a-line-end"])
def test_places_are_found_through_furniture_and_footnote_calls(haystack, needle, at):
    assert check_labels.find_in_order(check_labels.words(haystack), check_labels.words(needle)) == at
