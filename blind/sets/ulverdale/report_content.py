# -*- coding: utf-8 -*-
"""The words of the Ulverdale Best Value inspection report, in reading order.

Blocks:
  ("title", text)                 the cover
  ("unchap", title)               unnumbered level-1 heading (Foreword, Executive summary, Annex)
  ("chap", title)                 numbered chapter (outline level 1)
  ("sec", title)                  numbered section (outline level 2)
  ("para", text)                  numbered paragraph (outline level 3, label 2.3.1)
  ("plain", label, kind, text)    unnumbered paragraph that is a place (foreword, summary)
  ("rec", label, text)            a recommendation, printed "R1"
  ("annex", label, text)          an annex paragraph, printed "A.1"
  ("table", label, caption, rows, landscape)
  ("sub", text)                   a small unnumbered subheading (not a place)

A footnote is written inline as [[fn:text]] straight after the word or stop it follows.
"""

TITLE = "Best Value Inspection of Ulverdale Metropolitan Borough Council"
DATE = "December 2024"

BLOCKS = [
    ("unchap", "Foreword"),
    ("plain", "foreword", "foreword",
     "Ulverdale is a place with real strengths: a proud industrial history, two thriving market towns, "
     "a growing further education offer and a workforce that, in our experience, wants to do the right "
     "thing for residents. None of what follows should be read as a judgement on the many officers who "
     "keep services running in difficult circumstances."),
    ("plain", "foreword", "foreword",
     "But the council that serves Ulverdale is not working as it should. Over the last five years it has "
     "made large financial commitments without understanding the risks, allowed its reserves to fall to "
     "a dangerously low level, and tolerated a culture in which difficult advice is unwelcome. Members "
     "and officers both told us, in different words, that they had known for some time that something "
     "was wrong. We hope this report helps the council to act on what it already knows."),
    ("unchap", "Executive summary"),
    ("plain", "executive summary", "summary",
     "We were appointed by the Secretary of State in June 2024 to inspect the council's compliance with "
     "its best value duty. We spent 19 days on site between September and October 2024, held 112 "
     "interviews and focus groups, and surveyed the council's staff."),
    ("plain", "executive summary", "summary",
     "We have concluded that the council is failing to comply with its best value duty. The failures are "
     "most serious in financial management, governance and scrutiny, and in the culture of the "
     "organisation. The general fund reserve has fallen from £18.4 million to £5.2 million in three "
     "years. The council's commercial investments, funded by £112.5 million of borrowing, now cost "
     "more to service than they earn."),
    ("plain", "executive summary", "summary",
     "We do not consider that the council can secure the improvement needed on its own. We recommend "
     "that the Secretary of State use his powers of intervention, including the appointment of "
     "commissioners with functions in finance, governance and the appointment of senior officers."),

    # ------------------------------------------------------------------ 1
    ("chap", "Introduction"),
    ("sec", "Background to the inspection"),
    ("para",
     "On 18 June 2024 the Secretary of State appointed us to carry out a Best Value inspection of "
     "Ulverdale Metropolitan Borough Council (\u201cthe council\u201d) under section 10 of the Local "
     "Government Act 1999.[[fn:Local Government Act 1999, section 10. The inspection was directed under "
     "section 10(1)(b).]] The inspection team comprised a lead inspector and three assistant inspectors "
     "with experience of local government finance, governance and children's services."),
    ("para",
     "The inspection followed the external auditor's decision in November 2023 to make seven statutory "
     "recommendations to the council under Schedule 7 of the Local Audit and Accountability Act 2014, "
     "and a series of reports in the local and regional press about the council's commercial investments "
     "and the departure of senior officers."),
    ("para",
     "Ulverdale is a metropolitan borough in West Yorkshire with a population of about 264,000. The "
     "council has 63 councillors, elected by thirds, and a net revenue budget of £298.4 million in "
     "2024/25. No party has held overall control since May 2022, and the Cabinet is formed by a "
     "minority administration that relies on the support of independent members for its budget."),
    ("sec", "Scope and methodology"),
    ("para",
     "Our terms of reference asked us to examine the council's governance, culture and leadership, its "
     "financial management, its use of resources including procurement, and the effectiveness of its "
     "scrutiny and audit arrangements. We were not asked to inspect individual services, although we "
     "have drawn on evidence about children's services and housing where it bears on those questions."),
    ("para",
     "Between 9 September and 18 October 2024 we spent 19 days on site. We held 112 interviews and focus "
     "groups with 147 people, including 38 councillors, read more than 1,900 documents and observed 14 "
     "formal meetings of the council, its Cabinet and its committees."),
    ("para",
     "We commissioned a survey of the council's staff, which was open from 23 September to 11 October "
     "2024. It received 1,412 responses, a response rate of 31%. We set out the method and selected "
     "results at Annex A."),
    ("para",
     "We are grateful to the many members, officers and partners who gave their time. We do not suggest "
     "that the problems we describe are the fault of any single individual, whether a member or an "
     "officer; most of them have developed over several years and under more than one administration."),

    # ------------------------------------------------------------------ 2
    ("chap", "Leadership and culture"),
    ("sec", "Political leadership"),
    ("para",
     "The Leader has been in post since May 2022. Members of all groups described the Leader to us as "
     "approachable and committed to the borough. Several also told us that the Cabinet takes decisions "
     "in a small circle and that it is not clear to members outside that circle how or where decisions "
     "are made."),
    ("para",
     "The Leader told us that the administration had \u201cinherited\u201d the position on the Castlegate "
     "Centre and that the council's financial difficulties were \u201clargely a matter of national "
     "funding\u201d. We do not share that view. While the council's funding has fallen in real terms, "
     "the decisions that have done most to weaken its finances were taken locally, and several of them "
     "since 2022."),
    ("para",
     "The Cabinet met 11 times in 2023/24. At four of those meetings, reports were tabled on the day or "
     "added to the agenda as urgent items, leaving members and the public no time to read them. Cabinet "
     "members told us that this was \u201cthe exception, not the rule\u201d, but it was the case for two "
     "of the three largest financial decisions of the year."),
    ("para",
     "Opposition members told us that they often learned of significant decisions from the local press. "
     "We saw little evidence of a settled relationship between the groups on the council, and the "
     "Group Leaders' meeting, which the constitution describes, has not met since January 2023."),
    ("sec", "Officer leadership"),
    ("para",
     "The council has had four Chief Executives, two of them interim, in the five years since 2019. The "
     "present Chief Executive has held the post on an interim basis since March 2024. Staff and partners "
     "were almost unanimous that this turnover has left the organisation without a clear direction."),
    ("para",
     "At the time of our inspection five of the nine posts on the Corporate Leadership Team were filled "
     "by interim or agency staff. Spending on agency staff across the council rose from £4.1 million in "
     "2020/21 to £9.7 million in 2023/24."),
    ("para",
     "We found that the statutory officers have not been given the resources or the authority to "
     "discharge their roles effectively. The Section 151 Officer leads a finance team with a vacancy "
     "rate of 27%, and the Monitoring Officer post has been filled by four different people since "
     "2021."),
    ("para",
     "The statutory officers do not meet regularly as a group, and there is no protocol setting out how "
     "they work together. The Monitoring Officer told us that legal advice was \u201cfrequently sought "
     "after the decision rather than before it\u201d. We saw examples that bear this out."),
    ("sec", "Culture and behaviours"),
    ("para",
     "We found a culture in which bad news does not travel upwards. In our staff survey, 46% of "
     "respondents said that they would not feel safe raising a concern about the way the council is "
     "run, and only 38% agreed that senior leaders were visible and approachable."),
    ("para",
     "One senior officer told us that \u201cthe culture here is that you don't bring bad news "
     "upstairs, you take it to the pub\u201d. Others put it less colourfully, but the theme was "
     "consistent across the interviews and focus groups we held."),
    ("para",
     "We heard consistent accounts of some members addressing officers in a hostile or belittling way, "
     "including at public meetings. We do not suggest that the Leader has personally bullied staff. "
     "However, we found that the Leader has not challenged behaviour by Cabinet colleagues that others "
     "regarded as intimidating."),
    ("para",
     "Complaints under the members' code of conduct rose from 14 in 2021/22 to 39 in 2023/24. Of the "
     "complaints made in 2023/24, 22 concerned the conduct of members towards officers. The protocol on "
     "member and officer relations was last revised in 2011."),
    ("para",
     "There is much to build on. Seventy-eight per cent of survey respondents said that they were proud "
     "to work for the council, and front-line staff we met in housing, waste and libraries were "
     "knowledgeable, committed and frank about what needed to change."),

    # ------------------------------------------------------------------ 3
    ("chap", "Governance and decision-making"),
    ("sec", "Decision-making"),
    ("para",
     "The council took 41 key decisions in 2023/24. Of these, 27 were not considered by any overview "
     "and scrutiny body before they were taken, and the special urgency provisions of the constitution "
     "were used on nine occasions, compared with two in 2021/22."),
    ("para",
     "We reviewed a sample of 30 reports to Cabinet. Eleven had no comments from the Monitoring Officer "
     "or a legal adviser, and eight set out no options other than the one recommended. In several cases "
     "the financial implications were described as \u201cto be confirmed\u201d."),
    ("para",
     "The council's own submission to us stated that its governance arrangements were \u201crobust and "
     "proportionate\u201d. The evidence we saw does not support that assessment."),
    ("para",
     "The constitution has been amended piecemeal and is in places contradictory. We found three "
     "different versions of the scheme of delegation in use by officers at the time of our inspection."),
    ("sec", "Scrutiny"),
    ("para",
     "The council has an Overview and Scrutiny Management Board and three scrutiny panels. Between them "
     "they held 29 meetings in 2023/24. Only one call-in was made in that year, and it was not upheld."),
    ("para",
     "Scrutiny is supported by 1.4 full-time equivalent officers, which is not enough to support four "
     "committees. Members told us that work programmes were largely made up of items that officers "
     "proposed, and that requests for information were often answered late or not at all."),
    ("para",
     "The chair of the Overview and Scrutiny Management Board described scrutiny to us as \u201ca "
     "rubber stamp with a tea break\u201d. We would not go so far, and we saw some good questioning in "
     "the panels, but we agree that scrutiny has had little influence on the council's most important "
     "decisions."),
    ("para",
     "Scrutiny has not examined the council's commercial investments since 2020, despite the fall in "
     "their value and the external auditor's recommendations."),
    ("sec", "Audit and standards"),
    ("para",
     "The Audit and Governance Committee met on only three of the six occasions scheduled in 2023/24, "
     "and two of those meetings were inquorate for part of their business. The committee has had no "
     "independent member since 2022."),
    ("para",
     "Internal audit issued 14 opinions of limited or no assurance in 2023/24. At the time of our "
     "inspection, 61 internal audit recommendations were overdue, some of them by more than three "
     "years."),
    ("para",
     "Of the external auditor's seven statutory recommendations, the council had fully implemented two "
     "by October 2024. The council's action plan described a further four as \u201con track\u201d; we "
     "found that none of them was."),

    # ------------------------------------------------------------------ 4
    ("chap", "Financial management"),
    ("sec", "The revenue budget"),
    ("para",
     "The council's net revenue budget for 2024/25 is £298.4 million. Its medium-term financial strategy "
     "identifies a cumulative budget gap of £23.6 million over the period to 2027/28, of which £9.1 "
     "million has no identified savings plan."),
    ("para",
     "The council overspent its revenue budget by £14.9 million in 2023/24. The largest pressures were "
     "in children's social care (£9.2 million) and temporary accommodation (£3.1 million), and both had "
     "been forecast in the previous year's budget monitoring."),
    ("para",
     "Between 2021/22 and 2023/24 the council planned savings of £18.0 million and delivered £10.3 "
     "million, or 57%. Savings are too often approved without a delivery plan or a named officer "
     "responsible for them."),
    ("para",
     "We do not consider the medium-term financial strategy to be credible as it stands. It assumes "
     "growth in council tax and business rates above any the council has achieved in the last decade, "
     "and it makes no provision for the continuing losses of Ulverdale Energy Ltd."),
    ("sec", "Reserves"),
    ("para",
     "The council's general fund reserve fell from £18.4 million at 31 March 2021 to £5.2 million at "
     "31 March 2024. That is below the minimum of 5% of the net revenue budget that the council's own "
     "reserves policy sets.[[fn:Ulverdale MBC, Reserves Policy, approved by Council in February 2020. "
     "The minimum is expressed as 5% of the net revenue budget, which for 2024/25 is £14.9 million.]]"),
    ("para",
     "Earmarked reserves fell over the same period from £71.6 million to £38.9 million, largely because "
     "they were drawn on to balance the budget in 2022/23 and 2023/24."),
    ("para",
     "Unless the council delivers its savings programme in full and brings its overspending under "
     "control, we estimate that its usable reserves will be exhausted during 2026/27."),
    ("para",
     "The Section 151 Officer told us that she had considered issuing a report under section 114 of the "
     "Local Government Finance Act 1988 in November 2023, and had decided against it after Cabinet "
     "agreed a spending freeze. We do not criticise that judgement, but the spending freeze was lifted "
     "in February 2024 without any assessment of its effect."),
    ("sec", "Commercial investments"),
    ("para",
     "Between 2018 and 2020 the council borrowed £112.5 million to fund five commercial investments, "
     "which we set out in Table 2. Taken together they now cost the council more to finance than they "
     "earn."),
    ("table", "Table 2", "Table 2: Commercial investments, cost and current value",
     [["Investment", "Year", "Cost (£m)", "Borrowing (£m)", "Value March 2022 (£m)",
       "Value March 2024 (£m)", "Net income 2023/24 (£m)", "Status"],
      ["Castlegate Centre", "2019", "47.6", "47.6", "28.1", "19.3", "1.2", "58% of units let"],
      ["Ulverdale Energy Ltd (loans)", "2018", "21.4", "21.4", "n/a", "n/a", "-0.9",
       "Loss in each of four years"],
      ["Marsh Lane Business Park", "2020", "18.9", "18.9", "17.2", "15.8", "1.1", "81% let"],
      ["Aire Street offices", "2019", "14.2", "14.2", "11.0", "8.6", "0.4", "44% let"],
      ["Ulverdale Homes LLP", "2020", "10.4", "10.4", "n/a", "n/a", "0.0", "37 of 220 homes built"],
      ["Total", "", "112.5", "112.5", "", "", "1.8", ""]],
     True),
    ("para",
     "The council bought the Castlegate Centre in February 2019 for £47.6 million. At 31 March 2024 it "
     "was valued at £19.3 million, and 58% of its units were let."),
    ("para",
     "Ulverdale Energy Ltd is wholly owned by the council. The council has lent it £21.4 million, and it "
     "has made a loss in each of the last four years. The company's board has not reported to any "
     "committee of the council since 2021."),
    ("para",
     "We do not suggest that members acted unlawfully in approving these investments. But we found that "
     "the risks were not properly explained to them, and that the business cases presented in 2018 and "
     "2019 relied on income forecasts that were not tested independently."),
    ("para",
     "The annual cost of the borrowing, in interest and minimum revenue provision, is £6.8 million, "
     "against net income from the investments of £1.8 million in 2023/24."),

    # ------------------------------------------------------------------ 5
    ("chap", "Procurement and contract management"),
    ("sec", "Procurement"),
    ("para",
     "The council's contract procedure rules allow officers to waive competition in defined "
     "circumstances. There were 143 waivers in 2023/24, with a total value of £11.8 million, compared "
     "with 52 waivers in 2021/22."),
    ("para",
     "In 31 of the waivers we examined, the waiver was approved after the contract had been let. In "
     "nine cases the form had been signed by the officer who requested the waiver."),
    ("para",
     "The contracts register is incomplete. We identified 212 contracts worth more than £25,000 each "
     "that did not appear on it."),
    ("sec", "Contract management"),
    ("para",
     "The highways maintenance contract, let in 2016 for five years, has been extended three times "
     "without competition. The council could not show us an assessment of value for money for any of "
     "the extensions."),
    ("para",
     "We found no evidence of fraud. We do not suggest that any officer benefited personally from the "
     "waivers we examined, but the weakness of the controls means that the council could not be "
     "confident that this was the case."),

    # ------------------------------------------------------------------ 6
    ("chap", "Services and partnerships"),
    ("sec", "Children's services"),
    ("para",
     "Ofsted judged the council's children's services to require improvement to be good in 2023. "
     "Leaders in children's services have a clear improvement plan, and we do not consider that the "
     "service is the cause of the council's wider failings."),
    ("para",
     "The cost of placements for children in care rose from £31.5 million in 2020/21 to £52.8 million in "
     "2023/24. The council has not yet opened any of the four residential homes it planned in 2022."),
    ("sec", "Housing"),
    ("para",
     "The number of households in temporary accommodation rose from 186 in March 2021 to 511 in March "
     "2024. Nearly two-thirds of them were placed in bed and breakfast or hotel accommodation."),
    ("para",
     "Ulverdale Homes LLP was set up in 2020 to build 220 homes by 2024. By the time of our inspection "
     "it had completed 37."),
    ("sec", "Partnerships"),
    ("para",
     "Partners in the NHS, the police and the voluntary sector told us that the council was "
     "\u201chard to do business with\u201d, that contacts changed frequently and that commitments made "
     "at meetings were not followed through."),
    ("para",
     "There are exceptions. The community safety partnership is well regarded, and partners praised the "
     "council's response to the flooding in the Calder valley in February 2024."),

    # ------------------------------------------------------------------ 7
    ("chap", "Conclusions and recommendations"),
    ("sec", "Conclusions"),
    ("para",
     "We conclude that the council is failing to comply with its best value duty in respect of "
     "governance, culture and leadership, financial management, and the use of resources."),
    ("para",
     "We do not consider that the council has the capacity to make the improvements needed without "
     "external support. The present leadership recognises many of the problems, but it has not yet "
     "shown that it can address them."),
    ("para",
     "We therefore recommend that the Secretary of State exercise his powers under section 15 of the "
     "Local Government Act 1999, and that he appoint commissioners for a period of at least three "
     "years."),
    ("sec", "Recommendations"),
    ("rec", "R1",
     "The council should prepare, within three months, an improvement and recovery plan agreed with "
     "the commissioners, and report progress on it to full council at least every six months."),
    ("rec", "R2",
     "The council should appoint a permanent Chief Executive and fill the posts on the Corporate "
     "Leadership Team with permanent appointments, with the commissioners' agreement."),
    ("rec", "R3",
     "The council should give the Section 151 Officer and the Monitoring Officer the resources and "
     "access they need to discharge their statutory roles."),
    ("rec", "R4",
     "The council should produce a credible medium-term financial strategy that restores the general "
     "fund reserve to at least the minimum its own policy sets."),
    ("rec", "R5",
     "The council should commission an independent review of each of its commercial investments, "
     "including Ulverdale Energy Ltd, and prepare an exit strategy where one is needed."),
    ("rec", "R6",
     "The council should review its constitution, including the scheme of delegation and the contract "
     "procedure rules, and adopt a single consolidated version."),
    ("rec", "R7",
     "The council should strengthen overview and scrutiny and the Audit and Governance Committee, "
     "including by appointing at least two independent members to the Audit and Governance Committee."),
    ("rec", "R8",
     "The council should adopt a new protocol on member and officer relations and ensure that all "
     "members receive training on it within six months."),

    # ------------------------------------------------------------------ Annex A
    ("unchap", "Annex A: Staff survey"),
    ("annex", "A.1",
     "The survey was run online by an independent provider and was open to all 4,560 employees of the "
     "council, excluding schools. Responses were anonymous."),
    ("annex", "A.2",
     "The survey received 1,412 responses, a response rate of 31%. Respondents were broadly "
     "representative of the workforce by directorate and grade."),
    ("annex", "A.3",
     "Table 1 sets out selected results. Percentages are of those who answered each question and may "
     "not sum to 100 because of rounding."),
    ("table", "Table 1", "Table 1: Staff survey, selected results",
     [["Statement", "Agree", "Neither", "Disagree"],
      ["I am proud to work for the council", "78%", "13%", "9%"],
      ["Senior leaders are visible and approachable", "38%", "21%", "41%"],
      ["I would feel safe raising a concern about the way the council is run", "32%", "22%", "46%"],
      ["Members treat officers with respect", "29%", "27%", "44%"],
      ["I understand the council's priorities", "51%", "24%", "25%"]],
     False),
    ("annex", "A.4",
     "Some results differ sharply between groups. Among respondents at senior manager grades, 57% "
     "disagreed that members treat officers with respect, compared with 44% of all respondents."),
]
