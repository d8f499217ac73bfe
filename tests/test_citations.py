"""Citations: the forms councils write them in, and which quotation each one belongs to."""

from __future__ import annotations

import pytest

from verifier.reading.citations import find_citations
from verifier.models import Citation
from verifier.reading.quotations import find_quotations


def cite(sections=(), pages=(), document=None, page_labels=(), footnotes=()):
    extra = {"page_labels": tuple(page_labels), "footnotes": tuple(footnotes)}
    return (tuple(sections), tuple(pages), document, {k: v for k, v in extra.items() if v})


def parts(citation: Citation):
    extra = {"page_labels": citation.page_labels, "footnotes": citation.footnotes}
    return (citation.sections, citation.pages, citation.document,
            {k: v for k, v in extra.items() if v})


@pytest.mark.parametrize("text, expected, written", [
    pytest.param("“…”(Section 3.4).", cite(["3.4"]), "Section 3.4", id="section"),
    pytest.param("“…” (Sections 10.17 and 5.120)", cite(["10.17", "5.120"]),
                 "Sections 10.17 and 5.120", id="sections-and"),
    pytest.param("(para 4.4)", cite(["4.4"]), "para 4.4", id="para"),
    pytest.param("“…” (4.3.1)", cite(["4.3.1"]), "4.3.1", id="bare-three-levels"),
    pytest.param("“…” (R4)", cite(["R4"]), "R4", id="recommendation-label"),
    pytest.param("“…” (Recommendation 7)", cite(["R7"]), "Recommendation 7",
                 id="recommendation-word"),
    pytest.param("“…” (Recommendations 2 and 3)", cite(["R2", "R3"]), "Recommendations 2 and 3",
                 id="recommendations-two"),
    pytest.param("“…” (5.1.2 and 5.1.3)", cite(["5.1.2", "5.1.3"]), "5.1.2 and 5.1.3",
                 id="bare-three-levels-two"),
    pytest.param("(paras 4.4–4.6)", cite(["4.4", "4.5", "4.6"]), "paras 4.4–4.6",
                 id="para-range-expanded"),
    pytest.param("(paras 4.4-6)", cite(["4.4", "4.5", "4.6"]), "paras 4.4-6",
                 id="para-range-short-end"),
    pytest.param("(paras 4.9–5.2)", cite(["4.9", "5.2"]), "paras 4.9–5.2",
                 id="range-across-chapters-keeps-ends"),
    pytest.param("(paragraphs 3.2, 3.4 and 3.7)", cite(["3.2", "3.4", "3.7"]),
                 "paragraphs 3.2, 3.4 and 3.7", id="paragraph-list"),
    pytest.param("(paragraph 5.12)", cite(["5.12"]), "paragraph 5.12", id="paragraph"),
    pytest.param("(Section 4.50)", cite(["4.50"]), "Section 4.50", id="trailing-zero-kept"),
    pytest.param("(Section 3.4.)", cite(["3.4"]), "Section 3.4.", id="trailing-full-stop-dropped"),
    pytest.param("as set out at §3.4.", cite(["3.4"]), "§3.4", id="section-sign"),
    pytest.param("(p. 23)", cite(pages=[23]), "p. 23", id="page"),
    pytest.param("(pages 23-24)", cite(pages=[23, 24]), "pages 23-24", id="pages-range"),
    pytest.param("(pp. 23–25)", cite(pages=[23, 24, 25]), "pp. 23–25", id="pp-range"),
    pytest.param("(Report, 7.3)", cite(["7.3"]), "Report, 7.3", id="report-comma-number"),
    pytest.param("(3.4)", cite(["3.4"]), "3.4", id="bare-dotted-number"),
    pytest.param("see Chapter 4 of the report", cite(["4"]), "Chapter 4", id="chapter"),
    pytest.param("(Section 4)", cite(["4"]), "Section 4", id="section-as-chapter"),
    pytest.param("(Letter from SoS, para 2)", cite(["2"], document="Letter from SoS"),
                 "Letter from SoS, para 2", id="document-and-paragraph"),
    pytest.param("(Letter from SoS to CEX 12/11/24)", cite(document="Letter from SoS to CEX 12/11/24"),
                 "Letter from SoS to CEX 12/11/24", id="letter-by-name"),
    pytest.param("(Section 3.4 of the Best Value Inspection Report)", cite(["3.4"]),
                 "Section 3.4 of the Best Value Inspection Report", id="generic-report-is-no-document"),
    # issue 21: a place's document named beside it, places by order, annex labels
    pytest.param("Paragraph 3 of the letter says he will act.", cite(["3"], document="letter"),
                 "Paragraph 3", id="paragraph-of-the-letter"),
    pytest.param("In paragraph 2 of his letter the minister says", cite(["2"], document="letter"),
                 "paragraph 2", id="paragraph-of-his-letter"),
    pytest.param("Annex B, paragraph 4, records the survey.", cite(["4"], document="Annex B"),
                 "paragraph 4", id="annex-then-paragraph-in-prose"),
    pytest.param("(para 4.12 et seq.)", cite(["4.12", "4.13", "4.14", "4.15", "4.16"]),
                 "para 4.12 et seq.", id="a-place-and-those-after-it"),
    pytest.param("(p. 4f.)", cite(pages=[4, 5]), "p. 4f.", id="a-page-and-the-next"),
    pytest.param("In summary, paragraph 3.2 says so.", cite(["3.2"]), "paragraph 3.2",
                 id="in-summary-is-a-turn-of-phrase"),
    pytest.param("The summary, at paragraph 2, says so.", cite(["2"], document="summary"),
                 "paragraph 2", id="the-summary-then-its-paragraph"),
    pytest.param("(paragraph 3 of the letter)", cite(["3"], document="letter"),
                 "paragraph 3 of the letter", id="bracketed-paragraph-of-the-letter"),
    pytest.param("(Recommendation five)", cite(["R5"]), "Recommendation five",
                 id="recommendation-in-words"),
    pytest.param("(B.2)", cite(["B.2"]), "B.2", id="annex-label-in-brackets"),
    pytest.param("(Appendix C4)", cite(["C.4"]), "Appendix C4", id="appendix-label"),
    pytest.param("see paragraph D.1 of the report", cite(["D.1"]), "paragraph D.1",
                 id="annex-label-after-paragraph"),
    # recommendations lettered A to H (a Google Docs report's list "Recommendation A:"): the
    # places the reader stores as RA … RH (issue 20)
    pytest.param("“…” (Recommendation B).", cite(["RB"]), "Recommendation B",
                 id="lettered-recommendation"),
    pytest.param("“…” (Recommendations A and C)", cite(["RA", "RC"]),
                 "Recommendations A and C", id="lettered-recommendations-and"),
    pytest.param("“…” (Recommendations A to C)", cite(["RA", "RB", "RC"]),
                 "Recommendations A to C", id="lettered-recommendations-range"),
    pytest.param("“…” (Recommendations D–F)", cite(["RD", "RE", "RF"]),
                 "Recommendations D–F", id="lettered-recommendations-dash"),
])
def test_find_citations_reads_each_form(text, expected, written):
    found = find_citations(text)
    assert len(found) == 1
    assert parts(found[0]) == expected
    assert found[0].text == written
    assert text[found[0].start:found[0].end] == written


