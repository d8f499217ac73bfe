# Source of report.json: run once to (re)write report.json without pages; build.py fills pages.
import json

CH = {}
P = []   # (label, kind, chapter, heading, text, footnote_numbers)

def ch(num, title):
    CH['cur'] = f"{num} {title}" if num else title
    CH['num'] = num
    CH['n'] = 0

def p(text, heading=None, fn=None, label=None, kind="paragraph"):
    if label is None:
        CH['n'] += 1
        label = f"{CH['num']}.{CH['n']}"
    P.append(dict(label=label, kind=kind, chapter=CH['cur'], heading=heading, text=text, fn=fn))

FN = []
def note(n, text):
    FN.append(dict(number=n, text=text))

ch(None, "Foreword")
p("We were appointed by the Secretary of State in June 2024 to inspect Hollinsford Council's compliance with its best value duty. We have been struck throughout by the commitment of many frontline staff, and by the candour of those who spoke to us. We have also found a council whose political and officer leadership have not gripped the scale of its financial and governance problems, and whose culture too often treats challenge as disloyalty. We do not consider that the council can make the improvements it needs within a reasonable timescale without external support. This report sets out what we found and what we recommend.", label="foreword", kind="foreword")

ch(1, "Executive summary")
H = "Our overall conclusion"
p("Hollinsford Council is failing to comply with its best value duty. Our findings cover governance, culture, financial management, scrutiny, procurement and the council's housing and regeneration programme.", H)
p("The council's general fund reserve fell from £14.2 million in March 2021 to £5.8 million in March 2024, while its capital financing requirement rose from £212 million to £409 million over the same period.", H, fn=[1])
p("We found that decisions of the greatest financial consequence were taken by a small group of members and senior officers, often outside the formal decision-making framework. Of the 23 key decisions we examined, 14 were not recorded in the council's forward plan before they were taken.", H)
p("Members told us that the culture of the council had improved since the 2022 elections. We do not share that view. In the staff survey we commissioned, 46% of respondents said they did not feel able to raise concerns without fear of reprisal.", H)
p("Scrutiny at Hollinsford is weak. The Overview and Scrutiny Committee has not called in a single executive decision since May 2021, and its work programme is set, in practice, by the Cabinet.", H)
p("The council's wholly owned company, Hollinsford Energy Ltd, has received loans from the council totalling £38.5 million. We do not suggest that any individual has acted dishonestly in relation to the company. However, the council has not exercised the oversight that a shareholder of its size and exposure should.", H)
p("There are strengths on which to build. The council's adult social care service is well regarded by its regulator, its revenues and benefits service performs in the top quartile nationally, and many of the staff we met are committed to the people of Hollinsford.", H)
p("We do not consider that the council has the capacity to secure the necessary improvements on its own. We recommend that the Secretary of State exercises his powers of intervention, including the appointment of commissioners.", H)
p("Our recommendations are set out in full in chapter 9.", H)
note(1, "Statement of Accounts 2020/21 and 2023/24, Hollinsford Council; draft, unaudited figures for 2023/24.")

ch(2, "Introduction and scope")
H = "Our appointment"
p("On 17 June 2024 the Secretary of State appointed a Lead Inspector and two Assistant Inspectors, under section 10 of the Local Government Act 1999, to carry out an inspection of Hollinsford Council's compliance with the best value duty.", H, fn=[2])
p("The inspection was commissioned following a report in the public interest issued by the council's external auditor in March 2024, and concerns raised with the Department about the council's financial position.", H)
H = "Our approach"
p("We held 96 interviews with members, officers and partners, attended 17 council and committee meetings, and reviewed more than 1,400 documents. We also commissioned a survey of all council staff, which received 1,134 responses, a response rate of 41%.", H)
p("We wrote to every member of the council inviting them to meet us. Thirty-eight of the 51 members accepted.", H)
p("The council provided a self-assessment at the start of the inspection. The council's own submission stated that its governance arrangements were \"robust, transparent and well understood\". Our findings do not support that description.", H)
p("We are grateful to the many members and officers who gave their time to the inspection, and to the Monitoring Officer's team, who arranged our meetings and responded promptly to our requests for documents.", H)
note(2, "Local Government Act 1999, section 10; the best value duty is at section 3 of the Act.")

