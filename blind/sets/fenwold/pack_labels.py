#!/usr/bin/env python3
"""Write pack-council.labels.json and pack-audit.labels.json from the quotation list below.
Each quotation's pack page is found by reading the built pack (pdftotext), within its item's
pages: the n-th page of the item (occ) on which the quotation's opening words stand."""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as cl

REPORT_TITLE = "Best Value Inspection of Fenwold District Council"
LETTER_TITLE = json.loads((HERE / "letter.json").read_text())["title"]
SOURCES = [{"pdf": "report.pdf", "title": REPORT_TITLE, "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER_TITLE, "role": "letter",
            "alias": "Letter from the Minister to the Leader, 14/10/26"}]
FURNITURE = [r"^\s*Page \d+\s*$", r"^\s*Page \d+ of \d+\s*$", r"^\s*Agenda Item \d+\s*$"]


def Q(text, item, verdict, citation=None, section=None, source="report", cited=(), kind="exact",
      note="", strict=True, source_text=None, context_dropped=None, cited_document=None, occ=1,
      cited_pages=()):
    return {"text": text, "item": item, "verdict": verdict if isinstance(verdict, list) else [verdict],
            "citation": citation if isinstance(citation, list) else [citation] if citation else [],
            "section": section, "source": source if section or verdict == "not_found" else source,
            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
            "source_text": source_text, "context_dropped": context_dropped, "kind": kind,
            "strict": strict, "note": note, "_occ": occ, "concerns": True}


def NC(text, item, note, occ=1):
    return {"text": text, "item": item, "concerns": False, "verdict": [], "citation": [],
            "section": None, "source": None, "cited": [], "kind": "other_document",
            "strict": True, "note": note, "_occ": occ}


V, OK, MISS, WRONG = "verbatim", "correct", "missing", "wrong"
L = "letter"

