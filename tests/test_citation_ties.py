"""Issue 21, tying a citation to its quotation: motions we wrote citing one report numbered in
each of the three schemes writers meet (straight through 1 to 30, two-level 2.7, three-level
2.1.7), the citation written before the quotation, after it, in the next sentence, above a
list, in a note, as "ibid", or as a number alone.

A number alone ("“…” (17)", "“…” [17]", "at 17") is a paragraph only of a report numbered
straight through (verdicts.straight_through): against a report in chapters "(3)" is a list's
number or a note's call, and no wrong citation of the words.
"""

import pytest

from index import add_pdf, open_index
from pdfs import make_pdf
from verifier.judging.check import check_motion
from verifier.models import Motion
from verifier.reading.quotations import find_quotations

# Thirty findings, one a paragraph, each in words of its own.
FINDINGS = [
    "The constitution has not been reviewed since it was adopted in 2011.",
    "Delegations to officers are unclear and several are out of date.",
    "Cabinet papers routinely arrive after the statutory deadline.",
    "The monitoring officer has been excluded from key meetings.",
    "Call-in has not been used once in the last four years.",
    "The audit committee lacks an independent chair.",
    "Members receive little training on their scrutiny role.",
    "Decision records often omit the options that were considered.",
    "Complaints about councillors are handled without a published process.",
    "The forward plan is rarely updated and is of little use.",
    "Reserves have fallen below the minimum set by the council's own policy.",
    "The medium term financial plan depends on savings not yet identified.",
    "Budget monitoring reaches cabinet three months after each quarter ends.",
    "Capital schemes are approved without a business case.",
    "Debt collection rates are the lowest among comparable districts.",
    "The finance team has lost half of its qualified accountants since 2022.",
    "Leisure income has been overstated in every budget we examined.",
    "Procurement rules were waived for eleven contracts without recorded reasons.",
    "The housing revenue account has no credible plan for stock investment.",
    "Treasury management reports do not reach members at all.",
    "Staff told us that bad news is not welcome at the top of the organisation.",
    "Turnover among senior managers has been exceptionally high.",
    "The relationship between the leader and the chief executive has broken down.",
    "Whistleblowing concerns were not logged or followed up.",
    "Officers fear being blamed for decisions taken by members.",
    "Induction for new staff was suspended during the restructure.",
    "The council does not measure how residents view its services.",
    "Partners describe the council as slow and hard to reach.",
    "Workforce planning is absent in most directorates.",
    "The improvement board has met only twice since it was set up.",
]
CHAPTERS = ["Governance", "Finance", "Culture"]
RIGHT, WRONG = 17, 4          # paragraph 17 holds QUOTE; paragraph 4 does not
QUOTE = "“Leisure income has been overstated in every budget we examined”"
OTHER = "“Debt collection rates are the lowest among comparable districts”"   # paragraph 15


def label(scheme: str, n: int) -> str:
    """Paragraph n (1-based, of 30) as the scheme numbers it."""
    chapter, within = divmod(n - 1, 10)
    return {"sequential": str(n), "two-level": f"{chapter + 1}.{within + 1}",
            "three-level": f"{chapter + 1}.1.{within + 1}"}[scheme]


def report_pages(scheme: str) -> list[list[str]]:
    pages = []
    for c, name in enumerate(CHAPTERS):
        lines = [f"Chapter {c + 1}: {name}" if scheme == "sequential" else f"{c + 1} {name}"]
        if scheme == "three-level":
            lines.append(f"{c + 1}.1 Findings")
        for n in range(c * 10 + 1, c * 10 + 11):
            # (a report numbered straight through prints "17." as such reports do)
            number = f"{n}." if scheme == "sequential" else label(scheme, n)
            lines.append(f"{number} {FINDINGS[n - 1]}")
        pages.append(lines)
    return pages


