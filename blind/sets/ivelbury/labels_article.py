#!/usr/bin/env python3
"""Labels for article-weekly-paper.txt -> article-weekly-paper.labels.json"""
from labels_common import Doc

d = Doc("article-weekly-paper.txt", "article")
q, c, nc = d.q, d.c, d.nc
L = "letter"

# ---------------- quotations ----------------
q("failing to comply with its Best Value duty", "verbatim", "missing", "foreword",
  note="Also in paragraph 92 and the letter's second paragraph; no citation given.")
q("has too often treated challenge as disloyalty", "verbatim", "correct", "foreword", cited=["foreword"],
  note="'the inspectors wrote in their foreword' names the foreword, which holds the words.")
q("minded to", "verbatim", "correct", "4", source=L, cited_document="letter",
  note="The letter: 'The Secretary of State is therefore minded to exercise powers ...'.")
q("particularly concerned by the inspectors’ findings on the culture of the organisation", "verbatim", "correct", "3",
  source=L, cited_document="letter", note="The minister's letter, third paragraph.")
q("no reflection on front-line staff", ["paraphrase"], "correct", "6", source=L, cited_document="letter",
  source_text="I want to be clear that this intervention is not a judgement on the council’s front-line staff",
  kind="reworded", strict=False, note="The letter's sense ('not a judgement on the council's front-line staff') in other words.")
q("very large financial risks", "verbatim", "unverifiable", "foreword", cited_document="other",
  note="The words are the report's (foreword; also the letter), but the article cites a Ministry press notice, which is not a source.")
q("Ivelbury Invests", "verbatim", "correct", "58", cited=["58"], note="The strategy's name, in quotation marks in paragraph 58 too.")
q("net income of £2.5 million a year by 2022", "verbatim", "correct", "58", cited=["58"])
q("£61.2 million, compared with the £86.5 million the council paid for it", "verbatim", "correct", "60", cited_pages=[12],
  note="p. 12 is the printed page number; paragraph 60 starts on printed page 12 (PDF page 15, page_offset 3).")
q("circulated to members less than 24 hours before the decision", "misquote", "missing", "62",
  source_text="In four of the six cases the report was circulated to members less than 48 hours before the decision.",
  kind="changed_number", note="48 hours in the report, 24 in the quotation.")
q("of this scale were taken without proper challenge, without independent assurance and without an understanding of the risks.",
  "verbatim", "missing", "64")
q("We do not suggest that any member or officer acted for personal gain in connection with these acquisitions,", "verbatim",
  "missing", "64", note="Trailing comma is the article's punctuation before 'it says'.")
q("the single largest financial exposure the council faces", "verbatim", "correct", "36", cited=["36"])
q("material uncertainty", "verbatim", "missing", "66", note="About the housing company's auditors.")
q("not, in our view, beyond recovery", "verbatim", "missing", "68", note="Control: the negation is kept.")
q("…the council must take a clear decision about the company’s future, based on independent advice, within the next six months.",
  ["minor"], "missing", "68",
  source_text="But the council must take a clear decision about the company’s future, based on independent advice, within the next six months.",
  kind="ellipsis", note="Leading 'But' replaced by an ellipsis; meaning unchanged.")
q("shouted at or publicly criticised by members", "verbatim", "missing", "20")
q("had become afraid of its own members", "verbatim", "missing", "20",
  note="Control for out_of_context: the article keeps the attribution ('one told the inspectors').")
q("encouraged this behaviour", ["out_of_context"], "correct", "21", cited=["21"],
  source_text="We do not suggest that the Leader personally encouraged this behaviour.",
  context_dropped="We do not suggest that the Leader personally", kind="denial_dropped",
  note="The report denies it; the article presents the words as a finding.")
q("very poor", ["misquote"], "missing", "20", source_text="Relationships between members and senior officers are poor.",
  kind="word_added", strict=False, note="'very' added to the report's 'poor'; arguably only an intensifier.")
q("has become concentrated in a small number of members", "verbatim", "missing", "15")
q("rarely operates as a collective body", "verbatim", "missing", "15")
q("a catastrophic failure of leadership", "not_found", "missing", None, kind="invented",
  note="No source says this.")
q("a significant barrier to improvement", "verbatim", "missing", "27")
q("had become a formality", "verbatim", "missing", "33",
  note="Control: the article keeps 'One committee member told the inspectors'.")
