"""index/postings.py and index/text.py, and the search side that reads them
(verifier/search/corpus.py's Corpus, verifier/search/documents.py's CitationPlaces): tables of
the rules, on small documents stored in a real index with placeholder vectors (no model)."""


import pytest

from index import (LAYOUT, Paragraph, ParagraphKind, WordLayout, document_postings, open_index, tokenize, unpack_layout, unpack_positions)
from verifier.search.corpus import Corpus
from verifier.search.documents import CitationPlaces
from stored import store, stored_index


def para(order, text, section=None, heading=None, kind=ParagraphKind.NUMBERED):
    return Paragraph(order, section, heading, kind, 1, 1, text, ((0, 1),))


@pytest.mark.parametrize("text, keys", [
    pytest.param("The Organization's behavior", ["the", "organisation", "s", "behaviour"],
                 id="british-and-american-spellings-one"),
    pytest.param("£2.1m and £2.1 million", ["2.1", "million", "and", "2.1", "million"],
                 id="a-unit-written-two-ways"),
    pytest.param("48 per cent, 48 percent, 48%", ["48", "48", "48"], id="per-cent"),
    # a pack's line wrapped inside the unit (issue 23)
    pytest.param("rose by 34 per\ncent; £2.1\nm", ["rose", "by", "34", "2.1", "million"],
                 id="a-unit-over-a-line-break"),
    pytest.param("a per\n\ncent", ["a", "per", "cent"], id="not-across-a-blank-line"),
    pytest.param("the Act 1989.8 Their", ["the", "act", "1989", "8", "their"],
                 id="a-footnote-marker-after-a-year"),
    pytest.param("the Act 1989[footnote 8].", ["the", "act", "1989"], id="govuk-footnote-link"),
    pytest.param("1,206 staff; café", ["1206", "staff", "cafe"], id="numbers-and-accents"),
])
def test_the_tokeniser_keys(text, keys):
    assert [t.key for t in tokenize(text)] == keys


def test_the_layout_name_changes_only_with_the_tokeniser():
    """A tripwire: stored postings are filed under this name, so a change to the tokeniser's
    rules makes every index's postings stale (checks lay them out until `index refresh`)."""
    assert LAYOUT == "words-1-ded76bc64c53"


@pytest.mark.parametrize("paragraphs, joined, token_paragraph", [
    pytest.param([para(0, "Trust is low."), para(1, "Trust matters.")],
                 " trust is low trust matters ", [0, 0, 0, 1, 1], id="one-run-over-paragraphs"),
    pytest.param([para(1, "Trust matters."), para(0, "Trust is low.")],
                 " trust is low trust matters ", [0, 0, 0, 1, 1], id="in-reading-order"),
    pytest.param([para(0, "…"), para(1, "")], "  ", [], id="no-words"),
])
def test_document_postings_lay_out_the_words_in_reading_order(paragraphs, joined,
                                                                token_paragraph):
    stored = document_postings(paragraphs)
    layout = unpack_layout(stored.data)
    assert layout.joined == joined and list(layout.token_paragraph) == token_paragraph
    assert stored.tokens == len(token_paragraph)
    ordered = sorted(paragraphs, key=lambda p: p.order)
    assert layout.orders == [p.order for p in ordered]
    expected = WordLayout.of(ordered).postings()
    assert {k: list(unpack_positions(v)) for k, v in stored.positions.items()} == expected
    # Spans map each key back to the characters of its paragraph.
    for t, p_index in enumerate(layout.token_paragraph):
        text = ordered[p_index].text[layout.starts[t]:layout.ends[t]]
        assert tokenize(text)[0].key == joined.split()[t]


def test_a_layout_of_another_format_is_not_read():
    data = bytearray(document_postings([para(0, "Trust is low.")]).data)
    data[0] = 9
    assert unpack_layout(bytes(data)) is None


# ---- the search side over a stored index -----------------------------------------------------

REPORT = [
    para(0, "Chapter 3: Culture", heading="Chapter 3: Culture", kind=ParagraphKind.TEXT),
    para(1, "The lack of trust between councillors and officers is very concerning.", "3.4",
         "Chapter 3: Culture"),
    para(2, "Many good managers had left the organisation.", "3.5", "Chapter 3: Culture"),
    para(3, "Executive Summary", heading="Executive Summary", kind=ParagraphKind.TEXT),
    para(4, "Trust between councillors and officers must be rebuilt.", "4.1", "Summary"),
]
LETTER = [
    para(0, "Dear Ms Okafor,", kind=ParagraphKind.TEXT),
    para(1, "I write about the lack of trust at the council.", kind=ParagraphKind.TEXT),
    para(2, "Yours sincerely,", kind=ParagraphKind.TEXT),
]


