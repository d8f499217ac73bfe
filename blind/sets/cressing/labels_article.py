from lablib import Doc, F

d = Doc("article-local-paper.txt", "article")
Q, C, N = d.Q, d.C, d.N

# ---------------- quotations ----------------
Q("failing to comply with its best value duty", "verbatim", "missing", section="116",
  note="words of para 116 (the letter's para 2 uses them too); no citation")
Q("a council in which decisions of real consequence were taken by a small number of members and officers, often under urgency powers",
  "verbatim", "missing", section="3", note="para 3, uncited")
Q("unless the council acts decisively, it is likely to need to issue a report under section 114", "verbatim", "missing",
  section="4", note="para 4, first letter lower-cased")
Q("within the next two years", "verbatim", "missing", section="4", note="end of the same sentence of para 4")
Q("makes for sobering reading", "verbatim", "correct", cited_document="letter", section="2", source="letter",
  note="'In it, the minister says' points at the letter")
Q("minded to exercise her powers under section 15 of the Local Government Act 1999", "verbatim", "correct",
  cited_document="letter", section="3", source="letter", note="letter para 3")
Q("41% of the council's net revenue budget", "verbatim", "missing", section="72", note="para 72")
Q("the right strategy at the wrong time", "out_of_context", "missing", section="73",
  source_text="The Cabinet Member for Regeneration told us that the commercial strategy had been “the right strategy at the wrong time”",
  context_dropped="The Cabinet Member for Regeneration told us that the commercial strategy had been",
  kind="attribution_dropped", note="the Cabinet Member's words presented as the report's own verdict")
Q("the council's external debt rose from £96 million in March 2019 to £274 million in March 2024", "verbatim", "correct",
  cited=["72"], section="72", note="'Paragraph 72 states'")
Q("interest costs in 2023/24 amounted to £8.9 million", "verbatim", "wrong", cited=["27"], section="72",
  note="words are in para 72; para 27 is about the management team")
Q("establishes the true financial position of the company as a matter of urgency", "verbatim", "correct", cited=["76"],
  section="76")
Q("In our view the council's reserves are adequate", ["misquote"], "missing", section="68",
  source_text="In our view the council's reserves are not adequate", kind="negation_dropped",
  note="'not' removed inside the quoted words: reverses the meaning")
Q("the council is at real risk of being unable to set a balanced budget", "out_of_context", "missing", section="68",
  source_text="unless substantial savings are delivered in 2025/26 the council is at real risk of being unable to set a balanced budget",
  context_dropped="unless substantial savings are delivered in 2025/26", kind="condition_dropped", strict=False,
  note="the condition governing the risk is left out (the article's previous sentence garbles it)")
Q("The general fund reserve fell from £14.2 million ... to £5.8 million in March 2024,", "minor", "missing", section="4",
  source_text="The general fund reserve fell from £14.2 million in March 2021 to £5.8 million in March 2024",
  kind="ellipsis", note="'in March 2021' replaced by a marked ellipsis; trailing comma is the paper's punctuation")
Q("for which no notes were kept", "verbatim", "missing", section="22")
Q("that any of those decisions was genuinely urgent", "verbatim", "missing", section="39",
  note="the article keeps the denial ('did not consider')")
Q("the contractor has performed poorly", "out_of_context", "correct", cited=["97"], section="97",
  source_text="We do not suggest that the contractor has performed poorly",
  context_dropped="We do not suggest that", kind="denial_dropped",
  note="para 97 denies exactly this")
Q("standards of behaviour have declined across the council as a whole", "out_of_context", "missing", section="48",
  source_text="We do not suggest that the increase in complaints shows that standards of behaviour have declined across the council as a whole.",
  context_dropped="We do not suggest that the increase in complaints shows that", kind="denial_dropped")
Q("robust and fit for purpose", "verbatim", "missing", section="3",
  note="control: attributed to the council's own submission, as in the report")
Q("watered down until it said what members wanted to hear", "out_of_context", "missing", section="28",
  source_text="One officer told us that professional advice had been “watered down until it said what members wanted to hear”. We were not able to verify that account",
  context_dropped="One officer told us that", kind="attribution_dropped",
  note="one officer's unverified account presented as the report's finding")
