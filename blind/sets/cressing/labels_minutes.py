from lablib import Doc, F

d = Doc("minutes-audit-committee.txt", "minutes")
Q, C, N = d.Q, d.C, d.N
LET = "letter"

# ---------------- quotations ----------------
Q("does not meet the requirements of the best value duty", "verbatim", "correct", cited=["80"], section="80")
Q("Its financial position is precarious, and the decisions that led to that position were taken without adequate regard to risk.",
  "verbatim", "missing", section="80")
Q("will fall to £1.9 million by 31 March 2026", "verbatim", "correct", cited=["66"], section="66", note="'(paragraph 66)'")
Q("is at real risk of being unable to set a balanced budget", "verbatim", "missing", section="68",
  note="control: the officer restores the 'unless substantial savings' condition in his own words")
Q("the council's governance arrangements are not adequate", "verbatim", "correct", cited=["49"], section="49")
Q("Decisions of considerable financial consequence have been taken without proper scrutiny, transparency or regard to professional advice",
  "verbatim", "wrong", cited=["94"], section="49", note="para 94 is the contract register; the words are para 49")
Q("We found a council in which decisions of real consequence were taken by a small number of members and officers. The council's financial position is serious.",
  "misquote", "correct", cited=["3", "4"], section="3",
  source_text="We found a council in which decisions of real consequence were taken by a small number of members and officers, often under urgency powers",
  kind="stitched", strict=False,
  note="para 3 cut mid-sentence and joined to para 4's first sentence with no mark of the cut")
Q("In 2023/24, the number was 47.", "verbatim", "correct", cited=["37", "38"], section="37", note="'(paras 37-38)' range")
Q("Eleven of those decisions were not on the forward plan at all", "verbatim", "correct", cited=["38"], section="38")
Q("informal weekly meeting of the Leader, the Deputy Leader and the Cabinet Member for Regeneration", "verbatim", "correct",
  cited_pages=[9], section="22", note="para 22 is on page 9")
Q("The council's external debt rose from £96 million in March 2019 to £274 million in March 2024, nearly three times as much",
  "verbatim", "wrong", cited_pages=[12], section="72", note="para 72 is on page 18, not 12")
Q("We found no evidence that the council had tested whether the company's loans were recoverable.", "verbatim", "correct",
  cited=["76"], section="76")
Q("audit committee asleep at the wheel", "not_found", "missing", section=None, source=None, kind="invented",
  note="the Chair says so in the minutes")
Q("only two of its nine members told us that they felt confident in reviewing the statement of accounts", "verbatim",
  "correct", cited=["86"], section="86")
Q("At 31 March 2024, 64 internal audit recommendations were overdue for implementation, 17 of them classed as high priority.",
  "verbatim", "correct", cited=["88"], section="88")
Q("Internal audit issued 23 reports in 2023/24 ... eight gave limited or no assurance", "minor", "missing", section="88",
  source_text="Internal audit issued 23 reports in 2023/24, of which eight gave limited or no assurance", kind="ellipsis")
Q("The committee's agendas have been dominated by the delayed accounts, and it has given little attention to risk.",
  "verbatim", "correct", cited=["85", "86", "87"], section="87", note="'(paras 85-87)' includes 87")
Q("the council went without a corporate risk register from 2021 until September 2024", "paraphrase", "missing", section="87",
  source_text="The council did not have a corporate risk register between 2021 and September 2024.", kind="reworded")
Q("had turned a corner", "out_of_context", "correct", cited=["5"], section="5",
  source_text="The Leader told us that the council had “turned a corner” in the last twelve months.",
  context_dropped="The Leader told us that", kind="attribution_dropped",
  note="the Leader's claim presented as the report's recognition; para 5 goes on to disagree")
Q("the right strategy at the wrong time", "verbatim", "missing", section="73",
  note="control: attributed to the Cabinet Member for Regeneration, as in the report")