@pytest.mark.parametrize("text", [
    pytest.param("The meeting (2023) was quorate.", id="year-in-brackets"),
    pytest.param("Members (emphasis added) agreed.", id="aside"),
    pytest.param("At 4 p.m. the Council met under Rules 11 and 13.", id="pm-and-rules"),
    pytest.param("In 2024 B.2 was adopted.", id="a-label-in-prose-with-no-word-before-it"),
    pytest.param("The second paragraph of the motion is amended.", id="an-ordinal-of-nothing"),
    pytest.param("The council accepted the first recommendation.", id="an-ordinal-in-a-claim"),
    pytest.param("He repeated the recommendation I made last year.",
                 id="a-recommendation-then-the-pronoun-i"),
    pytest.param("The Recommendation’s wording (A’s view) was agreed.",
                 id="no-lettered-recommendation"),
])
def test_find_citations_ignores_non_citations(text):
    assert find_citations(text) == []


def cited(text: str) -> list[tuple[str, tuple]]:
    return [(q.text, parts(q.citation)) for q in find_quotations(text)]


@pytest.mark.parametrize("text, expected", [
    # Another document's place right after a quotation: the name before the comma is the
    # document (an agenda pack quoting the NPPF or a code of practice is not quoting the report).
    pytest.param("The NPPF says “the purpose of planning” (NPPF, paragraph 7).",
                 [("the purpose of planning", cite(["7"], document="NPPF"))],
                 id="name-comma-paragraph"),
    pytest.param("It commits to “a well-run council” (Greyhaven Together 2023-2027, page 6).",
                 [("a well-run council", cite(pages=[6], document="Greyhaven Together 2023-2027"))],
                 id="name-comma-page"),
    pytest.param("The inspectors found “weak scrutiny” (BVI report, para 3.4).",
                 [("weak scrutiny", cite(["3.4"]))], id="the-report-by-a-generic-name"),
    # a residents' blog (blind corpus, netherby): the report by a generic name, then its part
    pytest.param("They conclude it is “failing to comply with its best value duty” [report, "
                 "executive summary].",
                 [("failing to comply with its best value duty",
                   cite(document="executive summary"))], id="generic-report-then-its-part"),
    pytest.param("It says the council “should make no further financial commitment” [report, R2].",
                 [("should make no further financial commitment", cite(["R2"]))],
                 id="generic-report-then-recommendation"),
    pytest.param("The inspectors found “weak scrutiny” [report, para 4.2].",
                 [("weak scrutiny", cite(["4.2"]))], id="generic-report-square-brackets"),
    pytest.param("· “The lack of trust is worrying.”(Section 3.4). This is a culture…",
                 [("The lack of trust is worrying.", cite(["3.4"]))], id="right-after-mark"),
    pytest.param("“way work is done in the\nCouncil.”\n(Section 4.4)\n·",
                 [("way work is done in the\nCouncil.", cite(["4.4"]))], id="on-the-next-line"),
    pytest.param("“deliver and embed these changes without external\naccountability.”\n"
                 "(Letter from SoS to CEX 12/11/24)\n· However, the government believes",
                 [("deliver and embed these changes without external\naccountability.",
                   cite(document="Letter from SoS to CEX 12/11/24"))], id="letter-next-line"),
    pytest.param("“These proposals are not a judgement on staff” (the Secretary of State's "
                 "letter of 14 November).",
                 [("These proposals are not a judgement on staff",
                   cite(document="the Secretary of State's letter of 14 November"))],
                 id="the-letter-with-its-article"),
    pytest.param("That “Decision-making is concentrated” (executive summary).",
                 [("Decision-making is concentrated", cite(document="executive summary"))],
                 id="a-part-of-the-report"),
    pytest.param("“Call-in powers were used twice”, §5.12.",
                 [("Call-in powers were used twice", cite(["5.12"]))], id="section-sign-after-comma"),
    pytest.param("As paragraph 4.50 of the report says, “many good managers had exited”.",
                 [("many good managers had exited", cite(["4.50"]))], id="before-as-paragraph-says"),
    pytest.param("Paragraph 3.4 states that “The lack of trust is worrying”.",
                 [("The lack of trust is worrying", cite(["3.4"]))], id="before-paragraph-states"),
    pytest.param("As paragraph 5.1 puts it, \"Scrutiny met eleven times.\" (para 5.1)",
                 [("Scrutiny met eleven times.", cite(["5.1"]))], id="before-and-after-agree"),
    pytest.param("Inspectors found “weak scrutiny”, “poor challenge” and “a closed culture” "
                 "(paras 3.1 and 3.2).",
                 [("weak scrutiny", cite(["3.1", "3.2"])), ("poor challenge", cite(["3.1", "3.2"])),
                  ("a closed culture", cite(["3.1", "3.2"]))], id="run-shares-the-last-citation"),
    pytest.param("As paragraph 5.1 puts it, “met eleven times” and “used twice”.",
                 [("met eleven times", cite(["5.1"])), ("used twice", cite(["5.1"]))],
                 id="run-shares-the-citation-before"),
    pytest.param("The report notes that “no credible plan” (Section 4.5) and that “we recommend "
                 "a plan”.", [("no credible plan", cite(["4.5"])),
                              ("we recommend a plan", cite(["4.5"]))],
                 id="other-quotations-own-citation-goes-on-to-confirm-only"),
    pytest.param("We note that “Call-in powers were used twice” in the year.\n"
                 "- “Many good managers had left” (Section 4.2)",
                 [("Call-in powers were used twice", cite()),
                  ("Many good managers had left", cite(["4.2"]))], id="no-sharing-across-bullets"),
    pytest.param("However, as per section 4.10, the council was praised. The report said “a "
                 "permanent Chief Executive”.", [("a permanent Chief Executive", cite())],
                 id="claim-in-previous-sentence-is-not-a-citation"),
    pytest.param("- The report says “trust is lacking”\n- Section 4.4 notes the survey.",
                 [("trust is lacking", cite())], id="next-bullet-is-not-a-citation"),
    pytest.param("“trust is lacking” in the council, and later on Section 4.4 notes this.",
                 [("trust is lacking", cite())], id="far-after-is-not-a-citation"),
    pytest.param("“trust is lacking” (emphasis added)", [("trust is lacking", cite())],
                 id="aside-is-not-a-document"),
    pytest.param("“Inspectors found ‘weak and confused,’ scrutiny with ‘The level inadequate.’” "
                 "(Sections 10.17 and 5.120)",
                 [("Inspectors found ‘weak and confused,’ scrutiny with ‘The level inadequate.’",
                   cite(["10.17", "5.120"])), ("weak and confused,", cite(["10.17", "5.120"])),
                  ("The level inadequate.", cite(["10.17", "5.120"]))],
                 id="fragments-take-the-wrapper-citation"),
    pytest.param("“Inspectors found ‘weak scrutiny’ (para 10.17) and ‘low challenge’ (para 5.120)” "
                 "(Section 10)",
                 [("Inspectors found ‘weak scrutiny’ (para 10.17) and ‘low challenge’ (para 5.120)",
                   cite(["10"])), ("weak scrutiny", cite(["10.17"])), ("low challenge", cite(["5.120"]))],
                 id="fragments-keep-their-own-citation"),
    pytest.param("Ofsted found the council ‘outstanding’ (p. 4).", [("outstanding", cite(pages=[4]))],
                 id="one-word-kept-when-cited"),
    pytest.param("“many good managers had exited” (para 4.50). They left for ‘speaking truth to "
                 "power’ (ibid.).", [("many good managers had exited", cite(["4.50"])),
                                     ("speaking truth to power", cite(["4.50"]))],
                 id="ibid-repeats-the-previous-citation"),
    pytest.param("The report states at 5.120 that “The level of challenge has been inadequate”.",
                 [("The level of challenge has been inadequate", cite(["5.120"]))],
                 id="bare-number-after-at"),
    pytest.param("Council tax rose at 4.50% while “the reserves fell sharply”.",
                 [("the reserves fell sharply", cite())], id="percentage-after-at-is-not-a-citation"),
    pytest.param("The report notes 48% of staff and adds that “the survey was anonymous” (fn. 4).",
                 [("the survey was anonymous", cite(footnotes=["4"]))],
                 id="footnote-cited-not-a-section"),
    pytest.param("“No councillor has completed the training.” (Westfield, 2.5)",
                 [("No councillor has completed the training.", cite(["2.5"], document="Westfield"))],
                 id="bare-place-name-then-number-names-a-document"),
    pytest.param("They say: \"The reserves have fallen to £14.9 million (para 5.6)\".",
                 [("The reserves have fallen to £14.9 million", cite(["5.6"]))],
                 id="citation-typed-inside-the-marks"),
    pytest.param("Worse, \"The strategy relies on savings that have not been identified. (para 5.7)\n"
                 "The administration calls its reserves \"robust\"; we disagree.",
                 [("The strategy relies on savings that have not been identified.", cite(["5.7"]))],
                 id="closing-mark-forgotten"),
    pytest.param("The report states:\n·\"The lack of trust is extremely worrying.\" (Section 3.4)",
                 [("The lack of trust is extremely worrying.", cite(["3.4"]))],
                 id="straight-mark-right-after-a-bullet"),
    pytest.param("Inspectors found “trust is low” (4.4, 4.6).", [("trust is low", cite(["4.4", "4.6"]))],
                 id="bare-list-of-numbers-keeps-the-first"),
    pytest.param("See “trust is low and falling”\u00a0(Section\u00a03.4).",
                 [("trust is low and falling", cite(["3.4"]))], id="no-break-space-before-citation"),
    pytest.param("It says “trust is low and falling” (p 23).",
                 [("trust is low and falling", cite(pages=[23]))], id="page-without-a-full-stop"),
    pytest.param("Paragraph 4.50 of the report states:\n· “Good managers left the organisation.”",
                 [("Good managers left the organisation.", cite(["4.50"]))],
                 id="citation-on-the-line-before-a-bulleted-quote"),
    pytest.param("Cllr Lee said \"this is a damning report\" and the report itself says \"the lack of "
                 "trust is worrying\" (3.4).", [("this is a damning report", cite()),
                                                 ("the lack of trust is worrying", cite(["3.4"]))],
                 id="a-new-speaker-breaks-a-shared-citation"),
    pytest.param("Inspectors noted 'the Members' Code of Conduct is not applied by Councillors' group "
                 "leaders' (para 4.52).", [("the Members' Code of Conduct is not applied by "
                                            "Councillors' group leaders", cite(["4.52"]))],
                 id="possessives-before-capitals-inside-single-quotes"),
    pytest.param("The report said „the lack of trust is worrying“ (Section 3.4).",
                 [("the lack of trust is worrying", cite(["3.4"]))], id="low-9-opening-mark"),
    pytest.param("”the lack of trust is worrying” (Section 3.4).",
                 [("the lack of trust is worrying", cite(["3.4"]))], id="closing-mark-used-to-open"),
    pytest.param("“the lack of trust is worrying“ (Section 3.4).",
                 [("the lack of trust is worrying", cite(["3.4"]))], id="opening-mark-used-to-close"),
    pytest.param("“Decisions are taken outside the formal arrangements” (p. iii).",
                 [("Decisions are taken outside the formal arrangements",
                   cite(page_labels=["iii"]))], id="roman-page"),
    pytest.param("“Political tension is evident in the Standards Committee itself” [sic] (para 5.45).",
                 [("Political tension is evident in the Standards Committee itself",
                   cite(["5.45"]))], id="sic-between-quotation-and-citation"),
    pytest.param('Members said "they would welcome support in using performance data"19 '
                 '(para 5.112).', [("they would welcome support in using performance data",
                                    cite(["5.112"]))], id="footnote-number-after-straight-mark"),
    pytest.param('And "Cabinet meetings are short."¹ (para 5.15)',
                 [("Cabinet meetings are short.", cite(["5.15"]))],
                 id="superscript-footnote-after-straight-mark"),
    pytest.param("“Trust has broken down” (emphasis added) (para 3.4).",
                 [("Trust has broken down", cite(["3.4"]))], id="emphasis-added-before-citation"),
    pytest.param("“I am minded to exercise my powers” (letter from the Secretary of State).",
                 [("I am minded to exercise my powers",
                   cite(document="letter from the Secretary of State"))],
                 id="lower-case-letter-citation"),
    pytest.param("“I am minded to exercise my powers” (letter).",
                 [("I am minded to exercise my powers", cite(document="letter"))],
                 id="the-letter"),
    pytest.param("“Staff told us they felt unable to raise concerns.” Paragraph 3.3 is blunt.",
                 [("Staff told us they felt unable to raise concerns.", cite())],
                 id="next-sentence-citation-belongs-to-it"),
    # A note call after the closing mark, the note on a line of its own further down (issue 21).
    pytest.param("The auditors said “the reserve is nearly spent”[2] and we agree.\n\n"
                 "[1] Cabinet minutes, 3 May.\n[2] Inspection report, paragraph 6.14.",
                 [("the reserve is nearly spent", cite(["6.14"]))],
                 id="a-note-call-cites-its-note"),
    # … and with no note "[3]" below it, a number alone: a paragraph of a report numbered
    # straight through, else no citation (verdicts.straight_through; test_citation_ties)
    pytest.param("The auditors said “the reserve is nearly spent”[3] and we agree.",
                 [("the reserve is nearly spent", cite(["3"]))], id="a-note-call-without-its-note"),
    pytest.param("We read that “the reserve is nearly spent”[1] (para 6.14).\n[1] Page 40.",
                 [("the reserve is nearly spent", cite(["6.14"]))],
                 id="a-citation-after-the-call-comes-first"),
    # A reference back to the place cited last.
    pytest.param("Paragraph 6.14 covers reserves. The same paragraph warns that “the reserve "
                 "is nearly spent”.", [("the reserve is nearly spent", cite(["6.14"]))],
                 id="the-same-paragraph"),
    pytest.param("The same paragraph warns that “the reserve is nearly spent”.",
                 [("the reserve is nearly spent", cite())], id="the-same-paragraph-with-none-before"),
    # A source named in prose before the quotation.
    pytest.param("Members turned to the foreword, which warned that “the council cannot do this "
                 "alone”.", [("the council cannot do this alone", cite(document="foreword"))],
                 id="the-foreword-in-prose"),
    pytest.param("The Mayor pointed, in the letter of 3 March, to “a period of three years”.",
                 [("a period of three years", cite(document="letter of 3 March"))],
                 id="the-letter-in-prose"),
    pytest.param("The Minister's letter promised “a period of three years” in all.",
                 [("a period of three years", cite(document="Minister's letter"))],
                 id="the-ministers-letter-in-prose"),
    pytest.param("A newsletter went out, and a resident wrote “a period of three years”.",
                 [("a period of three years", cite())], id="a-letter-not-the-letter"),
    pytest.param("In a letter to the town clerk, the Minister said the plan was “not credible”.",
                 [("not credible", cite(document="letter to the town clerk"))],
                 id="a-letter-to-someone"),
    pytest.param("Its leadership “treats challenge as disloyalty”, the inspectors wrote in their "
                 "foreword.", [("treats challenge as disloyalty", cite(document="foreword"))],
                 id="the-foreword-named-after-the-quotation"),
    pytest.param("Its leadership “treats challenge as disloyalty”. The foreword is blunt.",
                 [("treats challenge as disloyalty", cite())],
                 id="the-foreword-in-the-next-sentence"),
    # A Leader's statement in the minutes (blind corpus, netherby): the place in an aside after
    # the quotation, or "the same paragraph" / "it goes on" for the place cited last.
    pytest.param("They found “no evidence of fraud” — that's the executive summary — and we "
                 "agree.", [("no evidence of fraud", cite(document="executive summary"))],
                 id="thats-the-executive-summary"),
    pytest.param("“Survey results reflect the views of those who chose to respond” — that's "
                 "the inspectors, in Chapter 1, not me.",
                 [("Survey results reflect the views of those who chose to respond",
                   cite(["1"]))], id="in-chapter-n-after-the-quotation"),
    pytest.param("“Survey results reflect the views of those who chose to respond” — there "
                 "were 1 or 2 replies.",
                 [("Survey results reflect the views of those who chose to respond", cite())],
                 id="no-place-after-the-quotation"),
    pytest.param("At paragraph 8.4 they say it “should not be abandoned”. The site “is important "
                 "to the borough”, as they say in the same paragraph.",
                 [("should not be abandoned", cite(["8.4"])),
                  ("is important to the borough", cite(["8.4"]))],
                 id="the-same-paragraph-after-the-quotation"),
    pytest.param("“We recognise that the council has real strengths,” the report says [report, "
                 "p. 3], and we agree with that.",
                 [("We recognise that the council has real strengths,", cite(pages=[3]))],
                 id="quotation-tag-then-citation-then-more"),
    pytest.param("“We recognise that the council has real strengths,” we said in 2023 (p. 3), "
                 "and we agree.",
                 [("We recognise that the council has real strengths,", cite())],
                 id="the-motions-own-clause-then-a-citation-then-more"),
    pytest.param("Paragraph 3.4 is clear: “We do not suggest that any of these decisions was "
                 "unlawful.” And it goes on, and I quote, “Urgency provisions exist for good "
                 "reason.”", [("We do not suggest that any of these decisions was unlawful.",
                               cite(["3.4"])),
                              ("Urgency provisions exist for good reason.", cite(["3.4"]))],
                 id="it-goes-on"),
    pytest.param("They call the work “welcome steps” and say “progress has been made” (para 90).",
                 [("welcome steps", cite(["90"])), ("progress has been made", cite(["90"]))],
                 id="and-say-is-the-same-speaker"),
    # "a claim" is a noun: no new speaker between the two quotations.
    pytest.param("The Mayor says the council “has turned a corner”, a claim for which the "
                 "report “found no evidence” (para 4.2).",
                 [("has turned a corner", cite(["4.2"])), ("found no evidence", cite(["4.2"]))],
                 id="a-claim-is-no-new-speaker"),
    # A tracked-changes insertion closes round the sentence: "… (para 4.5).]"
    pytest.param("[inserted: That the team “had three interim members” during fieldwork "
                 "(para 4.5).]", [("had three interim members", cite(["4.5"]))],
                 id="sentence-closed-inside-an-insertion"),
    # … or closes right after the inserted quotation, the citation after its bracket (issue
    # 23: larchmere's amended motion, its deletion struck through).
    pytest.param("3. That the reserve ~~'fell to £6.9 million'~~ [inserted: 'fell to £7.9 "
                 "million'] (para 6.1.1).", [("fell to £7.9 million", cite(["6.1.1"]))],
                 id="citation-after-an-insertions-bracket"),
    # A statutory role or a statute is no paragraph of the report (larchmere's council pack).
    pytest.param("The interim Section 151 officer has assured Cabinet that the Council “has a "
                 "credible plan to close the gap”.", [("has a credible plan to close the gap",
                                                       cite())], id="a-section-151-officer"),
    pytest.param("Paragraph 6.2.3 says the Council “has a credible plan”.",
                 [("has a credible plan", cite(["6.2.3"]))], id="a-paragraph-for-contrast"),
    pytest.param("The Council “has a credible plan”, section 114 notices aside.",
                 [("has a credible plan", cite())], id="a-section-114-notice"),
    pytest.param("The fund [inserted: 'fell to £7.9 million'] (para 6.1.1) and is low.",
                 [("fell to £7.9 million", cite(["6.1.1"]))], id="an-insertion-mid-sentence"),
    pytest.param("The fund [note: 'fell to £7.9 million'] (para 6.1.1) and is low.",
                 [("fell to £7.9 million", cite())], id="a-bracket-that-is-no-change"),
    # A footnote marker after the closing mark: the footnote's own line is the citation.
    pytest.param("The review found “reserves fell by a third in two years”[2].\nOther text.\n"
                 "[2] Corporate Peer Challenge of Westford Council, 2024, paragraph 5.3.",
                 [("reserves fell by a third in two years",
                   cite(["5.3"], document="Corporate Peer Challenge of Westford Council, 2024"))],
                 id="bracketed-footnote-marker-and-its-line"),
    pytest.param("They called it “a culture of silence”7 and moved on.\n"
                 "7 Annual Governance Statement 2023/24, page 12",
                 [("a culture of silence", cite(pages=[12],
                                                document="Annual Governance Statement 2023/24"))],
                 id="glued-footnote-number-and-its-line"),
    pytest.param("Officers warned of “a structural gap in every year”[4].\n"
                 "[4] See the discussion at the March meeting.",
                 [("a structural gap in every year", cite())],
                 id="footnote-that-names-no-source-is-no-citation"),
    pytest.param("Council heard “a culture of silence”3 again.\n3 Members voted against it.",
                 [("a culture of silence", cite())],
                 id="numbered-line-that-names-no-document-is-no-footnote"),
    pytest.param("Members read “a culture of silence”3 aloud.\n3 Apologies for absence\n"
                 "3 Staff Survey Report 2024, page 4",
                 [("a culture of silence", cite(pages=[4], document="Staff Survey Report 2024"))],
                 id="footnote-after-a-list-line-with-its-number"),
    # A dated document named as the one that says the words.
    pytest.param("The Minister's letter of 3 March 2025 says: “the council must publish its "
                 "plan within three months”.",
                 [("the council must publish its plan within three months",
                   cite(document="Minister's letter of 3 March 2025"))],
                 id="dated-letter-says"),
    pytest.param("The auditor's report of 14 October states that the authority “has no "
                 "credible savings plan”.",
                 [("has no credible savings plan", cite(document="auditor's report of 14 October"))],
                 id="dated-report-states-that"),
    pytest.param("The report says that the authority “has no credible savings plan”.",
                 [("has no credible savings plan", cite())],
                 id="undated-report-names-no-document"),
    pytest.param("Councillors heard the Minister's letter, in which she said: “the plan is not "
                 "yet credible”", [("the plan is not yet credible",
                                    cite(document="Minister's letter"))],
                 id="letter-in-which-she-said"),
    pytest.param("The letter confirms that “funding will end in March”.",
                 [("funding will end in March", cite(document="letter"))],
                 id="the-letter-confirms"),
    pytest.param("In her letter of 2 May 2025 the Minister said she was “not yet persuaded”.",
                 [("not yet persuaded", cite(document="letter of 2 May 2025"))],
                 id="in-her-dated-letter-the-writer-said"),
    pytest.param("The Secretary of State said that the review “must be completed by June”.",
                 [("must be completed by June", cite(document="Secretary of State"))],
                 id="the-letters-writer-said"),
    pytest.param("In it, the minister says the report “makes for sobering reading”.",
                 [("makes for sobering reading", cite(document="minister"))],
                 id="the-minister-who-signed-the-letter-says"),
    pytest.param("The minister wrote that she was “particularly concerned by the findings”.",
                 [("particularly concerned by the findings", cite(document="minister"))],
                 id="the-minister-wrote-that"),
    pytest.param("The Local Government Minister said the plan was “not yet credible”.",
                 [("not yet credible", cite(document="Local Government Minister"))],
                 id="the-local-government-minister-said"),
    pytest.param("The Secretary of State has decided “to give directions to the council”.",
                 [("to give directions to the council", cite(document="Secretary of State"))],
                 id="the-letters-writer-has-decided"),
    pytest.param("A former minister said the council was “beyond repair”.",
                 [("beyond repair", cite())], id="a-minister-is-not-the-letters-writer"),
    pytest.param("Cllr Shaw's letter to the newspaper said “the council is failing”.",
                 [("the council is failing", cite())],
                 id="a-letter-to-someone-else-is-not-the-subject"),
    pytest.param("The auditors called it “a list of hopes” and noted that “no action has an "
                 "owner” (paragraph 4.2).", [("a list of hopes", cite(["4.2"])),
                                              ("no action has an owner", cite(["4.2"]))],
                 id="and-noted-that-goes-on-with-the-same-speaker"),
    pytest.param("Cllr Ede called it “a list of hopes” and the auditors noted that “no action "
                 "has an owner” (paragraph 4.2).", [("a list of hopes", cite()),
                                                     ("no action has an owner", cite(["4.2"]))],
                 id="a-new-subject-is-a-new-speaker"),
    # A table's "Para" column gives the quotation in its row its paragraph.
    pytest.param("Ref Finding Para Response\n1 “budget reports were late”\n6.2.1 Monthly "
                 "reporting\n2 “no risk register” 6.3 Register adopted",
                 [("budget reports were late", cite(["6.2.1"])),
                  ("no risk register", cite(["6.3"]))], id="para-column-of-a-table"),
    pytest.param("The panel's view was plain. It said “budget reports were late”\n6.2 The "
                 "council accepts this.",
                 [("budget reports were late", cite())], id="a-numbered-paragraph-is-no-column"),
    # The "Ref." column before the quotation's cell (a CMIS response table: theme, paragraph,
    # response, then the inspectors' words), issue 23: each row's number, never the number of
    # a row before it; the paper's own numbered paragraph after the table is no cell.
    pytest.param("4.5 The findings are summarised below.\nTheme Ref. Initial response\n"
                 "Finance 4.1.4 Seven vacancies filled by March.\nInspectors: “the finance team "
                 "is too small”\nDecision-making 2.2.2\nUrgency to need the Chief Executive's "
                 "consent.\nInspectors: “key decisions were taken under urgency”\nHousing\n"
                 "7.1.3\nSurvey brought forward.\nInspectors: “one home in five is not decent”\n"
                 "5.1 The letter says the intervention “is meant to help the council”.",
                 [("the finance team is too small", cite(["4.1.4"])),
                  ("key decisions were taken under urgency", cite(["2.2.2"])),
                  ("one home in five is not decent", cite(["7.1.3"])),
                  ("is meant to help the council", cite(document="letter"))],
                 id="ref-column-before-the-quotation"),
    pytest.param("Indicator\nRef.\nMeetings of the committee in 2024 5.2.1\nReport: “two "
                 "meetings were not quorate”\nCall-ins since 2021 5.1.2\nNine, none changing "
                 "the decision\n4.1 Members noted that it was “a weak year”.",
                 [("two meetings were not quorate", cite(["5.2.1"])), ("a weak year", cite())],
                 id="ref-column-number-ending-its-row-label"),
    # A bare number after a word that points at it, or after a name with no comma between.
    pytest.param("It said “reserves fell” (see 4.1.2) and “trust is low” (ref 3.2).",
                 [("reserves fell", cite(["4.1.2"])), ("trust is low", cite(["3.2"]))],
                 id="see-or-ref-before-a-bare-number"),
    pytest.param("It said “reserves fell” (Inspection report at 4.1.2).",
                 [("reserves fell", cite(["4.1.2"]))], id="a-generic-name-at-a-bare-number"),
    pytest.param("It said “reserves fell” (BVI 4.1.2).",
                 [("reserves fell", cite(["4.1.2"], document="BVI"))],
                 id="a-name-then-a-bare-number-without-a-comma"),
    pytest.param("It said “reserves fell” (5.1.2 and 5.1.3).",
                 [("reserves fell", cite(["5.1.2", "5.1.3"]))], id="a-list-is-no-name"),
    # A superscript footnote marker, after the closing mark or after the sentence's stop; its
    # footnote opening with the superscript or the plain digit (Word's text pasted).
    pytest.param("It said “reserves fell”¹ and “trust is low”.²\n\n¹ Best Value Inspection "
                 "report, paragraph 4.1.2.\n2 Best Value Inspection report, paragraph 3.2.",
                 [("reserves fell", cite(["4.1.2"])), ("trust is low", cite(["3.2"]))],
                 id="superscript-footnote-markers"),
    pytest.param("It said “reserves fell”.[3]\n\n[3] Best Value Inspection report, page 9.",
                 [("reserves fell", cite(pages=[9]))], id="a-bracketed-marker-after-the-stop"),
    pytest.param("It said “reserves fell”. 1 Apologies were received.",
                 [("reserves fell", cite())], id="a-digit-after-the-stop-is-no-marker"),
    # An executive summary's paragraph by its label, or by its order in the summary.
    pytest.param("It found “decisions were rushed” (ES3) and “no one was accountable” "
                 "(para ES.4).", [("decisions were rushed", cite(["ES3"])),
                                  ("no one was accountable", cite(["ES4"]))],
                 id="executive-summary-labels"),
    pytest.param("It found “decisions were rushed” (para 2 of the executive summary).",
                 [("decisions were rushed", cite(["2"], document="executive summary"))],
                 id="a-paragraph-of-the-executive-summary"),
    pytest.param("It found “decisions were rushed” (es 4).", [("decisions were rushed", cite())],
                 id="es-in-lower-case-is-no-label"),
    # issue 21: the nearer of two places before the quotation; a cue after it
    pytest.param("There is no paragraph 5.16; the words are from 5.14, which says “costs rose”.",
                 [("costs rose", cite(["5.14"]))], id="the-nearer-place-before"),
    pytest.param("He quoted “costs rose” at Cabinet, citing paragraph 4.7.",
                 [("costs rose", cite(["4.7"]))], id="citing-after-the-words"),
    pytest.param("Costs rose (para 4.7).\n\nIt goes on to say “costs rose”.",
                 [("costs rose", cite())], id="the-place-cited-last-not-across-a-blank-line"),
    pytest.param("“Costs rose.” – BVI report, para 4.7", [("Costs rose.", cite(["4.7"]))],
                 id="after-a-dash-the-report-then-its-place"),
    pytest.param("They found “no fraud” — that's the executive summary — and “no impropriety” "
                 "— that's paragraph 7.4 — in the scheme.",
                 [("no fraud", cite(document="executive summary")),
                  ("no impropriety", cite(["7.4"]))], id="a-place-named-between-two-quotations"),
    pytest.param("“It is weak” - Cllr Jones, page 4 of his blog",
                 [("It is weak", cite(pages=[4], document="Cllr Jones"))],
                 id="after-a-dash-another-source-is-not-the-report"),
    pytest.param("“I am minded to act” (Minister's letter, 12.11.24).",
                 [("I am minded to act", cite(document="Minister's letter, 12.11.24"))],
                 id="a-letters-date-with-stops-is-no-paragraph"),
    pytest.param("They found “costs rose”.¹\n\n1. Best Value Inspection report, paragraph 4.7.",
                 [("costs rose", cite(["4.7"]))], id="a-note-numbered-with-a-stop"),
    pytest.param("They found “costs rose”.2\n\nNotes\n1 Letter, 12 November 2024\n"
                 "2 BVI report, paragraph 4.7", [("costs rose", cite(["4.7"]))],
                 id="a-note-call-that-lost-its-superscript"),
    pytest.param("They found “costs rose”(1).\n\n(1) BVI report, paragraph 4.7",
                 [("costs rose", cite(["4.7"]))], id="a-note-call-in-round-brackets"),
    pytest.param("They found “costs rose” (A3).", [("costs rose", cite(["A.3"]))],
                 id="an-annex-label-alone"),
    # by order in words: a quotation's source (find_citations, for claims, leaves them)
    pytest.param("He is “minded to act” (letter, second paragraph).",
                 [("minded to act", cite(["2"], document="letter"))],
                 id="letter-paragraph-by-ordinal"),
    pytest.param("As the third recommendation has it, the council “should act”.",
                 [("should act", cite(["R3"]))], id="recommendation-by-ordinal"),
    pytest.param("Finding Report section Action\nGovernance 2.1.2\nA new protocol.\n"
                 "Inspectors: “decision-making has become concentrated”\nFinance 4.1.2"
                 "\nInspectors: “reserves fell”",
                 [("decision-making has become concentrated", cite(["2.1.2"])),
                  ("reserves fell", cite(["4.1.2"]))], id="report-section-column"),
    pytest.param("Theme Ref. Response\nThe balance fell to 4.5 in 2024 and the panel said "
                 "“reserves are low”.",
                 [("reserves are low", cite())], id="a-figure-in-prose-is-no-ref-cell"),
    # issue 23: the number first, the report named after it
    pytest.param("They found “weak scrutiny” (3.4 of the report).",
                 [("weak scrutiny", cite(["3.4"]))], id="number-of-the-report"),
    pytest.param("They found “weak scrutiny” (3.4, BVI).", [("weak scrutiny", cite(["3.4"]))],
                 id="number-comma-bvi"),
    pytest.param("They found “weak scrutiny” (3.4 Best Value Inspection report).",
                 [("weak scrutiny", cite(["3.4"]))], id="number-then-the-report-by-name"),
    # … or the place after the words as what says them
    pytest.param("“Scrutiny is weak”, says paragraph 3.4.", [("Scrutiny is weak", cite(["3.4"]))],
                 id="says-paragraph-after"),
    # the paper's own paragraphs, numbered as the report's are (issue 23): no citation
    pytest.param("3.1 The inspectors found “weak scrutiny” (see paragraph 2.3 above).",
                 [("weak scrutiny", cite())], id="the-papers-own-paragraph-above"),
    pytest.param("As set out in paragraph 2.3 of this report, the inspectors found “weak "
                 "scrutiny”.", [("weak scrutiny", cite())],
                 id="the-papers-own-paragraph-of-this-report"),
    pytest.param("As paragraph 2.3 of the report says, the inspectors found “weak scrutiny”.",
                 [("weak scrutiny", cite(["2.3"]))], id="the-reports-paragraph-is-kept"),
    # a place the sentence compares with or answers, before the words, and the bracket
    # closing the sentence (issue 23: "goes further than R6" taken as the citation, `wrong`)
    pytest.param("The report goes further than R6, saying the committee needs “an independent "
                 "member” to do its work (paragraph 5.7).",
                 [("an independent member", cite(["5.7"]))], id="further-than-a-place"),
    pytest.param("In response to Recommendation 6, the inspectors said it “should appoint an "
                 "independent member” (paragraph 5.3).",
                 [("should appoint an independent member", cite(["5.3"]))],
                 id="in-response-to-a-recommendation"),
    pytest.param("In response to Recommendation 6, the council has agreed to “appoint an "
                 "independent member”.", [("appoint an independent member", cite(["R6"]))],
                 id="in-response-to-and-nothing-else"),
])
def test_citation_attached_to_quotation(text, expected):
    assert cited(text) == expected


