"""Quotation labels of the two packs (pack_page is found by build_packs.py)."""

def Q(id, text, item, verdict=None, citation=None, section=None, source="report", cited=(),
      cited_pages=(), cited_document=None, source_text=None, context_dropped=None, kind="exact",
      strict=True, note="", concerns=True, occurrence=1):
    d = {"id": id, "text": text, "concerns": concerns, "item": item}
    if concerns:
        d.update({"verdict": verdict, "citation": citation, "section": section, "source": source,
                  "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document})
        if source_text: d["source_text"] = source_text
        if context_dropped: d["context_dropped"] = context_dropped
    else:
        d.update({"verdict": [], "citation": [], "section": None, "source": None, "cited": []})
    d.update({"kind": kind, "strict": strict, "note": note})
    if occurrence != 1: d["occurrence"] = occurrence
    return d

X = lambda id, text, item, note: Q(id, text, item, concerns=False, kind="other document", note=note)

COUNCIL = [
 # item 3 minutes
 Q("C1", "failing to comply with its Best Value duty", "3", ["verbatim"], ["correct"], "1.2.1", cited=["1.2.1"], note="Chief Executive quoting the conclusion, paragraph cited"),
 Q("C2", "always acted on the best advice available at the time", "3", ["out_of_context"], ["missing"], "2.2.4", kind="attribution dropped",
   context_dropped="The Leader told us that Cabinet had", note="the Leader's own words to the inspectors presented as something the inspectors accepted"),
 Q("C3", "a culture in which challenge is unwelcome", "3", ["verbatim"], ["missing"], "1.2.3", note="quoted in debate without a citation"),
 Q("C4", "intended to support the council, not to replace it", "3", ["verbatim"], ["correct", "missing"], "6", source="letter", cited_document="letter", strict=False,
   note="letter paragraph 6; cited only as 'the Secretary of State had been clear'"),
 X("C5", "an open, honest and listening council", "3", "the council's Corporate Plan 2023-2027, not a source"),
 Q("C6", "deliverable but carries a high level of risk", "3", ["verbatim"], ["correct"], "4.2.3", cited=["4.2.3"], strict=False,
   note="the Section 151 Officer's phrase as the report quotes it at 4.2.3, which the minute cites"),
 # item 5 public questions
 Q("C7", "members were not told the scale of the losses until September 2024", "5", ["verbatim"], ["correct"], "1.2.2", cited_pages=[1], kind="page citation",
   note="1.2.2 is on printed page 1 (PDF page 3)"),
 Q("C8", "without competition", "5", ["verbatim"], ["missing"], "6.2.1", kind="fragment", note="two-word fragment of 6.2.1"),
 X("C9", "contribute to and enhance the natural and local environment", "5", "National Planning Policy Framework"),
 Q("C10", "until 31 May 2028", "5", ["verbatim"], ["correct"], "4", source="letter", cited_document="letter", kind="fragment", note="letter paragraph 4"),
 X("C11", "provide on-site community facilities before the occupation of the 100th dwelling", "5", "a planning consent condition"),
 # item 6 petition
 X("C12", "We the undersigned call on Hembury City Council to keep Hembury Lido open", "6", "the e-petition's own text"),
 X("C13", "where the issue is one on which the Cabinet is required to make the final decision", "6", "the council's Petition Scheme"),
 # item 7 chief executive's report and appendices
 Q("C14", "the failures are not confined to one service or one decision ... they lie in the way the council is led, governed and held to account", "7",
   ["minor"], ["correct"], "1.2.1", cited=["1.2.1"], kind="ellipsis", source_text="The failures are not confined to one service or one decision; they lie in the way the council is led, governed and held to account.",
   note="the ellipsis stands for a semicolon; meaning unchanged"),
 X("C15", "to take any action which he considers necessary or expedient to secure its compliance with the requirements of this Part", "7", "section 15(5) of the Local Government Act 1999"),
 Q("C16", "to the satisfaction of the commissioners within six months", "7", ["verbatim"], ["missing", "unverifiable"], "5", source="letter", strict=False,
   note="the letter's description of the proposed directions (letter paragraph 5), presented as the directions' words with no citation"),
 Q("C17", "is intended to support the council, not to replace it", "7", ["verbatim"], ["correct"], "6", source="letter", cited_document="letter", note="letter paragraph 6, 'the Secretary of State's letter makes plain'"),
 Q("C18", "fell from £17.3 million in March 2021 to £4.6 million in March 2024", "7", ["misquote"], ["correct"], "4.1.2", cited=["4.1.2"], kind="number altered",
   source_text="fell from £17.3 million in March 2021 to £4.9 million in March 2024", note="£4.9 million in the report, £4.6 million here"),
 Q("C19", "deliverable but carries a high level of risk", "7", ["verbatim"], ["correct"], "4.2.3", cited=["4.2.3"], note="repeated from the minutes (item 3)"),
 Q("C20", "no comment on the merits of that request", "7", ["verbatim"], ["missing"], "4.1.3", note="no citation"),
 Q("C21", "contains 64 actions, but few have measurable outcomes or clear owners", "7", ["verbatim"], ["correct"], "8.1.1", cited=["8.1.1"]),
 Q("C22", "the council needs a single improvement and recovery plan, owned by members and officers together", "7", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"]),
 Q("C23", "establish an improvement and recovery board, with external membership, to oversee delivery of its improvement and recovery plan", "7",
   ["verbatim"], ["correct"], "R10", cited=["R10"], note="cited as (Recommendation 10)"),
 Q("C24", "would not feel safe raising a concern about the conduct of a senior member", "7", ["verbatim"], ["correct"], "3.3.1", cited=["3.3.1"]),
 Q("C25", "made a strong start", "7", ["verbatim"], ["correct"], "3.2.2", cited=["3.2.2"], kind="fragment"),
 X("C26", "make arrangements to secure continuous improvement in the way in which its functions are exercised", "7", "section 3 of the Local Government Act 1999"),
 # appendix 2 table cells
 Q("C27", "adopt a revised constitution by March 2026", "7", ["verbatim"], ["correct"], "R1", cited=["R1"], kind="table cell"),
 Q("C28", "every executive decision ... within five working days", "7", ["minor"], ["correct"], "R2", cited=["R2"], kind="table cell, ellipsis",
   source_text="publish a record of every executive decision, including those taken by individual cabinet members, within five working days of the decision"),
 Q("C29", "a programme of culture change", "7", ["verbatim"], ["wrong"], "R4", cited=["R3"], kind="table cell, wrong recommendation", note="the words are Recommendation 4; the cell cites R3"),
 Q("C30", "rebuild its general fund reserve to at least £10 million by March 2028", "7", ["misquote"], ["correct"], "R5", cited=["R5"], kind="table cell, number altered",
   source_text="rebuild its general fund reserve to at least £12 million by March 2028", note="£12 million in the report"),
 Q("C31", "valid call-ins are heard by the committee", "7", ["verbatim"], ["correct"], "R7", cited=["R7"], kind="table cell"),
 Q("C32", "Appoint at least two independent members", "7", ["verbatim"], ["correct"], "R8", cited=["R8"], kind="table cell"),
 # item 8a motion A
 Q("C33", "a culture in which challenge is unwelcome", "8a", ["verbatim"], ["correct"], "1.2.3", cited=["1.2.3"]),
 Q("C34", "the Leader's office runs the council, not the Corporate Leadership Team", "8a", ["out_of_context"], ["correct"], "3.1.3", cited=["3.1.3"],
   kind="attribution dropped", context_dropped="One senior officer told us that",
   note="one officer's view, which the inspectors 'do not accept ... in full', presented as the inspectors' finding"),
 Q("C35", "Opposition members are routinely refused information that they have requested", "8a", ["verbatim"], ["correct"], "3.1.2", cited=["3.1.2"]),
 Q("C36", "four were taken in private session without the reasons for exclusion being recorded", "8a", ["verbatim"], ["correct"], "2.2.2", cited=["2.2.2"]),
 Q("C37", "a small clique taking big decisions without any scrutiny", "8a", ["paraphrase", "misquote"], ["correct"], "1.2.3", cited=["1.2.3"], kind="reworded, sharpened",
   source_text="the council has allowed a small group of members and officers to take significant decisions without the scrutiny those decisions required", strict=False,
   note="the report's point in the motion's words; 'without any scrutiny' overstates 'without the scrutiny those decisions required'"),
 Q("C38", "a council that has lost its way", "8a", ["not_found"], ["wrong"], None, source=None, cited=["executive summary"], kind="invented",
   note="no such words in the report; cited to the executive summary"),
 # item 8b amendment: repeats and changes
 Q("C39", "a culture in which challenge is unwelcome", "8b", ["verbatim"], ["correct"], "1.2.3", cited=["1.2.3"], kind="repeated in amendment", note="repeats C33"),
 Q("C40", "the Leader's office runs the council, not the Corporate Leadership Team", "8b", ["out_of_context"], ["correct"], "3.1.3", cited=["3.1.3"],
   kind="repeated in struck-through text", context_dropped="One senior officer told us that", note="the original motion's words, shown struck through"),
 Q("C41", "the Leader's office runs the council, not the Corporate Leadership Team", "8b", ["verbatim"], ["correct"], "3.1.3", cited=["3.1.3"], occurrence=2,
   kind="context restored", note="the inserted text gives the attribution to a senior officer: a control, not out of context"),
 Q("C42", "do not accept that description in full", "8b", ["verbatim"], ["correct"], "3.1.3", cited=["3.1.3"]),
 Q("C43", "We accept that members relied on officer advice", "8b", ["out_of_context"], ["correct"], "2.2.4", cited=["2.2.4"], kind="qualification dropped",
   context_dropped="but that advice was incomplete and members did not seek to test it", note="the same sentence goes on to say the advice was incomplete and members did not test it"),
 Q("C44", "There is capacity to improve", "8b", ["verbatim"], ["correct"], "1.2.5", cited=["1.2.5"]),
 Q("C45", "has made a strong start", "8b", ["verbatim"], ["correct"], "3.2.2", cited=["3.2.2"]),
 Q("C46", "Local democratic accountability must be restored as soon as possible", "8b", ["misquote"], ["correct"], "6", source="letter", cited_document="letter",
   kind="condition replaced", source_text="Local democratic accountability must be restored as soon as the council has shown that it can sustain improvement",
   note="the letter makes restoration conditional on sustained improvement; 'as soon as possible' drops the condition"),
 # item 8c motions B and C
 Q("C47", "Tenants' satisfaction with the repairs service fell from 78% in 2021/22 to 54% in 2023/24", "8c", ["verbatim"], ["correct"], "6.2.2", cited=["6.2.2"]),
 Q("C48", "contract management has been weak", "8c", ["verbatim"], ["wrong"], "6.2.2", cited=["6.2.3"], note="the words are in 6.2.2, cited as 6.2.3"),
 Q("C49", "the contractor met only six of its 17 targets and was never penalised", "8c", ["paraphrase", "misquote"], ["correct"], "6.2.3", cited=["6.2.3"], kind="reworded",
   source_text="Of the 17 key performance indicators in the contract, the contractor met six in 2023/24. No financial deductions were made, although the contract allows for them.",
   strict=False, note="6.2.3's meaning in the motion's words"),
 X("C50", "repairs done right, first time, every time", "8c", "the Hembury Tenancy Charter 2021"),
 X("C51", "The Government attaches great importance to Green Belts", "8c", "National Planning Policy Framework"),
 X("C52", "essential characteristics are their openness and their permanence", "8c", "National Planning Policy Framework"),
 # item 9 members' questions (table)
 Q("C53", "has not been given the resources to manage a capital programme of this size", "9", ["verbatim"], ["correct"], "4.3.2", cited=["4.3.2"], kind="table cell"),
 Q("C54", "14 vacancies in a finance establishment of 62 posts", "9", ["verbatim"], ["correct"], "4.3.2", cited=["4.3.2"], kind="table cell"),
 Q("C55", "only four times in five years", "9", ["paraphrase", "misquote"], ["correct"], "2.3.1", cited=["2.3.1"], kind="table cell, reworded",
   source_text="met four times between 2019 and 2024", strict=False, note="'in five years' and 'only' are the questioner's gloss"),
 Q("C56", "is a welcome step", "9", ["out_of_context", "verbatim"], ["correct"], "2.3.3", cited=["2.3.3"], kind="table cell, qualification dropped",
   context_dropped="but it came late", strict=False, note="the report adds that it came late"),
 Q("C57", "£14.3 million through waivers of the contract procedure rules", "9", ["verbatim"], ["wrong"], "6.1.2", cited_pages=[8], kind="table cell, wrong page",
   note="6.1.2 is on printed page 9 (PDF page 11), not page 8"),
 Q("C58", "a principal driver of the council’s overspend", "9", ["verbatim"], ["correct"], "7.2.1", cited=["7.2.1"], kind="table cell"),
 Q("C59", "recognised the exceptional national pressures on children’s social care", "9", ["not_found"], ["wrong"], None, source=None, cited=["7.2.1"],
   kind="table cell, invented", note="7.2.1 says nothing of national pressures"),
 Q("C60", "the council missed the deadline for two funding bids in 2024 because Cabinet approval was not obtained in time", "9", ["verbatim"], ["wrong"], "7.3.2", cited=["7.3.1"],
   kind="table cell, wrong paragraph", note="the words are 7.3.2's; cited as 7.3.1"),
 Q("C61", "212 in March 2022 to 587 in March 2024", "9", ["verbatim"], ["correct"], "7.1.1", cited=["7.1.1"], kind="table cell"),
]

SCRUTINY = [
 # item 3 minutes
 Q("S1", "a consolation prize", "3", ["verbatim"], ["correct"], "5.1.1", cited=["5.1.1"], note="attributed to members, as the report does"),
 Q("S2", "employs one scrutiny officer, who also supports two other committees", "3", ["verbatim"], ["correct"], "5.1.4", cited=["5.1.4"]),
 Q("S3", "the Overview and Scrutiny Committee has not considered the Quayside company at any of its meetings since 2021", "3", ["verbatim"], ["wrong"], "5.1.2", cited=["5.1.3"],
   note="the words are 5.1.2's; cited as 5.1.3"),
 Q("S4", "lack commitment", "3", ["out_of_context"], ["correct"], "5.1.4", cited=["5.1.4"], kind="negation dropped", context_dropped="We do not say that", strict=False,
   note="Cllr Hepple's reading; the next sentence of the minute corrects it. The report says it does not say that scrutiny members lack commitment"),
 Q("S5", "largely made up of items put forward by officers", "3", ["verbatim"], ["correct"], "5.1.2", cited=["5.1.2"]),
 Q("S6", "the call-in was rejected by the chair as invalid on procedural grounds", "3", ["verbatim"], ["correct"], "5.1.3", cited=["5.1.3"]),
 X("S7", "provides constructive ‘critical friend’ challenge", "3", "Centre for Governance and Scrutiny principles"),
 X("S8", "should be member-led", "3", "statutory guidance on overview and scrutiny"),
 # item 4 call-in: Monitoring Officer's report
 X("S9", "a decision may be called in by any five non-executive members within five clear working days of publication of the decision", "4", "Overview and Scrutiny Procedure Rules, rule 16.2"),
 X("S10", "the reasons for the call-in and the outcome desired", "4", "Overview and Scrutiny Procedure Rules, rule 16.4"),
 Q("S11", "On both occasions the call-in was rejected by the chair as invalid on procedural grounds", "4", ["verbatim"], ["correct"], "5.1.3", cited=["5.1.3"]),
 Q("S12", "so that valid call-ins are heard by the committee", "4", ["verbatim"], ["correct"], "R7", cited=["R7"]),
 X("S13", "the decision shall take effect on the date of the meeting", "4", "Overview and Scrutiny Procedure Rules, rule 16.9"),
 # Appendix A: call-in request (table cells)
 Q("S14", "the council needs a single improvement and recovery plan, owned by members and officers together", "4", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"], kind="table cell"),
 Q("S15", "clear milestones and a realistic assessment of the resources needed to deliver it", "4", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"], kind="table cell"),
 Q("S16", "contains 46 actions, but few have measurable outcomes", "4", ["misquote"], ["correct"], "8.1.1", cited=["8.1.1"], kind="table cell, number altered",
   source_text="It contains 64 actions, but few have measurable outcomes", note="64 in the report, 46 here"),
 Q("S17", "does not address culture", "4", ["verbatim"], ["wrong"], "8.1.1", cited=["8.1.3"], kind="table cell, wrong paragraph"),
 Q("S18", "on progress to full council every six months", "4", ["verbatim"], ["correct"], "R10", cited=["R10"], kind="table cell"),
 Q("S19", "the plan must be approved by full council before it is submitted to commissioners", "4", ["not_found"], ["wrong"], None, source=None, cited=["R10"],
   kind="table cell, invented", note="Recommendation 10 says no such thing (the officer response says so too)"),
 Q("S20", "the capacity and sometimes the will to fix its own failings", "4", ["paraphrase", "misquote"], ["correct"], "8.1.3", cited=["8.1.3"], kind="table cell, reworded",
   source_text="The council has lacked the capacity and, at times, the willingness to address the failings we describe.", strict=False),
 Q("S21", "does not need outside help to put its house in order", "4", ["verbatim"], ["correct"], "8.1.3", cited=["8.1.3"], kind="table cell, attribution kept",
   note="correctly given as what the Leader told the inspectors: a control"),
 Q("S22", "to the satisfaction of the commissioners within six months", "4", ["verbatim"], ["correct"], "5", source="letter", cited_document="letter", kind="table cell",
   note="the Secretary of State's letter of 14 May, paragraph 5"),
 # Appendix B: decision record (table cells)
 Q("S23", "with external membership", "4", ["verbatim"], ["correct"], "R10", cited=["R10"], kind="table cell"),
 Q("S24", "to the satisfaction of the commissioners within six months", "4", ["verbatim"], ["missing", "unverifiable"], "5", source="letter", occurrence=2, kind="table cell",
   strict=False, note="presented as the words of the directions; they are the letter's (paragraph 5)"),
 Q("S25", "does not address culture", "4", ["verbatim"], ["correct"], "8.1.1", cited=["8.1.1"], occurrence=2, kind="table cell"),
 # Appendix C: officer response
 Q("S26", "We consider that the council needs a single improvement and recovery plan, owned by members and officers together", "4", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"]),
 Q("S27", "contains 64 actions, but few have measurable outcomes or clear owners", "4", ["verbatim"], ["correct"], "8.1.1", cited=["8.1.1"]),
 Q("S28", "does not address culture", "4", ["verbatim"], ["correct"], "8.1.1", cited=["8.1.1"], occurrence=3,
   note="the sentence places the words in paragraph 8.1.1 'rather than 8.1.3'"),
 Q("S29", "nearly half of the staff who responded to our survey said that they would not feel safe raising a concern about the conduct of a senior member", "4",
   ["verbatim"], ["correct"], "1.2.3", cited=["1.2.3"]),
 Q("S30", "establish an improvement and recovery board, with external membership", "4", ["verbatim"], ["correct"], "R10", cited=["R10"]),
 Q("S31", "to full council every six months", "4", ["verbatim"], ["correct"], "R10", cited=["R10"]),
 Q("S32", "There is capacity to improve", "4", ["verbatim"], ["correct"], "1.2.5", cited=["1.2.5"]),
 Q("S33", "can make the changes needed, at the pace needed", "4", ["out_of_context"], ["correct"], "1.2.5", cited=["1.2.5"], kind="negation dropped",
   context_dropped="we do not consider that the council", note="the report says it does not consider the council can make the changes at that pace without external support"),
 Q("S34", "has made a strong start ... [and] has commissioned reviews of the constitution and of the company", "4", ["minor"], ["correct"], "3.2.2", cited=["3.2.2"],
   kind="ellipsis and insertion", source_text="The current Chief Executive has made a strong start. Staff told us that she is visible and approachable, and she has commissioned reviews of the constitution and of the company.",
   note="omits what staff said about visibility; meaning unchanged"),
 Q("S35", "would exercise the council's functions relating to the appointment and dismissal of statutory officers and to the governance of Hembury Quayside Developments Limited", "4",
   ["verbatim"], ["correct"], "5", source="letter", cited_document="letter"),
 # item 5 progress report
 Q("S36", "the council needs a single improvement and recovery plan, owned by members and officers together", "5", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"],
   kind="repeated in a later item", note="repeats S14/S26"),
 X("S37", "our people as our greatest asset", "5", "the council's People Strategy 2023-2026"),
 Q("S38", "no case in which a whistleblower had been victimised", "5", ["out_of_context"], ["correct"], "3.3.2", cited=["3.3.2"], kind="attribution and qualification dropped",
   context_dropped="but the perception that it could happen is widespread",
   note="the inspectors were 'told of' no case and add that the perception that it could happen is widespread"),
 Q("S39", "full review of its constitution", "5", ["verbatim"], ["correct"], "R1", cited=["R1"], kind="table cell"),
 Q("S40", "informed by a repeat staff survey within 6 months", "5", ["misquote"], ["correct"], "R4", cited=["R4"], kind="table cell, number altered",
   source_text="informed by a repeat staff survey within 12 months", note="12 months in the report"),
 Q("S41", "Rebuild its general fund reserve to at least £12 million by March 2028", "5", ["verbatim"], ["correct"], "R5", cited=["R5"], kind="table cell"),
 Q("S42", "dedicated officer support", "5", ["verbatim"], ["correct"], "R7", cited=["R7"], kind="table cell"),
 Q("S43", "An improvement and recovery board, with external membership", "5", ["verbatim"], ["correct"], "R10", cited=["R10"], kind="table cell"),
 # item 6 work programme
 Q("S44", "largely made up of items put forward by officers", "6", ["verbatim"], ["correct"], "5.1.2", cited=["5.1.2"], kind="repeated in a later item"),
 X("S45", "matter most to local people", "6", "statutory guidance on overview and scrutiny"),
]

QUOTES = {"pack-council": COUNCIL, "pack-scrutiny": SCRUTINY}