q("unlawfully", "verbatim", "wrong", "30", cited=["29"],
  note="Kept with its denial ('did not consider ... had been used'); the sentence cites paragraph 29, the words are in 30.")
q("could find no genuine urgency", "verbatim", "wrong", "30", cited=["29"], note="In paragraph 30, cited as 29.")
q("had not been invited to attend meetings of the Cabinet between May 2024 and January 2026", "verbatim", "missing", "38")
q("£4.2 million of reserves to balance its budget in 2025/26 alone", "misquote", "missing", "42",
  source_text="the council used £2.4 million of reserves to balance its budget in 2025/26 alone",
  kind="changed_number", note="£2.4 million in the report; digits transposed.")
q("unless the council takes decisive action to reduce its costs or increase its income", "verbatim", "missing", "44",
  note="Control: the condition is quoted, not dropped.")
q("The council’s external borrowing rose from £11.2 million in 2017 to £121.6 million in 2025 … £92.0 million relates to the commercial property portfolio",
  ["minor"], "missing", "45",
  source_text="The council’s external borrowing rose from £11.2 million in 2017 to £121.6 million in 2025. Of that borrowing, £92.0 million relates to the commercial property portfolio",
  kind="ellipsis", note="Ellipsis marks the omission of 'Of that borrowing,'.")
q("The council’s finances are not sustainable on their current basis.", "verbatim", "missing", "57")
q("mostly of its own making", ["paraphrase"], "missing", "89",
  source_text="the council’s difficulties stem primarily from decisions that it has taken itself", kind="reworded",
  strict=False, note="Same sense as paragraph 89 in other words.")
q("among the highest in the East of England", "verbatim", "missing", "85")
q("a promising start", "verbatim", "missing", "19")
q("real strengths", "verbatim", "missing", "foreword", note="Inside the Leader's quoted words, presented as the inspectors'.")
q("low risk", ["out_of_context"], "missing", "63",
  source_text="Members told us that they had relied on the advice of the external advisers and had been assured that the investments were low risk.",
  context_dropped="Members told us that they had relied on the advice of the external advisers and had been assured that the investments were",
  kind="attribution_dropped", note="What members say they were assured, put by the Leader into the inspectors' mouths; the inspectors found no risk assessment.")
q("can recover", "verbatim", "missing", "95", note="Inside the Leader's quoted words: 'We believe the council can recover.'")
q("treated officers with contempt", "not_found", "missing", None, kind="invented",
  note="Opposition leader's words attributed to the inspectors; no source says it.")
q("for more than three months without a lawful reason", "verbatim", "missing", "17",
  note="Paragraph 17: 'refused or delayed for more than three months without a lawful reason being given'.")

# ---------------- claims ----------------
c("The report, commissioned by the Secretary of State in May and published last week, paints a picture of a council that borrowed heavily to buy shops, offices and a hotel far outside its own boundaries.",
  "supported", "58", evidence="two retail parks, a logistics warehouse, two office buildings and a hotel, all located outside the district",
  kind="plain attribution", strict=False, note="Borrowing: paragraph 12; property types: paragraph 58.")
c("They would take over the council’s finances, its property portfolio and its housing company, the letter says.",
  "supported", "5", source=L, cited_document="letter",
  evidence="the Commissioners would exercise the council’s functions relating to financial governance, the commercial property portfolio and Ivel Valley Homes Ltd",
  kind="letter; attribution at end")
c("The council has until December 3 to respond before a final decision is taken, according to the letter.",
  "supported", "7", source=L, cited_document="letter",
  evidence="may make representations on the proposed intervention by 3 December 2026",
  kind="letter; attribution at end")
c("Between 2018 and 2021 the council spent more than £86 million on six properties outside the district, almost all of it borrowed, according to the report.",
  "supported", "12", figures=[("more than £86 million", "holds", "£86.5 million"), ("six", "holds", "six")],
  evidence="acquiring six properties outside the district for a total of £86.5 million, financed almost entirely by borrowing from the Public Works Loan Board",
  kind="bound; attribution at end")
c("Their value has since fallen by about £25 million.", "supported", "60",
  figures=[("about £25 million", "holds", "£86.5 million less £61.2 million")],
  evidence="values the portfolio at £61.2 million, compared with the £86.5 million the council paid for it",
  kind="difference computed; continues previous attribution")