Q("not fit for purpose", "out_of_context", "missing", section="36",
  source_text="The council's own internal audit service reported in 2023 that the scheme of delegation was “not fit for purpose”",
  context_dropped="The council's own internal audit service reported in 2023 that the scheme of delegation was",
  kind="attribution_dropped", strict=False,
  note="internal audit's words about the scheme of delegation, presented as the inspectors' verdict on the whole constitution")
Q("a council that has lost its way", "not_found", "missing", section=None, source=None, kind="invented",
  note="no source uses this phrase")
Q("reckless gambling with public money", "not_found", "missing", section=None, source=None, kind="invented",
  note="invented; para 73 says only that the risks were well known")
Q("culture of fear", "out_of_context", "missing", section="55",
  source_text="Some staff described the council to us as having a “culture of fear”. We do not consider that this phrase fairly describes the council as a whole",
  context_dropped="We do not consider that this phrase fairly describes the council as a whole",
  kind="attribution_and_denial_dropped", note="staff's phrase, which the inspectors reject, presented as their conclusion")
Q("Only 32% of staff who responded to our survey agreed that senior leaders communicate openly with staff,", "misquote",
  "correct", cited_pages=[5], section="6",
  source_text="Only 23% of staff who responded to our survey agreed that senior leaders communicate openly with staff",
  kind="number_changed", note="23% becomes 32%; para 6 is on page 5, so the page is right")
Q("The culture of the organization is a particular concern.", "minor", "missing", section="6",
  source_text="The culture of the organisation is a particular concern.", kind="spelling",
  note="American spelling only")
Q("We found that openness, challenge and respect for professional advice have been weak, particularly at the most senior levels.",
  "verbatim", "correct", cited=["61"], section="61")
Q("a box-ticking exercise", "out_of_context", "missing", section="83",
  source_text="Members of the committee told us that they regarded scrutiny at the council as “a box-ticking exercise”.",
  context_dropped="Members of the committee told us that they regarded scrutiny at the council as",
  kind="attribution_dropped", note="members' view, which para 84 disagrees with, presented as the report's")
Q("questioned officers thoroughly on the budget monitoring report", "verbatim", "missing", section="84")
Q("has not had the resources or the information it needs to hold the cabinet to account", ["paraphrase", "minor"],
  "correct", cited=["84"], section="84",
  source_text="scrutiny has not been given the resources or the access to information that it needs to hold the Cabinet to account",
  kind="reworded", strict=False, note="same meaning, several words changed")
Q("cannot plan procurements in good time", "verbatim", "correct", cited=["95"], section="95")
Q("there is much in the council that is good", "verbatim", "missing", section="8")
Q("for its responsiveness", "verbatim", "correct", cited=["107"], section="107")
Q("turned a corner", "verbatim", "missing", section="5",
  note="control: the article attributes the phrase to the Leader, as the report does")
Q("sufficient, or sufficiently embedded", "verbatim", "missing", section="5",
  note="the article keeps 'did not consider'")
Q("does not need commissioners to tell it how to run the borough", "verbatim", "missing", section="115",
  note="control: attributed to the Leader")
Q("We respect that view, but we do not share it.", "verbatim", "missing", section="115")
Q("an experienced and energetic politician who is widely credited with securing investment in the town centre",
  "verbatim", "missing", section="21")
Q("has sought to act outside the law", "out_of_context", "missing", section="25",
  source_text="We do not suggest that the Leader has sought to act outside the law.",
  context_dropped="We do not suggest that", kind="denial_dropped")
Q("do not suggest that any individual member or officer has acted dishonestly", "verbatim", "missing", section="7",
  note="control: keeps the denial")
Q("systems, behaviours and decisions", "verbatim", "missing", section="7")
Q("spoke positively of her approach", "verbatim", "missing", section="26")
Q("an improvement and recovery plan that sets out measurable milestones for governance, culture and financial sustainability",
  "verbatim", "correct", cited=["R1"], section="R1")
Q("appoint a permanent Monitoring Officer and a permanent Section 151 Officer", "verbatim", "correct", cited=["R5"],
  section="R5")
Q("continue to trade", "verbatim", "correct", cited=["R10"], section="R10")
Q("at least three independent members", "misquote", "correct", cited=["R7"], section="R7",
  source_text="at least two independent members", kind="number_changed", note="two becomes three")

