"""Issue 21, every way of citing: motions written in our own words, each citing the same report
and letter the way councillors, journalists and officers do, checked end to end.

The report is drawn as such reports are printed: a cover with no page number, front matter
numbered i-iii (contents, foreword, executive summary), chapters whose printed page 1 is the
PDF's fifth page, recommendations R1-R4 and an annex whose paragraphs are A.1-A.3. The letter
numbers no paragraphs: writers cite it by date, by name or by counting its paragraphs from
"Dear …,".

What a citation's verdict is, made consistent here (README, "citation"):
- a chapter ("Chapter 2", "section 3") covers its paragraphs; a part by name ("(executive
  summary)", "(foreword)", "(Annex A)") covers that part only, not the whole report;
- words that run on from one paragraph into the next are rightly cited by either paragraph;
- a place named beside its document ("paragraph 3 of the letter", "Annex A para 3", "The letter
  (paragraph 3)") is that document's place, never the report's paragraph 3;
- a citation that may belong to other words (a bracket earlier in the sentence, a speech's
  citation after a later sentence, a letter named for an earlier quotation) counts only where
  the words are: never a wrong citation of these words.
"""

import pytest

from index import add_pdf, open_index
from pdfs import PageSpec, make_pdf
from verifier.judging.check import check_motion
from verifier.models import Motion
from verifier.rendering.notes import quote_note

REPORT_PAGES = [
    ["Best Value Inspection of Halvergate District Council", "Report to the Secretary of State",
     "March 2025"],
    ["Contents", "Foreword . . . . . ii", "Executive summary . . . . . iii",
     "1 Introduction . . . . . 1", "2 Governance . . . . . 1", "3 Finance . . . . . 2",
     "Recommendations . . . . . 3", "Annex A Methodology . . . . . 3"],
    ["Foreword",
     "We were appointed to inspect Halvergate in the autumn. We thank the many officers and",
     "members who gave their time to us with candour and good humour throughout."],
    ["Executive summary",
     "The council is not meeting its best value duty. Its leadership has lost the",
     "confidence of staff, and its finances are under severe and growing strain.",
     "",
     "Members have not been given the information they need to hold the cabinet to",
     "account, and the scrutiny committees rarely ask searching questions."],
    ["1 Introduction",
     "1.1 The inspection took place between September and November 2024. We read more",
     "than four hundred documents and held sixty interviews with officers and members.",
     "1.2 We also ran a survey of all staff, which 612 people completed, a response rate",
     "of 41 per cent.",
     "2 Governance",
     "2.1 The constitution has not been reviewed since 2016 and no longer reflects how",
     "decisions are really taken. Several key delegations are unclear or out of date.",
     "2.2 Officers described a culture in which bad news is not welcome. One senior",
     "manager told us that reports were routinely softened before reaching members.",
     "2.3 The relationship between the leader and the chief executive has broken down, and",
     "this has paralysed decision-making at the top of the organisation."],
    ["2.4 The audit committee has met only three times in the last eighteen months, and",
     "its independent member resigned in frustration in the spring.",
     "2.5 Call-in has never been used, which members attributed to a fear of being seen as",
     "disloyal rather than to satisfaction with cabinet decisions.",
     "3 Finance",
     "3.1 The council's general fund reserve has fallen from £9.2 million to £2.7 million",
     "in three years, well below the level its own policy requires.",
     "3.2 The medium term financial strategy relies on savings of £6 million that have not",
     "been identified, and on income from a leisure scheme that has not yet been approved.",
     "3.3 Budget monitoring reports reach cabinet months late and give no clear picture",
     "of the pressures in adult social care and temporary accommodation."],
    ["Recommendations",
     "R1 The council should review its constitution within six months.",
     "R2 The leader and chief executive should agree a protocol on their working",
     "relationship, with external mediation.",
     "R3 The council should commission an independent review of its audit committee.",
     "R4 The council should set a balanced budget for 2025/26 without further use of",
     "reserves, and identify the savings in its financial strategy.",
     "Annex A Methodology",
     "A.1 We interviewed sixty officers and members, some more than once.",
     "A.2 We observed eleven council and committee meetings in person or online.",
     "A.3 Our staff survey was open for three weeks and was anonymous."],
]
PRINTED_PAGE_NUMBERS = ["", "i", "ii", "iii", "1", "2", "3"]
LETTER_LINES = [
    "Department for Local Government", "12 November 2024",
    "Dear Chief Executive,",
    "BEST VALUE INSPECTION OF HALVERGATE DISTRICT COUNCIL",
    "I have today laid before Parliament the report of the inspection of the council,",
    "which I commissioned in the summer.",
    "",
    "The inspectors found that the council is failing to comply with its best value duty,",
    "in its governance, its culture and its use of resources.",
    "",
    "I am therefore minded to exercise my powers of intervention and to appoint",
    "commissioners to oversee the council's governance functions.",
    "",
    "I invite the council to make representations on these proposals by 26 November.",
    "Yours sincerely,", "Minister for Local Government"]


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("forms")
    report = make_pdf(root / "report.pdf", [PageSpec(p) for p in REPORT_PAGES], footer=None,
                      page_numbers=PRINTED_PAGE_NUMBERS)
    letter = make_pdf(root / "letter.pdf", [LETTER_LINES], footer=None)
    add_pdf(root / "index", report, title="Best Value Inspection of Halvergate District Council")
    add_pdf(root / "index", letter,
            title="Letter from the Minister to the Chief Executive, 12 November 2024",
            aliases=("Letter from SoS to CEX 12/11/24",))
    return open_index(root / "index")