# A letter named as speaking in an earlier sentence of the passage is carried to a quotation
# with no citation of its own, marked so (it only confirms: verifier.judging.check); the report
# is not carried, nor a letter across a blank line.
@pytest.mark.parametrize("text, expected", [
    pytest.param("In his letter of 15 October 2026 the Secretary of State said that he was "
                 "“minded to act”. He proposes three commissioners. The Council was invited to "
                 "make “representations by 5 November”.",
                 [("minded to act", "letter of 15 October 2026", False),
                  ("representations by 5 November", "Secretary of State", True)],
                 id="the-letter-named-two-sentences-before"),
    pytest.param("The report says the council is failing. Members said it was “a wake-up call”.",
                 [("a wake-up call", None, False)], id="the-report-is-not-carried"),
    pytest.param("The Secretary of State's letter says he is minded to act.\n\nResidents told "
                 "us it was “a wake-up call”.", [("a wake-up call", None, False)],
                 id="not-across-a-blank-line"),
    pytest.param("The Secretary of State's letter says he is minded to act. The inspectors "
                 "found “scrutiny is weak” (para 5.1).",
                 [("scrutiny is weak", None, False)], id="a-citation-of-its-own-first"),
    pytest.param("- The Secretary of State wrote: “they found insufficient evidence” (Letter "
                 "from SoS to CEX 12/11/24)\n- We note that “call-in powers were used twice”.",
                 [("they found insufficient evidence", "Letter from SoS to CEX 12/11/24", False),
                  ("call-in powers were used twice", None, False)],
                 id="not-across-a-list-item"),
    # issue 21: the letter a quotation before cited by name, carried to the next
    pytest.param("He says he is “minded to act” (Letter from SoS to CEX 12/11/24), and “I invite "
                 "representations”.",
                 [("minded to act", "Letter from SoS to CEX 12/11/24", False),
                  ("I invite representations", "Letter from SoS to CEX 12/11/24", True)],
                 id="the-letter-cited-for-the-quotation-before"),
    pytest.param("The same letter calls the report “sobering”.", [("sobering", "letter", False)],
                 id="the-same-letter"),
    # issue 21: another document given as the words' source is their citation (not indexed:
    # unverifiable), not the report uncited
    pytest.param("A Ministry press notice issued with the report said it took “large risks”.",
                 [("large risks", "Ministry press notice", False)], id="a-press-notice"),
    pytest.param("According to the draft report seen by the paper, the team “lost five posts”.",
                 [("lost five posts", "draft report", False)], id="a-draft-report"),
    pytest.param("The deadline for “representations by 5pm” is in the letter.",
                 [("representations by 5pm", "letter", True)], id="named-after-the-words"),
])
def test_a_letter_named_earlier_is_carried(text, expected):
    assert [(q.text, q.citation.document, q.citation.carried)
            for q in find_quotations(text)] == expected