Q("adequate for the risks it faces", "out_of_context", "missing", section="68",
  source_text="The council's submission described its reserves as “adequate for the risks it faces”. We do not agree.",
  context_dropped="The council's submission described its reserves as", kind="attribution_dropped",
  note="the council's own submission, which the inspectors reject, presented as the report's description")
Q("simply how politics works", "out_of_context", "missing", section="23",
  source_text="The Leader told us that this arrangement was “simply how politics works”",
  context_dropped="The Leader told us that this arrangement was", kind="attribution_dropped",
  note="the Leader's words presented as the inspectors' acceptance")
Q("Members of some groups told us that they wanted the council to succeed", "misquote", "correct", cited=["115"],
  section="115", source_text="Members of all groups told us that they wanted the council to succeed", kind="all_to_some")
Q("48% of the items considered by Cabinet were taken wholly or partly in private session", "misquote", "correct",
  cited=["41"], section="41", source_text="38% of the items considered by Cabinet were taken wholly or partly in private session",
  kind="number_changed")
Q("Of 26 recommendations made by the committee in 2022/23 and 2023/24, the Cabinet formally responded to nineteen",
  "misquote", "missing", section="82",
  source_text="Of 26 recommendations made by the committee in 2022/23 and 2023/24, the Cabinet formally responded to nine.",
  kind="number_changed")
Q("is supported by one officer", "verbatim", "missing", section="85")
Q("scrutiny has not been given the resources or the access to information that it needs", "verbatim", "correct",
  cited=["84"], section="84")
Q("a box-ticking exercise", "verbatim", "missing", section="83",
  note="control: attributed to scrutiny members, and the inspectors' disagreement kept")
Q("watered down until it said what members wanted to hear", "verbatim", "missing", section="28",
  note="control: attributed to one officer, unverified, as in the report")
Q("culture of fear", "verbatim", "missing", section="55", note="control: attribution and the inspectors' rejection kept")
Q("had been moved to another team", "out_of_context", "missing", section="58",
  source_text="One member of staff told us that, after raising a concern about a procurement process, she had been moved to another team. We do not draw any conclusion about that individual case",
  context_dropped="We do not draw any conclusion about that individual case", kind="attribution_and_denial_dropped",
  note="an untested account the inspectors decline to judge is presented as a finding of victimisation")
Q("the service has been adequately resourced to meet the level of demand it faces", "out_of_context", "missing",
  section="106", source_text="We do not consider that the service has been adequately resourced to meet the level of demand it faces.",
  context_dropped="We do not consider that", kind="denial_dropped")
Q("[The council] has no workforce strategy and no systematic approach to recruitment or retention", "minor", "missing",
  section="60", source_text="the council has no workforce strategy and no systematic approach to recruitment or retention",
  kind="bracketed_insertion")
Q("report all waivers of contract procedure rules to the Audit and Governance Committee each quarter", "verbatim",
  "correct", cited=["R9"], section="R9")
Q("contracts had been allowed to expire and then extended by waiver", "verbatim", "wrong", cited=["139"], section="93",
  note="there is no paragraph 139 (the report ends at 120); the words are para 93")
Q("restrict the use of urgency powers to genuinely unforeseen matters", "verbatim", "wrong", cited=["R6"], section="R4",
  note="R6 is about scrutiny; the words are R4")
Q("the external auditor has indicated that it expects to issue a disclaimed opinion", "verbatim", "correct", cited=["77"],
  section="77")
Q("only two of the seven actions in the council's response had been completed", "verbatim", "wrong", cited=["89"],
  section="90", note="para 89 describes the response; the finding is para 90")
Q("We consider that the council's response to statutory recommendation has been inadequate", "minor", "missing",
  section="90", source_text="We consider that the council's response to the statutory recommendation has been inadequate.",
  kind="dropped_the")
Q("appoint at least two independent members to the Audit and Governance Committee", "verbatim", "correct", cited=["R7"],
  section="R7", note="'Recommendation 7:'")