BUDGET = "“The council should set a balanced budget for 2025/26 without further use of reserves”"
SURVEY = "“Our staff survey was open for three weeks and was anonymous”"
MINDED = "“minded to exercise my powers of intervention”"
CALL_IN = "“Call-in has never been used”"
BROKEN = "“the relationship between the leader and the chief executive has broken down”"
RUNS_ON = ("“Several key delegations are unclear or out of date. Officers described a culture in "
           "which bad news is not welcome.”")

# motion, expected (verdict, citation)
CASES = [
    # pages: printed (front matter i-iii, then 1, 2, 3) or the PDF's own count
    pytest.param(f"The inspectors say {BROKEN} (p. 1).", ("verbatim", "correct"),
                 id="printed-page"),
    pytest.param(f"According to page 1 of the report, {BROKEN}.", ("verbatim", "correct"),
                 id="printed-page-in-prose-before"),
    pytest.param(f"The report (page 5) states that {BROKEN}.", ("verbatim", "correct"),
                 id="pdf-page-in-prose-before"),
    pytest.param("“The audit committee has met only three times in the last eighteen months” "
                 "(pp. 1-2).", ("verbatim", "correct"), id="printed-page-range"),
    pytest.param("“The audit committee has met only three times in the last eighteen months” "
                 "(p. 3).", ("verbatim", "wrong"), id="neither-count-gives-the-page"),
    pytest.param("“The council is not meeting its best value duty” (page iii of the report).",
                 ("verbatim", "correct"), id="roman-front-matter-page"),
    pytest.param("“this has paralysed decision-making at the top of the organisation. The audit "
                 "committee has met only three times” (p. 2).", ("verbatim", "correct"),
                 id="words-running-on-to-the-next-page-cited-by-it"),
    # paragraphs, ranges, lists, chapters
    pytest.param(f"{CALL_IN} (paras 2.4-2.6).", ("verbatim", "correct"), id="paragraph-range"),
    pytest.param(f"{CALL_IN} (Sections 3.1 and 2.5).", ("verbatim", "correct"),
                 id="two-sections-one-right"),
    pytest.param(f"{CALL_IN} (paragraphs 2.1 to 2.3).", ("verbatim", "wrong"),
                 id="range-that-misses"),
    pytest.param(f"{CALL_IN} (Chapter 2).", ("verbatim", "correct"), id="chapter-covers"),
    pytest.param(f"{CALL_IN} (Report, Chapter 2, paragraph 5).", ("verbatim", "correct"),
                 id="chapter-then-paragraph"),
    pytest.param(f"{CALL_IN} (p. 2, para 2.5).", ("verbatim", "correct"), id="page-and-paragraph"),
    pytest.param(f"(Para 2.5) {CALL_IN}.", ("verbatim", "correct"), id="bracket-before-the-quote"),
    pytest.param(f"On governance (2.5): {CALL_IN}.", ("verbatim", "correct"),
                 id="bare-number-in-brackets-before"),
    pytest.param(f"Reserves are low (3.1), and the inspectors add that {CALL_IN}.",
                 ("verbatim", "missing"), id="a-bracket-before-backing-other-words-is-not-wrong"),
    # recommendations
    pytest.param(f"The inspectors want the council to “set a balanced budget for 2025/26 without "
                 "further use of reserves” (R4).", ("verbatim", "correct"),
                 id="recommendation-label"),
    pytest.param(f"Recommendation 4: {BUDGET}.", ("verbatim", "correct"),
                 id="recommendation-introducing-the-quote"),
    pytest.param("The report's fourth recommendation is that the council “should set a balanced "
                 "budget for 2025/26”.", ("verbatim", "correct"), id="recommendation-by-order"),
    pytest.param("The report's second recommendation is that the council “should set a balanced "
                 "budget for 2025/26”.", ("verbatim", "wrong"),
                 id="recommendation-by-wrong-order"),
    # the executive summary and foreword, as parts
    pytest.param("The report opens bluntly: “The council is not meeting its best value duty” "
                 "(executive summary).", ("verbatim", "correct"), id="executive-summary"),
    pytest.param("“the scrutiny committees rarely ask searching questions” (summary).",
                 ("verbatim", "correct"), id="summary-for-executive-summary"),
    pytest.param("“its finances are under severe and growing strain” (Executive Summary, para 1)",
                 ("verbatim", "correct"), id="summary-paragraph-by-order"),
    pytest.param(f"{CALL_IN} (executive summary).", ("verbatim", "wrong"),
                 id="summary-cited-for-a-chapters-words"),
    pytest.param(f"{CALL_IN} (foreword).", ("verbatim", "wrong"),
                 id="foreword-cited-for-a-chapters-words"),
    # annexes
    pytest.param(f"{SURVEY} (Annex A, paragraph 3).", ("verbatim", "correct"),
                 id="annex-comma-paragraph"),
    pytest.param(f"Annex A para 3 says {SURVEY}.", ("verbatim", "correct"),
                 id="annex-paragraph-in-prose-before"),
    pytest.param(f"Paragraph 3 of Annex A records that {SURVEY}.", ("verbatim", "correct"),
                 id="paragraph-of-annex-in-prose"),
    pytest.param(f"{SURVEY} (A.3).", ("verbatim", "correct"), id="annex-label"),
    pytest.param(f"{SURVEY} (Annex A.3).", ("verbatim", "correct"), id="annex-and-label"),
    pytest.param(f"{SURVEY} (A3).", ("verbatim", "correct"), id="annex-label-without-its-stop"),
    pytest.param(f"{SURVEY} (Annex A).", ("verbatim", "correct"), id="whole-annex"),
    pytest.param(f"{CALL_IN} (Annex A).", ("verbatim", "wrong"), id="annex-cited-for-a-chapter"),
    pytest.param(f"In Annex A the inspectors explain that {SURVEY}.", ("verbatim", "correct"),
                 id="annex-named-in-prose"),
    pytest.param("“We observed eleven council and committee meetings” (Annex A, paragraph 3).",
                 ("verbatim", "wrong"), id="annex-wrong-paragraph"),
    pytest.param(f"{CALL_IN} (Annex 2, paragraph 3).", ("verbatim", "unverifiable"),
                 id="numbered-annex-not-read-is-not-the-reports-paragraph-3"),
    # letters: by date, by name, by counting paragraphs from "Dear …,"
    pytest.param(f"The Minister's letter of 12 November says he is {MINDED}.",
                 ("verbatim", "correct"), id="letter-by-date"),
    pytest.param(f"The Minister is {MINDED} (Letter from SoS to CEX 12/11/24).",
                 ("verbatim", "correct"), id="letter-by-alias"),
    pytest.param(f"The letter (paragraph 3) says the minister is {MINDED}.",
                 ("verbatim", "correct"), id="letter-then-bracketed-paragraph"),
    pytest.param(f"Paragraph 3 of the letter says the minister is {MINDED}.",
                 ("verbatim", "correct"), id="paragraph-of-the-letter"),
    pytest.param(f"In paragraph 3 of his letter the minister says he is {MINDED}.",
                 ("verbatim", "correct"), id="paragraph-of-his-letter"),
    pytest.param(f"The minister is {MINDED} (paragraph 3 of the letter).",
                 ("verbatim", "correct"), id="bracketed-paragraph-of-the-letter"),
    pytest.param(f"The minister is {MINDED} (letter, third paragraph).", ("verbatim", "correct"),
                 id="letter-paragraph-by-ordinal"),
    pytest.param(f"The minister is {MINDED} (paragraph 3).", ("verbatim", "correct"),
                 id="paragraph-counted-in-the-letter-no-document-named"),
    pytest.param(f"The minister is {MINDED} (letter, paragraph 2).", ("verbatim", "unverifiable"),
                 id="letter-paragraph-miscounted-is-never-wrong"),
    pytest.param(f"The minister is {MINDED} (second paragraph).", ("verbatim", "missing"),
                 id="an-ordinal-of-no-document-is-no-citation"),
    pytest.param(f"{MINDED} (Letter, 12/11/2024, para. 3)", ("verbatim", "correct"),
                 id="letter-date-and-paragraph"),
    pytest.param(f"He is {MINDED} (Letter from SoS to CEX 12/11/24), and “I invite the council "
                 "to make representations”.", ("verbatim", "correct"),
                 id="letter-cited-for-the-quote-before-carried"),
    pytest.param(f"{MINDED} (Minister's letter, 12.11.24).", ("verbatim", "correct"),
                 id="letter-dated-with-stops"),
    pytest.param("“Call-in has never been used.” – BVI report, para 2.5", ("verbatim", "correct"),
                 id="after-a-dash"),
    pytest.param("“The council's general fund reserve has fallen from £9.2 million to £2.7 "
                 "million” (Letter from the Chief Constable, 3 March 2025, para 2).",
                 ("verbatim", "unverifiable"), id="a-letter-not-indexed-is-not-the-report"),
    pytest.param("“The audit committee has met only three times in the last eighteen months” "
                 "(Peer Challenge report, para 2.5).", ("verbatim", "unverifiable"),
                 id="a-document-not-indexed-is-never-wrong-where-the-report-has-the-words"),
    pytest.param("“The audit committee has met only three times in the last eighteen months” "
                 "(Peer Challenge report, para 2.4).", ("verbatim", "correct"),
                 id="a-document-not-indexed-confirmed-where-the-report-has-the-words"),
    pytest.param("“The audit committee has met only three times in the last eighteen months” "
                 "(Halvergate inspection report, para 2.5).", ("verbatim", "wrong"),
                 id="the-report-by-a-name-of-the-writers-is-judged"),
    # notes
    pytest.param("The inspectors were clear that “the constitution has not been reviewed since "
                 "2016”.[1]\n\n[1] Best Value Inspection report, paragraph 2.1.",
                 ("verbatim", "correct"), id="footnote-after-the-stop"),
    pytest.param(f"{CALL_IN} [2]\n\nReferences\n[1] Letter, 12 November 2024\n"
                 "[2] Report, para 2.5",
                 ("verbatim", "correct"), id="footnote-call-after-a-space"),
    pytest.param(f"The inspectors found that {CALL_IN}.¹\n\n1. Best Value Inspection report, "
                 "paragraph 2.5.", ("verbatim", "correct"), id="note-numbered-with-a-stop"),
    pytest.param(f"They found that {CALL_IN}(1).\n\n(1) BVI report, paragraph 2.5",
                 ("verbatim", "correct"), id="note-call-in-round-brackets"),
    # runs of quotations, and words that run on
    pytest.param("The inspectors found reserves had “fallen from £9.2 million to £2.7 million” "
                 "and that monitoring reports “reach cabinet months late” (paras 3.1 and 3.3).",
                 ("verbatim", "correct"), id="one-citation-after-two-quotations"),
    pytest.param("The inspectors found that reserves had “fallen from £9.2 million to £2.7 "
                 "million”. Reports, they add, “reach cabinet months late”. (paras 3.1, 3.3)",
                 ("verbatim", "correct"), id="places-listed-after-the-passage"),
    pytest.param(f"{RUNS_ON} (para 2.1)", ("verbatim", "correct"),
                 id="runs-on-cited-where-it-starts"),
    pytest.param(f"{RUNS_ON} (para 2.2)", ("verbatim", "correct"),
                 id="runs-on-cited-where-it-ends"),
    pytest.param(f"{RUNS_ON} (para 2.3)", ("verbatim", "wrong"), id="runs-on-cited-elsewhere"),
    pytest.param("“The audit committee has met only three times in the last eighteen months. "
                 "Call-in has never been used” (paras 2.4 and 2.5)", ("misquote", "correct"),
                 id="stitched-cited-by-both"),
    pytest.param("“The audit committee has met only three times in the last eighteen months. "
                 "Call-in has never been used” (para 2.4)", ("misquote", "correct"),
                 id="stitched-cited-by-its-first"),
    pytest.param("“The audit committee has met only three times in the last eighteen months. "
                 "Call-in has never been used” (para 3.1)", ("misquote", "wrong"),
                 id="stitched-cited-elsewhere"),
    pytest.param("The Leader said: “We accept the report. The inspectors say call-in ‘has never "
                 "been used’. That is not true. They accept "
                 "that reserves are ‘well below the level its own policy requires’ (para 3.1).”",
                 ("verbatim", "missing"),
                 id="speech-citation-after-a-later-sentence-not-wrong-for-an-earlier-fragment"),
    pytest.param("There is no paragraph 2.6; the words are from 2.5, which says that “call-in has "
                 "never been used”.", ("verbatim", "correct"), id="nearer-of-two-places-before"),
    # annexes and appendices by a short name, and the British "Annexe"
    pytest.param(f"{SURVEY} (App. A, para 3).", ("verbatim", "correct"),
                 id="appendix-cut-short-is-the-annex-not-the-reports-paragraph-3"),
    pytest.param("“We observed eleven council and committee meetings” (App. A, para 3).",
                 ("verbatim", "wrong"), id="appendix-cut-short-wrong-paragraph"),
    pytest.param(f"{SURVEY} (Annexe A, para 3).", ("verbatim", "correct"), id="annexe-paragraph"),
    pytest.param(f"{SURVEY} (Annexe A).", ("verbatim", "correct"), id="whole-annexe"),
    # chapters: the next chapter's words are not proof of a wrong citation; two away are
    pytest.param("“The council's general fund reserve has fallen from £9.2 million to £2.7 "
                 "million” (chapter 2).", ("verbatim", "unverifiable"),
                 id="chapter-next-to-the-words-is-never-wrong"),
    pytest.param("“The council's general fund reserve has fallen from £9.2 million to £2.7 "
                 "million” (chapter 1).", ("verbatim", "wrong"), id="chapter-two-away-is-wrong"),
    # notes called by Markdown's "[^1]" or a mark
    pytest.param(f"The inspectors found that {CALL_IN}[^2].\n\n[^1]: Letter\n[^2]: Best Value "
                 "Inspection Report, para 2.5", ("verbatim", "correct"), id="markdown-footnote"),
    pytest.param(f"The inspectors found that {CALL_IN}.*\n\n* Best Value Inspection Report, "
                 "para 2.5", ("verbatim", "correct"), id="note-called-by-an-asterisk"),
    pytest.param(f"The inspectors found that {CALL_IN}.†\n\n† Best Value Inspection Report, "
                 "para 2.5", ("verbatim", "correct"), id="note-called-by-a-dagger"),
    pytest.param(f"*{CALL_IN}* is the headline.\n\n* Reserves are low (para 3.1)",
                 ("verbatim", "missing"), id="markdown-emphasis-is-no-note-call"),
    # recommendations and the summary cut short
    pytest.param(f"{BUDGET} (recommendation no. 4).", ("verbatim", "correct"),
                 id="recommendation-number-written-no"),
    pytest.param(f"{BUDGET} (Recs 1-4).", ("verbatim", "correct"), id="recs-range"),
    pytest.param("“The council is not meeting its best value duty” (Exec Summary).",
                 ("verbatim", "correct"), id="exec-summary"),
    # the place said aloud, in a transcript
    pytest.param(f"Cllr Smith: As paragraph two point five puts it, {CALL_IN}.",
                 ("verbatim", "correct"), id="spoken-paragraph"),
    pytest.param(f"Cllr Jones said the inspectors wrote, on page six, that {CALL_IN}.",
                 ("verbatim", "correct"), id="spoken-pdf-page"),
    pytest.param("Cllr Jones: Recommendation four says the council “should set a balanced budget "
                 "for 2025/26”.", ("verbatim", "correct"), id="spoken-recommendation"),
    # the place in a sentence of its own after the quotation's, after the report's name
    pytest.param("“Call-in has never been used.” Report, para 2.5.", ("verbatim", "correct"),
                 id="report-then-place-after-the-quotations-own-stop"),
    pytest.param("Quote: “Call-in has never been used.” Reference: para 2.5.",
                 ("verbatim", "correct"), id="reference-label-then-place"),
    # a place in a sentence of its own, a sentence away: the quotation's only where it holds
    pytest.param(f"The inspectors found that {CALL_IN}. This is a serious concern for members. "
                 "(Para 2.5)", ("verbatim", "correct"), id="bracket-sentence-a-sentence-later"),
    pytest.param(f"The inspectors found that {CALL_IN}. This is a serious concern for members. "
                 "(Para 3.1)", ("verbatim", "missing"),
                 id="bracket-sentence-a-sentence-later-backing-that-sentence-is-not-wrong"),
    pytest.param(f"Para 2.5 of the report. {CALL_IN}.", ("verbatim", "correct"),
                 id="place-alone-in-the-sentence-before"),
    pytest.param(f"On scrutiny, see paragraph 2.5. The inspectors say {CALL_IN}.",
                 ("verbatim", "correct"), id="see-place-in-the-sentence-before"),
    pytest.param(f"On reserves, see paragraph 3.1. The inspectors say {CALL_IN}.",
                 ("verbatim", "missing"), id="see-place-before-for-other-words-is-not-wrong"),
    # the place named, then quoted in the next sentence by a pronoun or the place itself
    pytest.param(f"Paragraph 2.5 of the report is blunt. It says that {CALL_IN}.",
                 ("verbatim", "correct"), id="place-then-it-says"),
    pytest.param(f"Cllr Shah referred members to paragraph 2.5. She read out: {CALL_IN}.",
                 ("verbatim", "correct"), id="speaker-names-the-place-then-reads-it-out"),
    pytest.param(f"The inspectors turn to call-in at paragraph 2.5. The paragraph goes on: "
                 f"{CALL_IN}.", ("verbatim", "correct"), id="the-paragraph-goes-on"),
    pytest.param(f"Paragraph 2.5 deserves to be read in full. The inspectors write: {CALL_IN}.",
                 ("verbatim", "correct"), id="place-then-the-inspectors-write"),
    pytest.param(f"Members were reminded of paragraph 2.5 of the report. {CALL_IN}.",
                 ("verbatim", "correct"), id="place-ends-the-sentence-the-quotation-opens-the-next"),
    pytest.param(f"Members were reminded of paragraph 3.1 of the report. {CALL_IN}.",
                 ("verbatim", "missing"), id="the-next-sentences-words-elsewhere-are-not-wrong"),
    pytest.param(f"Cllr Shah referred members to paragraph 3.1. She read out: {CALL_IN}.",
                 ("verbatim", "missing"), id="read-out-words-of-another-place-is-not-wrong"),
    pytest.param(f"Reserves are low, as paragraph 3.1 shows. Cllr Shah said members knew "
                 f"that {CALL_IN}.", ("verbatim", "missing"),
                 id="a-new-speaker-takes-no-place-from-the-sentence-before"),
    pytest.param("3.2 Members will recall the finding at paragraph 2.5 of the inspection report:"
                 f"\n\n{CALL_IN}", ("verbatim", "correct"), id="block-quotation-led-in-by-a-colon"),
    pytest.param(f"3.2 Reserves are low (para 3.1).\n\n{CALL_IN}", ("verbatim", "missing"),
                 id="block-quotation-after-a-paragraph-not-leading-into-it"),
    pytest.param("The report's executive summary concludes that the council “is not meeting its "
                 "best value duty”.", ("verbatim", "correct"), id="the-reports-executive-summary"),
    pytest.param(f"Scrutiny: BVI 2.5: {CALL_IN}", ("verbatim", "correct"),
                 id="report-by-short-name-then-number"),
    pytest.param(f"The inspectors are clear that {CALL_IN} by members (paragraph 2.5), and the "
                 "Board welcomes that.", ("verbatim", "correct"),
                 id="bracket-closing-the-quotations-clause-before-and"),
    pytest.param(f"The inspectors are clear that {CALL_IN} by members (paragraph 3.1), and the "
                 "Board welcomes that.", ("verbatim", "missing"),
                 id="bracket-closing-a-clause-of-own-words-is-not-wrong"),
    pytest.param(f"The claim is in paragraph 2.5 of the report.\n\nIn fairness, the same "
                 f"paragraph does record that {CALL_IN}.", ("verbatim", "correct"),
                 id="the-same-paragraph-opening-a-passage"),
    pytest.param(f"The claim is in paragraph 3.1 of the report.\n\nIn fairness, the same "
                 f"paragraph does record that {CALL_IN}.", ("verbatim", "missing"),
                 id="the-same-paragraph-across-a-passage-is-never-wrong"),
    pytest.param(f"> {CALL_IN}\n> — BVI report, para 2.5", ("verbatim", "correct"),
                 id="markdown-block-quotation-attribution"),
]


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", CASES)
def test_every_way_of_citing(index, motion, expected):
    results = check_motion(Motion("motion.txt", motion), index).results
    assert results, "no quotation extracted"
    result = results[0]
    assert (result.verdict.value, result.citation.value) == expected, quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", [
    pytest.param("“Most of the decisions were never called in” (executive summary).",
                 ("verbatim", "correct"), id="summary-that-is-chapter-1"),
    pytest.param("“The monitoring officer was not consulted” (executive summary).",
                 ("verbatim", "wrong"), id="summary-cited-for-chapter-2"),
])
def test_a_summary_numbered_as_a_chapter_is_the_part_cited(tmp_path, embedder, motion,
                                                          expected):
    """A report whose first chapter is its summary ("Chapter 1: Executive summary", 1.1-1.2):
    "(executive summary)" cites chapter 1."""
    pages = [["Chapter 1: Executive summary",
              "1.1 We found a council that has stopped using its own rules.",
              "1.2 Most of the decisions were never called in, and few were reported.",
              "Chapter 2: Governance",
              "2.1 The monitoring officer was not consulted on eleven of the decisions."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages])
    add_pdf(tmp_path / "index", pdf, title="Best Value Inspection of Marlow Vale")
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.verdict.value, result.citation.value) == expected, quote_note(result)