# ---------------- claims ----------------
C("The council's general fund reserve has more than halved in three years, from £14.2m to £5.8m, according to the report.",
  "supported", "66", figures=[F("more than halved", "holds", "£14.2 million to £5.8 million"),
                              F("£14.2m", "holds", "£14.2 million"), F("£5.8m", "holds", "£5.8 million")],
  evidence="The general fund reserve fell from £14.2 million at 31 March 2021 to £5.8 million at 31 March 2024.",
  kind="attribution_at_end; units_other_way; multiple", note="also para 4")
C("The minister's letter makes clear that three commissioners would be appointed for three years.", "supported", "3",
  source="letter", cited_document="letter",
  figures=[F("three commissioners", "holds", "three Commissioners"), F("three years", "holds", "three years")],
  evidence="the appointment of a team of three Commissioners for a period of three years", kind="letter")
C("Between 2018 and 2021 it spent £182m on 14 properties, including retail parks and a warehouse, most of them outside the borough.",
  "supported", "69", figures=[F("£182m", "holds", "£182 million"), F("14", "holds", "14"), F("most", "holds", "nine of which")],
  evidence="Between 2018 and 2021 the council bought 14 commercial properties at a total cost of £182 million",
  kind="continues_attribution; units_other_way; words_for_figure")
C("Inspectors found the portfolio is now worth £131m - a paper loss of £51m.", "supported", "71",
  figures=[F("£131m", "holds", "£131 million"), F("£51m", "holds", "£51 million")],
  evidence="The portfolio was valued at £131 million at 31 March 2024, a fall of £51 million from its purchase price.",
  kind="units_other_way")
C("The council's external debt has nearly trebled since 2019, to £274m.", "supported", "72",
  figures=[F("nearly trebled", "holds", "£96 million ... £274 million, nearly three times as much"), F("£274m", "holds", "£274 million")],
  evidence="The council's external debt rose from £96 million in March 2019 to £274 million in March 2024, nearly three times as much.",
  kind="multiple", note="also para 2")
C("The property deals were meant to bring in £3.8m a year.", "supported", "70", figures=[F("£3.8m", "holds", "£3.8 million")],
  evidence="In 2023/24 the portfolio generated a net return of £0.6 million, against £3.8 million forecast in the strategy.",
  kind="continues_attribution")
C("Last year they brought in just £0.6m, less than a fifth of what was forecast.", "supported", "70",
  figures=[F("£0.6m", "holds", "£0.6 million"), F("less than a fifth", "holds", "£0.6m of £3.8m = 16%")],
  evidence="In 2023/24 the portfolio generated a net return of £0.6 million, against £3.8 million forecast in the strategy.",
  kind="share_computed")
C("The council's housing company, Cressing Regeneration Ltd, has borrowed £38.5m from the council but has built only 46 homes, against a target of 400.",
  "supported", "74", figures=[F("£38.5m", "holds", "£38.5 million"), F("46", "holds", "46"), F("400", "holds", "400")],
  evidence="The council has lent the company £38.5 million. By December 2024 the company had completed 46 homes, against a target of 400 by 2024 in its first business plan.",
  kind="figures_exact")
C("Only £2.1m of the £4.6m savings planned for 2023/24 were actually delivered, less than half of the target.", "supported", "65",
  figures=[F("£2.1m", "holds", "£2.1 million"), F("£4.6m", "holds", "£4.6 million"), F("less than half", "holds", "46%")],
  evidence="Of the £4.6 million of savings included in the 2023/24 budget, £2.1 million was delivered.",
  kind="share_computed; units_other_way")
C("By March 2026 the general fund reserve is forecast to fall to £1.9m, well below the £2.5m minimum recommended by the council's own finance chief, the report says.",
  "supported", "66", figures=[F("£1.9m", "holds", "£1.9 million"), F("£2.5m", "holds", "£2.5 million")],
  evidence="On the council's current forecasts it will fall to £1.9 million by 31 March 2026, which would be below the minimum level of £2.5 million recommended by the Section 151 Officer.",
  kind="attribution_at_end")
