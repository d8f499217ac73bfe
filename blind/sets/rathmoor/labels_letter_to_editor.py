"""Labels for letter-to-editor.txt (a former councillor's letter to the Rathmoor Mercury)."""
from labels_lib import Doc, words_of as W

d = Doc("letter-to-editor.txt", "article")
Q, C, N = d.Q, d.C, d.N

# ---------------------------------------------------------------- quotations
Q("failing to comply with its best value duty", ["verbatim"], ["correct"], "1.8", ["1.8"],
  note="words of 1.8 (also 10.1); para 1.8 cited")
Q("the capacity to secure the necessary improvement without external support", ["verbatim"],
  ["missing", "correct"], "1.8", [], strict=False,
  note="1.8's words; the (para 1.8) before it in the sentence belongs to the first quotation")
Q("unless the council acts quickly, its usable reserves will be exhausted during 2026/27",
  ["verbatim"], ["correct"], "5.2", ["5.2"], note="last sentence of 5.2 (repeated in 1.3)")
Q("a section 114 notice is inevitable", ["out_of_context"], ["correct"], "5.3", ["5.3"],
  kind="negation_dropped", context_dropped="We do not consider that",
  note="5.3 says 'We do not consider that a section 114 notice is inevitable'; presented as the inspectors saying it is")
Q("a sound decision at the time", ["not_found"], ["missing"], None, [], kind="invented",
  note="the Leader's alleged wording; the report never says it (the letter-writer says so too)")
Q("we do not suggest that the decision to invest in commercial property was unlawful at the time it was taken",
  ["verbatim"], ["missing"], "5.11", [], note="5.11, first sentence, no citation")
Q("exposed the council to risks it did not understand", ["verbatim"], ["missing"], "5.11", [])
Q("Decisions of real consequence are taken late, by too few people, and with too little challenge",
  ["verbatim"], ["correct"], "1.2", [], pages=[4], kind="page citation",
  note="1.2 is on page 4 of report.pdf (printed Page 4 of 27)")
Q("The constitution is not reliably followed", ["verbatim"], ["correct"], "1.2", ["1.2"])
Q("had been known to officers since the previous summer", ["verbatim"], ["missing"], "3.4", [],
  note="3.4 is cited in the sentence before, not with the quotation")
Q("made in the Leader’s office and rubber-stamped at Cabinet", ["verbatim"], ["missing"], "3.7", [],
  kind="attribution kept", note="control: the document says one officer told the inspectors this, as 3.7 does")
Q("did not see evidence that Cabinet had been bypassed on any decision", ["verbatim"], ["missing"],
  "3.7", [])
Q("an open and supportive culture", ["verbatim"], ["correct", "missing"], "4.3", ["4.3"],
  kind="attribution kept", strict=False,
  note="attributed to the council's submission, as in 4.3; the (para 4.3) closes the sentence after the next quotation")
Q("the evidence of our survey, and of our interviews, does not support that statement",
  ["verbatim"], ["correct"], "4.3", ["4.3"])
Q("a culture of fear", ["not_found"], ["wrong"], None, ["4.6"], kind="invented",
  note="'the report's phrase' is not the report's: no place says 'culture of fear'; 4.6 cited")
Q("Relationships between members … are poor", ["minor"], ["correct"], "1.4", ["1.4"],
  kind="ellipsis", source_text=W("1.4", "Relationships between members"),
  note="the cut ('and between some members and senior officers') marked by an ellipsis")
Q("has had three section 151 officers in two years", ["misquote"], ["correct"], "1.4", ["1.4"],
  kind="changed_number", source_text=W("1.4", "the council has had three section 151 officers", "in three years"),
  note="1.4 says 'in three years'")
Q("has not been given the staff it needs", ["paraphrase", "misquote"], ["correct"], "5.17", ["5.17"],
  kind="reworded", source_text=W("5.17", "the council has not given its finance function the resources it needs"),
  strict=False, note="5.17's meaning (finance function not given the resources it needs) in other words")
