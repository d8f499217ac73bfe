"""Write pack-<name>.labels.json (quotes by hand; pack_page and items filled by build_packs.py)."""
import json, sys

REPORT = {"pdf": "report.pdf", "title": "Best Value Inspection of Bramcote Metropolitan Borough Council", "role": "report"}
LETTER = {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Bramcote Metropolitan Borough Council",
          "role": "letter", "alias": "the Secretary of State's letter of 22 September 2026"}
FURN = ["^\\s*Page \\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$", "^\\s*Cabinet – 15 October 2026\\s*$",
        "^\\s*Overview and Scrutiny Committee – 3 November 2026\\s*$", "^\\s*Bramcote Metropolitan Borough Council\\s*$"]


def Q(id, item, text, verdict, citation, section, source="report", cited=(), cited_pages=(), cited_document=None,
      source_text=None, context_dropped=None, kind="exact", strict=True, note="", concerns=True):
    d = {"id": id, "text": text, "concerns": concerns, "item": item, "pack_page": None}
    if not concerns:
        d.update({"verdict": [], "citation": [], "section": None, "source": None, "cited": [], "kind": kind, "note": note})
        return d
    d.update({"verdict": verdict, "citation": citation, "cited": list(cited), "cited_pages": list(cited_pages),
              "cited_document": cited_document, "section": section, "source": source if section or source == "letter" else None,
              "kind": kind, "strict": strict, "note": note})
    if source_text: d["source_text"] = source_text
    if context_dropped: d["context_dropped"] = context_dropped
    return d