@pytest.mark.model
def test_a_roman_page_of_a_report_printing_no_page_numbers_is_not_judged(tmp_path, embedder):
    """"(p. ii)" of a report whose pages print no numbers: which page the front matter's ii is
    cannot be known, so the citation is unverifiable, never wrong."""
    pages = [["Foreword", "We thank the officers who spoke to us with candour."],
             ["1 Governance", "1.1 Call-in has never been used by any member."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages], footer=None)
    add_pdf(tmp_path / "index", pdf, title="Best Value Inspection of Marlow Vale")
    motion = "“Call-in has never been used by any member” (p. ii)."
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert (result.verdict.value, result.citation.value) == ("verbatim", "unverifiable"), \
        quote_note(result)


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", [
    pytest.param(f"The inspectors found that {CALL_IN} (para 2.5). They also noted that “members "
                 "attributed to a fear of being seen as disloyal” (ibid.).",
                 [("verbatim", "correct"), ("verbatim", "correct")], id="ibid-same-paragraph"),
    pytest.param(f"The inspectors found that {CALL_IN} (para 2.5). They also noted that “its "
                 "independent member resigned in frustration” (ibid.).",
                 [("verbatim", "correct"), ("verbatim", "unverifiable")],
                 id="ibid-for-words-of-the-next-paragraph-is-never-wrong"),
    pytest.param(f"The inspectors found that {CALL_IN} (para 2.5). Elsewhere the report says "
                 "“its independent member resigned in frustration” (op. cit., para 2.4).",
                 [("verbatim", "correct"), ("verbatim", "correct")], id="op-cit-with-its-place"),
    pytest.param(f"The inspectors found that {CALL_IN}[1] and that “members attributed to a fear "
                 "of being seen as disloyal”[2].\n\n[1] Best Value Inspection Report, para 2.5\n"
                 "[2] Ibid.", [("verbatim", "correct"), ("verbatim", "correct")],
                 id="a-note-saying-ibid"),
    pytest.param(f"The inspectors found that {CALL_IN}[1] and that “its independent member "
                 "resigned in frustration”[2].\n\n[1] Best Value Inspection Report, para 2.5\n"
                 "[2] Ibid.", [("verbatim", "correct"), ("verbatim", "unverifiable")],
                 id="a-note-saying-ibid-for-the-next-paragraph-is-never-wrong"),
])
def test_a_citation_back_to_the_place_before(index, motion, expected):
    """"(ibid.)" takes the place cited for the quotation before; writers use it for the same
    report as often as the same paragraph, so it confirms where the words are and is never
    judged wrong (issue 21)."""
    results = check_motion(Motion("motion.txt", motion), index).results
    assert [(r.verdict.value, r.citation.value) for r in results] == expected, \
        [quote_note(r) for r in results]


