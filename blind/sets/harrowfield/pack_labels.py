"""Labels for the two Harrowfield packs. Each quotation is written out here by hand (verdict,
citation, the place that really holds it); the script only finds the pack page where each
quotation starts (the first page of its item's range whose text holds its opening words) and
the items' page ranges from build_packs.py, and writes pack-*.labels.json.

    /opt/blindtools/bin/python pack_labels.py      (after build_packs.py)
"""
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 26/11/24"}]


def Q(item, text, verdict, citation, section, source="report", cited=(), kind="exact", note="",
      source_text=None, context_dropped=None, strict=True, cited_document=None, cited_pages=(),
      after=None):
    d = {"text": text, "concerns": True, "item": item, "verdict": list(verdict),
         "citation": list(citation), "section": section, "source": source, "cited": list(cited),
         "cited_pages": list(cited_pages), "cited_document": cited_document, "kind": kind,
         "strict": strict, "note": note}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    if after:
        d["_after"] = after
    return d


def N(item, text, note, after=None):
    """A quotation that does not concern the sources (an Act, a code, another document)."""
    d = {"text": text, "concerns": False, "item": item, "verdict": [], "citation": [],
         "section": None, "source": None, "cited": [], "kind": "other_document", "strict": True,
         "note": note}
    if after:
        d["_after"] = after
    return d


V, M, C, W, X, U = ["verbatim"], ["minor"], ["correct"], ["wrong"], ["missing"], ["unverifiable"]