CABINET = [
 # Item 3: minutes of 24 September
 Q("C1", "3", "failing to comply with its best value duty in respect of leadership, governance, culture and the use of resources",
   ["verbatim"], ["missing"], "ES2", kind="exact", note="Leader's statement; ES2 word for word, no reference given"),
 Q("C2", "3", "some front-line services are well regarded by residents", ["verbatim"], ["correct"], "ES2", cited=["executive summary"],
   note="ES2; cited as (Executive Summary)"),
 Q("C3", "3", "the council can deliver the scale of change required", ["out_of_context"], ["missing"], "8.3",
   source_text="But we are not confident that the council can deliver the scale of change required unless the Secretary of State intervenes.",
   context_dropped="we are not confident that", kind="negation_dropped",
   note="the inspectors say they are NOT confident the council can deliver it (and only with intervention); the Leader presents it as an acknowledgement"),
 Q("C4", "3", "decisions are made in the Leader's office and rubber-stamped at Cabinet", ["out_of_context"], ["correct"], "2.3", cited=["2.3"],
   source_text="One officer told us that \"decisions are made in the Leader's office and rubber-stamped at Cabinet\".",
   context_dropped="One officer told us that", kind="attribution_dropped",
   note="one officer's words quoted in 2.3, presented by Cllr Desai as what the inspectors found"),
 Q("C5", "3", "We do not suggest that the Leader has acted unlawfully", ["verbatim"], ["correct"], "2.3", cited=["2.3"],
   note="2.3 word for word, cited (para 2.3)"),
 Q("C6", "3", "never once referred a decision back to Cabinet", ["paraphrase", "misquote"], ["correct"], "5.3", cited=["5.3"],
   source_text="Over the four years to March 2026 only three decisions were called in, and none of them was referred back to Cabinet.",
   kind="reworded", note="5.3 says none of the three call-ins was referred back; the quotation puts the sense in other words"),
 Q("C7", "3", "at the lower limit of what is prudent", ["verbatim"], ["correct"], "4.4", cited=["4.4"],
   note="4.4 (the inspectors share the S151 Officer's assessment), cited paragraph 4.4"),
 # Item 4: public questions and petition
 Q("C8", "4", "We the undersigned call on Bramcote Council to fix the damp in our homes on the Moorside estate before this winter, and to tell every tenant when their repair will be done.",
   None, None, None, concerns=False, kind="petition", note="the Moorside petition's own words"),
 Q("C9", "4", "a backlog of 4,180 repairs, and 312 homes had outstanding damp and mould cases older than three months", ["verbatim"], ["correct"], "7.3", cited=["7.3"],
   note="7.3 word for word, cited paragraph 7.3"),
 Q("C10", "4", "a council that has lost the trust of its residents", ["not_found"], ["missing"], None, source=None,
   kind="invented", note="no such words in the report or the letter"),
 Q("C11", "4", "housing repairs performance is poor", ["verbatim"], ["wrong"], "7.3", cited=["7.2"],
   note="the words open 7.3; the Cabinet Member cites paragraph 7.2 (Ofsted and adult social care)"),
 Q("C12", "4", "every tenant in a safe, warm and dry home", None, None, None, concerns=False, kind="council strategy",
   note="the council's Housing Strategy 2024-2029, not a source"),
 Q("C13", "4", "Cabinet members told us that they often learned of significant decisions only when the papers were published.",
   ["verbatim"], ["missing"], "2.2", note="2.2 word for word; the questioner gives no paragraph"),
 Q("C14", "4", "a credible plan for financial recovery", ["verbatim"], ["correct"], "4", source="letter", cited_document="letter",
   note="letter paragraph 4; 'The Secretary of State says' names the letter"),
 # Item 5: Chief Executive's report
 Q("C15", "5", "make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness",
   None, None, None, concerns=False, kind="statute", note="Local Government Act 1999 s3(1)"),
 Q("C16", "5", "failing to comply with its best value duty in respect of leadership, governance, culture and the use of resources",
   ["verbatim"], ["missing"], "ES2", note="repeated from the minutes (item 3): ES2 word for word; the reference in the paragraph (ES3) comes after the next quotations"),
 Q("C17", "5", "the relationship between the political leadership and the senior officer team has broken down", ["verbatim"], ["correct"], "ES3", cited=["ES3"],
   note="ES3; the sentence ends (Executive Summary, ES3)"),
 Q("C18", "5", "Decisions of consequence are routinely taken outside the formal structures of the council and then presented to Cabinet for approval",
   ["verbatim"], ["correct"], "ES3", cited=["ES3"], note="ES3 word for word"),
 Q("C19", "5", "is not failing in every service … and some front-line services are well regarded by residents", ["minor"], ["correct"], "ES2", cited=["executive summary"],
   source_text="The council is not failing in every service it provides, and some front-line services are well regarded by residents.",
   kind="ellipsis", note="'it provides,' cut and marked with an ellipsis"),
 Q("C20", "5", "capable and well respected by staff", ["verbatim"], ["correct"], "2.6", cited=["2.6"], note="2.6"),
 Q("C21", "5", "47% of staff said that they would not feel safe raising a concern about the conduct of a senior member", ["verbatim"], ["correct"], "ES5", cited=["ES5"],
   note="ES5 word for word (3.4 has the same figure in other words)"),
 Q("C22", "5", "Within three months, prepare and agree with commissioners an improvement and recovery plan, with clear milestones and member oversight.",
   ["verbatim"], ["correct"], "R1", cited=["R1"], note="Recommendation 1 in full"),
 Q("C23", "5", "get a grip on the budget gap and rebuild reserves", ["paraphrase"], ["correct"], "R4", cited=["R4"],
   source_text="Set out a credible plan to close the budget gap of £21.4 million and restore usable reserves to a prudent level.",
   kind="reworded", note="R4's sense in the officer's own words, presented as a quotation"),
 Q("C24", "5", "minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council and to appoint commissioners",
   ["verbatim"], ["correct"], "5", source="letter", cited_document="letter", note="letter paragraph 5; 'his letter of 22 September 2026'"),
 Q("C25", "5", "until 30 September 2029", ["verbatim"], ["correct"], "6", source="letter", cited_document="letter", note="letter paragraph 6"),
 Q("C26", "5", "the council … to produce an improvement and recovery plan within three months", ["minor"], ["correct"], "6", source="letter", cited_document="letter",
   source_text="I would expect the council, working with the commissioners, to produce an improvement and recovery plan within three months",
   kind="ellipsis", note="'working with the commissioners' cut, marked"),
 Q("C27", "5", "The council should not wait for my final decision before beginning the work of improvement.", ["verbatim"], ["correct"], "8", source="letter",
   cited_document="letter", note="letter paragraph 8"),
 Q("C28", "5", "a fairer, greener, growing Bramcote", None, None, None, concerns=False, kind="council plan", note="Council Plan 2024-2028"),
 # Appendix A: the plan (table cells)
 Q("C29", "5", "power is concentrated in a small group around the Leader", ["verbatim"], ["correct"], "2.2", cited=["2.2"], kind="table cell", note="plan row 1.1"),
 Q("C30", "5", "The constitution has not been comprehensively reviewed since 2015", ["verbatim"], ["correct"], "2.8", cited=["2.8"], kind="table cell", note="plan row 1.2"),
 Q("C31", "5", "That level of turnover in statutory posts is, in our experience, exceptional", ["verbatim"], ["wrong"], "ES4", cited=["2.5"],
   kind="table cell", note="the sentence is ES4's; 2.5 gives the turnover but not these words"),
 Q("C32", "5", "47% of staff said that they would not feel safe raising a concern about the conduct of a senior member", ["verbatim"], ["correct"], "ES5", cited=["ES5"],
   kind="table cell, repeated", note="plan row 3.1: the same quotation as in the covering report"),
 Q("C33", "5", "without a plan", ["verbatim"], ["correct"], "4.2", cited=["4.2"], kind="table cell", note="plan row 4.1"),
 Q("C34", "5", "Budget monitoring reports have repeatedly understated the likely outturn", ["verbatim"], ["correct"], "4.5", cited=["4.5"], kind="table cell", note="plan row 4.2"),
 Q("C35", "5", "Scrutiny at Bramcote does not hold the executive to account", ["verbatim"], ["correct"], "5.2", cited=["5.2"], kind="table cell", note="plan row 5.1"),
 Q("C36", "5", "Appoint at least two independent members to the Audit and Governance Committee", ["verbatim"], ["correct"], "R7", cited=["R7"], kind="table cell", note="plan row 5.2"),
 Q("C37", "5", "62 waivers … with a combined value of £9.4 million", ["minor"], ["correct"], "6.2", cited=["6.2"],
   source_text="In 2024/25 the council approved 62 waivers of its contract procedure rules, with a combined value of £9.4 million.",
   kind="table cell, ellipsis", note="plan row 6.1; 'of its contract procedure rules,' cut and marked"),
 Q("C38", "5", "The shareholder board met twice in three years", ["verbatim"], ["correct"], "6.6", cited=["6.6"], kind="table cell", note="plan row 6.3"),
 Q("C39", "5", "unpredictable", ["verbatim"], ["wrong"], "7.4", cited=["7.5"], kind="table cell, one word",
   note="partners' word is in 7.4; the plan cites 7.5"),
 # Appendix B: representations
 Q("C40", "5", "is not a judgement on the many dedicated staff of the council", ["verbatim"], ["correct"], "8", source="letter", cited_document="letter",
   note="letter paragraph 8, 'your statement' in a reply to the letter"),
 Q("C41", "5", "well regarded by residents", ["verbatim"], ["missing"], "ES2", note="'in the inspectors' words', no place named"),
 Q("C42", "5", "faces real pressures", ["verbatim"], ["missing"], "4.9",
   note="control: the representations keep the inspectors' qualification (funding alone does not explain the position)"),
 # Item 6: finance
 Q("C43", "6", "has deteriorated rapidly", ["verbatim"], ["missing", "correct"], "4.1",
   note="4.1; the paragraph reference comes in the next sentence"),
 Q("C44", "6", "£18.6 million at 31 March 2023 to £9.7 million at 31 March 2026", ["misquote"], ["correct"], "4.1", cited=["4.1"],
   source_text="Usable general fund reserves fell from £18.6 million at 31 March 2023 to £7.9 million at 31 March 2026",
   kind="figure_changed", note="£7.9 million becomes £9.7 million (digits transposed)"),
 Q("C45", "6", "In 2025/26 the council overspent its revenue budget by £5.8 million", ["verbatim"], ["correct"], "4.3", cited=["4.3"], note="4.3"),
 Q("C46", "6", "a zero-based review of every service budget", ["not_found"], ["wrong"], None, source=None, cited=["R4"],
   kind="invented", note="R4 asks for a credible plan to close the gap; no zero-based review appears anywhere"),
 Q("C47", "6", "if it appears to him that the expenditure of the authority incurred (including expenditure it proposes to incur) in a financial year is likely to exceed the resources (including sums borrowed) available to it to meet that expenditure",
   None, None, None, concerns=False, kind="statute", note="Local Government Finance Act 1988 s114(3)"),
 Q("C48", "6", "Unless the council acts quickly to close the gap, it will not be able to set a balanced budget for 2027/28 without exceptional financial support",
   ["verbatim"], ["correct"], "4.4", cited=["4.4"], note="4.4 keeps its condition"),
 Q("C49", "6", "the result of underfunding by central government", ["out_of_context"], ["correct"], "4.9", cited=["4.9"],
   source_text="Members told us that the council's difficulties were the result of underfunding by central government.",
   context_dropped="Members told us that", kind="attribution_dropped",
   note="what members told the inspectors, presented as the inspectors' finding; 4.9 goes on to reject it"),
 # Item 7: procurement
 Q("C50", "7", "must have regard to the importance of delivering value for money", None, None, None, concerns=False, kind="statute",
   note="Procurement Act 2023 s12(1), not a source"),
 Q("C51", "7", "around £310 million a year with third parties", ["verbatim"], ["correct"], "6.1", cited=["6.1"], note="6.1"),
 Q("C52", "7", "The contracts register is incomplete", ["verbatim"], ["correct"], "6.3", cited=["6.3"], note="6.3"),
 Q("C53", "7", "We identified 37 contracts worth more than £100,000 that did not appear on it", ["verbatim"], ["wrong"], "6.3", cited=["6.4"],
   note="6.3 holds it; cited paragraph 6.4"),
 Q("C54", "7", "We do not suggest that any individual has gained personally from these arrangements", ["verbatim"], ["correct"], "6.4", cited=["6.4"], note="6.4"),
 Q("C55", "7", "cannot show that it has obtained value for money", ["verbatim"], ["missing"], "6.4", note="6.4; no reference on this sentence"),
 # Item 8: forward plan
 Q("C57", "5", "capable and well respected by staff", ["verbatim"], ["correct"], "2.6", cited=["2.6"], kind="repeated",
   note="Appendix B repeats the covering report's quotation (paragraph 2.6 of the report)"),
 Q("C58", "5", "The council should not wait for my final decision before beginning the work of improvement", ["verbatim"], ["correct"], "8", source="letter",
   cited_document="letter", kind="repeated", note="Appendix B: 'your advice' in a reply to the letter; letter paragraph 8"),
 Q("C59", "5", "member oversight", ["verbatim"], ["correct"], "R1", cited=["R1"], note="Appendix C: 'that Recommendation 1 ... requires'"),
 Q("C56", "8", "Of 58 key decisions taken in 2025, 21 did not appear on the forward plan 28 days before the decision was made", ["verbatim"], ["correct"], "2.9", cited=["2.9"], note="2.9"),
]