COUNCIL = [
    NC("a greener, fairer and more prosperous Fenwold", "3", "the council's Corporate Plan 2024-28"),
    NC("We the undersigned call on Fenwold District Council to reopen the public toilets in Skelby Fen market place, which have been closed since March 2025.", "3", "a residents' petition"),
    NC("the preferred option for buildings of local significance where a sustainable community organisation is able to take them on", "3", "the council's Asset Management Strategy"),
    NC("This Council notes with concern the withdrawal of the 57 bus service between Skelby Fen and Wrangby, and calls on Lincolnshire County Council to work with operators to restore a daily service.", "3", "a motion on rural buses"),
    NC("no speech shall exceed five minutes except by consent of the Council", "3", "Council Procedure Rule 15.5"),
    NC("openly and constructively", "3", "the Leader's words at the September meeting, before the report was published"),
    Q("unless the council acts quickly, its usable general fund reserve will be exhausted during 2027/28", "5", V, OK, "3", cited=["3"], note="executive summary paragraph 3, cited as paragraph 3"),
    Q("council tax collection remains good", "5", V, MISS, "7", note="paragraph 7, no citation"),
    Q("will pay for itself once the homes are built", "5", V, OK, "65", cited=["65"], kind="attribution_kept", note="the Leader's words as the report records them; the question keeps the attribution"),
    Q("seen no financial model that supports that statement", "5", V, [OK, MISS], "65", cited=["65"], strict=False, note="the sentence's citation of paragraph 65 covers both quotations"),
    Q("reflect genuine problems with the site and with construction inflation", "5", V, OK, "60", cited=["60"], note="paragraph 60"),
    Q("the company has capitalised interest of £2.4 million which it has not paid to the council", "5", V, MISS, "52", note="paragraph 52; the questioner's £26.2 million for the loans (the report: £22.6 million) is outside the marks"),
    Q("felt their work was not valued by members", "5", V, OK, "80", cited=["80"], note="paragraph 80"),
    Q("no five-year land supply", "5", "paraphrase", MISS, "79", kind="reworded",
      source_text="The council does not currently have a five-year supply of land for housing.",
      note="paragraph 79 says the council does not have a five-year supply of land; the quoted words are not the report's"),
    NC("presumption in favour of sustainable development", "5", "the National Planning Policy Framework"),
    # item 6: Chief Executive's report
    Q("failing to comply with its Best Value duty", "6", V, OK, "2", cited=["2"], note="paragraph 2"),
    Q("are not confined to one service or one decision", "6", V, [MISS, OK], "2", strict=False,
      note="paragraph 2; the citation '(paragraph 2)' stands after the previous quotation in the sentence"),
    Q("to prepare and agree an improvement and recovery plan within six months", "6", V, OK, "4", source=L,
      cited_document=L, note="letter paragraph 4, introduced as 'The letter states'"),
    Q("the council cannot put things right on its own", "6", V, OK, "5", source=L, cited_document=L,
      note="letter paragraph 5, cited as (Minister's letter, 14 October 2026)"),
    Q("has fallen from £9.8 million in March 2022 to £3.4 million in March 2025", "6", V, WRONG, "3", cited=["43"],
      strict=False, kind="wrong_paragraph",
      note="the words are paragraph 3's; paragraph 43 gives the same figures in other words ('stood at £9.8 million at 31 March 2022')"),
    Q("that we consider unsustainable for a council of this size", "6", V, OK, "51", cited=["51"], note="paragraph 51"),
    Q("were not told of the scale of the overspend until the forecast had passed £25 million", "6", "misquote", OK, "4",
      cited=["4"], kind="figure_changed",
      source_text="Members were not told of the scale of the overspend until the forecast had passed £27 million.",
      note="£27 million in the report, £25 million in the quotation"),
    Q("Fourteen of them [the variations] were approved by a single officer, and eight of those were above the £250,000 threshold…", "6",
      "minor", OK, "59", cited=["59"], kind="insertion_and_ellipsis",
      source_text="Fourteen of them were approved by a single officer, and eight of those were above the £250,000 threshold for which the financial procedure rules require Cabinet approval.",
      note="a bracketed gloss and a marked cut at the end"),
    Q("the company has not filed its accounts for 2024 on time", "6", V, WRONG, "61", cited=["62"], kind="wrong_paragraph",
      note="the words are paragraph 61's, cited as paragraph 62"),
    Q("a pattern of decisions taken by a small group of people, with too little information, too little challenge and too little record", "6",
      V, OK, "6", cited=["6"], note="paragraph 6"),
    Q("do not feel safe to raise concerns", "6", ["paraphrase", "misquote"], OK, "25", cited=["25"], kind="reworded", strict=False,
      source_text="47% said that they did not feel able to raise concerns without fear of the consequences",
      note="paragraph 25 reports that 47% did not feel able to raise concerns; 'staff do not feel safe' is the officer's rewording, and it drops the proportion"),
    Q("a serious failing", "6", V, OK, "28", cited=["28"], note="paragraph 28"),
    Q("has not been effective", "6", V, MISS, "74", note="paragraph 74, not cited"),
    Q("frontline staff are committed and many are proud of the work they do", "6", V, OK, "7", cited=["executive summary"],
      note="paragraph 7 sits in chapter 1, the executive summary"),
    Q("remains good", "6", V, MISS, "7", note="paragraph 7"),
    Q("clear-sighted about the scale of the council's problems", "6", V, OK, "30", cited=["30"],
      note="paragraph 30 ('We found her to be clear-sighted ...')"),
    NC("not less than £2.5 million", "6", "the council's Medium Term Financial Strategy 2026-2030"),
    Q("restore the general fund reserve to at least £5 million by March 2029", "6", V, OK, "R1", cited=["R1"],
      note="Recommendation 1, named in the sentence"),
    NC("a best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness", "6",
       "section 3(1) of the Local Government Act 1999; the report's paragraph 10 echoes the Act's words, but this quotation is of the Act"),
    NC("have due regard to the need to eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under this Act", "6",
       "section 149 of the Equality Act 2010"),
    Q("will be exhausted during 2027/28", "6", V, MISS, "3", note="paragraph 3"),
    NC("at risk of exhaustion within three years", "6", "the external auditor's report in the public interest (November 2025), not a source"),
    # Appendix A: representations
    Q("the report makes difficult reading", "6", V, OK, "2", source=L, cited_document=L,
      note="letter paragraph 2 ('in the words of the Minister's letter')"),
    Q("these matters should not wait", "6", V, OK, "7", source=L, cited_document=L, note="letter paragraph 7"),
    Q("the new Chief Executive has begun to address", "6", V, OK, "40", cited=["40"], note="paragraph 40"),
    Q("have been encouraged by the candour of many of those we met, and by the early actions of the new Chief Executive", "6",
      V, OK, "96", cited=["96"], note="paragraph 96"),
    Q("do not suggest that any member or officer has acted dishonestly or for personal gain", "6", V, OK, "6", cited=["6"],
      kind="denial_kept", note="paragraph 6, with its denial kept"),
    Q("make no finding about the conduct of any individual", "6", V, OK, "100", cited=["100"], note="paragraph 100"),
    Q("we accept that these factors are real", "6", ["out_of_context", V], OK, "86", cited=["86"], strict=False,
      kind="qualification_dropped", context_dropped="They do not explain the governance failures we describe.",
      source_text="We accept that these factors are real. They do not explain the governance failures we describe.",
      note="the words are exact, but used to argue that external pressures explain the failures; the next sentence of paragraph 86 denies that"),
    Q("an effective advocate for Fenwold with government and with the county council", "6", ["out_of_context", V], OK, "17",
      cited=["17"], strict=False, kind="attribution_dropped", context_dropped="Partners told us that",
      source_text="Partners told us that he is accessible and that he has been an effective advocate for Fenwold with government and with the county council.",
      note="presented as the inspectors' finding; paragraph 17 reports what partners told them"),
    Q("whether the council could be supported through peer challenge and sector support alone", "6", V, OK, "90", cited=["90"],
      kind="context_kept", note="the letter says the inspectors 'considered' it, which is what paragraph 90 says"),
    Q("would expect the first functions to be capable of return within two years", "6", ["out_of_context", V], OK, "92",
      cited=["92"], strict=False, kind="condition_dropped", context_dropped="subject to progress",
      source_text="We would expect the first functions to be capable of return within two years, subject to progress.",
      note="the condition 'subject to progress' is cut, and the words are used to ask for an earlier review"),
    # Appendix B: action plan table
    Q("restore the general fund reserve to at least £5 million by March 2029", "6", V, OK, "R1", cited=["R1"], occ=2,
      kind="table_cell", note="table cell, '(Recommendation 1)'"),
    Q("An independent valuation of the remaining Quayside land", "6", V, [OK, MISS], "R2", cited=["R2"], strict=False,
      kind="table_cell", note="table cell; the only reference is the row's 'R2'"),
    Q("appoint at least one independent non-executive director", "6", V, OK, "R3", cited=["R3"], kind="table_cell", note="R3"),
    Q("the thresholds for approval are consistent", "6", V, OK, "R4", cited=["R4"], kind="table_cell", note="R4"),
    Q("end the use of informal meetings as a forum for shaping decisions", "6", V, OK, "R5", cited=["R5"], kind="table_cell", note="R5"),
    Q("make the Monitoring Officer a full-time post", "6", V, [WRONG, OK], "R6", cited=["R7"], strict=False, kind="table_cell",
      note="the words are Recommendation 6's; the cell cites Recommendation 7 (the row is headed R6)"),
    Q("appoint at least two independent members", "6", V, [OK, MISS], "R7", cited=["R7"], strict=False, kind="table_cell",
      note="table cell; the only reference is the row's 'R7'"),
    Q("clear the backlog of complaints by March 2028", "6", "misquote", OK, "R8", cited=["R8"], kind="table_cell_date_changed",
      source_text="clear the backlog of complaints by March 2027", note="March 2027 in Recommendation 8"),
    Q("with measurable targets and regular reports to members", "6", V, OK, "R9", cited=["R9"], kind="table_cell", note="R9"),
    Q("publish a complete contracts register within twelve months", "6", "misquote", OK, "R10", cited=["R10"],
      kind="table_cell_figure_changed", source_text="publish a complete contracts register within six months",
      note="six months in Recommendation 10"),
    Q("passed to the senior officers whose conduct they concerned", "6", V, OK, "28", cited=["28"], kind="table_cell", note="para 28"),
    Q("the council could provide only 27 of the 41", "6", V, OK, "39", cited=["39"], kind="table_cell", note="para 39"),
    Q("61% of major applications were decided within the statutory period", "6", V, OK, "78", cited=["78"], kind="table_cell",
      note="para 78; the report goes on 'or an agreed extension'", strict=False),
    Q("from 88% in 2021/22", "6", V, OK, "84", cited=["84"], kind="table_cell", note="para 84"),
    # item 7: motion
    Q("failing to comply with its Best Value duty", "7", V, OK, "2", cited=["2"], kind="repeated", note="paragraph 2"),
    Q("was managed outside the council's normal governance for most of its life", "7", V, OK, "4", cited=["4"], note="paragraph 4"),
    Q("run from the Leader's office, and everyone else finds out afterwards", "7", "out_of_context", OK, "19", cited=["19"],
      kind="attribution_dropped", context_dropped="One officer told us that the council was",
      source_text="One officer told us that the council was \"run from the Leader's office, and everyone else finds out afterwards\".",
      note="one officer's words, presented as the inspectors' finding"),
    Q("the Leader set out to exclude colleagues", "7", "out_of_context", OK, "21", cited=["21"], kind="negation_dropped",
      context_dropped="We do not consider that",
      source_text="We do not consider that the Leader set out to exclude colleagues.",
      note="paragraph 21 denies it"),
    Q("nearly half of all staff are afraid to speak up", "7", "not_found", WRONG, None, source=None, cited=["25"], kind="invented",
      note="paragraph 25 gives 47% who did not feel able to raise concerns; these words are nowhere in the report"),
    Q("£12.7 million or 69%", "7", V, OK, "57", cited=["57"], note="paragraph 57"),
    Q("the council cannot demonstrate that it obtained value for money", "7", V, WRONG, "68", cited=["67"], kind="wrong_paragraph",
      note="paragraph 68, cited as 67"),
    Q("the Secretary of State has a duty to act", "7", V, OK, "5", source=L, cited_document=L,
      note="letter paragraph 5, cited as (Letter from the Minister to the Leader, 14/10/26)"),
    NC("shall not of itself remove the Leader from office", "7", "Council Procedure Rule 14.6"),
    # item 8: amendment (strike-through lost: deleted words still printed)
    Q("failing to comply with its Best Value duty", "8", V, OK, "2", cited=["2"], kind="repeated", note="paragraph 2, as in the motion"),
    Q("was managed outside the council's normal governance for most of its life", "8", V, OK, "4", cited=["4"], kind="repeated",
      note="paragraph 4, as in the motion"),
    Q("run from the Leader's office, and everyone else finds out afterwards", "8", "out_of_context", OK, "19", cited=["19"],
      kind="repeated_struck", context_dropped="One officer told us that the council was",
      source_text="One officer told us that the council was \"run from the Leader's office, and everyone else finds out afterwards\".",
      note="the motion's line, struck through by the amendment but printed"),
    Q("We do not consider that the Leader set out to exclude colleagues", "8", V, OK, "21", cited=["21"], kind="denial_restored",
      note="the amendment restores the report's words"),
    Q("the Leader set out to exclude colleagues", "8", "out_of_context", OK, "21", cited=["21"], kind="repeated_struck",
      context_dropped="We do not consider that", source_text="We do not consider that the Leader set out to exclude colleagues.",
      note="the motion's struck line, printed before the inserted correction"),
    Q("nearly half of all staff are afraid to speak up", "8", "not_found", WRONG, None, source=None, cited=["25"],
      kind="repeated_struck", note="the motion's invented words, struck through but printed"),
    Q("£12.7 million or 69%", "8", V, OK, "57", cited=["57"], kind="repeated", note="paragraph 57"),
    Q("the council cannot demonstrate that it obtained value for money", "8", V, [OK, WRONG], "68", cited=["67", "68"],
      strict=False, kind="citation_corrected", note="'(paragraph 67 [inserted: 68])': the strike-through of 67 is lost, so both are printed"),
    Q("acted dishonestly or for personal gain", "8", V, OK, "6", cited=["6"], kind="denial_kept",
      note="'found no evidence that any member or officer had ...' keeps the sense of paragraph 6"),
    Q("there are strengths on which to build", "8", V, OK, "7", cited=["7"], note="paragraph 7"),
    Q("construction inflation, reductions in government funding and the cost of the pandemic", "8", ["out_of_context", V], OK, "86",
      cited=["86"], strict=False, kind="attribution_dropped",
      context_dropped="the Leader and some Cabinet members told us that the council's difficulties were largely the result of external factors",
      source_text="However, the Leader and some Cabinet members told us that the council's difficulties were largely the result of external factors: construction inflation, reductions in government funding and the cost of the pandemic.",
      note="the Leader's account, presented as what the inspectors found; they accept the factors are real but say they do not explain the failures"),
    Q("the Secretary of State has a duty to act", "8", V, OK, "5", source=L, cited_document=L, kind="repeated", note="letter paragraph 5"),
    Q("continue the work it has begun", "8", V, [OK, MISS], "7", source=L, cited_document=L, strict=False,
      note="letter paragraph 7; 'her request' refers back to the Minister's letter cited in the same sentence"),
    # item 9: members' questions
    NC("openly and constructively", "9", "the Leader's words at the September meeting (repeated from item 3)"),
    Q("subject to robust oversight through Cabinet and the Audit and Standards Committee", "9", V, OK, "63", cited=["63"],
      kind="attribution_kept", note="the council's submission, as paragraph 63 quotes it; the question says so"),
    Q("found no report on the company's performance to the Audit and Standards Committee in the period we examined", "9", V, OK, "63",
      cited=["63"], note="paragraph 63"),
    Q("six of the 14 posts", "9", V, OK, "53", cited=["53"], note="paragraph 53"),
    Q("has been given the resources it needs", "9", "out_of_context", OK, "54", cited=["54"], kind="negation_dropped",
      context_dropped="We do not consider that",
      source_text="We do not consider that the finance function has been given the resources it needs to support a council with the financial risks that Fenwold now carries.",
      note="the question drops the denial; the answer points it out"),
    Q("the capacity to make the changes needed on its own and within a reasonable time", "9", V, OK, "8", cited=["executive summary"],
      kind="negation_kept", note="'does not have' keeps paragraph 8's 'We do not consider that the council has'"),
    Q("52% in 2024/25", "9", V, MISS, "81", note="paragraph 81"),
    Q("fewer than one in five", "9", V, MISS, "25", note="paragraph 25"),
]