c("But by last year the portfolio was losing money, with a net loss of £1.1 million in 2025/26, the inspectors found.",
  "supported", "59", figures=[("£1.1 million", "holds", "£1.1 million")],
  evidence="in 2025/26 the portfolio made a net loss of £1.1 million", kind="figure exact; attribution at end")
c("The empty hotel alone, bought for almost £20 million in 2021, is costing around £400,000 a year just to keep secure and insured, the report says.",
  "supported", "61", figures=[("almost £20 million", "holds", "£19.8 million"), ("around £400,000", "holds", "around £410,000")],
  evidence="The hotel, acquired in 2021 for £19.8 million, has had no tenant since its operator went into administration in 2024. The council is paying around £410,000 a year to keep the building secure and insured.",
  kind="figures rounded")
c("Ivel Valley Homes, the council’s own building company, was meant to deliver 300 homes by 2025.", "supported", "65",
  figures=[("300", "holds", "300")], evidence="Its business plan committed it to deliver 300 homes by 2025.",
  kind="figure exact; no explicit attribution", strict=False, note="Leans on the report without naming it.")
c("It managed 41 by March this year, according to the inspectors – barely one in seven of the target.", "supported", "65",
  figures=[("41", "holds", "41"), ("one in seven", "holds", "41 of 300")],
  evidence="Its business plan committed it to deliver 300 homes by 2025. By March 2026 it had completed 41.", kind="share computed; attribution mid-sentence")
c("The company lost £2.7m in 2024/25, the report says.", "supported", "66", figures=[("£2.7m", "holds", "£2.7 million")],
  evidence="The company reported a loss of £2.7 million in 2024/25", kind="unit written another way",
  note="£2.7 million is also the portfolio's 2020/21 net income (paragraph 59); here it is the company's loss, as in 66.")
c("The council has lent it more than £24 million.", "supported", "66", figures=[("more than £24 million", "holds", "£24.3 million")],
  evidence="The council has lent the company £24.3 million.", kind="bound; continues previous attribution")
c("Complaints under the councillors’ code of conduct have more than quadrupled in three years, from 14 to 63, the report notes.",
  "supported", "22", figures=[("more than quadrupled", "holds", "14 to 63"), ("14", "holds", "14"), ("63", "holds", "63")],
  evidence="from 14 in 2021/22 to 63 in 2024/25", kind="multiple")
c("Only four led to a formal finding that the code had been breached.", "supported", "22", figures=[("four", "holds", "four")],
  evidence="Only four of those complaints resulted in a formal finding that the code had been breached",
  kind="continues previous attribution")
c("Nearly half of the staff who answered the inspectors’ survey said they did not feel able to raise concerns without fear.",
  "supported", "Table 1", figures=[("Nearly half", "holds", "47%")],
  evidence="I feel able to raise concerns without fear 38% 15% 47%", kind="figure in words",
  note="47% disagreed (Table 1); paragraph 23 says fewer than four in ten agree.")
c("Fewer than a third agreed that senior leaders communicate clearly.", "supported", "23",
  figures=[("Fewer than a third", "holds", "29%")], evidence="only 29% agree that senior leaders communicate clearly",
  kind="figure in words; continues previous attribution")
c("And 51 per cent of councillors said members and officers do not treat each other with respect.", "figure_differs", "24",
  figures=[("51 per cent", "differs", "51% of staff")],
  evidence="A majority of staff, 51%, disagreed that members and officers treat each other with respect.",
  kind="right figure, another thing", note="51% is of staff in the staff survey, not councillors.")
c("Among staff in planning and finance, 63 per cent disagreed, the report found.", "supported", "24",
  figures=[("63 per cent", "holds", "63%")], evidence="63% of respondents in those two services disagreed with that statement",
  kind="unit written another way; attribution at end")
c("Of the 26 councillors who answered the inspectors’ separate survey, only nine thought scrutiny was effective.", "supported", "26",
  figures=[("26", "holds", "26"), ("nine", "holds", "9")], evidence="only 9 agreed that scrutiny is effective",
  kind="figures exact in words")
c("Inspectors found that the council’s main scrutiny committee met just five times in 2025/26, and that two of those meetings were inquorate.",
  "supported", "32", figures=[("five", "holds", "five"), ("two", "holds", "two")],
  evidence="The Overview and Scrutiny Committee met only five times in 2025/26, and two of those meetings were inquorate.",
  kind="figure exact")