PACK1 = [
 # ---- item 2: minutes of 10 December 2024
 N("2", "make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness", "Local Government Act 1999, section 3(1), quoted by the Interim Chief Executive."),
 Q("2", "in respect of leadership, governance, culture, use of resources and continuous improvement", V, C, "1", cited=["1"], note="Words of paragraph 1, cited as paragraph 1."),
 Q("2", "the right decision at the time", ["out_of_context"], C, "81", cited=["81"], kind="attribution_dropped",
   context_dropped="The Leader told us that the purchase had been",
   note="The Leader's own words, which paragraph 81 reports and then qualifies; presented as the inspectors' description."),
 Q("2", "has begun to address several of the issues in this report", V, C, "8", cited=["8"], note="Paragraph 8, correctly cited."),
 Q("2", "routinely shaped in an informal weekly meeting", V, C, "37", cited=["37"], note="Run of paragraph 37."),
 Q("2", "the Leader acted improperly in asking for reports to be changed", ["out_of_context"], C, "19", cited=["19"],
   kind="negation_dropped", context_dropped="We do not suggest that",
   note="Paragraph 19 opens 'We do not suggest that the Leader acted improperly'; the denial is cut."),
 Q("2", "We do not suggest that the Leader acted improperly in asking for reports to be changed", V, C, "19", cited=["19"],
   note="Control: the Leader restores the denial, citing paragraph 19."),
 Q("2", "governance has been bent around the wishes of a small number of people", V, C, "foreword", cited=["foreword"],
   note="Foreword, cited as (Foreword)."),
 N("2", "frightened to speak up", "Words of staff reported by Councillor Okafor, not presented as the report's."),
 Q("2", "will stand at £2.9 million by March 2026", ["misquote"], C, "2", cited=["2"], kind="number_changed",
   source_text="will stand at £1.9 million by March 2026", note="Paragraph 2 says £1.9 million."),
 Q("2", "the risk to income is significant", V, C, "80", cited=["80"],
   note="The property team's words as quoted in paragraph 80, attributed to the property team: attribution kept."),
 # ---- item 5: public questions
 Q("5", "cannot continue to carry the centre's losses without an end point", V, C, "87", cited=["87"], note="Paragraph 87 (para 87)."),
 Q("5", "We do not say that the council should sell the centre. That is a decision for the council.", V, C, "88", cited=["88"],
   note="Two full sentences of paragraph 88."),
 Q("5", "the pandemic was not foreseeable", ["verbatim", "out_of_context"], W, "81", cited=["80"], kind="exact",
   strict=False, note="Words of paragraph 81, cited as paragraph 80; the answer leaves out the next sentence, that the risks were known before the pandemic."),
 Q("5", "on the basis of independent advice, within twelve months", V, C, "R2", cited=["R2"], note="Recommendation 2, named."),
 Q("5", "almost a third of staff", ["paraphrase", "not_found"], X, "24", kind="figure_in_words",
   source_text="31% said they had witnessed or experienced bullying or harassment at work in the previous twelve months",
   strict=False, note="The report gives 31%; the phrase is the questioner's, put in quotation marks."),
 Q("5", "proud to work for the council", V, C, "Table 1", cited=["Table 1"],
   note="Row of Table 1 (also in paragraph 23); cited as Table 1."),
 N("5", "a vibrant and resilient town centre that meets the everyday needs of residents", "Harrowfield Local Plan, Policy TC1."),
 Q("5", "has fallen to 61%", V, C, "82", cited=["82"], note="Paragraph 82."),
 Q("5", "41% of major planning applications", ["misquote"], C, "103", cited=["103"], kind="changed_word",
   source_text="41% of minor planning applications", note="The report says minor applications, not major."),
 Q("5", "intervention is not a punishment", V, C, "8", source="letter", cited_document="letter",
   note="The Secretary of State's letter of 26 November, named in the sentence."),
 Q("5", "the support and challenge it needs to become a well-run council that serves its residents well", V, C, "8",
   source="letter", cited_document="letter", note="Same paragraph of the letter, same citation carried on."),
 # ---- item 6: members' questions
 Q("6", "were refused without a lawful basis being given", V, C, "31", cited=["31"], note="Paragraph 31, named."),
 Q("6", "everything they are entitled to and more", ["out_of_context"], X, "31", kind="attribution_dropped",
   context_dropped="The Leader told us that opposition members were given",
   note="The Leader's own claim, which paragraph 31 reports and rejects ('We found that this was not the case'), presented as the inspectors' record."),
 Q("6", "a strong track record of living within its means", V, C, "65", cited=["65"],
   note="Control: attributed to the council's self-assessment, as the report does."),
 Q("6", "We do not agree.", V, X, "65", note="Paragraph 65; the citation is in the sentence before, so none here.",
   strict=False),
 Q("6", "was reasonable at the time", V, C, "42", cited=["42"], note="Paragraph 42, named in the sentence before."),
 Q("6", "no immediate risk of a section 114 notice", ["not_found"], W, None, source=None, cited=["74"], kind="invented",
   note="Paragraph 74 says the council faces a real risk of a section 114 notice; these words are nowhere."),
 Q("6", "significant risk that all of the £22.5 million will not be recovered", ["misquote"], C, "101", cited=["101"],
   kind="changed_word", source_text="significant risk that part of the £22.5 million will not be recovered",
   note="'part' changed to 'all'."),
 Q("6", "establish a shareholder committee, appoint independent directors to the boards of its companies, and review the loans made to Harrowfield Homes Ltd.", V, C, "R7", cited=["R7"],
   note="Recommendation 7 in full."),
 Q("6", "17 of the 29 councillors who responded", ["paraphrase", "minor"], X, "52", kind="reordered",
   source_text="Of the 29 councillors who responded to our survey, 17 said", strict=False,
   note="Reordered words of paragraph 52; meaning kept."),
 Q("6", "should consider offering the chair of the Overview and Scrutiny Committee to a member of an opposition group", V, C, "R5", cited=["R5"],
   note="Recommendation 5."),
 Q("6", "an opposition chair is always necessary", ["out_of_context"], C, "53", cited=["53"], kind="negation_dropped",
   context_dropped="We do not suggest that",
   note="Paragraph 53: 'We do not suggest that an opposition chair is always necessary'."),
 Q("6", "culture of fear", ["not_found"], X, None, source=None, kind="invented",
   note="The report never uses the phrase; the answer says so."),
 Q("6", "We found a culture in which challenge is not welcomed", V, C, "4", cited=["4"], note="Paragraph 4."),
 Q("6", "originally let for £48,000", V, C, "93", cited=["93"], note="Paragraph 93."),
 Q("6", "a total value of £412,000", V, C, "93", cited=["93"], note="Paragraph 93."),
 Q("6", "Nothing in this report should be read as a criticism of the front-line staff who have kept services running through a difficult period.", V, C, "foreword", cited=["foreword"],
   note="The foreword, named."),
 Q("6", "are well regarded by residents", V, C, "104", cited=["104"], note="Paragraph 104."),
 Q("6", "has maintained good performance despite staff shortages", V, C, "104", cited=["104"], note="Paragraph 104."),
 # ---- item 7: officers' report and Appendix A
 Q("7", "is failing to comply with its Best Value duty", V, C, "foreword", cited=["foreword"],
   note="Foreword; the same words are also in the Secretary of State's letter."),
 Q("7", "the most immediate risk", V, C, "2", cited=["2"], note="Paragraph 2."),
 Q("7", "General fund reserves have fallen from £14.2 million in March 2020 to £5.3 million in March 2024 ... with no credible plan to close it", M, C, "2", cited=["2"], kind="ellipsis",
   source_text="General fund reserves have fallen from £14.2 million in March 2020 to £5.3 million in March 2024, and on the council's own forecast will stand at £1.9 million by March 2026. The medium term financial strategy shows a cumulative gap of £7.8 million over the three years to 2027/28, with no credible plan to close it.",
   note="Paragraph 2 with the middle cut and marked by an ellipsis."),
 Q("7", "a real risk of issuing a section 114 notice within the next two financial years unless it takes urgent and sustained action to reduce its costs and its debt", V, C, "74", cited=["74"],
   note="Paragraph 74 with its condition kept."),
 Q("7", "was not independently reviewed", V, C, "79", cited=["79"], note="Paragraph 79."),
 Q("7", "must take a decision on its future based on a realistic assessment of the options", V, C, "87", cited=["87"], note="Paragraph 87."),
 Q("7", "has not been given the resources it needs to do its job", V, C, "49", cited=["49"], note="Paragraph 49."),
 Q("7", "more candid than many we have seen", V, C, "8", cited=["8"], note="Paragraph 8."),
 Q("7", "has made a good start", V, C, "22", cited=["22"], note="Paragraph 22."),
 Q("7", "real strengths on which the council can build", V, C, "104", cited=["104"], note="Paragraph 104."),
 Q("7", "minded to exercise my powers of intervention under section 15 of the 1999 Act", V, C, "5", source="letter",
   cited_document="letter", note="The Secretary of State's letter, named with its date."),
 Q("7", "financial governance and scrutiny of strategic financial decision-making", V, ["correct", "missing"], "6",
   source="letter", cited_document="letter", strict=False,
   note="The letter, named in the paragraph before; the sentence carries it on."),
 Q("7", "would remain in place until 30 November 2028", ["misquote"], C, "7", source="letter", cited_document="letter",
   kind="number_changed", source_text="would remain in place until 30 November 2027", note="The letter says 2027."),
 Q("7", "contains 87 actions but few measurable outcomes", V, C, "106", cited=["106"], note="Paragraph 106."),
 N("7", "to take any action which he considers necessary or expedient to secure its compliance with the requirements of this Part", "Local Government Act 1999, section 15(5)."),
 N("7", "shall be exercised by the Secretary of State or a person nominated by him", "Local Government Act 1999, section 15(6)."),
 N("7", "due regard to the need to eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under this Act", "Equality Act 2010, section 149."),
 Q("7", "has also lacked the political will to confront its problems", V, C, "107", cited=["107"], note="Paragraph 107."),
 Q("7", "without further use of general fund reserves", V, C, "R1", cited=["R1"], kind="table_cell",
   note="Table cell, in the row headed R1."),
 Q("7", "on the basis of independent advice, within twelve months", V, C, "R2", cited=["R2"], kind="table_cell_repeated",
   note="Table cell, row R2; the same words were quoted at item 5."),
 Q("7", "reduce the Leader's virement limit", V, C, "R3", cited=["R3"], kind="table_cell", note="Table cell, row R3."),
 Q("7", "stop making decisions behind closed doors", ["paraphrase"], C, "R4", cited=["R4"], kind="table_cell",
   source_text="end the practice of taking decisions in informal meetings",
   note="Table cell, row R4: the recommendation in other words, in quotation marks."),
 Q("7", "increasing the resources available to it", V, C, "R5", cited=["R5"], kind="table_cell", note="Table cell, row R5."),
 Q("7", "appoint at least one independent member to the Audit and Governance Committee", ["misquote"], C, "R6", cited=["R6"],
   kind="table_cell_number_changed",
   source_text="appoint at least two independent members to the Audit and Governance Committee",
   note="Table cell, row R6: 'two independent members' became 'one independent member' (corrected in the supplementary pack)."),
 Q("7", "an organisational culture programme", V, C, "R8", cited=["R8"], kind="table_cell",
   note="Table cell, row R8."),
 Q("7", "reported publicly at least every six months", V, C, "110", cited=["110"], note="Paragraph 110."),
 # ---- item 8: notice of motion and amendment
 Q("8", "is failing to comply with its Best Value duty", V, C, "foreword", cited=["foreword"], kind="repeated",
   note="The motion repeats the quotation of item 7 (Foreword)."),
 Q("8", "fewer than half of staff felt able to raise concerns", ["paraphrase", "minor", "misquote"], C, "4", cited=["4"],
   kind="shortened", strict=False,
   source_text="Fewer than half of the staff who responded to our survey (47%) said they felt able to raise concerns",
   note="Paragraph 4 speaks of staff who responded to the survey; the motion makes it all staff."),
 Q("8", "no terms of reference, and no notes of it were kept", V, C, "37", cited=["37"], note="Paragraph 37."),
 Q("8", "the council has lived within its means only by spending its reserves", V, C, "65", cited=["65"], note="Paragraph 65."),
 Q("8", "there are some positive signs", V, W, "8", cited=["9"], note="The words open paragraph 8; the amendment cites paragraph 9."),
 Q("8", "has made a good start", V, C, "22", cited=["22"], kind="repeated", note="Paragraph 22; also quoted at item 7."),
 Q("8", "found no evidence of fraud or corruption in the contracts we examined", V, C, "95", cited=["95"], note="Paragraph 95."),
 Q("8", "well regarded by residents", V, X, "104", note="Paragraph 104, not cited."),
 Q("8", "The failings we describe are failings of the organisation", ["out_of_context", "verbatim"], C, "7", cited=["7"],
   kind="truncated", strict=False, context_dropped="and of the way its leaders have chosen to run it",
   note="The sentence goes on to blame the way the council's leaders have run it; the amendment stops before that."),
 Q("8", "intervention is not a punishment", V, C, "8", source="letter", cited_document="letter", kind="repeated",
   note="The Secretary of State's assurance (letter); also quoted at item 5."),
 # ---- item 9: treasury management
 N("9", "the management of the organisation's borrowing, investments and cash flows, including its banking, money market and capital market transactions; the effective control of the risks associated with those activities; and the pursuit of optimum performance consistent with those risks", "CIPFA Treasury Management Code definition."),
 N("9", "capital expenditure plans are affordable, prudent and sustainable", "CIPFA Prudential Code."),
 Q("9", "optimistic", V, C, "68", cited=["68"], note="One word of paragraph 68."),
 Q("9", "A rate of 5.0% would add around £270,000 a year to the council's costs", V, C, "68", cited=["68"], note="Paragraph 68."),
 Q("9", "now take up over a fifth of the council's budget", ["paraphrase"], C, "67", cited=["67"], kind="figure_in_words",
   source_text="Financing costs now absorb 21% of the council's net revenue budget",
   note="The report says 'absorb 21% of the council's net revenue budget'."),
 Q("9", "lived within its means only by spending its reserves", V, U, "65", cited_document="other", kind="misattributed",
   note="The report's words (paragraph 65), credited to a 2023 CIPFA review that is not a source."),
 Q("9", "made no provision at all on the Kingsgate Centre", V, C, "69", cited=["69"], note="Paragraph 69."),
]