@pytest.fixture(scope="module", params=["stored", "stale"])
def corpus(request, tmp_path_factory):
    """A report and a letter; "stale": their postings made by an older tokeniser, so the
    corpus lays them out in memory. Both must answer alike."""
    index = stored_index(tmp_path_factory.mktemp(request.param) / "idx",
                         {"report": REPORT, "letter": LETTER}, stale=request.param == "stale")
    corpus = Corpus(index.documents(), index)
    assert bool(corpus._memory) == (request.param == "stale")
    return corpus


@pytest.mark.parametrize("keys, documents", [
    pytest.param(["trust"], ["letter", "report"], id="a-word-in-both"),
    pytest.param(["councillors", "and", "officers"], ["report"], id="a-run"),
    pytest.param(["officers", "and", "councillors"], [], id="the-words-out-of-order"),
    pytest.param(["managers", "had", "left", "the", "organisation"], ["report"],
                 id="a-run-in-one-paragraph"),
    pytest.param(["concerning", "many", "good"], ["report"], id="a-run-over-paragraphs"),
    pytest.param(["pension"], [], id="nowhere"),
])
def test_documents_with_a_run_of_words(corpus, keys, documents):
    ids = [corpus.documents[d].id for d in corpus.documents_with_run(keys)]
    assert ids == documents
    for d in corpus.documents_with_run(keys):
        assert corpus.texts[d].find_run(keys), "the laid-out text agrees with the postings"


@pytest.mark.parametrize("keys, min_run, expected", [
    pytest.param(["trust", "between", "councillors", "and", "partners"], 2,
                 {"report": 4}, id="the-longest-prefix-held"),
    pytest.param(["lack", "of", "trust", "at", "the"], 3, {"letter": 5, "report": 3},
                 id="each-document-its-own-length"),
    pytest.param(["lack", "of"], 3, {}, id="shorter-than-the-minimum"),
])
def test_longest_runs(corpus, keys, min_run, expected):
    found = corpus.longest_runs(keys, min_run)
    assert {corpus.documents[d].id: n for d, (n, _) in found.items()} == expected


def test_counts_and_the_total(corpus):
    counts = corpus.counts(["trust", "councillors", "pension"])
    by_id = {k: {corpus.documents[d].id: n for d, n in v.items()} for k, v in counts.items()}
    assert by_id == {"trust": {"report": 2, "letter": 1}, "councillors": {"report": 2},
                     "pension": {}}
    words = sum(len(tokenize(p.text)) for p in REPORT + LETTER)
    assert corpus.total_tokens == words
    assert corpus.idf("pension") > corpus.idf("trust")


@pytest.mark.parametrize("sections, expected", [
    pytest.param(["3.4"], [("report", "3.4")], id="a-paragraph"),
    pytest.param(["3.4", "4.1", "9.9"], [("report", "3.4"), ("report", "4.1")],
                 id="by-reading-order"),
    pytest.param(["3"], [], id="a-chapter-numbers-no-paragraph"),
])
def test_numbered_paragraphs(corpus, sections, expected):
    found = corpus.places.numbered_paragraphs(sections)
    texts = {p.section: p.text for p in REPORT}
    assert [(corpus.documents[d].id, text) for d, _, text in found] == \
        [(doc_id, texts[s]) for doc_id, s in expected]


@pytest.mark.parametrize("sections, known", [
    pytest.param({"3.4", "4.1"}, {"3.4", "4.1"}, id="paragraphs"),
    pytest.param({"3", "4"}, {"3", "4"}, id="leading-a-paragraph-number"),
    pytest.param({"3.45", "5", "3.4.1"}, set(), id="none"),
])
def test_known_sections(corpus, sections, known):
    assert corpus.places.known_sections(sections) == known


def test_part_names_and_letter_text(corpus):
    names = corpus.places.part_names
    assert {"executive summary", "chapter 3: culture"} <= names["report"]
    assert corpus.places.letter_text("report") is None
    letter = corpus.places.letter_text("letter")
    assert letter.startswith("Dear Ms Okafor,") and "Yours sincerely," in letter


def test_citation_places_need_no_corpus(tmp_path):
    """CitationPlaces answers from the index and a document's paragraphs, nothing more."""
    index = open_index(tmp_path / "idx", create=True)
    store(index, "letter", LETTER)
    places = CitationPlaces(index.documents(), index, index.paragraphs)
    assert places.letter_text("letter").startswith("Dear Ms Okafor,")
    assert places.numbered_paragraphs(["1.1"]) == []