Q("political point-scoring", ["verbatim", "out_of_context"], ["correct"], "6.3", ["6.3"],
  strict=False,
  note="6.3: several members of the administration described scrutiny so; the document says 'was dismissed as', keeping it someone's view, and adds the inspectors' 'both views' line")
Q("both views contain some truth", ["verbatim"], ["missing", "correct"], "6.3", [], strict=False,
  note="6.3; the (para 6.3) stands before this quotation in the sentence")
Q("12 did not set out the options considered", ["verbatim"], ["correct"], "3.9", ["3.9"])
Q("did not determine any complaint within the council’s own target of three months",
  ["verbatim"], ["correct"], "3.13", ["3.13"])
Q("has not exercised the oversight a shareholder should", ["verbatim"], ["correct"], "1.6",
  ["executive summary"], kind="chapter citation",
  note="1.6 sits in chapter 1, the Executive summary")
Q("[the committee] did not receive the company’s accounts, its risk register or its revised business plan",
  ["minor"], ["correct"], "5.14", ["5.14"], kind="bracketed insertion",
  source_text=W("5.14", "It did not receive"), note="'It' replaced by a bracketed '[the committee]'")
Q("could transform the town centre", ["verbatim"], ["missing", "wrong"], "8.4", [], strict=False,
  kind="attribution kept",
  note="8.4: partners told us the scheme could transform the town centre; the document keeps 'in the words of partners'; the (para 8.5) belongs to the next quotation")
Q("the scheme represents a significant financial risk to the council", ["out_of_context"],
  ["correct"], "8.5", ["8.5"], kind="condition_dropped",
  context_dropped="unless those arrangements are put on a secure footing",
  note="8.5 makes the risk conditional: 'unless those arrangements are put on a secure footing'")
Q("412 reports of damp and mould", ["verbatim"], ["correct"], "9.2", ["9.2"])
Q("96 of them for more than six months", ["verbatim"], ["correct"], "9.2", ["9.2"])
Q("overturned officers’ recommendations in 9 of 38 major applications", ["verbatim"], ["wrong"],
  "9.6", ["9.5"], kind="wrong paragraph", note="the words are 9.6's; 9.5 is about speed of decisions")
Q("lost five of the appeals that followed", ["verbatim"], ["wrong"], "9.6", ["9.5"],
  kind="wrong paragraph")
Q("contains 96 actions but no priorities and no costings", ["verbatim"], ["correct"], "10.3", ["10.3"])
Q("Its delivery depends on the same leadership that has presided over the council’s decline",
  ["verbatim"], ["wrong"], "10.3", ["10.4"], kind="wrong paragraph", note="last sentence of 10.3")
Q("there is much that is good in Rathmoor", ["verbatim"], ["missing"], "1.7", [])
Q("has made a good start", ["verbatim"], ["correct"], "4.1", ["4.1"],
  note="4.1 says the present Chief Executive has made a good start (5.17 says it of the s151 officer)")
Q("is not a judgement on the many staff who serve Rathmoor’s residents well", ["verbatim"],
  ["correct"], "8", [], source="letter", doc="letter",
  note="letter paragraph 8; cited as the Secretary of State's letter of 4 February")
Q("sobering reading", ["verbatim"], ["correct"], "2", [], source="letter", doc="letter",
  note="letter paragraph 2: 'The report makes for sobering reading.'")
Q("the capacity to secure the necessary improvement on its own", ["verbatim"], ["correct"], "3", [],
  source="letter", doc="letter", note="letter paragraph 3")
Q("were largely inherited", ["verbatim"], ["missing"], "1.7", [], kind="attribution kept",
  note="control: attributed to the Leader, as in 1.7")
Q("We have not found that to be the case", ["verbatim"], ["correct"], "1.7", ["1.7"])
Q("largely ignored", ["not_found"], ["missing"], None, [], kind="invented",
  note="the report never mentions a peer review or says 'largely ignored'")