c("No Cabinet decision has been called in since 2021.", "supported", "32",
  evidence="No decision of the Cabinet has been called in since 2021.", kind="continues previous attribution")
c("Nineteen of 48 key decisions in the past three years were pushed through under urgency rules that exempt them from call-in, the report says (paragraph 31).",
  "elsewhere", "29", cited=["31"], figures=[("Nineteen", "holds", "Nineteen"), ("48", "holds", "48")],
  evidence="We reviewed 48 key decisions taken between April 2023 and March 2026. Nineteen of those decisions were taken under the urgency provisions of the constitution, which exempt them from call-in.",
  kind="wrong paragraph cited", note="Paragraph 31 is about Cabinet reports; the figures are in 29.")
c("Eleven of those related to the property portfolio or the housing company.", ["elsewhere", "supported"], "29", cited=["31"],
  figures=[("Eleven", "holds", "Eleven")],
  evidence="Eleven of the nineteen concerned the commercial property portfolio or the housing company.",
  kind="continues previous attribution", strict=False,
  note="Inherits the previous sentence's (wrong) citation of paragraph 31 if read as continuing it.")
c("Almost four in ten Cabinet agenda items were discussed behind closed doors in 2025/26, up from around one in ten in 2019/20, according to the report.",
  "supported", "40", figures=[("Almost four in ten", "holds", "38%"), ("around one in ten", "holds", "11%")],
  evidence="In 2025/26, 38% of Cabinet agenda items were considered wholly or partly in exempt session, compared with 11% in 2019/20.",
  kind="figures in words; attribution at end")
c("The report shows that the council’s general reserve, its rainy-day fund, has shrunk by two-thirds in four years, from £9.4 million to £3.1 million.",
  "supported", "42", figures=[("two-thirds", "holds", "£9.4 million to £3.1 million"), ("£9.4 million", "holds", "£9.4 million"), ("£3.1 million", "holds", "£3.1 million")],
  evidence="The general fund reserve fell from £9.4 million in March 2022 to £3.1 million in March 2026", kind="share computed")
c("They say the council is not at immediate risk of issuing a section 114 notice, the formal declaration that a council cannot balance its books.",
  "supported", "44", evidence="We do not consider that the council is at immediate risk of issuing a section 114 notice.",
  kind="plain attribution")
c("The cost of servicing the council’s debt has nearly trebled, from £1.9 million to £5.6 million a year, and now swallows a third of its net budget, according to paragraph 46 of the report.",
  "supported", "46", cited=["46"],
  figures=[("nearly trebled", "holds", "£1.9 million to £5.6 million"), ("£1.9 million", "holds", "£1.9 million"), ("£5.6 million", "holds", "£5.6 million"), ("a third", "holds", "a third")],
  evidence="Capital financing costs charged to the general fund rose from £1.9 million in 2019/20 to £5.6 million in 2025/26, and now represent a third of the council’s net revenue budget.",
  kind="multiple; paragraph cited correctly")
c("Council borrowing rose from about £11 million to more than £120 million between 2017 and 2025, the report says – an elevenfold increase.",
  "supported", "45", figures=[("about £11 million", "holds", "£11.2 million"), ("more than £120 million", "holds", "£121.6 million"), ("elevenfold", "holds", "£11.2 million to £121.6 million")],
  evidence="The council’s external borrowing rose from £11.2 million in 2017 to £121.6 million in 2025.", kind="multiple; rounded",
  strict=False, note="121.6/11.2 = 10.86, which rounds to eleven.")
c("A transformation programme meant to save £3.5 million has delivered just over a third of that, the report says.", "supported", "53",
  figures=[("£3.5 million", "holds", "£3.5 million"), ("just over a third", "holds", "£1.2 million of £3.5 million")],
  evidence="aimed to deliver savings of £3.5 million by 2025/26. By March 2026 it had delivered savings of £1.2 million, around a third of the target.",
  kind="share")
c("The report also notes that council tax has gone up by the maximum permitted in each of the last three years (paragraph 97).",
  "elsewhere", "55", cited=["97"], evidence="The council has increased council tax by the maximum permitted in each of the last three years.",
  kind="paragraph that does not exist", note="The report's paragraphs run 1 to 95; the point is in paragraph 55.")