AUDIT = [
    NC("do not yet provide the assurance that members and the public are entitled to expect", "3", "the Auditor's Annual Report 2024/25"),
    NC("present a true and fair view of the financial position", "3", "the Accounts and Audit Regulations 2015, as paraphrased in the minutes"),
    NC("did not meet between November 2023 and May 2024, a period in which four variations were approved", "3", "internal audit's Quayside report"),
    NC("treat local authority employees, employees and representatives of partner organisations and those volunteering for the local authority with respect", "3", "the Members' Code of Conduct"),
    Q("failing to comply with its Best Value duty", "4", V, MISS, "2", note="paragraph 2, not cited here"),
    Q("The Audit and Standards Committee has not been effective", "4", V, OK, "74", cited=["74"], note="paragraph 74"),
    Q("four of those meetings were inquorate or cancelled, including the meeting at which the external auditor's report on 2022/23 was due to be considered", "4",
      V, [MISS, OK], "74", strict=False, note="paragraph 74, cited in the sentence before"),
    Q("has no independent member, contrary to the guidance issued by CIPFA", "4", V, OK, "75", cited=["75"], note="paragraph 75"),
    Q("under an hour", "4", V, [OK, MISS], "75", cited=["75"], strict=False, note="paragraph 75, cited earlier in the sentence"),
    Q("appoint at least two independent members to the Audit and Standards Committee, provide training to all its members, and ensure that the committee meets as planned", "4",
      V, OK, "R7", cited=["R7"], note="Recommendation 7, named"),
    NC("at least two co-opted independent members to provide appropriate technical expertise", "4", "CIPFA's guidance on audit committees"),
    Q("gave a limited assurance opinion for both 2023/24 and 2024/25", "4", V, OK, "76", cited=["76"], note="paragraph 76"),
    Q("21 had not been implemented by the agreed date", "4", V, OK, "76", cited=["76"], note="paragraph 76"),
    Q("has not used its standards role effectively", "4", V, OK, "77", cited=["77"], note="paragraph 77"),
    Q("was not reported to it until January 2026", "4", V, OK, "77", cited=["77"], note="paragraph 77"),
    Q("Eleven of the 38 concerned the conduct of members towards officers", "4", V, OK, "23", cited=["23"], note="paragraph 23"),
    Q("was last revised in 2014", "4", V, OK, "24", cited=["24"], note="paragraph 24"),
    Q("was unknown to most of the members [they] asked about it", "4", "minor", OK, "24", cited=["24"], kind="bracketed_substitution",
      source_text="was unknown to most of the members we asked about it", note="[they] for 'we'"),
    Q("the statutory officers have not had the standing or the access that their roles require", "4", V, OK, "33", cited=["33"], note="paragraph 33"),
    Q("is part-time and shared with a neighbouring council", "4", V, MISS, "33", note="paragraph 33, not cited"),
    Q("make the Monitoring Officer a full-time post", "4", V, OK, "R6", cited=["R6"], note="Recommendation 6, named"),
    Q("learned about the Quayside variations from the agenda, like everybody else", "4", V, OK, "32", cited=["32"], kind="attribution_kept",
      note="the Monitoring Officer's own words as paragraph 32 records them"),
    Q("ensure that every key decision is supported by a report setting out options, risks and the advice of the statutory officers", "4",
      V, OK, "R5", cited=["R5"], note="Recommendation 5, named"),
    Q("were passed to the senior officers whose conduct they concerned", "4", V, OK, "28", cited=["28"], note="paragraph 28"),
    Q("review its whistleblowing policy and its arrangements for handling code of conduct complaints, and clear the backlog of complaints by March 2027", "4",
      V, OK, "R8", cited=["R8"], note="Recommendation 8, named"),
    Q("outside the council's normal governance for most of its life", "4", V, OK, "4", cited=["4"], note="paragraph 4"),
    Q("subject to robust oversight through Cabinet and the Audit and Standards Committee", "4", V, OK, "63", cited=["63"],
      kind="attribution_kept", note="'the council's claim', as paragraph 63 reports it"),
    Q("deliberately kept in the dark", "4", "not_found", MISS, None, source=None, kind="invented",
      note="words some members attribute to the report; the paper itself says the report does not say this"),
    Q("found no report on the company's performance to the Audit and Standards Committee in the period we examined", "4", V, OK, "63",
      cited=["63"], note="paragraph 63"),
    NC("core functions", "4", "CIPFA's guidance"),
    NC("can be investigated", "4", "the Localism Act 2011"),
    NC("decisions on allegations can be made", "4", "the Localism Act 2011"),
    Q("the thresholds for approval are consistent", "4", V, OK, "R4", cited=["R4"], kind="table_cell", note="R4"),
    Q("end the use of informal meetings as a forum for shaping decisions", "4", V, OK, "R5", cited=["R5"], kind="table_cell", note="R5"),
    Q("make the Monitoring Officer a full-time post", "4", V, [WRONG, OK], "R6", cited=["R7"], strict=False, occ=2, kind="table_cell",
      note="Recommendation 6's words, cited as Recommendation 7 (the row is headed R6)"),
    Q("appoint at least two independent members", "4", V, [OK, MISS], "R7", cited=["R7"], strict=False, occ=2, kind="table_cell",
      note="table cell; the only reference is the row's 'R7'"),
    Q("clear the backlog of complaints by March 2028", "4", "misquote", OK, "R8", cited=["R8"], kind="table_cell_date_changed",
      source_text="clear the backlog of complaints by March 2027", note="March 2027 in Recommendation 8"),
    Q("passed to the senior officers whose conduct they concerned", "4", V, OK, "28", cited=["28"], occ=2, kind="table_cell", note="para 28"),
    Q("meetings were inquorate or cancelled", "4", V, OK, "74", cited=["74"], occ=2, kind="table_cell", note="para 74"),
    Q("no report on the company's performance", "4", V, OK, "63", cited=["63"], occ=2, kind="table_cell", note="para 63"),
    NC("must not bully any person", "5", "the Members' Code of Conduct"),
    NC("must not harass any person", "5", "the Members' Code of Conduct"),
    NC("within 20 working days", "5", "the council's Arrangements for Dealing with Standards Allegations"),
    Q("only six complaints had been concluded by the time of our inspection", "5", V, OK, "23", cited=["23"], note="paragraph 23"),
    Q("was not reported to it until January 2026", "5", V, MISS, "77", kind="repeated", note="paragraph 77, repeated from item 4, not cited here"),
    Q("make no finding about the conduct of any individual", "5", V, OK, "100", cited=["100"], note="paragraph 100"),
    Q("effectively abandoned", "5", "not_found", MISS, None, source=None, kind="invented",
      note="members' words attributed to the inspectors; the paper says the report does not say this"),
    Q("only six complaints had been concluded", "5", V, MISS, "23", occ=2, note="paragraph 23, repeated in 5.2"),
    Q("Eleven of the 38 complaints were upheld against Cabinet members", "5", "misquote", MISS, "23", kind="words_changed",
      source_text="Eleven of the 38 concerned the conduct of members towards officers.",
      note="a newsletter's version: complaints 'upheld' against 'Cabinet members', which paragraph 23 does not say"),
    Q("Eleven of the 38 concerned the conduct of members towards officers", "5", V, OK, "23", cited=["23"], kind="repeated",
      note="paragraph 23, also quoted in item 4"),
    NC("too slow to command confidence", "5", "the Committee's own view at its September meeting"),
    Q("has not been reviewed since 2017", "6", V, OK, "28", cited=["28"], note="paragraph 28"),
    Q("were passed to the senior officers whose conduct they concerned", "6", V, [MISS, OK], "28", strict=False, kind="repeated",
      note="paragraph 28; the citation comes in the next sentence"),
    Q("a serious failing", "6", V, OK, "28", cited=["28"], note="paragraph 28"),
    Q("review its whistleblowing policy", "6", V, OK, "R8", cited=["R8"], note="Recommendation 8"),
    Q("without fear of the consequences", "6", V, [OK, MISS], "25", cited=["25"], strict=False,
      note="paragraph 25 (the same words are in paragraph 5)"),
    Q("31% said that they had experienced bullying or harassment at work in the previous twelve months", "6", V, OK, "25", cited=["25"],
      note="paragraph 25"),
    Q("412 responses, a response rate of 58%", "6", V, OK, "12", cited=["12"], note="paragraph 12"),
    Q("at 41%", "6", V, OK, "A2", cited=["A2"], note="cited as 'Annex A, paragraph 2': the report's Appendix paragraph A2"),
    Q("proud to work for Fenwold", "6", V, MISS, "7", note="the Cabinet member's use, in the press; the words are paragraph 7's (and 27's)", strict=False),
    Q("shows a happy workforce", "6", "not_found", MISS, None, source=None, kind="invented",
      note="a Cabinet member's gloss; the paper says the report does not say this"),
    Q("proud to work for Fenwold", "6", V, OK, "7", cited=["7"], note="paragraph 7, the paper's own quotation"),
    Q("Of those who said that they had experienced bullying or harassment, 18% … had reported it", "6", "minor", OK, "A4", cited=["A4"],
      kind="ellipsis", source_text="Of those who said that they had experienced bullying or harassment, 18% said that they had reported it.",
      note="'said that they' cut and marked"),
    NC("qualifying disclosure", "6", "the Public Interest Disclosure Act 1998"),
    NC("a real step forward, provided that staff can see it being used", "6", "a trade union branch secretary"),
    NC("the adequacy and effectiveness of the organisation's framework of governance, risk management and control", "7", "the internal audit standards"),
    Q("of 48 audit recommendations rated as high priority since 2022, 21 had not been implemented by the agreed date", "7", V, OK, "76",
      cited=["76"], note="paragraph 76"),
    Q("a limited assurance opinion for both 2023/24 and 2024/25", "7", V, "unverifiable", "76", cited_document="other",
      kind="other_document_cited", note="the words are paragraph 76's, but they are attributed to the external auditor's Annual Report 2024/25, which is not a source"),
    Q("were crowded", "7", V, [OK, MISS], "75", cited=["75"], strict=False, note="paragraph 75, cited at the end of the sentence"),
    Q("under an hour", "7", V, OK, "75", cited=["75"], kind="repeated", note="paragraph 75 ('the average length of its meetings was under an hour')"),
    Q("is provided through a shared service", "7", V, [OK, MISS], "76", cited=["76"], strict=False, note="paragraph 76, cited at the end of the sentence"),
    Q("limited assurance", "7", V, OK, "76", cited=["76"], note="paragraph 76"),
    Q("at least 60 further contracts over £5,000", "7", V, OK, "69", cited=["69"], note="paragraph 69"),
    Q("£2.4 million", "7", V, OK, "52", cited=["52"], note="paragraph 52"),
    Q("We do not suggest that suppliers were chosen improperly", "7", V, OK, "68", cited=["68"], kind="denial_kept", note="paragraph 68"),
    Q("suppliers were chosen improperly", "7", [V, "out_of_context"], MISS, "68", strict=False, kind="context_restored",
      context_dropped="We do not suggest that",
      note="a councillor's out-of-context use, quoted in order to correct it: the paper restores the denial itself"),
    NC("zero tolerance of fraud and corruption", "7", "the council's Anti-Fraud and Corruption Strategy"),
    Q("stretched for several years", "7", "out_of_context", OK, "53", cited=["53"], strict=False, kind="attribution_dropped",
      context_dropped="Staff told us that they had been",
      source_text="Staff told us that they had been stretched for several years and that year-end work had crowded out forward planning.",
      note="what staff told the inspectors, presented as what the inspection found"),
    Q("has not been given the resources it needs", "7", ["paraphrase", "minor"], OK, "54", cited=["54"], strict=False, kind="negation_moved",
      source_text="We do not consider that the finance function has been given the resources it needs",
      note="the sense of paragraph 54 kept, but 'We do not consider that ... has been' rewritten as 'has not been' inside the marks"),
    Q("a post box, not a function", "7", "out_of_context", OK, "70", cited=["70"], strict=False, kind="attribution_dropped",
      context_dropped="One officer told us that the team was",
      source_text="One officer told us that the team was \"a post box, not a function\".",
      note="one officer's phrase, presented as the report's observation (the inspectors only 'agree' the team lacks capacity)"),
    NC("the council has not yet implemented the recommendations we made in 2023 and the risk of a section 114 notice remains high", "8",
       "the Auditor's Annual Report 2024/25"),
    Q("The auditor's recommendations from 2023 had not been implemented by the time of our inspection", "8", V, OK, "49", cited=["49"],
      note="paragraph 49"),
    NC("significant weaknesses are likely to be reported again in 2025/26", "8", "the external auditor's planning letter"),
    NC("will consider whether further statutory recommendations are required", "8", "the external auditor's planning letter"),
]