Q("to at least £15 million by 2028", ["misquote"], ["correct"], "R4", ["R4"], kind="changed_number",
  source_text=W("R4", "rebuild its general fund reserve"), note="R4 says at least £10 million")
Q("within two months", ["verbatim"], ["correct"], "R7", ["R7"], note="cited as 'Recommendation 7'")

# ---------------------------------------------------------------- claims
C("They did not reach that view lightly: they held 112 interviews and read more than 2,300 documents.",
  ["supported"], "1.1", W("1.1", "We held 112 interviews"), "1.1",
  figures=[("112", "holds", "112"), ("more than 2,300", "holds", "more than 2,300")],
  kind="figures exact; bound", note="1.1")
C("The general fund reserve fell from £14.2m in 2021 to £5.3m in 2024 (para 5.1).", ["supported"], "5.1",
  W("5.1", "The council's general fund reserve stood", "had fallen to £5.3 million."), "5.1", ["5.1"],
  figures=[("£14.2m", "holds", "£14.2 million"), ("£5.3m", "holds", "£5.3 million")],
  kind="units written another way")
C("That is £8.9m gone in three years, well over half of it.", ["supported"], "5.1",
  W("5.1", "The council's general fund reserve stood", "had fallen to £5.3 million."), "5.1",
  figures=[("£8.9m", "holds", "£14.2 million - £5.3 million"),
           ("well over half", "holds", "(£14.2 million - £5.3 million) / £14.2 million = 63%")],
  kind="difference and share computed; continuing attribution")
C("This year’s overspend is forecast at £7.8 million, according to the report.", ["supported"], "5.4",
  W("5.4", "The council is forecasting an overspend"), "5.4",
  figures=[("£7.8 million", "holds", "£7.8 million")], kind="attribution at the end")
C("The council’s net budget is only £36.1 million this year, the report notes.", ["figure_differs"], "5.4",
  W("5.4", "The council is forecasting an overspend"), "5.4",
  figures=[("£36.1 million", "differs", "£31.6 million")], kind="figure differs (transposed digits)",
  note="the net revenue budget for 2024/25 is £31.6 million (2.6, 5.4)")
C("The council’s debt nearly trebled, from £96 million in 2019 to £287 million last year, and the inspectors say that servicing it now eats up more than a fifth of the council’s budget (para 5.8).",
  ["supported"], "5.8", W("5.8", "The council's borrowing has grown"), "5.8", ["5.8"],
  figures=[("nearly trebled", "holds", "£96 million to £287 million (x2.99)"),
           ("£96 million", "holds", "£96 million"), ("£287 million", "holds", "£287 million"),
           ("more than a fifth", "holds", "22%")],
  kind="multiple; share in words", note="22% from the last sentence of 5.8; borrowing from the first")
C("Eleven commercial properties were bought for £64 million, most of them outside the borough, on the promise of a 6.5% return; they made 4.1% (para 5.11).",
  ["elsewhere"], "5.10", place_ev := W("5.10", "Between 2019 and 2021", "two of the properties are now vacant."),
  "5.10", ["5.11"],
  figures=[("Eleven", "holds", "eleven"), ("£64 million", "holds", "£64 million"),
           ("most of them", "holds", "seven of them"), ("6.5%", "holds", "6.5%"), ("4.1%", "holds", "4.1%")],
  kind="wrong paragraph cited", note="the figures are 5.10's; 5.11 is the paragraph on lawfulness")
C("In 2023/24 alone the council took 23 key decisions under the urgency rules, and eleven of them never appeared on the forward plan at all (para 3.3).",
  ["supported"], "3.3", W("3.3", "In 2023/24 the council took", "not on the forward plan at all"), "3.3", ["3.3"],
  figures=[("23", "holds", "23"), ("eleven", "holds", "Eleven")], kind="figures exact")
