"""The claims' look-up of words (verifier/judging/claim_check.py's _Layout) through the index's
word postings, and the stem rule it files the index's vocabulary by (verifier/reading/figures.py's
stem, key_stem and glued_key_stem): tables of the rules, on small documents stored in a real index with placeholder
vectors (no model)."""

import math

import pytest

from index import Paragraph, ParagraphKind
from verifier.judging.claim_check import _Layout
from verifier.reading.figures import content_stems, glued_key_stem, key_stem, stem
from verifier.search.corpus import Corpus
from stored import stored_index


@pytest.mark.parametrize("word", [
    "inspect", "inspected", "inspecting", "inspects", "inspectorate",
    "improve", "improved", "improvement", "improvements", "improving", "improves",
    "scrutiny", "scrutinised", "scrutinized", "organisations", "organizations",
    "rose", "risen", "rises", "overspent", "overspends", "undertaken", "seen",
    "weakly", "weaknesses", "committees", "decided", "decisions", "housing", "houses",
    "behavior", "behaviours", "judgements", "café", "Councillors", "members’",
])
def test_every_word_is_filed_under_its_stem(word):
    """Completeness: the key the index holds for a word is filed under the word's stem."""
    from verifier.words import fold

    key = fold(word.replace("’", "'").split("'")[0])
    assert key_stem(key) == stem(word)


@pytest.mark.parametrize("a_stem, some, never", [
    pytest.param("improv", {"improve", "improved", "improves", "improving", "improvement",
                            "improvements"}, {"improvise"}, id="endings"),
    pytest.param("urgent", {"urgent", "urgency", "urgencies"}, {"urge", "urged"},
                 id="a-noun-of-an-adjective"),
    pytest.param("satisfy", {"satisfied", "satisfaction", "satisfies"}, {"satire"},
                 id="a-noun-of-a-verb-in-y"),
    pytest.param("rise", {"rise", "rises", "rose", "risen"}, {"raise", "rising"},
                 id="irregular-past-forms"),
    pytest.param("spend", {"spend", "spends", "spending", "spent"}, {"overspent"},
                 id="another-irregular-word-is-another-stem"),
    pytest.param("organis", {"organisation", "organisations", "organised", "organization"},
                 {"organ", "organic"}, id="spellings-fold-alike"),
])
def test_the_forms_of_a_stem(a_stem, some, never):
    assert {w for w in some if key_stem(w) != a_stem} == set()
    assert {w for w in never if key_stem(w) == a_stem} == set()


# A report and a claim name one thing with two words of one root (issue 19): the claim's
# "satisfaction" is the report's "satisfied", "urgent decisions" are taken "under the urgency
# procedure", commissioners "appointed" are an "appointment", morale "got worse" where it
# "worsened"; a plural in -ies is its singular. Words of other roots stay apart.
@pytest.mark.parametrize("one, other, same", [
    pytest.param("satisfaction", "satisfied", True, id="satisfaction-satisfied"),
    pytest.param("urgent", "urgency", True, id="urgent-urgency"),
    pytest.param("appointed", "appointment", True, id="appointed-appointment"),
    pytest.param("worse", "worsened", True, id="worse-worsened"),
    pytest.param("policies", "policy", True, id="plural-in-ies"),
    pytest.param("independent", "independence", True, id="independent-independence"),
    pytest.param("transparency", "transparent", True, id="transparency-transparent"),
    pytest.param("weaknesses", "weak", True, id="weaknesses-weak"),
    pytest.param("consultation", "consulted", True, id="consultation-consulted"),
    pytest.param("operation", "operated", True, id="operation-operated"),
    pytest.param("identification", "identified", True, id="identification-identified"),
    pytest.param("business", "businesses", True, id="a-double-s-is-no-plural"),
    pytest.param("decision", "decided", False, id="no-rule-for-ion"),
    pytest.param("government", "governance", False, id="government-is-not-governance"),
    pytest.param("urgent", "urge", False, id="urgent-is-not-urge"),
])
def test_words_of_one_root_stem_alike(one, other, same):
    assert (stem(one) == stem(other)) is same
    if same:
        assert key_stem(other.lower()) == stem(one)


@pytest.mark.parametrize("a_stem, words", [
    pytest.param("other", {"other"}, id="a-stop-word"),
    pytest.param("report", {"report", "reports", "reported"}, id="a-reference-word"),
    pytest.param("paragraph", {"paragraph", "paragraphs"}, id="a-reference-word-plural"),
    pytest.param("million", {"million"}, id="a-scale"),
])
def test_a_stop_word_or_a_reference_word_is_no_content_form(a_stem, words):
    """Words that say who says it, or say nothing themselves, never carry a claim."""
    assert not {w for w in words if key_stem(w) == a_stem}