Q("direct access to the Leader, the Chief Executive and the chair of the Audit and Governance Committee", "verbatim",
  "correct", cited=["R5"], section="R5")
Q("contrary to recognised good practice", "verbatim", "missing", section="86")
Q("the appointment of a team of three Commissioners for a period of three years", "verbatim", "wrong", cited=["118"],
  section="3", source=LET, note="the words are the letter's (para 3), cited as report para 118")
Q("The council would retain responsibility for the day-to-day delivery of its services.", "verbatim", "correct",
  cited_document=LET, section="4", source=LET, note="cited by the letter's alias")
Q("to report on its delivery every six months", "verbatim", "correct", cited_document=LET, section="5", source=LET,
  note="'the Minister's letter of 20 March'")
Q("the Commissioners will take over all of the council's functions", "not_found", "wrong", cited_document=LET,
  section=None, source=None, kind="invented",
  note="the letter says the council keeps its day-to-day services; no source says this")
Q("this is not a judgement on the many hard-working staff of the council", "verbatim", "correct", cited_document=LET,
  section="6", source=LET)
Q("too early to tell whether the new monitoring will last", "paraphrase", "missing", section="78",
  source_text="It is too early to say whether it will be sustained.", kind="reworded")
Q("produced only three times in 2023/24", "verbatim", "correct", cited=["78"], section="78")

# ---------------- claims ----------------
C("The Interim Director of Finance said that the report had found that interest costs of £8.9m were equivalent to 41 per cent of the council's net revenue budget.",
  "supported", "72", figures=[F("£8.9m", "holds", "£8.9 million"), F("41 per cent", "holds", "41%")],
  evidence="Interest costs in 2023/24 amounted to £8.9 million, equivalent to 41% of the council's net revenue budget.",
  kind="units_other_way")
C("He said the general fund reserve had fallen by £8.4 million in three years (para 66).", "supported", "66", cited=["66"],
  figures=[F("£8.4 million", "holds", "£14.2 million - £5.8 million")],
  evidence="The general fund reserve fell from £14.2 million at 31 March 2021 to £5.8 million at 31 March 2024.",
  kind="difference_computed")
C("Earmarked reserves had more than halved, from £19.7m to £8.2m (para 67).", "supported", "67", cited=["67"],
  figures=[F("more than halved", "holds", "£19.7 million to £8.2 million"), F("£19.7m", "holds", "£19.7 million"), F("£8.2m", "holds", "£8.2 million")],
  evidence="Total earmarked reserves fell from £19.7 million to £8.2 million over the same three-year period.",
  kind="multiple; units_other_way")
C("The Member for Castle ward said the property portfolio had lost £61 million in value (para 71).", "figure_differs", "71",
  cited=["71"], figures=[F("£61 million", "differs", "£51 million")],
  evidence="The portfolio was valued at £131 million at 31 March 2024, a fall of £51 million from its purchase price.",
  kind="figure_differs")
C("Only two of the nine committee members had told the inspectors that they felt confident reviewing the statement of accounts.",
  "supported", "86", figures=[F("two", "holds", "two"), F("nine", "holds", "nine")],
  evidence="only two of its nine members told us that they felt confident in reviewing the statement of accounts",
  kind="inspectors_as_object")
C("Seventeen of those were classed as high priority.", "supported", "88", figures=[F("Seventeen", "holds", "17")],
  evidence="64 internal audit recommendations were overdue for implementation, 17 of them classed as high priority.",
  kind="continues_attribution")
C("Internal audit had given limited or no assurance in roughly a third of its reports in 2023/24 (para 88).", "supported",
  "88", cited=["88"], figures=[F("roughly a third", "holds", "eight of 23 = 35%")],
  evidence="Internal audit issued 23 reports in 2023/24, of which eight gave limited or no assurance.", kind="share_computed")
