"""verifier/search/matching.py's word matchers, one table each, on a small report and letter
stored in a real index with placeholder vectors (no model: the matcher by meaning is left to
the tests that load it). Each case is a quotation as a motion might print it, the matcher that
must place it (or not), and where."""


import pytest

from index import Paragraph, ParagraphKind
from verifier.models import Citation, Quotation
from verifier.search.corpus import Corpus
from verifier.search.matching import (MATCHERS, Sources, carries_quotation, find_alignments,
                                      marked_edits, match_exact, match_fuzzy, match_marked,
                                      match_semantic, match_splice, prepare, to_match)
from stored import stored_index


def para(order, text, section=None, page=1):
    return Paragraph(order, section, "Chapter 3: Governance", ParagraphKind.NUMBERED, page,
                     page, text, ((0, page),))


REPORT = [
    para(0, "The council has not set a balanced budget for three years, and its reserves are "
            "almost exhausted.", "3.1"),
    para(1, "Members told us that scrutiny committees rarely challenge the cabinet and that "
            "papers often arrive the evening before a meeting.", "3.2"),
    para(2, "The chief executive has started a programme of improvement, but it is too early "
            "to judge its effect on services.", "3.3", page=2),
    para(3, "Relationships between councillors and officers have broken down, and trust must "
            "be rebuilt before the council can improve.", "4.1", page=2),
]
LETTER = [
    para(0, "I am writing to set out the intervention package I intend to put in place."),
    para(1, "Commissioners will oversee the council's finances and its governance."),
]


@pytest.fixture(scope="module", params=["stored", "stale"])
def sources(request, tmp_path_factory):
    """"stale": the postings stored by an older tokeniser, laid out in memory; the matchers
    must answer alike."""
    index = stored_index(tmp_path_factory.mktemp(request.param) / "idx",
                         {"report": REPORT, "letter": LETTER}, stale=request.param == "stale")
    return Sources(Corpus(index.documents(), index))


def quote(sources, text, sections=()):
    return prepare(Quotation(text, 0, len(text), Citation(sections=tuple(sections))),
                   sources.corpus)


def placed(alignments, sources):
    """(document, section, the source's exact words) of each alignment, best first."""
    return [(m.document_id, m.section, m.text)
            for m in (to_match(a, sources) for a in alignments)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("scrutiny committees rarely challenge the cabinet",
                 ("report", "3.2", "scrutiny committees rarely challenge the cabinet"),
                 id="words-as-printed"),
    pytest.param("SCRUTINY Committees rarely challenge the Cabinet",
                 ("report", "3.2", "scrutiny committees rarely challenge the cabinet"),
                 id="case-aside"),
    pytest.param("a program of improvement",
                 ("report", "3.3", "a programme of improvement"), id="american-spelling"),
    pytest.param("its reserves are almost exhausted",
                 ("report", "3.1", "its reserves are almost exhausted."),
                 id="the-full-stop-taken-in"),
    pytest.param("almost exhausted. Members told us",
                 ("report", "3.1", "almost exhausted."), id="over-a-paragraph-end"),
    pytest.param("the council's finances", ("letter", None, "the council's finances"),
                 id="in-the-letter"),
    pytest.param("scrutiny committees seldom challenge the cabinet", None, id="a-word-changed"),
    pytest.param("challenge the cabinet scrutiny committees", None, id="words-reordered"),
])
def test_match_exact(sources, text, expected):
    found = placed(match_exact(quote(sources, text), sources), sources)
    assert found[:1] == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    pytest.param("The council has not set a balanced budget … its reserves are almost exhausted",
                 ("report", "3.1"), id="an-omission"),
    pytest.param("The council has not set a balanced budget ... and its reserves are almost "
                 "exhausted", ("report", "3.1"), id="three-dots"),
    pytest.param("[The] chief executive has started a programme of improvement",
                 ("report", "3.3"), id="an-insertion-in-brackets"),
    pytest.param("trust must be rebuilt … before the council can improve", ("report", "4.1"),
                 id="an-omission-of-nothing"),
    pytest.param("trust must be rebuilt … the council has not set", None,
                 id="fragments-out-of-order"),
    pytest.param("scrutiny committees rarely challenge the cabinet", None, id="no-mark"),
])
def test_match_marked(sources, text, expected):
    found = placed(match_marked(quote(sources, text), sources), sources)
    assert [(d, s) for d, s, _ in found[:1]] == ([expected] if expected else [])