def test_attached_citation_keeps_its_span():
    text = "· “The lack of trust is worrying.” (Sections 10.17 and 5.120)"
    citation = find_quotations(text)[0].citation
    assert text[citation.start:citation.end] == citation.text == "Sections 10.17 and 5.120"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Inspectors said “managers bring useful skills” and residents will pay the price "
                 "(Section 4.36).", [("managers bring useful skills", ("4.36",), True)],
                 id="closing-the-sentence-after-own-words"),
    pytest.param("Inspectors said “managers bring useful skills” and residents will pay the price "
                 "(Section 4.36). We agree.", [("managers bring useful skills", ("4.36",), True)],
                 id="closing-the-sentence-before-the-next"),
    pytest.param("Inspectors said “managers bring useful skills” and residents will pay (Section "
                 "4.36), as we warned.", [("managers bring useful skills", (), False)],
                 id="mid-sentence-bracket-is-not-its-citation"),
    pytest.param("Inspectors said “managers bring useful skills” (Section 4.36) and more.",
                 [("managers bring useful skills", ("4.36",), False)],
                 id="right-after-is-its-own"),
    pytest.param("Cllr Lee said “this is damning” while the board said “it is fine” (para 3.4).",
                 [("this is damning", (), False), ("it is fine", ("3.4",), False)],
                 id="not-across-another-quotation"),
    # Words that only finish the quotation's phrase: the citation is the quotation's own.
    pytest.param("It urged “a named lead for each action” within the council (Recommendation 3).",
                 [("a named lead for each action", ("R3",), False)],
                 id="a-phrase-finishing-the-quotation"),
    pytest.param("It urged “a named lead for each action”, and members agreed (Recommendation 3).",
                 [("a named lead for each action", ("R3",), True)], id="a-clause-of-its-own"),
    # "… and that “B” (para 84)": the citation may be the second statement's alone.
    pytest.param("He said the unit “has one officer” and that “it lacks resources” (para 84).",
                 [("has one officer", ("84",), True), ("it lacks resources", ("84",), False)],
                 id="a-new-reported-clause"),
    pytest.param("• [added: that a resident called the service “slow and confusing”, a view the "
                 "survey shared (para 6.2);]", [("slow and confusing", ("6.2",), True)],
                 id="closing-an-amendments-inserted-bracket"),
    # issue 21: a citation listing places after a later sentence of the passage
    pytest.param("The inspectors found “reserves fell”. They also found “reports are late”. "
                 "(paras 3.1, 3.3)", [("reserves fell", ("3.1", "3.3"), True),
                                      ("reports are late", ("3.1", "3.3"), False)],
                 id="several-places-cited-after-the-passage"),
    pytest.param("The inspectors found “reserves fell”. They also found “reports are late” "
                 "(para 3.3).", [("reserves fell", (), False),
                                 ("reports are late", ("3.3",), False)],
                 id="one-place-after-a-later-sentence-is-that-sentences"),
    # issue 21: a bracket earlier in the sentence may back the motion's words before it
    pytest.param("Reserves are low (para 3.1), and the inspectors add that “call-in is unused”.",
                 [("call-in is unused", ("3.1",), True)], id="a-bracket-earlier-in-the-sentence"),
    # … and a speech's citation after a later sentence, an earlier fragment's only if right
    pytest.param("He said: “They call it ‘chaotic’. That is unfair. They accept it is ‘improving’ "
                 "(para 2.2).\n\nWe disagree.",
                 [("They call it ‘chaotic’. That is unfair. They accept it is ‘improving’",
                   ("2.2",), False), ("chaotic", ("2.2",), True), ("improving", ("2.2",), False)],
                 id="a-speechs-citation-after-a-later-sentence"),
])
def test_a_citation_after_the_motions_own_words_is_marked(text, expected):
    assert [(q.text, q.citation.sections, q.citation.after_clause)
            for q in find_quotations(text)] == expected