C("He added that the CIPFA Financial Management Code review carried out in 2023 had reached similar conclusions about the council's budget setting.",
  "unverifiable", None, source=None, cited_document="other", absent_words=["CIPFA", "Financial Management Code"],
  kind="named_document_not_source")
C("The report suggests that the Audit and Governance Committee had given little attention to risk.", "supported", "87",
  evidence="The committee's agendas have been dominated by the delayed accounts, and it has given little attention to risk.",
  hedge="suggests", kind="hedged")
C("As set out in paragraph 86, the council did not have a corporate risk register between 2021 and September 2024.",
  "elsewhere", "87", cited=["86"],
  evidence="The council did not have a corporate risk register between 2021 and September 2024.", kind="wrong_paragraph")
C("The report is said to praise the new monthly budget monitoring process, he added.", "supported", "78",
  evidence="The new monthly monitoring process introduced in September 2024 is an improvement, and we were impressed by the quality of the month six report.",
  hedge="is said to praise", kind="hedged")
C("The inspectors found that the council's urgency powers had only been used where there was no practical alternative.",
  "not_supported", "40",
  evidence="The council's submission stated that urgency powers had been used only where “there was no practical alternative”. We found no evidence that alternatives had been considered in the cases we examined.",
  kind="quoted_view_as_finding", note="the council's submission, which the inspectors found no evidence for")
C("The report noted at paragraph 82 that the scrutiny committee met only five times in 2023/24.", "elsewhere", "81",
  cited=["82"], figures=[F("five", "holds", "five")], evidence="The committee met five times in 2023/24.",
  kind="wrong_paragraph")
C("The Member for Mill End ward said that the report found that the scrutiny function was adequately resourced and had full access to information.",
  "not_supported", "84",
  evidence="But scrutiny has not been given the resources or the access to information that it needs to hold the Cabinet to account.",
  kind="contradiction")
C("She noted that forty-seven per cent of members who responded to the inspectors' survey had said they felt unable to raise concerns without fear of reprisal.",
  "figure_differs", "6", figures=[F("forty-seven per cent", "differs", "47% of staff")],
  evidence="47% disagreed that they felt able to raise concerns without fear of reprisal",
  kind="right_figure_other_thing", note="47% is of staff respondents, not of members")
C("The report found that over 2,600 households were on the housing register.", "supported", "104",
  figures=[F("over 2,600", "holds", "2,640")], evidence="There were 2,640 households on the housing register in March 2024.",
  kind="bound")
C("Temporary accommodation spending had more than trebled (para 105).", "supported", "105", cited=["105"],
  figures=[F("more than trebled", "holds", "£1.3 million to £4.1 million")],
  evidence="Spending on temporary accommodation rose from £1.3 million in 2021/22 to £4.1 million in 2023/24.",
  kind="multiple; continues_attribution")
C("The Member for Westbury ward said that the report had criticised the management of the council's pension fund investments.",
  "not_supported", None, source=None, absent_words=["pension"], kind="subject_not_discussed",
  note="no source mentions a pension fund")
C("The Member for Westbury ward noted that 58 per cent of stage one complaints were answered within the council's target.",
  "supported", "110", figures=[F("58 per cent", "holds", "58%")],
  evidence="Only 58% were responded to within the council's target of ten working days.", kind="units_other_way")
C("The council received 1,212 complaints, an increase of 62% on the previous year.", "figure_differs", "110",
  figures=[F("1,212", "holds", "1,212"), F("62%", "differs", "26%")],
  evidence="The council received 1,212 stage one complaints in 2023/24, an increase of 26% on the previous year.",
  kind="figure_differs; continues_attribution")
C("Fewer than two-thirds of sampled contracts appeared on the register (para 94).", "supported", "94", cited=["94"],
  figures=[F("Fewer than two-thirds", "holds", "64%")],
  evidence="Of a sample of 50 contracts over £25,000 let in 2023/24, 32 appeared on the register, or 64%.",
  kind="words_for_figure")