AUDIT = "“The audit committee has met only three times”"


@pytest.mark.model
@pytest.mark.parametrize("motion", [
    pytest.param(f"Finding\nReport ref.\n{CALL_IN}\n2.5\n{AUDIT}\n2.4",
                 id="cell-per-line-number-after-last-row-ending-the-text"),
    pytest.param(f"Finding\tReport ref.\tResponse\n{CALL_IN}\t2.5\tWe will review call-in.\n"
                 f"{AUDIT}\t2.4\tAgreed.", id="tab-separated-number-after"),
    pytest.param(f"| Finding | Report ref. | Response |\n|---|---|---|\n| {CALL_IN} | 2.5 | We "
                 f"will review call-in. |\n| {AUDIT} | 2.4 | Agreed. |",
                 id="markdown-table-number-after"),
    pytest.param(f"Report ref.\tFinding\n2.5\t{CALL_IN}\n2.4\t{AUDIT}",
                 id="tab-separated-number-before-is-not-the-next-rows"),
    pytest.param(f"| Report ref. | Finding |\n|---|---|\n| 2.5 | {CALL_IN} |\n| 2.4 | {AUDIT} |",
                 id="markdown-table-number-before"),
    pytest.param(f"Report ref.\nFinding\n2.5\n{CALL_IN}\n2.4\n{AUDIT}",
                 id="cell-per-line-number-before"),
    pytest.param(f"Ref  Finding  Response\n2.5  {CALL_IN}  Agreed\n2.4  {AUDIT}  Agreed",
                 id="spaced-columns-number-before"),
])
def test_a_tables_report_ref_column(index, motion):
    """A table's "Report ref." column, before or after the quotation's cell, as a table is
    pasted from Word (a cell a line, or tabs), typed in Markdown or set in spaced columns:
    each row's number is its own quotation's, never the next row's (issue 23: a table read
    the wrong way round gave each quotation the next row's paragraph, a false wrong)."""
    results = check_motion(Motion("motion.txt", motion), index).results
    assert [(r.verdict.value, r.citation.value) for r in results] == \
        [("verbatim", "correct")] * 2, [quote_note(r) for r in results]


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", [
    pytest.param("The inspectors state that the audit committee “has met only three times in the "
                 "last eighteen months” (paragraph 2.4) and observe that “its independent member "
                 "resigned in frustration”.", [("verbatim", "correct"), ("verbatim", "correct")],
                 id="the-report-going-on-in-the-sentence"),
    pytest.param("The inspectors state that the audit committee “has met only three times in the "
                 "last eighteen months” (paragraph 2.4), but warn that “call-in has never been "
                 "used”.", [("verbatim", "correct"), ("verbatim", "missing")],
                 id="the-report-going-on-elsewhere-is-never-wrong"),
    pytest.param("The inspectors state that the audit committee “has met only three times in the "
                 "last eighteen months” (paragraph 2.4), and members told them that “its "
                 "independent member resigned in frustration”.",
                 [("verbatim", "correct"), ("verbatim", "missing")],
                 id="another-speaker-is-not-the-place-going-on"),
])
def test_a_place_cited_earlier_in_the_sentence_goes_on(index, motion, expected):
    """"… “A” (paragraph 5.5) and observe that “B”.": A's place is B's too where B's words are
    there (blind corpus, fit half: an agenda paper's officer report); never a wrong citation
    of B, and not across another speaker."""
    results = check_motion(Motion("motion.txt", motion), index).results
    assert [(r.verdict.value, r.citation.value) for r in results] == expected, \
        [quote_note(r) for r in results]