C("One of them was the decision to lend another £9.2 million to the council’s own company, Rathmoor Regeneration Company (para 3.4).",
  ["supported"], "3.4", W("3.4", "Among the urgent decisions"), "3.4", ["3.4"],
  figures=[("£9.2 million", "holds", "£9.2 million")], kind="continuing attribution")
C("But they also found that 17 of the 41 Cabinet reports they looked at were published late and 9 were simply tabled on the night (para 3.8).",
  ["supported"], "3.8", W("3.8", "Of the 41 Cabinet reports"), "3.8", ["3.8"],
  figures=[("17", "holds", "17"), ("41", "holds", "41"), ("9", "holds", "9")], kind="figures exact")
C("Nearly half the staff who answered the inspectors’ survey said they would not feel safe raising a concern (para 4.4).",
  ["supported"], "4.4", W("4.4", "The most striking finding"), "4.4", ["4.4"],
  figures=[("Nearly half", "holds", "47%")], kind="figure in words")
C("Only 29 per cent said senior leaders communicate a clear vision.", ["supported"], "4.5",
  W("4.5", "Only 29% of respondents"), "4.5", figures=[("29 per cent", "holds", "29%")],
  kind="per cent; continuing attribution")
C("Almost two-thirds said morale in their team had got worse.", ["supported"], "4.5",
  W("4.5", "Only 29% of respondents"), "4.5", figures=[("Almost two-thirds", "holds", "64%")],
  kind="fraction in words")
C("Only 34 per cent of staff agreed that the council listened to them.", ["figure_differs"], "8.6",
  W("8.6", "Only 34% agreed"), "8.6", figures=[("34 per cent", "differs", "34%")],
  kind="right figure, another thing", note="34% is of residents in the 2023 residents' survey (8.6), not of staff")
C("Staff turnover rose to nearly 18 per cent, and spending on agency and interim staff nearly doubled to £4.3 million (para 4.8).",
  ["supported"], "4.8", W("4.8", "Staff turnover rose", "it spent in 2021/22."), "4.8", ["4.8"],
  figures=[("nearly 18 per cent", "holds", "17.9%"), ("nearly doubled", "holds", "£4.3 million against £2.2 million"),
           ("£4.3 million", "holds", "£4.3 million")], kind="rounded; multiple")
C("The Overview and Scrutiny Committee made 14 recommendations to Cabinet in 2023/24 and just two were accepted.",
  ["supported"], "6.1", W("6.1", "It made 14 recommendations"), "6.1",
  figures=[("14", "holds", "14"), ("two", "holds", "2")], kind="figures exact, number in words")
C("Meanwhile the Audit and Governance Committee had no independent member until last April, and 53 internal audit recommendations were overdue when the inspectors arrived, 19 of them high priority.",
  ["supported"], "6.5", W("6.5", "At the time of our inspection"), "6.5",
  figures=[("53", "holds", "53"), ("19", "holds", "19")], kind="figures exact")
C("Nineteen code of conduct complaints were made by one councillor about another.", ["supported"], "3.13",
  W("3.13", "Nineteen of those complaints"), "3.13", figures=[("Nineteen", "holds", "Nineteen")],
  kind="continuing attribution ('The report found' two sentences before)")
C("Rathmoor Regeneration Company has borrowed £38.5 million from the council and built 84 homes, when its business plan promised 450 (para 5.13).",
  ["supported"], "5.13", W("5.13", "The council has lent the company", "in its 2020 business plan."), "5.13", ["5.13"],
  figures=[("£38.5 million", "holds", "£38.5 million"), ("84", "holds", "84"), ("450", "holds", "450")],
  kind="figures exact")
C("It also says the auditors’ warning about the company’s going concern status was never reported to Cabinet, to the audit committee or to Full Council.",
  ["supported"], "5.15", W("5.15", "That was not reported"), "5.15", kind="continuing attribution",
  note="5.15: the material uncertainty about going concern was not reported to Cabinet, the Audit and Governance Committee or Full Council")