@pytest.mark.parametrize("text, parts", [
    pytest.param("scrutiny committees rarely challenge the cabinet and trust must be rebuilt "
                 "before the council can improve", ["3.2", "4.1"], id="two-paragraphs"),
    pytest.param("The chief executive has started a programme of improvement but commissioners "
                 "will oversee the council's finances", ["3.3", None], id="report-and-letter"),
    pytest.param("scrutiny committees rarely challenge the cabinet and that papers often arrive",
                 None, id="one-passage-is-no-splice"),
    pytest.param("the cabinet and trust between them", None, id="runs-too-short"),
])
def test_match_splice(sources, text, parts):
    found = match_splice(quote(sources, text), sources)
    if parts is None:
        assert found == []
        return
    (alignment,) = found
    match = to_match(alignment, sources)
    assert [p.section for p in match.parts] == parts


@pytest.mark.parametrize("text, sections, expected", [
    pytest.param("Members told us that scrutiny committees seldom challenge the cabinet and "
                 "that papers often arrive the evening before a meeting", (), "3.2",
                 id="a-word-changed"),
    pytest.param("The council has set a balanced budget for three years", (), "3.1",
                 id="a-negation-dropped"),
    pytest.param("The chief executive has started an ambitious programme of improvement", (),
                 "3.3", id="a-word-added"),
    pytest.param("Members told us that scrutiny committees rarely challenge anyone at all in "
                 "this council", (), None, id="half-the-words-another-sentence"),
    pytest.param("papers arrive late", (), None, id="too-few-words-in-common"),
])
def test_match_fuzzy(sources, text, sections, expected):
    found = placed(match_fuzzy(quote(sources, text, sections), sources), sources)
    assert [s for _, s, _ in found[:1]] == ([expected] if expected else [])


def test_the_first_matcher_that_finds_anything_wins(sources):
    assert [m.__name__ for m in MATCHERS] == ["match_exact", "match_marked", "match_splice",
                                              "match_fuzzy", "match_semantic"]
    exact = find_alignments(quote(sources, "rarely challenge the cabinet"), sources)
    assert {a.method for a in exact} == {"exact"}
    fuzzy = find_alignments(quote(sources, "The council has set a balanced budget for three "
                                          "years"), sources)
    assert fuzzy[0].method == "fuzzy"
    assert match_semantic(quote(sources, "an invented sentence"), sources) == [], \
        "without a model nothing is placed by meaning"


@pytest.mark.parametrize("text, counts", [
    pytest.param("plain words", (0, 0), id="none"),
    pytest.param("one … two ... three . . . four", (3, 0), id="omissions"),
    pytest.param("[The council] has [not] set", (0, 2), id="insertions"),
    pytest.param("a […] b", (1, 1), id="a-bracketed-omission-counts-both"),
])
def test_marked_edits(text, counts):
    assert marked_edits(text) == counts


@pytest.mark.parametrize("coverage, run, density, change, cited, carries", [
    pytest.param(0.9, 9, 1.0, 5, False, True, id="nearly-all-words-any-change"),
    pytest.param(0.75, 6, 1.0, 2, False, True, id="most-words-a-slip"),
    pytest.param(0.75, 6, 1.0, 5, False, False, id="most-words-another-clause"),
    pytest.param(0.5, 8, 0.95, 1, True, True, id="a-long-run-quoted-with-words-added-cited"),
    pytest.param(0.5, 8, 0.95, 1, False, False, id="the-same-not-cited"),
    pytest.param(0.5, 3, 0.95, 1, True, False, id="cited-but-no-long-run"),
    pytest.param(0.5, 8, 0.6, 1, True, False, id="cited-but-words-scattered"),
    pytest.param(0.3, 8, 1.0, 0, True, False, id="too-little-of-the-quotation"),
])
def test_carries_quotation(coverage, run, density, change, cited, carries):
    assert carries_quotation(coverage, run, density, change, cited) is carries