ch(3, "Leadership and governance")
H = "Political leadership"
p("The council has been led by the same administration since 2019. The Leader has been in post throughout that period and chairs the Cabinet of eight members.", H)
p("The Leader told us that the council's difficulties were the product of a decade of reductions in government funding and were not of the council's own making. We accept that funding reductions have been significant, but we do not accept that they explain the council's position.", H)
p("We found that the Leader and the Cabinet Member for Finance and Regeneration, together with the former Chief Executive and the former Director of Regeneration, operated as an informal group that took the most significant decisions before they reached Cabinet. Several officers described this group as \"the inner circle\".", H)
p("Members of the opposition told us that they were routinely denied information they had requested. We found evidence that requests for information from opposition members were, on at least nine occasions, referred to the Leader's office before a response was sent.", H)
p("Relationships between the political groups are poor. Full council meetings we observed were often bad-tempered, and on two occasions the Mayor adjourned the meeting to restore order.", H)
H = "Officer leadership"
p("The council has had three Chief Executives, two of them interim, since January 2022. The current Chief Executive took up post in April 2024 and has begun to address some of the issues we describe, but has not yet had time to make a lasting impact.", H)
p("The corporate leadership team has been depleted by departures. At the time of our inspection, four of the nine posts on the corporate leadership team were filled on an interim basis.", H)
p("The statutory officers have not always been able to fulfil their roles. The Section 151 Officer told us that she had raised concerns about the affordability of the capital programme in writing on three occasions in 2023, and that none of these concerns was reported to Cabinet.", H)
p("We do not consider that the Monitoring Officer has been given the resources or the standing needed to discharge the role effectively. The legal team has lost five of its eleven lawyers since 2022.", H)
H = "Decision-making"
p("Of the 23 key decisions we examined, 14 were not recorded in the forward plan before they were taken and 9 were taken under urgency provisions. In 6 of those 9 cases we could find no reason why the ordinary procedure could not have been followed.", H)
p("Reports to Cabinet frequently omitted options appraisals, legal implications or financial implications. In the sample we reviewed, a third of reports contained no comments from the Section 151 Officer.", H)
p("Unless the council restores the integrity of its decision-making, it will remain exposed to legal challenge and to decisions that do not secure value for money.", H)

ch(4, "Organisational culture")
H = "The staff survey"
p("We commissioned an anonymous survey of all staff. The results are set out in Table 1. They show a workforce that is committed to its services but that has little confidence in the council's leadership.", H)
p("Only 29% of respondents agreed that senior leaders act in line with the council's values, and 62% said they would not be confident that concerns they raised would be acted upon.", H)
p("More than a third of respondents (36%) told us they had experienced or witnessed bullying or harassment at work in the previous twelve months.", H, fn=[3])
p("Staff in the regeneration directorate were the least positive of any group. One officer told us that \"nobody challenges the Leader, because the last person who did is no longer here\". We were not able to verify that account, and we make no finding about any individual departure.", H)
H = "Member and officer relations"
p("The Members' Code of Conduct has not been reviewed since 2016. Twenty-two complaints were made under the Code in 2023/24, compared with seven in 2020/21.", H)
p("Several officers told us that members had contacted them directly to influence the outcome of planning and licensing matters. We did not find evidence that any decision was changed as a result, but the practice is inappropriate and should stop.", H)
p("The Member/Officer Protocol is not well understood by members. Only 12 members attended the training on the protocol offered in 2023.", H)
H = "Whistleblowing"
p("The council received 31 whistleblowing disclosures in the three years to March 2024. We found that 11 of these were not investigated, and that in four cases the identity of the person making the disclosure was shared with the manager about whom the concern was raised.", H)
p("We do not consider the whistleblowing policy to be fit for purpose. It names the Director of Regeneration as one of the officers to whom disclosures may be made, although that post has been vacant since October 2023.", H)
H = "Signs of change"
p("We recognise that the current Chief Executive has begun a programme of staff engagement, and that attendance at the first two all-staff briefings was high. These are early steps.", H)
note(3, "The survey was conducted by an independent research organisation between 2 and 27 September 2024.")