PACK2 = [
 # ---- item 5: corrected answer and late questions
 Q("5", "41% of minor planning applications within the statutory period or an agreed extension of time", V, C, "103", cited=["103"],
   kind="correction", note="The corrected answer; the main pack had 'major'."),
 Q("5", "no evidence of wrongdoing by any councillor", ["not_found"], X, None, source=None, kind="invented",
   note="Words the Leader gave the press as the inspectors' finding; the report has nothing like them."),
 Q("5", "make no finding about any individual case", V, X, "28", note="Paragraph 28; the questioner cites no paragraph."),
 Q("5", "We do not suggest that any individual member or officer acted for personal gain", V, C, "7", cited=["7"], note="Paragraph 7."),
 Q("5", "were not able to verify each of these accounts, and we make no finding about any individual case", V, C, "28", cited=["28"], note="Paragraph 28."),
 Q("5", "the pattern is a concerning one", V, C, "29", cited=["29"], note="Paragraph 29."),
 Q("5", "two working days", V, X, "79", note="Paragraph 79, not cited by the questioner."),
 Q("5", "Members were given two working days to read it before the Cabinet meeting at which the purchase was approved", V, W, "79", cited=["78"],
   note="The sentence is paragraph 79; the answer cites 78."),
 # ---- item 7: late report, directions, auditor's letter
 N("7", "do not alter my view that the council is failing to comply with its Best Value duty", "The Secretary of State's decision letter of 14 January 2025 (Appendix B), not a source."),
 Q("7", "within six months, an Improvement and Recovery Plan to the satisfaction of the commissioners", V, C, "7", source="letter",
   cited_document="letter", note="The letter of 26 November 2024, named."),
 Q("7", "financial governance and scrutiny of strategic financial decision-making", V, C, "6", source="letter", cited_document="letter",
   kind="table_cell", note="Table cell; the column heading names the letter of 26 November 2024."),
 Q("7", "the appointment and dismissal of the statutory officers", V, C, "6", source="letter", cited_document="letter",
   kind="table_cell", note="Table cell; the letter."),
 Q("7", "the future of the Kingsgate Centre and the council's companies", V, C, "6", source="letter", cited_document="letter",
   kind="table_cell", note="Table cell; the letter."),
 Q("7", "30 November 2027", V, C, "7", source="letter", cited_document="letter", kind="table_cell",
   note="Table cell; the letter gives this date (so do the 14 January directions)."),
 Q("7", "will change only if the council's leadership shows, visibly and consistently, that it wants to hear bad news and will act on it", V, C, "32", cited=["32"],
   note="Paragraph 32."),
 Q("7", "work constructively with the commissioners from the outset", V, C, "8", source="letter", cited_document="letter",
   note="The Secretary of State's expectation, in the letter."),
 Q("7", "appoint at least two independent members to the Audit and Governance Committee", V, C, "R6", cited=["R6"],
   kind="correction", note="Recommendation 6, correcting the main pack."),
 Q("7", "end the practice of taking decisions in informal meetings", V, C, "R4", cited=["R4"], kind="table_cell",
   note="Table cell, row R4."),
 Q("7", "was slow and, in part, defensive", V, C, "56", cited=["56"], note="Paragraph 56."),
 Q("7", "fall to £1.9 million by 31 March 2026", V, C, "61", cited=["61"], note="Paragraph 61."),
 Q("7", "lived within its means only by spending its reserves", V, C, "65", cited=["65"], note="Paragraph 65."),
 N("7", "comply with any instructions of the Secretary of State or his nominee in relation to the exercise of that function", "Local Government Act 1999, section 15(7)."),
 Q("7", "21 had not been implemented", V, C, "57", cited=["57"], note="Paragraph 57."),
 N("7", "has made proper arrangements for securing economy, efficiency and effectiveness in its use of resources", "Local Audit and Accountability Act 2014, section 20(1)(c)."),
 Q("7", "below the minimum prudent level of £3.5 million set by the Section 151 officer", V, C, "61", cited=["61"], note="Paragraph 61 (auditor's letter)."),
 Q("7", "£8.9 million between 2019/20 and 2023/24", ["misquote"], C, "60", cited=["60"], kind="changed_year",
   source_text="£8.9 million between 2020/21 and 2023/24", note="The report's period begins in 2020/21."),
 Q("7", "optimistic", V, C, "68", cited=["68"], note="Paragraph 68 (auditor's letter).", after="auditor"),
 Q("7", "no provision at all on the Kingsgate Centre", V, C, "69", cited=["69"], note="Paragraph 69."),
 Q("7", "[had] not set aside a prudent minimum revenue provision on its commercial assets", M, C, "69", cited=["69"], kind="bracketed_insertion",
   source_text="has not set aside a prudent minimum revenue provision on its commercial assets",
   note="Paragraph 69 with 'has' replaced by a bracketed '[had]'."),
 Q("7", "no evidence of fraud or corruption in the contracts we examined", V, C, "95", cited=["95"], note="Paragraph 95."),
 Q("7", "means that it could not be confident of detecting either", V, ["missing", "correct"], "95", strict=False,
   note="Paragraph 95, cited in the sentence before; none in this one."),
 Q("7", "has lived within its means only by spending its reserves", V, X, "65", note="Paragraph 65, uncited in the auditor's letter."),
 N("7", "cannot continue beyond the current medium term financial strategy period", "The auditor's own Annual Auditor's Report, not a source."),
 Q("7", "has a clear understanding of the scale of the problem", V, C, "73", cited=["73"], note="Paragraph 73."),
 # ---- item 8: amendments
 Q("8", "is failing to comply with its Best Value duty", V, C, "foreword", cited=["foreword"], kind="repeated",
   note="Repeated from the motion in the main pack."),
 Q("8", "fewer than half of staff felt able to raise concerns", ["paraphrase", "minor", "misquote"], C, "4", cited=["4"],
   kind="shortened", strict=False,
   source_text="Fewer than half of the staff who responded to our survey (47%) said they felt able to raise concerns",
   note="Shown as deleted text; paragraph 4 is about respondents, not all staff."),
 Q("8", "said they felt able to raise concerns without fear of the consequences", V, C, "4", cited=["4"],
   note="The inserted, accurate version (para 4)."),
 Q("8", "no terms of reference, and no notes of it were kept", V, C, "37", cited=["37"], note="Paragraph 37."),
 Q("8", "the council has lived within its means only by spending its reserves", V, C, "65", cited=["65"], kind="repeated",
   note="Paragraph 65; also quoted in the late report at item 7."),
 Q("8", "does not address the culture of the organisation or its financial position in any depth", V, W, "106", cited=["105"],
   note="The words are paragraph 106; cited as 105."),
 Q("8", "would remain in place until 30 November 2027", V, C, "7", source="letter", cited_document="letter",
   note="Cited as 'Letter from SoS to CEX 26/11/24'."),
 Q("8", "The failings we describe are failings of the organisation, and of the way its leaders have chosen to run it", V, C, "7", cited=["7"],
   note="Control: the whole sentence of paragraph 7."),
 Q("8", "faces a real risk of issuing a section 114 notice within the next two financial years", ["out_of_context"], C, "74", cited=["74"],
   kind="condition_dropped", context_dropped="unless it takes urgent and sustained action to reduce its costs and its debt",
   note="Paragraph 74's 'unless' clause is dropped."),
 Q("8", "was slow and, in part, defensive", ["verbatim"], ["unverifiable", "wrong"], "56", cited_document="other",
   kind="misattributed", strict=False, after="amend",
   note="The report's words (paragraph 56), attributed to the auditor's letter, which is not a source."),
 Q("8", "borrowed heavily to fund commercial investments that have not delivered what was promised", V, X, "4", source="letter",
   kind="misattributed", strict=False,
   note="The Secretary of State's words (letter), put in the inspectors' mouths; no citation."),
 Q("8", "may never see its money again", ["not_found", "paraphrase"], X, None, source=None, kind="invented", strict=False,
   note="Paragraph 101 speaks of a significant risk that part of the loans will not be recovered; these words are nowhere."),
 # ---- item 12: constitution
 Q("12", "has not been comprehensively reviewed since 2012", V, C, "33", cited=["33"], note="Paragraph 33."),
 Q("12", "carry out a full review of its constitution, including its scheme of delegation and financial procedure rules, and reduce the Leader's virement limit", V, C, "R3", cited=["R3"],
   note="Recommendation 3."),
 Q("12", "19 times in 2023/24", V, C, "34", cited=["34"], note="Paragraph 34."),
 Q("12", "at least four of those rulings were open to question", V, C, "51", cited=["51"], note="Paragraph 51."),
 N("12", "provide constructive 'critical friend' challenge", "Statutory guidance on overview and scrutiny."),
 N("12", "amplify the voices and concerns of the public", "Statutory guidance on overview and scrutiny."),
 Q("12", "Cabinet reports frequently omitted options that officers had considered and rejected", V, C, "39", cited=["39"], note="Paragraph 39."),
 N("12", "too often written to justify a decision already taken", "A 2017 peer review, not a source."),
 Q("12", "the place where decisions were announced", ["paraphrase", "minor"], C, "38", cited=["38"], kind="reworded",
   strict=False, source_text="Cabinet became the place where they were announced",
   note="Paragraph 38 says 'the place where they were announced'; 'decisions' replaces 'they' without brackets."),
 Q("12", "from £0.9 million to £1.6 million", V, C, "71", cited=["71"], note="Paragraph 71."),
 N("12", "to review or scrutinise decisions made, or other action taken, in connection with the discharge of any functions which are the responsibility of the executive", "Local Government Act 2000, section 9F."),
 Q("12", "Undertake a review of the council's constitution, scrutiny arrangements and member-officer protocol", V, C, "16", source="letter",
   cited_document="letter", note="The annex to the Secretary of State's letter of 26 November 2024, direction (c)."),
 N("12", "The Leader may approve a virement of up to £500,000 between budget heads within the approved budget.", "Current Financial Procedure Rule 7.4, in a table cell."),
 N("12", "A call-in request must be signed by at least eight members of the Council.", "Current Overview and Scrutiny Procedure Rule 16.2, in a table cell."),
]