@pytest.mark.parametrize("a_stem, glued", [
    pytest.param("team", {"team"}, id="a-reference-word-carries-only-as-a-possessive"),
    pytest.param("report", {"report", "reports", "reported", "reporting"},
                 id="another-reference-word"),
    pytest.param("improv", set(), id="a-content-word-carries-alone"),
    pytest.param("the", set(), id="a-stop-word-never"),
])
def test_the_forms_that_carry_a_stem_only_glued_to_an_apostrophe(a_stem, glued):
    candidates = {"team", "teams", "report", "reports", "reported", "reporting", "improve",
                  "improved", "the", "improvement"}
    assert {w for w in candidates if glued_key_stem(w) == a_stem} == glued


def para(order, text, section=None, kind=ParagraphKind.NUMBERED):
    return Paragraph(order, section, None, kind, 1, 1, text, ((0, 1),))


REPORT = [
    para(0, "The council’s scrutiny committees were not effective.", "2.1"),
    para(1, "Scrutiny has improved since the new chair was appointed in 2023.", "2.2"),
    para(2, "", kind=ParagraphKind.FOOTNOTE),
    para(3, "Housing repairs costs rose to £4.2 million; the council overspent by £1.1m.", "2.3"),
    para(4, "Members’ training is improving; the committee’s organization is sound.", "2.4"),
    para(5, "The finance team’s posts and the report's findings; the inspection team met.",
         "2.5"),
]
LETTER = [
    para(0, "I write about the Council's improvement plan.", kind=ParagraphKind.TEXT),
    para(1, "The commissioners will oversee housing and scrutiny.", kind=ParagraphKind.TEXT),
]


@pytest.fixture(scope="module", params=["stored", "stale"])
def layout(request, tmp_path_factory):
    """A report and a letter; "stale": their postings stored by an older tokeniser, so the
    corpus lays them out in memory. Both must answer alike."""
    index = stored_index(tmp_path_factory.mktemp(request.param) / "idx",
                         {"report": REPORT, "letter": LETTER}, stale=request.param == "stale")
    return _Layout(Corpus(index.documents(), index))


def test_the_places_are_every_paragraph_but_empty_footnotes(layout):
    texts = [p.text for _, _, p in layout.places]
    assert texts == [p.text for p in REPORT + LETTER if p.text] or \
        texts == [p.text for p in LETTER + REPORT if p.text]


def test_each_paragraph_carries_exactly_its_content_stems(layout):
    """The postings answer as stemming each paragraph's text would, for every stem asked."""
    asked = {s for _, _, p in layout.places for s in content_stems(p.text)} | \
        {"pension", "other", "report", "team", "inspection"}
    for k, (_, _, paragraph) in enumerate(layout.places):
        own = set(content_stems(paragraph.text))
        assert {s for s in asked if s in layout.stems[k]} == own, paragraph.text


@pytest.mark.parametrize("claim, places", [
    pytest.param("scrutiny improvements", {"2.1", "2.2", "2.4", "letter 1", "letter 0"},
                 id="any-form-of-a-word"),
    pytest.param("it improved", {"2.2", "2.4", "letter 0"},
                 id="improving-and-improvement-are-improved"),
    pytest.param("costs have risen", {"2.3"}, id="an-irregular-past-form"),
    pytest.param("an overspend", {"2.3"}, id="overspent-is-overspend"),
    pytest.param("the organisation of members", {"2.4"}, id="american-spelling-and-possessive"),
    pytest.param("the pension fund", set(), id="nowhere"),
    pytest.param("the team’s vacancies", {"2.5"}, id="a-possessive-of-a-reference-word"),
])
def test_the_places_a_claims_words_are_in(layout, claim, places):
    def name(k):
        d, p_index, paragraph = layout.places[k]
        return paragraph.section or f"letter {p_index}"

    found = set()
    for s in content_stems(claim):
        found |= {name(k) for k in layout.carrying(s)}
    assert found == places


def test_a_rarer_stem_weighs_more(layout):
    n = len(layout.places)
    assert layout.weight("scrutiny") == pytest.approx(math.log(1 + n / (1 + 3)))
    assert layout.weight("overspend") == pytest.approx(math.log(1 + n / (1 + 1)))
    assert layout.weight("pension") == layout.default_idf
    assert "scrutiny" in layout.idf and "pension" not in layout.idf
    assert layout.idf.get("pension") is None and layout.idf["overspend"] > layout.idf["scrutiny"]