ch(5, "Financial management")
H = "Reserves"
p("The council's financial position is precarious. Its general fund reserve fell from £14.2 million in March 2021 to £5.8 million in March 2024, equivalent to 3.1% of its net revenue budget.", H)
p("The council used £4.6 million of reserves to balance its 2023/24 budget and planned to use a further £3.9 million in 2024/25. The medium term financial strategy shows a cumulative budget gap of £31.7 million by 2027/28.", H)
p("The council has not yet identified how it will close that gap. The savings programme for 2024/25 totals £9.2 million, of which only £3.4 million had been delivered by the end of the second quarter.", H)
H = "The capital programme"
p("The capital financing requirement has nearly doubled, from £212 million in March 2021 to £409 million in March 2024. The increase is largely attributable to borrowing for the Riverside regeneration scheme and loans to Hollinsford Energy Ltd.", H, fn=[4])
p("Interest and minimum revenue provision now absorb 14% of the council's net revenue budget, compared with 6% in 2020/21.", H)
p("We found that the capital strategy did not set out how the borrowing would be repaid or what the council would do if the expected income from the Riverside scheme did not materialise.", H)
p("The Cabinet Member for Finance and Regeneration told us that the borrowing was \"an investment in the future of the town that will pay for itself\". We have seen no evidence that it will.", H)
H = "Hollinsford Energy Ltd"
p("Hollinsford Energy Ltd was established in 2020 to supply energy to residents and businesses. The council has lent it £38.5 million and holds all of its shares.", H)
p("The company reported a loss of £6.2 million in 2023 and its auditors drew attention to a material uncertainty related to going concern.", H)
p("The shareholder committee met only twice in 2023, and on neither occasion did it receive the company's management accounts. We do not suggest that the company's directors have concealed information from the council. The council did not ask for it.", H)
p("In our view there is a significant risk that a substantial part of the £38.5 million lent to the company will not be recovered.", H)
H = "Financial capability"
p("The finance function is under-resourced. Twelve of the 47 posts in the finance team were vacant or filled by agency staff at the time of our inspection.", H)
p("The external auditor has not yet been able to give an opinion on the council's accounts for 2021/22 or 2022/23.", H)
p("Unless the council takes decisive action in the 2025/26 budget, we consider that it is likely to need exceptional financial support from government within the next two financial years.", H)
note(4, "Capital financing requirement as reported in the council's Treasury Management Outturn Reports, 2020/21 to 2023/24.")

ch(6, "Scrutiny and audit")
H = "Overview and scrutiny"
p("The Overview and Scrutiny Committee has not called in a single executive decision since May 2021. Its chair is a member of the majority group and was, until 2023, a member of the Cabinet.", H)
p("We observed five meetings of the committee. Questions to Cabinet members were rarely pursued, and on several occasions the chair discouraged members from asking supplementary questions.", H)
p("Members of the committee told us that they did not receive papers in time to prepare. In the period we reviewed, papers were published on average 3 working days before meetings.", H)
p("Scrutiny is not adequately supported. The council has one scrutiny officer, who also supports two other committees.", H)
H = "Audit and governance"
p("The Audit and Governance Committee has no independent member. Its chair told us that the committee relied heavily on the assurance given by officers and had not felt able to challenge it.", H)
p("The internal audit service gave a limited assurance opinion for 2023/24. Of the 64 internal audit recommendations due for implementation by March 2024, 27 had not been implemented.", H)
p("The committee did not receive the external auditor's findings on Hollinsford Energy Ltd until four months after they had been shared with officers.", H)
p("We do not consider that the committee has been an effective check on the executive, though we recognise that its members have been asked to work with incomplete information.", H)
p("The council's risk register did not, at any point in 2023, identify the financial exposure to Hollinsford Energy Ltd as a corporate risk.", H)

ch(7, "Procurement and contract management")
H = "Procurement"
p("The council spends around £180 million a year with third parties. We reviewed 40 contracts awarded between 2021 and 2024.", H)
p("In 17 of the 40 contracts we reviewed, the council had waived its contract procedure rules. The value of the contracts awarded under waivers was £22.8 million.", H)
p("Waivers were routinely approved by a single director without the involvement of the procurement team. In eight cases the waiver was approved after the contract had been let.", H)
p("We do not suggest that waivers were used to benefit any individual supplier. However, the scale of their use means that the council cannot demonstrate that it obtained value for money.", H)
H = "Contract management"
p("The council does not maintain a complete contracts register. We identified 61 contracts worth more than £100,000 that did not appear on the register.", H)
p("The contract for the Riverside regeneration scheme was varied on eleven occasions, increasing its value from £48 million to £71.4 million. None of the variations was reported to Cabinet.", H)
p("The procurement team has been reduced from nine posts to four since 2020.", H)
p("The council's own procurement strategy, adopted in 2022, committed it to \"open, fair and competitive procurement in every case\". That commitment has not been honoured.", H)