C("The council had paid £412,000 under an expired facilities management contract, according to the report.", "supported",
  "99", figures=[F("£412,000", "holds", "£412,000")],
  evidence="We found that the council had paid £412,000 in 2023/24 under a facilities management contract that had expired in 2022",
  kind="attribution_at_end")
C("As set out in paragraph 134, the council's statement of accounts for 2022/23 had not been audited at the time of the inspection.",
  "elsewhere", "77", cited=["134"],
  evidence="The council's statement of accounts for 2022/23 had not been audited at the time of our fieldwork",
  kind="nonexistent_paragraph", note="the report has no paragraph 134; the point is in para 77")
C("The Chair said the inspectors' team had held 74 interviews and observed 11 meetings, 85 engagements in all.", "supported",
  "15", figures=[F("74", "holds", "74"), F("11", "holds", "11"), F("85", "holds", "74 + 11")],
  evidence="We held 74 interviews and focus groups with members, officers, partners and others, observed 11 council meetings",
  kind="sum_computed", strict=False, note="the 74 are 'interviews and focus groups'")
C("More than two-thirds of members had responded to the inspectors' survey.", "supported", "16",
  figures=[F("More than two-thirds", "holds", "31 of 45 = 69%")],
  evidence="We also invited all 45 members to complete a separate survey, to which 31 responded.", kind="share_computed")
C("The Minister's letter made clear that the council would keep responsibility for delivering its day-to-day services.",
  "supported", "4", source=LET, cited_document=LET,
  evidence="The council would retain responsibility for the day-to-day delivery of its services.", kind="letter")
C("The letter gave the council until 3 April 2025 to make representations.", "supported", "7", source=LET,
  cited_document=LET, evidence="The council may make representations on the proposed intervention package by 3 April 2025.",
  kind="letter")
C("The Member for Mill End ward said the Secretary of State's letter proposed that commissioners be appointed for two years.",
  "figure_differs", "3", source=LET, cited_document=LET, figures=[F("two years", "differs", "three years")],
  evidence="the appointment of a team of three Commissioners for a period of three years", kind="letter; figure_differs")
C("The Interim Monitoring Officer reported that the inspectors had found that formal decisions were always taken in accordance with the constitution.",
  "not_supported", "23",
  evidence="The Leader told us that this arrangement was “simply how politics works” and that formal decisions were always taken in accordance with the constitution.",
  kind="quoted_view_as_finding", note="the Leader's assertion, not a finding of the inspectors")
C("Some 58% of the capital programme had slipped in 2023/24; nearly six in ten pounds of planned capital spending was not incurred (para 79).",
  "supported", "79", cited=["79"], figures=[F("58%", "holds", "58%"), F("nearly six in ten", "holds", "58%")],
  evidence="Capital programme slippage was 58% in 2023/24, meaning that more than half of the planned capital spending for the year was not incurred.",
  kind="words_for_figure")

C("The Interim Director of Finance said that the phrase quoted was from the council's own submission and that the inspectors had disagreed with it.",
  "supported", "68", evidence="The council's submission described its reserves as “adequate for the risks it faces”. We do not agree.",
  kind="correction_of_previous_speaker", note="refers back to 'adequate for the risks it faces'")

# ---------------- not claims ----------------
N("Councillor, Chair of the Committee (Northgate ward)")
N("Interim Director of Finance and Section 151 Officer")
N("Apologies for absence were received from the Member for Southgate ward.")
N("The minutes of the meeting held on 13 February 2025 were agreed as a correct record and signed by the Chair.")
N("The Member for Abbey ward said the report made uncomfortable reading for every member of the council.")
N("The Head of Internal Audit said that the report was fair.")
N("(a) That the Committee notes the publication of the Best Value Inspection report and the Minister's letter of 20 March 2025.")
N("(b) That the Committee recommends to Council that two independent members be recruited to the Committee by September 2025.")
N("The meeting closed at 9.12 pm.")
N("The Interim Monitoring Officer corrected this.")
d.save()