@pytest.mark.model
def test_a_table_of_recommendations_each_row_opening_with_its_label(index):
    """A table of recommendations and actions read a row a line, each opening with its label
    ("R4 Rebuild … “…” Director of Finance Mar 2026"): each quotation is its row's
    recommendation's, never the next row's."""
    motion = ("Rec. Recommendation Lead officer By\n"
              "R4 “set a balanced budget for 2025/26 without further use of reserves” Director of "
              "Finance Feb 2026\n"
              "R2 Agree a protocol with “external mediation” Chief Executive Jun 2026\n"
              "R3 Commission an “independent review of its audit committee” Monitoring Officer "
              "Mar 2026")
    results = check_motion(Motion("motion.txt", motion), index).results
    assert [(r.verdict.value, r.citation.value) for r in results] == \
        [("verbatim", "correct")] * 3, [quote_note(r) for r in results]


@pytest.mark.model
@pytest.mark.parametrize("motion, expected", [
    pytest.param("“Call-in has never been used by any member” (p. 2).", "correct",
                 id="the-page-the-words-are-on"),
    pytest.param("“reports were routinely softened before reaching members” (p. 1).",
                 "unverifiable", id="the-page-the-paragraph-begins-on-is-never-wrong"),
    pytest.param("“Call-in has never been used by any member” (p. 1).", "wrong",
                 id="a-page-the-paragraph-is-not-on"),
])
def test_a_page_of_a_paragraph_over_two_pages(tmp_path, embedder, motion, expected):
    """Paragraph 1.2 begins on page 1 and ends on page 2: words of its end cited by the page it
    begins on may be cited as writers cite the paragraph, so that is no wrong citation."""
    pages = [["1 Governance", "1.1 The constitution has not been reviewed since 2016.",
              "1.2 Officers described a culture in which bad news is not welcome. One senior"],
             ["manager told us that reports were routinely softened before reaching members.",
              "1.3 Call-in has never been used by any member of the council."]]
    pdf = make_pdf(tmp_path / "report.pdf", [PageSpec(p) for p in pages], footer=None)
    add_pdf(tmp_path / "index", pdf, title="Best Value Inspection of Marlow Vale")
    result = check_motion(Motion("m.txt", motion), open_index(tmp_path / "index")).results[0]
    assert result.citation.value == expected, quote_note(result)