@pytest.fixture(scope="module")
def indexes(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("ties")
    built = {}
    for scheme in ("sequential", "two-level", "three-level"):
        pdf = make_pdf(root / f"{scheme}.pdf", report_pages(scheme), footer=None)
        add_pdf(root / scheme, pdf, title="Best Value Inspection of Wendling Borough Council")
        built[scheme] = open_index(root / scheme)
    return built


# Each row: the motion ({p}: the right paragraph as the scheme numbers it, {w}: a wrong one),
# then the citation verdict expected of QUOTE, the last quotation of the motion, in every scheme.
FORMS = [
    pytest.param("The inspectors found {q} ({p}).", "correct", id="number-alone-in-brackets"),
    pytest.param("The inspectors found {q} [{p}].", "correct", id="number-alone-in-square"),
    pytest.param("The inspectors found {q}[{p}].", "correct",
                 id="number-alone-glued-to-the-mark"),
    pytest.param("The inspectors found {q} ({w}).", "wrong", id="wrong-number-alone"),
    pytest.param("The inspectors found {q} (para {p}).", "correct", id="para"),
    pytest.param("The inspectors found {q} (§{p}).", "correct", id="section-mark"),
    pytest.param("The inspectors found {q} (paragraph {w}).", "wrong", id="wrong-paragraph"),
    pytest.param("The report says at {p} that {q}.", "correct", id="at-number-before"),
    pytest.param("In paragraph {p} the inspectors wrote: {q}.", "correct",
                 id="paragraph-before-the-quotation"),
    pytest.param("The inspectors wrote {q}. That is paragraph {p}.", "correct",
                 id="next-sentence-says-where"),
    pytest.param("The inspectors wrote {q}. That is paragraph {w}.", "wrong",
                 id="next-sentence-says-where-wrongly"),
    pytest.param("The inspectors wrote {q}. Paragraph {p}.", "correct",
                 id="next-sentence-is-only-the-place"),
    pytest.param("The inspectors wrote {q}. See paragraph {p}.", "correct",
                 id="next-sentence-points"),
    pytest.param("The inspectors wrote {q}. See paragraph {w} for more.", "missing",
                 id="next-sentence-pointing-elsewhere-is-not-wrong"),
    pytest.param("Paragraph {p} of the report says:\n- “Leisure income has been overstated”\n"
                 "- {q}", "correct", id="heading-above-a-list-second-item"),
    pytest.param("The inspectors wrote (para {p}):\n\n• “every budget we examined”\n\n• {q}",
                 "correct", id="heading-above-a-spaced-list"),
    pytest.param("They found {o} (para {o_p}) and {q} (ibid, {p}).", "correct",
                 id="ibid-with-a-number"),
    pytest.param("They found {q}, and {o}, both at paragraph {p}.", "correct",
                 id="place-after-the-run-first-quotation"),
    pytest.param("The inspectors found {q}.[1]\n\n[1] Best Value Inspection, para {p}.",
                 "correct", id="note-below"),
    pytest.param("The inspectors found {q} (2).\n\n(2) Best Value Inspection, para {p}.",
                 "correct", id="bracketed-note-call-below"),
]


@pytest.mark.parametrize("scheme", ["sequential", "two-level", "three-level"])
@pytest.mark.parametrize("form, expected", FORMS)
def test_citation_tied_to_its_quotation(indexes, scheme, form, expected):
    text = form.format(q=QUOTE, o=OTHER, p=label(scheme, RIGHT), w=label(scheme, WRONG),
                       o_p=label(scheme, 15))
    report = check_motion(Motion("motion.txt", text), indexes[scheme])
    result = next(r for r in report.results if r.quotation.text == QUOTE.strip("“”"))
    assert (result.verdict.value, result.citation.value) == ("verbatim", expected), text


# A number alone that is no paragraph of the report checked: never a wrong citation.
@pytest.mark.parametrize("scheme, text", [
    pytest.param("two-level", "The inspectors found {q} (3).", id="list-number-in-chapters"),
    pytest.param("three-level", "The inspectors found {q} [1].", id="note-call-in-chapters"),
    pytest.param("sequential", "The inspectors found {q} (90).", id="beyond-the-last-paragraph"),
    pytest.param("sequential", "The inspectors found {q}[1].\n\n[1] Cllr Amos, blog, May 2025.",
                 id="note-call-whose-note-names-no-place"),
    pytest.param("sequential", "The inspectors found {q}\n(4) Resolves to act.",
                 id="next-line-opens-a-numbered-resolution"),
])
def test_number_alone_that_names_no_paragraph(indexes, scheme, text):
    report = check_motion(Motion("motion.txt", text.format(q=QUOTE)), indexes[scheme])
    assert [(r.verdict.value, r.citation.value, r.quotation.citation.sections)
            for r in report.results] == [("verbatim", "missing", ())]


# How the motion's text is read: the places each quotation is given, whether they count only
# for a report numbered straight through (`bare`), and whether they are the quotation's only
# where its words are (`after_clause`). No model.
def cite(sections, bare=False, soft=False):
    return (tuple(sections), bare, soft)


@pytest.mark.parametrize("text, expected", [
    pytest.param("They found “A is weak” (47).", [cite(["47"], bare=True)], id="bracket"),
    pytest.param("They found “A is weak” (47-48).", [cite(["47", "48"], bare=True)],
                 id="range"),
    pytest.param("They found “A is weak” (2023).", [cite([])], id="a-year-is-no-paragraph"),
    pytest.param("They found “A is weak” (BVI report at 47).", [cite(["47"], bare=True)],
                 id="report-at-number"),
    pytest.param("They found “A is weak” (BVI, 47).", [cite(["47"], bare=True)],
                 id="report-by-short-name-then-number"),
    pytest.param("They found “A is weak” (Cllr Amos, 4).", [cite([])],
                 id="a-person-and-a-number"),
    pytest.param("At 47, the inspectors wrote: “A is weak”.", [cite(["47"], bare=True)],
                 id="at-number-opening-the-sentence"),
    pytest.param("The council, at 3 meetings, heard “A is weak”.", [cite([])],
                 id="at-a-count-of-things"),
    pytest.param("They found “A is weak”. It is at 4.7.", [cite(["4.7"])],
                 id="pointer-with-a-dotted-number"),
    pytest.param("They found “A is weak”. See the report for more.", [cite([])],
                 id="pointer-naming-no-place"),
    pytest.param("They found “A is weak”. Paragraph 47 of the BVI report.", [cite(["47"])],
                 id="a-sentence-that-is-only-a-place"),
    pytest.param("They found “A is weak”. Paragraph 47 says more.", [cite([])],
                 id="a-sentence-about-a-place-is-not-a-pointer"),
    pytest.param("They found “A is weak”. That is a fair summary of paragraph 47.", [cite([])],
                 id="a-judgement-of-the-words-naming-a-place-is-not-a-pointer"),
    pytest.param("They found “A is weak” and “B is poor”. These are paragraphs 47 and 52.",
                 [cite(["47", "52"], soft=True), cite(["47", "52"])],
                 id="pointer-after-two-quotations"),
    pytest.param("Paragraph 47 says:\n- “A is weak”\n- “B is poor”\n\nWe disagree. We add "
                 "“C is fine”.", [cite(["47"]), cite(["47"]), cite([])],
                 id="list-ends-at-prose"),
    pytest.param("They found “A is weak”.[2]\n\n[2] Report, paragraph 4.7.", [cite(["4.7"])],
                 id="bracketed-note-glued"),
    # issue 23, packs: each quotation of a sentence keeps the place written for it
    pytest.param("The report states at paragraph 53 that “A is weak” in the team, and at "
                 "paragraph 54 that the team “B is poor”. Which is it?",
                 [cite(["53"]), cite(["54"])], id="at-paragraph-before-each-of-two"),
    pytest.param("It found that “A is weak” in the record keeping (paragraph 40), and that the "
                 "inspectors “B is poor” (paragraph 41).",
                 [cite(["40"], soft=True), cite(["41"])], id="a-bracket-closing-the-first-clause"),
    pytest.param("They found “A is weak” — that is paragraph 47 — and “B is poor” (52).",
                 [cite(["47"]), cite(["52"], bare=True)], id="a-place-between-with-none-before"),
    # a block quotation's attribution line under it; a list's next item or a sentence is none
    pytest.param("The inspectors found:\n“A is weak”\nSource: BVI report, paragraph 47.\n",
                 [cite(["47"])], id="source-line-under-a-block-quotation"),
    pytest.param("The inspectors found:\n“A is weak”\n– Best Value Inspection Report, para 47\n",
                 [cite(["47"])], id="dash-line-naming-the-report-and-its-place"),
    pytest.param("They found “A is weak”\n– Councillor Amos, page 4 of his blog\n", [cite([])],
                 id="a-dash-line-naming-a-person-is-none"),
    # a Word endnote's call, numbered i, ii, iii by default; "i.e." calls none
    pytest.param("They found “A is weak.”ii This matters.\n\nii Best Value Inspection Report, "
                 "paragraph 47.\n", [cite(["47"])], id="roman-endnote-call"),
    pytest.param("They found “A is weak”i.e. it is.\ni Best Value Inspection Report, paragraph "
                 "47.\n", [cite([])], id="i-e-is-no-endnote-call"),
    pytest.param("F3 “A is weak” (para\n47)\nTwo more officers\nF4 Calls fell “B is poor” to 71% "
                 "(para 52) Telephony upgrade; four posts filled\nHead of\nService\n",
                 [cite(["47"]), cite(["52"], soft=True)], id="a-table-row-read-as-a-line"),
])
def test_citations_read(text, expected):
    got = [(q.citation.sections, q.citation.bare, q.citation.after_clause)
           for q in find_quotations(text)]
    assert got == expected


LETTER_LINES = [
    "Department for Local Government", "3 March 2025", "Dear Chief Executive,",
    "I write following the inspection of Wendling Borough Council.",
    "",
    "The report makes for sobering reading, and I accept its findings in full.",
    "",
    "I am minded to appoint commissioners for a period of two years.",
    "Yours sincerely,", "Minister for Local Government"]


@pytest.fixture(scope="module")
def with_letter(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("letter")
    report = make_pdf(root / "report.pdf", report_pages("two-level"), footer=None)
    letter = make_pdf(root / "letter.pdf", [LETTER_LINES], footer=None)
    add_pdf(root / "index", report, title="Best Value Inspection of Wendling Borough Council")
    add_pdf(root / "index", letter, title="Letter from the Minister, 3 March 2025")
    return open_index(root / "index")


# Where the words are, as the JSON says it: a letter's paragraph by its count from "Dear …,"
# (a letter numbers none; writers cite "paragraph 3 of the letter"), a report's by its number.
@pytest.mark.parametrize("text, section", [
    pytest.param("The minister is “minded to appoint commissioners”.", "3",
                 id="letter-paragraph-counted"),
    pytest.param("He found it “sobering reading” (letter, paragraph 2).", "2",
                 id="letter-paragraph-counted-and-cited"),
    pytest.param(f"The inspectors found {QUOTE}.", "2.7", id="report-paragraph-numbered"),
])
def test_where_the_words_are(with_letter, text, section):
    from verifier.rendering.report import quote_json

    report = check_motion(Motion("motion.txt", text), with_letter)
    assert [quote_json(r)["found"]["section"] for r in report.results] == [section]


# The source named in prose around the quotation:
# (document, sections, after_clause) of each quotation.
@pytest.mark.parametrize("text, expected", [
    pytest.param("The Secretary of State, Jo Pellew, wrote to say it was “necessary and "
                 "expedient”.", [("Secretary of State", (), False)],
                 id="writer-named-beside-the-title"),
    pytest.param("Cllr Avery said the same letter shows “a loss of confidence”.",
                 [("letter", (), False)], id="the-same-letter-shows"),
    pytest.param("The minister repeats the point in her letter, saying “half the staff”.",
                 [("letter", (), False)], id="in-her-letter"),
    pytest.param("A plan is due “within six months”, according to the minister's letter.",
                 [("minister's letter", (), False)], id="according-to-the-letter-after"),
    pytest.param("In para 2.1, Cllr Lee said “A is weak” and the report says “B is poor” (3.4).",
                 [(None, ("2.1",), False), (None, ("3.4",), False)],
                 id="its-own-place-before-it-first"),
])
def test_sources_named_in_prose(text, expected):
    assert [(q.citation.document, q.citation.sections, q.citation.after_clause)
            for q in find_quotations(text)] == expected
