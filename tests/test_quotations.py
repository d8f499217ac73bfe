"""find_quotations: one row per quirk of real motions (the Tower Hamlets minutes, the toy cases)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SHARED

from verifier.reading.quotations import MAX_QUOTE_CHARS, find_quotations

TOWER_HAMLETS = SHARED / "examples" / "tower-hamlets-council-2025-01-22-motion.txt"
EVAL_KIT = SHARED / "eval-kit"


def texts(text: str) -> list[tuple[str, bool]]:
    found = find_quotations(text)
    for q in found:
        assert text[q.start:q.end] == q.text       # the span contract every later stage relies on
    return [(q.text, q.inner) for q in found]


@pytest.mark.parametrize("text, expected", [
    pytest.param("The report says: “The lack of trust is worrying.” (Section 3.4)",
                 [("The lack of trust is worrying.", False)], id="curly-double"),
    pytest.param('As paragraph 5.1 puts it, "Scrutiny committees met eleven times." (para 5.1)',
                 [("Scrutiny committees met eleven times.", False)], id="straight-double"),
    pytest.param("Inspectors found ‘a culture of fear’ (para 4.4).",
                 [("a culture of fear", False)], id="curly-single"),
    pytest.param("Inspectors found 'a culture of fear' (para 4.4).",
                 [("a culture of fear", False)], id="straight-single"),
    pytest.param("· “ The lack of trust is worrying ” (Section 3.4)",
                 [("The lack of trust is worrying", False)], id="spaces-inside-marks-stripped"),
    pytest.param("- Leadership is highlighted, with the report stating:\n·\n“They found\n·\ninsufficient "
                 "evidence\n\nthat the organisation is open.”\n(Letter from SoS to CEX 12/11/24)",
                 [("They found\n·\ninsufficient evidence\n\nthat the organisation is open.", False)],
                 id="broken-over-lines-with-bullets-and-blank-lines"),
    pytest.param("- The report raises concerns about the Council's culture and the Council’s "
                 "Constitution, the Members’ code, the Councillors' allowances, don't and "
                 "the 1990’s and the '90s: “The lack of trust is worrying” (Section 3.4)",
                 [("The lack of trust is worrying", False)], id="apostrophes-are-not-marks"),
    pytest.param("the Councillors' allowances and the 'special responsibility' payments",
                 [("special responsibility", False)],
                 id="no-quote-from-apostrophe-to-later-mark"),
    pytest.param("We note the ‘Members’ allowances scheme’ (para 2.1).",
                 [("Members’ allowances scheme", False)], id="possessive-inside-single-quote"),
    pytest.param("They saw ‘weak processes’ and councillors’ views were ignored.",
                 [("weak processes", False)], id="closing-mark-then-possessive"),
    pytest.param("Indeed, Ofsted found that the council was ‘outstanding’.", [],
                 id="one-word-scare-quote-skipped"),
    pytest.param("Staff spoke of “cronyism” (Section 4.4).", [("cronyism", False)],
                 id="one-word-with-citation-kept"),
    # A scare word or a headline the sentence gives to the report is the report's (issue 21).
    pytest.param("The inspectors called the planning service ‘chaotic’ last year.",
                 [("chaotic", False)], id="one-word-the-inspectors-called-it"),
    pytest.param("So much for the administration's ‘transformation’ of the planning service.", [],
                 id="one-word-of-the-motions-own-irony"),
    pytest.param("As one officer told the inspectors, the formal meetings were “theatre”.",
                 [("theatre", False)], id="one-word-told-the-inspectors"),
    pytest.param("As one officer told the local paper, the formal meetings were “theatre”.", [],
                 id="one-word-told-someone-else"),
    pytest.param("The recent Ofsted inspection found the service ‘good’.", [],
                 id="one-word-of-another-inspection"),
    pytest.param("The report's headline was blunt:\n“A COUNCIL THAT HAS LOST ITS GRIP”\n",
                 [("A COUNCIL THAT HAS LOST ITS GRIP", False)], id="a-headline-given-to-the-report"),
    pytest.param("Our leaflet asks:\n“WHO IS RUNNING THE TOWN HALL”\nWe think nobody is.", [],
                 id="a-headline-of-the-motions-own"),
    pytest.param("with the report stating:\n· “The perception was that managers had exited as a "
                 "result of ‘speaking truth to power.’” (Section 4.50).",
                 [("The perception was that managers had exited as a result of ‘speaking truth to "
                   "power.’", False), ("speaking truth to power.", True)],
                 id="nested-inner-after-outer"),
    pytest.param("“Inspectors found the council’s scrutiny culture to be ‘weak and confused,’ with "
                 "‘The level of challenge has been inadequate.’” (Sections 10.17 and 5.120)",
                 [("Inspectors found the council’s scrutiny culture to be ‘weak and confused,’ "
                   "with ‘The level of challenge has been inadequate.’", False),
                  ("weak and confused,", True), ("The level of challenge has been inadequate.", True)],
                 id="wrapper-with-two-fragments"),
    pytest.param("The Chair said ‘the report calls it “a culture of fear” and we agree’ (para 4.4).",
                 [("the report calls it “a culture of fear” and we agree", False),
                  ("a culture of fear", True)], id="british-single-outside-double"),
    pytest.param("“The report says \"staff were afraid\" of managers” (para 4.4)",
                 [("The report says \"staff were afraid\" of managers", False),
                  ("staff were afraid", True)], id="straight-inside-curly"),
    pytest.param("The opening mark “is never closed here. Later “the real quotation” (para 2.2).",
                 [("the real quotation", False)], id="unclosed-curly-dropped-at-next-opener"),
    pytest.param('He said "hello and left. Later "the real quotation" (para 3.1).',
                 [("the real quotation", False)], id="unclosed-straight-dropped"),
    pytest.param("“Unclosed " + "word " * (MAX_QUOTE_CHARS // 5) + "end.” (para 3.1)", [],
                 id="longer-than-cap-is-not-a-quotation"),
    pytest.param("This Council Notes:\nThis Council Resolves To:\n1. Acknowledge the findings.", [],
                 id="headings-without-marks"),
    pytest.param("Opposition Motion:\n“Restoring Trust in Our Council”\nThis Council Notes:", [],
                 id="quoted-title-as-heading"),
    pytest.param("Motion: ‘Standing Up for Tower Hamlets’\n- The report says “trust is lacking”.",
                 [("trust is lacking", False)], id="quoted-title-after-label"),
    pytest.param("The council adopted the ‘Best Value Duty’ guidance in full last year.",
                 [], id="quoted-name-mid-sentence-is-not-a-quotation"),
    pytest.param("Members' concerns about the 'Transformation Advisory Board' and the “Improvement "
                 "and Assurance Plan” are noted; the Leader called the report “deeply unfair”.",
                 [("deeply unfair", False)], id="names-in-quotes-dropped-words-kept"),
    pytest.param("The report calls the Board ‘Not Fit For Purpose’ (para 5.2).",
                 [("Not Fit For Purpose", False)], id="cited-title-case-kept"),
    pytest.param("As the report “Best value inspection of the authority” makes plain, “The "
                 "contrast between the first and last rows is striking.” (Section 3.8).",
                 [("The contrast between the first and last rows is striking.", False)],
                 id="sentence-case-report-title-is-not-a-quotation"),
    pytest.param("Cabinet agreed a plan entitled ‘Fit for the future’ (para 6.2) in March.", [],
                 id="cited-name-after-entitled-is-not-a-quotation"),
    pytest.param("The report “Found serious failings in governance.” (para 3.4)",
                 [("Found serious failings in governance.", False)],
                 id="a-sentence-after-report-is-a-quotation"),
    pytest.param("Supporting documents:\n“ ” and ‘ ’ and \"\"", [], id="empty-marks"),
    pytest.param("The report (pp. 3–4) said ‘Section 3.4’.", [("Section 3.4", False)],
                 id="quoted-reference-with-citation-before"),
])
def test_find_quotations(text, expected):
    assert texts(text) == expected


TOWER_HAMLETS_QUOTES = [
    ("The lack of trust between councillors, officers, and partners is extremely worrying and is "
     "not conducive to good governance and decision-making.", ("3.4",), None, False),
    ("The perception of many interviewees was that many good managers had exited the organisation "
     "as a result of ‘speaking truth to power.’", ("4.50",), None, False),
    ("speaking truth to power.", ("4.50",), None, True),
    ("Inspectors found the council’s scrutiny culture to be ‘weak and confused,’ with ‘The level of "
     "challenge or in-depth scrutiny offered, or exhibited has in our view been inadequate.’",
     ("10.17", "5.120"), None, False),
    ("weak and confused,", ("10.17", "5.120"), None, True),
    ("The level of challenge or in-depth scrutiny offered, or exhibited has in our view been "
     "inadequate.", ("10.17", "5.120"), None, True),
    ("We have seen evidence that staff are also concerned\nby some appointments and consider them "
     "inappropriate. In our staff\nsurvey we heard about a ‘friends and family culture,’\n"
     "‘cronyism’ and that some staff are concerned that\nexisting relationships between councillors "
     "and officers changes the\nway work is done in the\nCouncil.", ("4.4",), None, False),
    ("friends and family culture,", ("4.4",), None, True),
    ("cronyism", ("4.4",), None, True),
    ("They found insufficient evidence that the organisation\nis open and transparent, and values "
     "the constructive criticism\nrequired to drive improvement. The Inspectors therefore express\n"
     "concern that the Authority will not make sufficient progress to\ndeliver and embed these "
     "changes without external\naccountability.", (), "Letter from SoS to CEX 12/11/24", False),
]
# The amended motion (Council RESOLVED) repeats every quotation but the one citing Section 4.4;
# ‘outstanding’ (Ofsted's word, no citation) is a scare quote and is not extracted.
TOWER_HAMLETS_EXPECTED = TOWER_HAMLETS_QUOTES + TOWER_HAMLETS_QUOTES[:6] + TOWER_HAMLETS_QUOTES[9:]


@pytest.mark.parametrize("index", range(len(TOWER_HAMLETS_EXPECTED)),
                         ids=[f"{i:02d}-{q[0][:30]}" for i, q in enumerate(TOWER_HAMLETS_EXPECTED)])
def test_tower_hamlets_quotation_by_quotation(index, shared):
    text = TOWER_HAMLETS.read_text(encoding="utf-8")
    found = find_quotations(text)
    assert len(found) == len(TOWER_HAMLETS_EXPECTED)
    quote = found[index]
    words, sections, document, inner = TOWER_HAMLETS_EXPECTED[index]
    assert (quote.text, quote.citation.sections, quote.citation.document, quote.inner) == \
        (words, sections, document, inner)
    assert text[quote.start:quote.end] == quote.text


def test_tower_hamlets_has_no_outstanding_and_no_claims(shared):
    found = find_quotations(TOWER_HAMLETS.read_text(encoding="utf-8"))
    assert not any("outstanding" == q.text for q in found)
    assert not any("4.10" in q.citation.sections for q in found)   # "as per section 4.10, …"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w%'’-]+", text.lower())


# What each toy motion cites for each labelled quotation (the labels say where the words
# really are, which is not always what the motion cites).
TOY_CITATIONS = {
    "toy-basic": {
        "The lack of trust between councillors": [(("3.2",), (), None), (("3.3",), (), None)],
        "The Mayor has made": [(("4.2",), (), None)],
        "Staff told us": [(("3.3",), (), None)],
        "Scrutiny committees met twelve": [(("5.1",), (), None)],
        "the level of challenge offered": [(("3.4",), (), None)],
        "the council has not yet published": [(("4.5",), (), None)],
        "We recommend that": [(("4.5",), (), None)],
        "Officers said they felt": [(("3.3",), (), None)],
        "The council is the best-run": [(("4.1",), (), None)],
        "only 27% believed": [((), (1,), None)],
        "The survey also showed": [(("4.3",), (), None)],
        "They found": [((), (), "Letter from SoS to CEX 12/11/24")],
        "weak and confused": [(("3.4", "4.4"), (), None)],
        "friends and family culture": [(("3.4", "4.4"), (), None)],
        "Call-in powers": [((), (), None)],
        "Many good managers": [(("4.2",), (), None)],
    },
    "toy-short": {
        "Scrutiny committees met eleven": [(("5.1",), (), None)],
        "The council has not yet published": [(("4.5",), (), None)],
        "Some appointments": [((), (1,), None)],
        "cautious and inward-looking": [(("3.1",), (), None)],
    },
}
@pytest.mark.parametrize("case", ["toy-basic", "toy-short"])
def test_toy_labels_are_extracted_with_their_citations(case, shared):
    # The labels are read here, not at collection: ../shared is extra material.
    text = (EVAL_KIT / case / "motion.txt").read_text(encoding="utf-8")
    labels = json.loads((EVAL_KIT / case / "labels.json").read_text(encoding="utf-8"))["quotes"]
    found_all = find_quotations(text)
    for label in (label for label in labels if not label.get("ignore")):
        found = [q for q in found_all if _words(q.text) == _words(label["text"])]
        assert found, f"not extracted: {label['text']!r}"
        expected = next(v for k, v in TOY_CITATIONS[case].items() if label["text"].startswith(k))
        got = [(q.citation.sections, q.citation.pages, q.citation.document) for q in found]
        assert got == expected, label["kind"]   # every occurrence of these words, in motion order


@pytest.mark.parametrize("case", ["toy-basic", "toy-short"])
def test_toy_extracts_nothing_unlabelled(case, shared):
    text = (EVAL_KIT / case / "motion.txt").read_text(encoding="utf-8")
    labels = json.loads((EVAL_KIT / case / "labels.json").read_text(encoding="utf-8"))["quotes"]
    labelled = [_words(label["text"]) for label in labels]
    assert [q.text for q in find_quotations(text) if _words(q.text) not in labelled] == []


@pytest.mark.parametrize("quote_word, source_word, same", [
    ("learnt", "learned", True), ("spelt", "spelled", True), ("organise", "organize", True),
    ("organisation", "organization", True), ("judgement", "judgment", True),
    ("behaviours", "behaviors", True), ("six", "6", True), ("seven", "7", True),
    ("six", "7", False), ("four", "for", False), ("adequate", "inadequate", False),
    ("meant", "meaned", False), ("spent", "spended", False), ("improves", "improved", False),
])
def test_one_word_spelled_otherwise(quote_word, source_word, same):
    """A number in words for one in figures, a British for an American spelling: the same word
    (quoting one for the other is a minor edit, not a misquote)."""
    from verifier.words import spelled_otherwise
    assert spelled_otherwise(quote_word, source_word) is same