# build-time hints only (not written to the labels): a phrase on the page where the labelled occurrence
# starts, for a quotation whose words occur more than once in the same item
NEAR = {"C41": "in the inspectors’ words", "C27": "He also makes clear",
        "S22": "The report states, at paragraph 2.3", "S32": "paragraph 4.9 of the report records",
        "S63": "The Best Value inspection report noted", "S13": "Recommendation 9 of the inspection report",
        "C57": "paragraph 2.6 of the report", "C58": "taken to heart", "C59": "is established by Cabinet to oversee"}

PACKS = {"cabinet": ("pack-cabinet.pdf", "Bramcote Metropolitan Borough Council, Cabinet, 15 October 2026", CABINET)}

if __name__ == "__main__":
    try:
        from scrutiny_labels import SCRUTINY
        PACKS["scrutiny"] = ("pack-scrutiny.pdf", "Bramcote Metropolitan Borough Council, Overview and Scrutiny Committee, 3 November 2026", SCRUTINY)
    except ImportError:
        pass
    for name, (pdf, title, quotes) in PACKS.items():
        d = {"pack": pdf, "title": title, "publisher": "CMIS", "pages": None, "printed_page_offset": None,
             "sources": [REPORT, LETTER], "furniture": FURN, "image_only_pages": [], "blank_pages": [],
             "agenda": [], "items": [], "quotes": quotes}
        json.dump(d, open(f"pack-{name}.labels.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(name, len(quotes), "quotes;", sum(not q["concerns"] for q in quotes), "not concerning")