ch(8, "Housing and regeneration")
H = "The Riverside scheme"
p("The Riverside scheme is the council's flagship regeneration project, comprising 1,200 homes, a hotel and commercial space. It was approved by Cabinet in 2021 at an estimated cost of £96 million.", H)
p("The current estimated cost of the scheme is £163 million. Only 140 of the planned homes have been completed, and none of the commercial space has been let.", H)
p("The business case assumed that the hotel would generate an annual return of 7%. The hotel has not yet opened.", H)
H = "Housing services"
p("The council has 2,640 households in temporary accommodation, more than double the number in 2021. Spending on temporary accommodation was £19.4 million in 2023/24 against a budget of £11.0 million.", H)
p("The Regulator of Social Housing issued a regulatory notice to the council in 2024 in respect of the safety of its housing stock. The council told us that 97% of its homes now have a valid gas safety certificate.", H)
p("The housing service has begun to improve under its new director, and tenants' representatives told us they had seen a difference in the last six months.", H)

ch(9, "Conclusions and recommendations")
H = "Conclusions"
p("Hollinsford Council is failing to comply with its best value duty in respect of leadership, governance, culture, financial management, scrutiny and procurement.", H)
p("We do not consider that the council, as currently led, will make the necessary improvements without external intervention. We therefore recommend that the Secretary of State appoints commissioners with powers over the council's financial, governance and procurement functions.", H)
p("We have framed our recommendations so that the council can begin work on them immediately, whatever decision the Secretary of State takes about intervention.", H)
p("The commissioners, if appointed, should report to the Secretary of State on the council's progress every six months.", H)
H = "Recommendations"
recs = [
 "The council should prepare, within three months, an improvement and recovery plan addressing each of the findings in this report, to be agreed by the commissioners.",
 "The council should set a balanced budget for 2025/26 without recourse to general fund reserves, and restore the general fund reserve to at least 5% of the net revenue budget by March 2028.",
 "The council should review its loans to and governance of Hollinsford Energy Ltd, and bring a report on the company's future to full council within six months.",
 "The council should strengthen the Overview and Scrutiny Committee, including appointing a chair from outside the administration and providing at least two dedicated scrutiny officers.",
 "The council should appoint at least two independent members to the Audit and Governance Committee.",
 "The council should revise its contract procedure rules so that no waiver may be approved without the advice of the Head of Procurement, and report all waivers to the Audit and Governance Committee quarterly.",
 "The council should commission an independent review of its culture, including its whistleblowing arrangements, and act on its findings.",
 "The council should ensure that the Monitoring Officer and the Section 151 Officer are members of the corporate leadership team and are properly resourced.",
]
for i, r in enumerate(recs, 1):
    p(r, H, label=f"R{i}", kind="recommendation")

TABLE = {
 "label": "Table 1", "kind": "table", "chapter": "4 Organisational culture", "heading": "The staff survey",
 "caption": "Table 1: Staff survey, selected results (1,134 respondents)",
 "rows": [["Statement", "Agree", "Disagree"],
          ["I am proud to work for the council", "68%", "14%"],
          ["Senior leaders act in line with the council's values", "29%", "47%"],
          ["I feel able to raise concerns without fear of reprisal", "38%", "46%"],
          ["I am confident concerns I raise would be acted upon", "21%", "62%"],
          ["I have experienced or witnessed bullying or harassment in the last year", "36%", "55%"]],
 "after": "4.1",
}

places = []
for x in P:
    places.append({"label": x["label"], "kind": x["kind"], "chapter": x["chapter"], "heading": x["heading"],
                   "page": None, "text": x["text"], "fn": x["fn"]})
    if x["label"] == TABLE["after"]:
        places.append({"label": TABLE["label"], "kind": "table", "chapter": TABLE["chapter"], "heading": TABLE["heading"],
                       "page": None, "text": " ".join(c for row in TABLE["rows"] for c in row),
                       "rows": TABLE["rows"], "caption": TABLE["caption"]})
doc = {"title": "Best Value Inspection of Hollinsford Council", "kind": "report", "file": "report.pdf",
       "producer": "Chromium (headless) from HTML", "numbering": "two-level", "page_offset": 0,
       "furniture": ["OFFICIAL", "Best Value Inspection of Hollinsford Council", "Page N of M"],
       "places": places,
       "footnotes": [{"number": f["number"], "page": None, "text": f["text"]} for f in FN]}
json.dump(doc, open("report.json", "w"), indent=1, ensure_ascii=False)
print(len(places), "places")