C("Nine key decisions were taken that way in 2021/22, but the number rose to 47 in 2023/24 - more than five times as many.",
  "supported", "37", figures=[F("Nine", "holds", "nine"), F("47", "holds", "47"), F("more than five times", "holds", "47/9 = 5.2")],
  evidence="In 2021/22, nine key decisions were taken under urgency. In 2023/24, the number was 47.", kind="multiple")
C("Eleven of those decisions did not appear on the council's forward plan at all.", "supported", "38",
  figures=[F("Eleven", "holds", "Eleven")],
  evidence="Eleven of those decisions were not on the forward plan at all", kind="continues_attribution")
C("More than a third of Cabinet business - 38 per cent - was discussed in private in 2023/24, up from 14% three years earlier.",
  "supported", "41", figures=[F("More than a third", "holds", "38%"), F("38 per cent", "holds", "38%"), F("14%", "holds", "14%")],
  evidence="In 2023/24, 38% of the items considered by Cabinet were taken wholly or partly in private session. The equivalent figure in 2020/21 was 14%.",
  kind="units_other_way; words_for_figure")
C("Complaints under the councillors' code of conduct nearly trebled, from 22 to 63, in two years, the report found.",
  "supported", "47", figures=[F("nearly trebled", "holds", "22 to 63"), F("22", "holds", "22"), F("63", "holds", "63")],
  evidence="Complaints under the members' code of conduct rose from 22 in 2021/22 to 63 in 2023/24.",
  kind="multiple; attribution_at_end")
C("Only 23 per cent of staff who took part in the inspectors' survey agreed that senior leaders communicate openly, and nearly half said they did not feel able to raise concerns without fear of reprisal.",
  "supported", "6", figures=[F("23 per cent", "holds", "23%"), F("nearly half", "holds", "47%")],
  evidence="Only 23% of staff who responded to our survey agreed that senior leaders communicate openly with staff, and 47% disagreed that they felt able to raise concerns without fear of reprisal.",
  kind="units_other_way; words_for_figure", note="also paras 51 and Table 1")
C("Just one in three staff would recommend the council as a place to work, the survey found.", "supported", "52",
  figures=[F("one in three", "holds", "34%")],
  evidence="Just over a third, 34%, said that they would recommend the council as a place to work.",
  kind="words_for_figure", note="also Table 1")
C("More than half of staff - 53 per cent - said they did not feel able to raise concerns, according to the survey results in the report.",
  "figure_differs", "51", figures=[F("53 per cent", "differs", "47%"), F("More than half", "differs", "47%")],
  evidence="Only 23% of respondents agreed that senior leaders communicate openly with staff, while 53% disagreed.",
  kind="right_figure_other_thing",
  note="53% disagreed that leaders communicate openly; on raising concerns the figure is 47% (para 6, Table 1)")
C("Staff turnover rose to 18.4% in 2023/24, and the number of agency workers nearly doubled, from 41 to 79.", "supported", "59",
  figures=[F("18.4%", "holds", "18.4%"), F("nearly doubled", "holds", "41 to 79"), F("41", "holds", "41"), F("79", "holds", "79")],
  evidence="Staff turnover was 18.4% in 2023/24, against 12.1% in 2021/22. The council employed 79 agency workers in March 2024, compared with 41 in March 2022.",
  kind="multiple")
C("Spending on agency staff and consultants almost trebled to £3.5m.", "supported", "60",
  figures=[F("almost trebled", "holds", "£1.2 million to £3.5 million"), F("£3.5m", "holds", "£3.5 million")],
  evidence="Spending on agency staff and consultants rose from £1.2 million in 2021/22 to £3.5 million in 2023/24.",
  kind="multiple")
C("It says the Cabinet formally responded to only nine of 26 scrutiny recommendations, roughly a third.", "supported", "82",
  figures=[F("nine", "holds", "nine"), F("26", "holds", "26"), F("roughly a third", "holds", "9/26 = 35%")],
  evidence="Of 26 recommendations made by the committee in 2022/23 and 2023/24, the Cabinet formally responded to nine.",
  kind="share_computed")
C("The audit committee has had no independent member since 2022, the report states.", "supported", "86",
  evidence="The Audit and Governance Committee has not had an independent member since 2022", kind="attribution_at_end")
C("Some 64 internal audit recommendations were overdue at the end of March 2024.", "supported", "88",
  figures=[F("64", "holds", "64")],
  evidence="At 31 March 2024, 64 internal audit recommendations were overdue for implementation", kind="figures_exact")