def test_a_citation_going_on_in_the_sentence_only_confirms():
    """"“A” (Section 4.5) and that “B”": A's own citation, B's carried (it counts only where
    B's words are: verifier.judging.check)."""
    first, second = find_quotations("The report notes that “no credible plan” (Section 4.5) and "
                                    "that “we recommend a plan”.")
    assert not first.citation.carried and second.citation.carried


# A list's lead naming its place in a closing bracket, no colon (issue 23: an officer's paper,
# "3.1 Governance (paragraph 3.4 of the report)" over "(a) “…”", "(b) “…”"): each item's place
# where its words are (`carried`), never a wrong citation; a lead with a colon cites each item.
@pytest.mark.parametrize("text, expected", [
    pytest.param("3.1 Governance (paragraph 3.4 of the report)\n(a) “Trust has broken down.”\n"
                 "(b) the concern that “staff are worried”\n",
                 [("Trust has broken down.", ("3.4",), True), ("staff are worried", ("3.4",), True)],
                 id="lead-ending-in-its-place"),
    pytest.param("3.1 The inspectors found at paragraph 3.4:\n(a) “Trust has broken down.”\n",
                 [("Trust has broken down.", ("3.4",), False)], id="lead-ending-in-a-colon"),
    pytest.param("3.1 Governance (paragraph 3.4 of the report)\n\nMembers said:\n"
                 "(a) “Trust has broken down.”\n", [("Trust has broken down.", (), False)],
                 id="not-across-another-lead"),
    pytest.param("Staff were consulted (see Appendix B)\n- “Trust has broken down.”\n",
                 [("Trust has broken down.", (), False)], id="a-lead-naming-another-document"),
])
def test_a_lists_lead_with_its_place(text, expected):
    assert [(q.text, q.citation.sections, q.citation.carried)
            for q in find_quotations(text)] == expected


# The bracket closing the sentence before, in the same paragraph, no quotation of its own there
# (issue 23: "… removed (paragraph 2.7). The report's actual words are that the warnings “…”"
# came back `missing`): the quotation's place where its words are (`carried`), never wrong.
@pytest.mark.parametrize("text, expected", [
    pytest.param("The report records that the warnings were removed (paragraph 2.7). Its actual "
                 "words are that they “were softened between drafts”.",
                 [("were softened between drafts", ("2.7",), True)], id="the-sentence-before"),
    pytest.param("The inspectors said it “was weak” (paragraph 6.3). They added that “the "
                 "warnings were softened between drafts”.",
                 [("was weak", ("6.3",), False), ("the warnings were softened between drafts", (),
                                                  False)],
                 id="not-another-quotations-citation"),
    pytest.param("Reserves fell (paragraph 6.3).\n\nThe report says “Trust has broken down "
                 "between the key groups”.", [("Trust has broken down between the key groups", (),
                                               False)], id="not-across-a-blank-line"),
])
def test_a_place_closing_the_sentence_before_is_carried(text, expected):
    assert [(q.text, q.citation.sections, q.citation.carried)
            for q in find_quotations(text)] == expected