PACKS = {"council": ("Fenwold District Council, Council, 26 November 2026", COUNCIL),
         "audit": ("Fenwold District Council, Audit and Standards Committee, 3 December 2026", AUDIT)}


def main():
    for name, (title, quotes) in PACKS.items():
        layout = json.loads((HERE / "pack_src" / f"{name}.layout.json").read_text())
        pdf = HERE / layout["pack"]
        cl.rendered_pages.cache_clear()
        pages = cl.rendered_pages(pdf)
        items = {i["number"]: i for i in layout["items"]}
        out = []
        for n, q in enumerate(quotes, 1):
            q = dict(q)
            item = items[q["item"]]
            head = cl.words(q["text"])[:6]
            hits = [p for p in range(item["first_page"], item["last_page"] + 1)
                    if cl.find_in_order(cl.words(pages[p - 1]), head) is not None]
            occ = q.pop("_occ")
            if len(hits) < occ:
                print(f"{name} Q{n} {q['text'][:40]!r}: found on {hits}, wanted occurrence {occ}")
                q["pack_page"] = None
            else:
                q["pack_page"] = hits[occ - 1]
            q = {"id": f"Q{n}", **{k: v for k, v in q.items() if v is not None or k in ("section", "source", "cited_document")}}
            if not q.get("source_text"):
                q.pop("source_text", None)
            if not q.get("context_dropped"):
                q.pop("context_dropped", None)
            out.append(q)
        labels = {"pack": layout["pack"], "title": title, "publisher": "modern.gov", "pages": layout["pages"],
                  "printed_page_offset": layout["printed_page_offset"], "sources": SOURCES, "furniture": FURNITURE,
                  "image_only_pages": [], "blank_pages": [], "agenda": layout["agenda"], "items": layout["items"],
                  "quotes": out}
        (HERE / f"pack-{name}.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
        c = [q for q in out if q["concerns"]]
        from collections import Counter
        print(name, len(out), "quotes,", len(out) - len(c), "not concerning;", Counter(q["verdict"][0] for q in c))


if __name__ == "__main__":
    main()