# ------------------------------------------------------------------ pages

WORD = re.compile(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?")
PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def toks(t):
    return WORD.findall(t.translate(PUNCT).lower())


def pages_of(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    return out.split("\f")[:-1]


def place_pages(quotes, pdf, items):
    pages = [" " + " ".join(toks(p)) + " " for p in pages_of(pdf)]
    rng = {i["number"]: i for i in items}
    last = {}
    for q in quotes:
        it = rng[q["item"]]
        head = " " + " ".join(toks(q["text"])) + " "
        start = max(it["first_page"], last.get((q["item"], q["text"]), 0) + 1)
        if q.get("_after") == "auditor":
            start = max(start, next(i for i in range(len(pages)) if " mercer lowe llp " in pages[i] and " dear ms whitcombe " in pages[i]) + 1)
        if q.get("_after") == "amend":
            start = max(start, next(i for i in range(len(pages)) if " was blunt " in pages[i] or " auditor's view " in pages[i]) + 1)
        for pg in range(start, it["last_page"] + 1):
            if head in pages[pg - 1]:
                q["pack_page"] = pg
                last[(q["item"], q["text"])] = pg
                break
        else:
            print("NOT FOUND", q["item"], q["text"][:50])
            q["pack_page"] = None
        q.pop("_after", None)


def main():
    layout = json.loads((HERE / "papers" / "build" / "layout.json").read_text())
    import build_packs as bp
    for pack, quotes in ((bp.PACK1, PACK1), (bp.PACK2, PACK2)):
        lay = layout[pack["file"]]
        place_pages(quotes, HERE / pack["file"], lay["items"])
        for i, q in enumerate(quotes, 1):
            q["id"] = f"Q{i}"
        labels = {
            "pack": pack["file"], "title": pack["title"], "publisher": "modern.gov",
            "pages": lay["pages"], "printed_page_offset": lay["offset"], "sources": SOURCES,
            "furniture": [r"^\s*Page \d+\s*$", r"^\s*Agenda Item \d+\s*$", r"Page \d+ of \d+\s*$"],
            "image_only_pages": [], "blank_pages": [],
            "agenda": [{"number": n, "title": t, "papers": has} for n, t, _, has in pack["agenda"]],
            "items": lay["items"],
            "quotes": [{"id": q.pop("id"), **q} for q in quotes],
        }
        out = HERE / pack["file"].replace(".pdf", ".labels.json")
        out.write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
        c = sum(q["concerns"] for q in quotes)
        print(out.name, len(quotes), "quotes,", c, "concerning,", len(quotes) - c, "not")


if __name__ == "__main__":
    main()