C("The inspectors recommend an independent review of the company (R6), and I hope the commissioners insist on it.",
  ["supported"], "R6", W("R6", "The council should commission"), "R6", ["R6"], kind="recommendation cited")
C("Spending on temporary accommodation trebled, from £1.9 million to £5.7 million, and there were 341 households in it last March (para 9.1).",
  ["supported"], "9.1", W("9.1", "The number of households in temporary", "in 2023/24."), "9.1", ["9.1"],
  figures=[("trebled", "holds", "£1.9 million to £5.7 million (x3.0)"), ("£1.9 million", "holds", "£1.9 million"),
           ("£5.7 million", "holds", "£5.7 million"), ("341", "holds", "341")], kind="multiple")
C("The last full stock condition survey was done in 2016.", ["supported"], "9.2",
  W("9.2", "The council has not yet carried out"), "9.2", kind="no attribution word; report's fact")
C("Front-line staff are praised, and the waste service is said to perform well, with a recycling rate of 48 per cent (para 9.7).",
  ["supported"], "9.7", W("9.7", "The recycling rate"), "9.7", ["9.7"], hedge="is said to",
  figures=[("48 per cent", "holds", "48%")], kind="hedged attribution; per cent",
  note="waste in 9.7; the praise of front-line staff is in 1.7")
C("The letter proposes that the intervention should run until 31 January 2028, three years in all.",
  ["supported"], "5", W("5", "I propose that the intervention", role="letter"), "5", source="letter",
  doc="letter", figures=[("three years", "holds", "three years")], kind="claim about the letter")
C("The Secretary of State says he is minded to appoint a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.",
  ["supported"], "4", W("4", "I am therefore minded", role="letter"), "4", source="letter", doc="letter",
  kind="claim about the letter")
C("The letter also says the commissioners will take over the council’s planning decisions, which I confess I had not expected.",
  ["not_supported"], None, W("4", "The commissioners would have powers", role="letter"), "4", source="letter",
  doc="letter", kind="claim about the letter; not in it",
  note="the letter's list of commissioners' powers (paragraph 4) does not include planning")
C("It was the Leader who told the inspectors that the administration had turned a corner.", ["supported"], "1.7",
  W("1.7", "The Leader told us"), "1.7", kind="inspectors as object; someone's view kept as theirs")
C("Finally, to those who still say all this was inherited: the report found otherwise.", ["supported"], "1.7",
  W("1.7", "The Leader told us", "We have not found that to be the case."), "1.7", kind="contradiction of a quoted view")
C("The Local Government Association’s peer review warned of all this in 2022.", ["unverifiable"], None,
  doc="other", kind="named document not a source", note="an LGA peer review is not among the sources")
C("The inspectors also want the contracts register completed and every contract over £100,000 reported to members (para 11.2).",
  ["elsewhere"], "R9", W("R9", "The council should put in place"), "R9", ["11.2"],
  figures=[("£100,000", "holds", "£100,000")], kind="paragraph that does not exist",
  note="there is no chapter 11; R9 carries it")
C("The report also criticises the council’s handling of the car parking charges review, which cost traders in Market Street dearly.",
  ["not_supported"], None, absent=["parking", "traders"], kind="subject never discussed",
  note="neither source mentions car parking")

# ---------------------------------------------------------------- not claims
for t in ["I would urge every reader of the Mercury to do the same",
          "Start with the money, because everything else follows from it.",
          "I sat through too many of those meetings.",
          "Members were handed papers as they sat down and asked to vote twenty minutes later.",
          "No organisation can be run like that.",
          "That is, frankly, a scandal.",
          "That costs money we do not have.",
          "Those are modest asks.",
          "We were told we were scaremongering.",
          "Some will say that the report was a stitch-up by Whitehall. It was not.",
          "Yours faithfully,"]:
    N(t)

d.write()
