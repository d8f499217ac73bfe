"""index/chunks.py: paragraphs cut into the windows that are embedded."""

import re

import pytest

from index.chunks import (MAX_PARAGRAPH_WORDS, WINDOW_WORDS, chunk_spans, make_chunks,
                          sentence_spans)
from index.models import Paragraph, ParagraphKind

# Sentences in the style of a Best Value inspection report (cf. ../shared/examples).
S = [
    "The lack of trust between councillors, officers, and partners is extremely worrying and "
    "is not conducive to good governance and decision-making.",
    "The perception of many interviewees was that many good managers had exited the "
    "organisation as a result of ‘speaking truth to power.’",
    "In our staff survey we heard about a ‘friends and family culture,’ ‘cronyism’ and that "
    "some staff are concerned that existing relationships between councillors and officers "
    "changes the way work is done in the Council.",
    "We have seen evidence that staff are also concerned by some appointments and consider "
    "them inappropriate.",
    "The level of challenge or in-depth scrutiny offered, or exhibited has in our view been "
    "inadequate.",
    "Inspectors found insufficient evidence that the organisation is open and transparent, and "
    "values the constructive criticism required to drive improvement.",
    "48% of respondents expressed discomfort in raising concerns, and only 27% believed their "
    "concerns would be appropriately dealt with.",
]
LONG = " ".join(S)


def para(text, order=0, section="4.4", page_starts=((0, 17),)):
    last = max(page for _, page in page_starts)
    return Paragraph(order=order, section=section, heading="Culture", kind=ParagraphKind.NUMBERED,
                     first_page=page_starts[0][1], last_page=last, text=text,
                     page_starts=page_starts)


def words(text):
    return len(text.split())


@pytest.mark.parametrize("text, expected", [
    pytest.param(S[0], [S[0]], id="one-sentence"),
    pytest.param(S[0] + " " + S[1], [S[0], S[1]], id="two-sentences"),
    pytest.param("Some services (e.g. Housing) were weak. Others were not.",
                 ["Some services (e.g. Housing) were weak.", "Others were not."],
                 id="abbreviation-eg-is-not-an-end"),
    pytest.param("As noted in para. 4.31 the budget was late. It was set in March.",
                 ["As noted in para. 4.31 the budget was late.", "It was set in March."],
                 id="para-abbreviation-before-number"),
    pytest.param("They said “this must stop.” The Mayor disagreed.",
                 ["They said “this must stop.”", "The Mayor disagreed."],
                 id="closing-quote-after-full-stop"),
    pytest.param("Reserves fell to £3.5m. That is 2.1% of the budget.",
                 ["Reserves fell to £3.5m.", "That is 2.1% of the budget."],
                 id="decimal-points-are-not-ends"),
    pytest.param("  Leading and trailing space.  ", ["Leading and trailing space."],
                 id="surrounding-space-excluded"),
])
def test_sentence_spans(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_short_paragraph_is_one_chunk_with_its_number_and_page():
    p = para(S[0], order=12, section="3.4", page_starts=((0, 9),))
    (chunk,) = make_chunks([p])
    assert (chunk.paragraph_order, chunk.section, chunk.page) == (12, "3.4", 9)
    assert (chunk.start, chunk.end, chunk.text) == (0, len(S[0]), S[0])


def test_blank_paragraph_has_no_chunks():
    assert make_chunks([para("   ")]) == ()


def test_long_paragraph_becomes_overlapping_sentence_windows():
    assert words(LONG) > MAX_PARAGRAPH_WORDS
    p = para(LONG)
    chunks = make_chunks([p])
    assert len(chunks) > 1
    sentences = [LONG[a:b] for a, b in sentence_spans(LONG)]
    for chunk in chunks:
        assert chunk.text == LONG[chunk.start:chunk.end]
        assert chunk.text.startswith(tuple(sentences)) and chunk.text.endswith(tuple(sentences))
    for a, b in zip(chunks, chunks[1:]):
        assert words(a.text) >= WINDOW_WORDS
        shared = LONG[b.start:a.end]
        assert shared in sentences, "neighbouring windows share exactly one sentence"
    assert chunks[0].start == 0 and chunks[-1].end == len(LONG)


@pytest.mark.parametrize("i", range(len(S) - 1),
                         ids=[f"sentences-{i}-{i + 1}" for i in range(len(S) - 1)])
def test_any_two_neighbouring_sentences_share_a_window(i):
    """A quotation of two sentences must be embeddable whole: some chunk holds both."""
    quote = S[i] + " " + S[i + 1]
    assert any(quote in chunk.text for chunk in make_chunks([para(LONG)]))


def test_chunk_page_is_the_page_of_its_first_character():
    # The paragraph runs from page 17 onto page 18 at the start of the fifth sentence.
    turn = LONG.index(S[4])
    p = para(LONG, page_starts=((0, 17), (turn, 18)))
    for chunk in make_chunks([p]):
        assert chunk.page == (18 if chunk.start >= turn else 17)
    assert {c.page for c in make_chunks([p])} == {17, 18}


def test_run_on_list_without_full_stops_is_still_windowed():
    # A table flattened to one "sentence": recommendations listed without punctuation.
    text = " ".join(f"item{n}" for n in range(200))
    spans = chunk_spans(text)
    assert len(spans) > 2
    assert all(words(text[a:b]) <= 2 * WINDOW_WORDS for a, b in spans)
    assert all(b2 > a2 and a2 < b1 for (a1, b1), (a2, b2) in zip(spans, spans[1:])), "overlap"
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_chunks_never_cross_paragraphs():
    paragraphs = [para(S[0], order=0, section="3.4"), para(LONG, order=1, section="4.4"),
                  para(S[1], order=2, section="4.50")]
    chunks = make_chunks(paragraphs)
    for chunk in chunks:
        assert chunk.text == paragraphs[chunk.paragraph_order].text[chunk.start:chunk.end]
        assert chunk.section == paragraphs[chunk.paragraph_order].section
    assert [c.section for c in chunks][0] == "3.4" and [c.section for c in chunks][-1] == "4.50"
    assert not any(re.search(r"\s$|^\s", c.text) for c in chunks)