C("It approved 112 waivers of its own contract rules in 2023/24, worth £9.3m - three times as many as two years before.",
  "supported", "92", figures=[F("112", "holds", "112"), F("£9.3m", "holds", "£9.3 million"), F("three times as many", "holds", "112 against 37")],
  evidence="In 2023/24 the council approved 112 waivers of its contract procedure rules, with a combined value of £9.3 million. This compares with 37 waivers in 2021/22.",
  kind="multiple")
C("The council paid £412,000 for facilities management under a contract which had expired in 2022, the report found.",
  "supported", "99", figures=[F("£412,000", "holds", "£412,000")],
  evidence="We found that the council had paid £412,000 in 2023/24 under a facilities management contract that had expired in 2022 and had not been formally extended.",
  kind="attribution_at_end; figures_exact")
C("The recycling rate of 44% is slightly above the average for district councils, according to paragraph 109.", "supported",
  "109", cited=["109"], figures=[F("44%", "holds", "44%")],
  evidence="The council's recycling rate was 44% in 2023/24, slightly above the average for English district councils.",
  kind="paragraph_cited")
C("The report also says the council's housing service has been adequately resourced to cope with demand.", "not_supported", "106",
  evidence="We do not consider that the service has been adequately resourced to meet the level of demand it faces.",
  kind="contradiction", note="the report says the opposite")
C("Inspectors said the borough's voluntary groups praised the community grants scheme, which handed out £640,000 to 58 organisations.",
  "supported", "103", figures=[F("£640,000", "holds", "£640,000"), F("58", "holds", "58")],
  evidence="Voluntary organisations praised the council's community grants scheme, which distributed £640,000 to 58 organisations in 2023/24.",
  kind="figures_exact")
C("The report also finds that the council's leisure centres are among the best used in the county, with visits up 12% on last year.",
  "not_supported", None, source=None, figures=[F("12%", "absent", None)], absent_words=["visits", "best used"],
  kind="subject_not_discussed", note="the report mentions leisure-centre satisfaction (para 97) but never usage or visits")
C("The report does not suggest that anyone acted dishonestly.", "supported", "7",
  evidence="We do not suggest that any individual member or officer has acted dishonestly.", kind="negative_finding")
C("Inspectors said an intervention of at least three years was likely to be needed.", "supported", "11",
  figures=[F("three years", "holds", "at least three years")],
  evidence="We consider that an intervention package of at least three years is likely to be needed.", kind="figures_exact")
C("According to the minister's letter, the council has until 3 April to make representations before a final decision is taken.",
  "supported", "7", source="letter", cited_document="letter",
  evidence="The council may make representations on the proposed intervention package by 3 April 2025.", kind="letter")
C("The CIPFA resilience index published last year ranked Cressing among the ten most financially stressed district councils in England.",
  "unverifiable", None, source=None, cited_document="other", figures=[F("ten", "absent", None)],
  absent_words=["CIPFA", "resilience index"], kind="named_document_not_source")
C("According to paragraph 44 of the report, the council's scheme of delegation has not been updated to reflect the current management structure.",
  "elsewhere", "35", cited=["44"],
  evidence="The scheme of delegation to officers has not been updated to reflect the current management structure.",
  kind="wrong_paragraph", note="para 44 is about the statutory officers; the point is in para 35")
C("It appears to accept that the rise in interest rates could not have been foreseen.", "not_supported", "73",
  evidence="We accept that the rise in interest rates was not foreseen by many. But the risks of borrowing on this scale to invest in commercial property were well known",
  hedge="appears to accept", kind="quoted_person_as_finding; hedged", strict=False,
  note="'could not have been foreseen' is the Cabinet Member's claim; the inspectors accept only that it was not foreseen by many")

# ---------------- not claims ----------------
N("It was not all bad news.")
N("The report's findings on staff morale make grim reading.")
N("The Leader of the council, who has held the post since 2019, told the Gazette he was disappointed by the report.")
N("The interim chief executive, appointed last June, said: \"We accept the report's findings in full and will work constructively with the commissioners.\"")
N("The council will debate the report at an extraordinary meeting on 2 April.")
N("The full report is available on the GOV.UK website.")
d.save()