c("Finance staff told the inspectors that they had repeatedly raised concerns about the income the portfolio was expected to bring in, but that their warnings never found their way into reports to councillors.",
  "supported", "50",
  evidence="Finance officers told us that they had raised concerns about the level of income assumed from the commercial portfolio on several occasions between 2022 and 2024, and that those concerns had not been reflected in reports to members.",
  kind="inspectors as object", strict=False, note="Reported as what officers told the inspectors, as the report does.")
c("The planning department decided fewer than six in ten major applications on time, against almost nine in ten nationally, inspectors found.",
  "supported", "70", figures=[("fewer than six in ten", "holds", "58%"), ("almost nine in ten", "holds", "89%")],
  evidence="the council determined 58% of major applications within the statutory period or an agreed extension, compared with a national figure of 89%.",
  kind="figures in words")
c("The planning committee went against its officers’ advice 17 times in 2025, according to the report.", "supported", "72",
  figures=[("17", "holds", "17")], evidence="The Planning Committee overturned the recommendation of its officers on 17 occasions in 2025.",
  kind="figure exact; attribution at end")
c("Of the nine applicants who then appealed, eight won, and the council was ordered to pay £186,000 in costs.", "supported", "73",
  figures=[("nine", "holds", "Nine"), ("eight", "holds", "Eight"), ("£186,000", "holds", "£186,000")],
  evidence="Nine of the applicants appealed. Eight of those appeals have been allowed, and in five cases the Planning Inspectorate awarded costs against the council. The costs awarded totalled £186,000.",
  kind="continues previous attribution")
c("The report says the council spent £1.8 million on agency planners in 2025/26.", "figure_differs", "77",
  figures=[("£1.8 million", "differs", "£1.3 million")],
  evidence="The council spent £1.3 million on agency staff in the planning service in 2025/26.", kind="figure differs")
c("Staff told the inspectors that criticism from members had damaged morale, and three planning officers said they were looking for other jobs.",
  "supported", "78", figures=[("three", "holds", "three")],
  evidence="Staff told the inspectors that morale in the planning service had been damaged by public criticism from members, and three of the planning officers we met told us that they were actively seeking other jobs.",
  kind="inspectors as object")
c("The council waived its own contract rules 142 times in 2025, three times as often as in 2021, the report reveals.", "supported", "81",
  figures=[("142", "holds", "142"), ("three times", "holds", "142 compared with 46")],
  evidence="In 2025 the council approved 142 waivers of its contract procedure rules, compared with 46 in 2021.", kind="multiple")
c("The leisure contract, worth £4.8m, was extended three times without competition (para 83).", "supported", "83", cited=["83"],
  figures=[("£4.8m", "holds", "£4.8 million"), ("three", "holds", "three")],
  evidence="The council’s leisure management contract, valued at £4.8 million over its term, has been extended three times since 2019 without competition.",
  kind="unit written another way; paragraph cited")
c("The report suggests the council’s problems with the leisure contract were largely down to the pandemic.", "not_supported", "84",
  evidence="We accept that this was a reasonable explanation for the first extension, but not for the two that followed.",
  hedge="suggests", kind="hedged attribution; contradiction",
  note="The pandemic explanation is what the council told the inspectors; they accepted it only for the first extension.")
c("The inspectors also criticised the council’s handling of the sale of the Sandhurst Magna cattle market.", "not_supported", None,
  absent_words=["cattle market"], kind="subject never discussed", note="No source mentions a cattle market or its sale.")
c("Almost three-quarters of staff told the inspectors they understand the council’s priorities.", "supported", "25",
  figures=[("Almost three-quarters", "holds", "72%")],
  evidence="Almost three-quarters of staff said that they understand the council’s priorities", kind="figure in words; inspectors as object")
c("The Gazette has also seen the external auditor’s latest annual report, which warns that the council may need exceptional financial support from the Government to balance its books.",
  "unverifiable", None, cited_document="other", kind="named document not a source",
  note="The auditor's annual report is not a source; the report only mentions a 2023/24 qualified conclusion (paragraph 13).")

# ---------------- not claims ----------------
nc("The staff survey makes grim reading.")
nc("Not everything in the report is bad news.")
nc("The most troubling passages concern how councillors treated their staff.")
nc("Ivelbury District Council has been approached for further comment.")
nc("The report will be debated at an extraordinary meeting of full council on Tuesday, December 15, at 7pm at the Council Offices, Market Street.")
nc("A spokesperson for the Ministry of Housing, Communities and Local Government said the department did not comment on representations while a decision was pending.")

d.write()
