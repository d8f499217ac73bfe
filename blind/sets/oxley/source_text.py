"""Writes report.json and letter.json (the texts). build.py renders them and fills in pages."""
import json

ES = [
 "Oxley District Council is a council that has lost the confidence of many of its own staff and of a significant part of its community. We found a pattern of decision-making that bypasses the council's own constitution, a financial position that has deteriorated sharply since 2021, and a culture in which officers are reluctant to give unwelcome advice. In our view the council is failing to comply with its Best Value duty.",
 "The council's general fund reserve has fallen from £9.8 million in March 2021 to £3.1 million in March 2024, while its borrowing has trebled over the same period, largely to fund commercial property acquisitions. The council has no credible plan to close a budget gap of £4.6 million in 2025/26.",
 "We do not consider the council to be beyond recovery. There are capable officers at every level, and several members of all groups told us they want things to change. However, we are not confident that the council can make the necessary improvements at the pace required without external support, and we make eight recommendations in Chapter 8.",
]

CH = [
("1 Introduction", [
 (None, "On 14 May 2024 the Secretary of State appointed us, under section 10 of the Local Government Act 1999, to carry out an inspection of Oxley District Council's compliance with its Best Value duty. The inspection team comprised a Lead Inspector, a former council chief executive, and two Assistant Inspectors with backgrounds in local government finance and governance."),
 (None, "Our terms of reference asked us to consider the council's leadership, governance, culture, use of resources, and its capacity to improve. We were also asked to examine the circumstances of the council's acquisition of commercial property since 2019 and the management of the Oxley Works depot contract."),
 ("Our approach", "We carried out our fieldwork between June and September 2024. We held 96 interviews and focus groups with members, officers, partners and external bodies, observed 14 formal meetings, and reviewed more than 2,300 documents. We also ran an anonymous survey of council staff, to which 612 people responded, a response rate of 58%."),
 (None, "We invited all 39 councillors to meet us, and 31 did so. Members told us that they welcomed the opportunity to speak frankly, and we are grateful to them and to the many officers who gave their time. The council cooperated fully with the inspection and provided the documents we requested promptly."),
 (None, "This report sets out our findings and the evidence for them. Where we quote members or officers we do so to illustrate views we heard from several people, not to identify individuals. Our conclusions are our own and are based on the evidence as a whole."),
 (None, "The council's own submission to us, received on 28 June 2024, stated that its governance arrangements were “robust and fit for purpose” and that concerns raised by its external auditor had been “fully addressed”. For the reasons given in this report, we do not share that assessment."),
]),
("2 Leadership and culture", [
 ("Political and managerial leadership", "Oxley has been led by the same administration since May 2019. The Leader and Cabinet model was adopted in 2016. The council employs around 1,050 staff, including those in its wholly owned company, Oxley Works Limited."),
 (None, "We found that the relationship between the political leadership and senior officers has broken down in important respects. Since 2021 the council has had three Chief Executives, two of them interim, and four people have held the post of Monitoring Officer. Every statutory officer we interviewed described occasions on which their advice had been disregarded or challenged in ways they considered inappropriate."),
 (None, "The Leader told us that the council's difficulties had been “greatly exaggerated” by a small number of officers who were resistant to change. We do not accept this account. The concerns we heard were consistent, came from officers at every level and from members of every group, and were supported by documentary evidence."),
 (None, "One officer told us that decisions were “made in the Leader's office and rubber-stamped later”. We do not suggest that every decision was taken in this way, but we found at least nine significant decisions between 2022 and 2024 where the formal record did not reflect where and when the decision was in practice made."),
 ("Staff survey", "The results of our staff survey are summarised in Table 1. Nearly half of respondents (47%) said that they would not feel safe raising a concern about the conduct of a councillor. Only 31% said that they trusted the council's senior leadership, and 68% said that morale in their team had fallen over the previous twelve months."),
 "TABLE1",
 (None, "These results are among the weakest we have seen. The figure for staff who intend to leave within two years, 38%, is of particular concern given the council's existing reliance on agency and interim staff, which cost £3.7 million in 2023/24, up from £1.6 million in 2020/21."),
 ("Member and officer relations", "Staff told the inspectors that they were regularly contacted directly by Cabinet members with instructions, bypassing their managers. Several said that they had been told to amend reports before publication. We saw email evidence of two such requests relating to reports to Cabinet in 2023."),
 (None, "The council has a Member–Officer Protocol, last revised in 2018, but few members we spoke to were aware of its contents and it is not enforced. Code of conduct complaints against members rose from 9 in 2021/22 to 26 in 2023/24. Of the 26, 19 were made by other members."),
 (None, "We heard a great deal about behaviour in meetings. We observed a meeting of Full Council in July 2024 at which officers were openly criticised by name and a member of the public was removed from the gallery. The Chair did not intervene. We do not consider this to be an acceptable standard of conduct for a public body."),
 (None, "It is right to record that we also saw good practice. The Planning Committee is well chaired, and the council's community safety partnership was praised by every partner we spoke to. Officers in frontline services showed considerable commitment despite the pressures described in this report."),
 (None, "The Leader told us that the administration had “nothing to hide” and would welcome any external support that respected the democratic mandate. Opposition members told us that they had been excluded from information to which they were entitled. We found evidence that requests for information from members of opposition groups were delayed for months in at least six cases."),
 ("Conclusion", "In our view the council's culture is not one in which Best Value can be secured. The tone set by its political leadership has discouraged challenge and transparency, and the absence of a settled and empowered senior officer team has allowed this to continue unchecked."),
]),
("3 Governance and decision-making", [
 ("The constitution", "The council's constitution is long, out of date in places, and inconsistently applied. It was last comprehensively reviewed in 2017. We found that the scheme of delegation had been amended eleven times since 2021 without a report to Full Council, contrary to the constitution's own requirements."),
 ("Key decisions", "Key decisions are not always included in the Forward Plan. Of the 34 key decisions taken in 2023/24, 12 were not published 28 clear days in advance, and in 7 of those cases the general exception or special urgency provisions were used without a recorded reason."),
 (None, "Eleven of the 34 key decisions were taken by individual Cabinet members rather than by Cabinet as a whole. We do not suggest that individual decision-making is in itself improper; the constitution permits it. But in four of those eleven cases the decision record did not identify the options considered or the advice received."),
 ("Scrutiny", "Overview and scrutiny is weak. The Overview and Scrutiny Committee met five times in 2023/24 against eight scheduled meetings. Its work programme is largely determined by officers, and it has not scrutinised the council's commercial property investments at any point since 2019."),
 (None, "Two call-ins were made in 2023/24; both were rejected by the Chair of the committee on procedural grounds without being considered by the committee. Members of the committee told us that they lacked the training and the officer support to scrutinise effectively, and the council has not had a dedicated scrutiny officer since 2022."),
 ("Audit and assurance", "The Audit and Governance Committee has been more effective. Its independent member provides valuable challenge, and the committee has pressed officers on the delay in publishing the 2022/23 statement of accounts. However, the committee has not been given the resources to follow up its own recommendations, and many of its actions remain open for long periods."),
 (None, "The external auditor issued a statutory recommendation under section 24 of the Local Audit and Accountability Act 2014 in January 2024, relating to the governance of the council's commercial investments. The council's response was agreed by Full Council in March 2024, but at the time of our fieldwork only two of its nine actions had been completed."),
 ("Statutory officers", "The Monitoring Officer role has been unstable. Four people have held the post since 2021, three of them on an interim basis. One former Monitoring Officer told us that they had been “worn down” by the volume of complaints and the pressure from members to reach particular conclusions. We consider this instability to be a significant weakness in the council's governance."),
 (None, "The council has not complied with its own Whistleblowing Policy. Of the eight whistleblowing disclosures made in 2022 and 2023, five were not logged in the central register and three were investigated by officers who reported to the manager concerned."),
 ("Oxley Works Limited", "Decision-making in relation to Oxley Works Limited, the council's wholly owned company, is particularly opaque. The shareholder committee envisaged in the company's articles has never been established. The company's board consists of two Cabinet members and one senior officer, and the council as shareholder receives no regular report of its performance."),
 (None, "The council's submission suggested that the company had returned a dividend in each year since its establishment in 2018. This is correct, but the dividends, which totalled £410,000 over five years, were paid out of a management fee from the council that rose from £5.2 million to £7.9 million over the same period."),
 ("Conclusion", "We conclude that the council's governance arrangements are not adequate. They do not provide a reliable record of decision-making, they do not enable effective scrutiny, and they have not protected the council from the risks it has taken on in its commercial activity."),
]),
("4 Financial management", [
 ("Overview", "The council's revenue budget for 2024/25 is £18.6 million. Its financial position has deteriorated significantly over the last four years. Table 2 sets out key indicators."),
 "TABLE2",
 ("Reserves and borrowing", "The general fund reserve fell from £9.8 million at 31 March 2021 to £3.1 million at 31 March 2024, a reduction of more than two-thirds. At that level it represents about 17% of the net revenue budget. The council's own reserves strategy sets a minimum of £4 million, which it has not met since 2023."),
 (None, "Total borrowing has trebled, from £21.0 million to £63.0 million, over the same period. Almost all of the increase relates to the acquisition of commercial property: the Kingsmere Retail Park in 2021 for £27.5 million, and two office buildings in Coventry Road in 2022 for a combined £12.9 million."),
 ("Commercial property", "The business case for the Kingsmere acquisition assumed annual net income of £2.1 million. In 2023/24 the park generated £0.9 million, after two anchor tenants left. Commercial property income across the portfolio fell from £2.9 million in 2020/21 to £1.4 million in 2023/24, while the cost of servicing the associated debt has risen."),
 (None, "We do not suggest that any member or officer acted unlawfully in relation to the Kingsmere acquisition. However, the decision was taken by the Leader under urgency provisions, on the basis of a business case that had not been independently reviewed, and without reference to the council's own Investment Strategy, which limited any single acquisition to £15 million."),
 ("The budget gap", "The council has a budget gap of £4.6 million for 2025/26, rising to a cumulative £11.2 million by 2027/28. The Medium Term Financial Strategy presented to Cabinet in February 2024 identified savings of £1.9 million for 2025/26, leaving £2.7 million for which no proposals had been developed."),
 (None, "The council's record of delivering savings is poor. It delivered 91% of planned savings in 2020/21 but only 49% in 2023/24. The Section 151 Officer told us that savings targets had been “set to balance the budget rather than to be achieved”."),
 (None, "In October 2023 the Section 151 Officer wrote to all members warning that a notice under section 114 of the Local Government Finance Act 1988 would be required unless the council agreed in-year savings of £1.2 million. Savings were agreed in November 2023 and no notice was issued. We consider that the council came close to financial failure and that members did not fully appreciate the seriousness of the position."),
 ("Financial capacity and reporting", "The finance team is under-resourced. Eight of its 21 established posts were vacant or filled by agency staff at the time of our fieldwork. The 2022/23 statement of accounts had not been audited at the time of writing, and the external auditor has indicated that a disclaimed opinion is likely."),
 (None, "Budget monitoring reports to Cabinet are produced quarterly, but they are presented late and do not explain variances adequately. Members told us that they found them difficult to understand. We noted that the quarter two monitoring report for 2023/24 was presented to Cabinet four months after the end of the quarter."),
 (None, "The Leader told us that the commercial strategy remained sound and that the income shortfall reflected national economic conditions that no council could have foreseen. We accept that the retail market has been difficult. But the risks were identified at the time, in an officer report that warned the acquisition would leave the council “dangerously exposed” to a single sector, and they were not mitigated."),
 ("Conclusion", "In our view the council is not financially sustainable on its current course. Unless it takes urgent action to reduce its costs, dispose of assets and rebuild its reserves, it is likely to need exceptional financial support from the Government within the next two years."),
]),
("5 Procurement and contract management", [
 (None, "The council spends around £31 million a year with third-party suppliers. Its Contract Procedure Rules were updated in 2022 and are broadly in line with good practice. The difficulty is that they are frequently not followed."),
 ("Waivers", "In 2023/24 the council approved 17 waivers of its Contract Procedure Rules, with a combined value of £4.9 million. Eleven of those waivers were approved retrospectively, after the goods or services had been ordered. Only three of the 17 were reported to the Audit and Governance Committee as the rules require."),
 ("The Oxley Works contract", "The waste collection and grounds maintenance services are delivered by Oxley Works Limited under a contract awarded in 2018. The contract has been extended four times without competition and without a formal value-for-money review, most recently in 2023 for a further three years at an estimated value of £6.3 million a year."),
 (None, "Officers told us that they had advised against the most recent extension and had recommended a market test. That advice was not reflected in the report to Cabinet. We have seen the earlier draft of the report, which included the recommendation, and the final version, which did not."),
 (None, "We do not suggest that Oxley Works Limited provides a poor service. Resident satisfaction with waste collection, measured in the council's 2023 residents' survey, was 74%, which is close to the national average. But the council cannot demonstrate that the service provides value for money, and it has not tested this."),
 ("Transparency and capacity", "The council has no contracts register that is complete and up to date. We identified 46 contracts above £25,000 that were not recorded on the published register, in breach of the Local Government Transparency Code 2015."),
 (None, "There is no dedicated procurement team. Procurement support is provided by a single officer, who told us that they were “routinely consulted after the event, if at all”. The council has not prepared for the Procurement Act 2023, which comes into force in February 2025."),
 ("Conclusion", "We conclude that the council's arrangements for procurement and contract management do not secure value for money, and that its reliance on its own company has not been subject to proper challenge."),
]),
("6 Services to residents", [
 (None, "We did not undertake a full review of service performance, but we looked at a number of services where the effects of weak leadership and governance are visible to residents."),
 ("Housing", "The number of households in temporary accommodation has more than doubled, from 128 in March 2022 to 312 in March 2024. The council's spending on bed and breakfast accommodation rose to £2.4 million in 2023/24, against a budget of £0.8 million. The council does not have an up-to-date homelessness strategy; the last was published in 2019."),
 (None, "Members told us that housing was their highest priority, and the council's corporate plan describes it as such. Yet the housing service has had four heads of service in three years, and its improvement plan, agreed in 2023, has no costed actions."),
 ("Planning", "Planning performance has been stable. In the two years to June 2024 the council determined 88% of major applications and 81% of non-major applications within the statutory period or an agreed extension. These figures are above the thresholds at which the Government may designate an authority for underperformance."),
 (None, "However, the council does not have an up-to-date Local Plan. The Local Plan review was paused by Cabinet in 2022 and restarted in 2024, and it is now at least three years behind the timetable in the council's Local Development Scheme. Officers told us that this had left the council exposed to speculative development on appeal."),
 ("Complaints", "Complaints from residents are not handled well. The council received 1,184 formal complaints in 2023/24, of which 41% were not answered within the council's own target of 20 working days. The Local Government and Social Care Ombudsman upheld 9 of the 13 complaints it investigated about the council in 2023/24."),
 (None, "We recognise that these problems are not unique to Oxley. But they are made worse by the council's instability, and the council's leadership has not given them the sustained attention they need."),
]),
("7 Capacity to improve", [
 (None, "The council has begun to respond. An interim Chief Executive was appointed in August 2024 and has brought in additional capacity in finance and legal services. A draft Improvement Plan was presented to Cabinet in October 2024. These are welcome first steps."),
 (None, "However, the Improvement Plan does not yet address the council's culture or its political leadership, and it was prepared without the involvement of opposition members. Its 63 actions are not prioritised, and only 14 have a named lead officer and a target date."),
 (None, "We asked members of all groups whether they accepted the need for change. Most did. The Leader told us that the administration was “committed to improvement” but did not accept that the council was failing. We do not consider that the council's political leadership has yet recognised the scale of the problems we describe."),
 ("Our conclusion on intervention", "We have considered whether the council could make the necessary improvements on its own. We have concluded that it cannot do so at the pace required, unless its improvement is overseen by people with the authority to direct it where necessary. We therefore recommend that the Secretary of State use the powers of intervention available under the 1999 Act."),
 (None, "We consider that intervention should include the appointment of commissioners with powers over the council's finance, governance and senior appointments, for a period of at least two years. The council should retain responsibility for day-to-day service delivery."),
 (None, "We would not want this report to be read as a criticism of the council's staff, many of whom have worked hard in difficult circumstances. The council has strengths on which to build. What it has lacked is leadership that is willing to hear difficult advice and act upon it."),
]),
]

RECS = [
 "The council should prepare, within three months, a comprehensive Improvement and Recovery Plan that addresses all of the findings in this report, with clear priorities, named leads, target dates and measures of success, developed with the involvement of members of all groups.",
 "The council should undertake a review of its constitution, including its scheme of delegation, Member–Officer Protocol and arrangements for urgent decisions, and report the outcome to Full Council by September 2025.",
 "The council should take urgent steps to recruit a permanent Chief Executive, Section 151 Officer and Monitoring Officer, and ensure that the statutory officers are given the access, resources and support they need to perform their roles.",
 "The council should strengthen overview and scrutiny, including by appointing a dedicated scrutiny officer, providing training for all members of scrutiny committees, and giving scrutiny a role in the oversight of the council's commercial investments.",
 "The council should prepare a realistic Medium Term Financial Strategy that closes the budget gap without the use of reserves, and agree a plan to restore its general fund reserve to at least the minimum level set in its reserves strategy by March 2027.",
 "The council should review its commercial property portfolio, with independent advice, and develop an asset disposal strategy to reduce its borrowing.",
 "The council should establish a shareholder committee for Oxley Works Limited and commission an independent review of the value for money of the services the company provides, including a market test, before any further extension of its contract.",
 "The council should commission an independent review of its organisational culture, including the conduct of members towards officers, and implement a programme of training on the Member Code of Conduct for all members by March 2026.",
]

TABLES = {
 "TABLE1": ("Table 1", "Table 1: Results of the inspection staff survey, 2024 (612 respondents)",
   [["Statement", "Agree", "Disagree", "Neither / don't know"],
    ["I would feel safe raising a concern about a councillor's conduct", "29%", "47%", "24%"],
    ["I trust the council's senior leadership", "31%", "44%", "25%"],
    ["Morale in my team has fallen over the last 12 months", "68%", "14%", "18%"],
    ["Councillors treat officers with respect", "24%", "52%", "24%"],
    ["I understand the council's priorities", "63%", "21%", "16%"],
    ["I intend to leave the council within two years", "38%", "35%", "27%"]]),
 "TABLE2": ("Table 2", "Table 2: Key financial indicators, 2020/21 to 2023/24",
   [["Indicator", "2020/21", "2021/22", "2022/23", "2023/24"],
    ["General fund reserve at year end (£m)", "9.8", "8.1", "5.4", "3.1"],
    ["Earmarked reserves at year end (£m)", "12.4", "10.9", "7.2", "5.6"],
    ["Total borrowing (£m)", "21.0", "38.5", "55.2", "63.0"],
    ["Commercial property income (£m)", "2.9", "2.6", "1.9", "1.4"],
    ["Agency and interim staff costs (£m)", "1.6", "2.2", "3.1", "3.7"],
    ["Savings delivered as a share of plan", "91%", "74%", "58%", "49%"]]),
}

def report():
    places = []
    for t in ES:
        places.append({"label": "executive summary", "kind": "summary", "chapter": "Executive summary",
                       "heading": None, "page": None, "text": t})
    for title, paras in CH:
        n = title.split()[0]
        i = 0
        heading = None
        for p in paras:
            if isinstance(p, str):
                lab, caption, rows = TABLES[p]
                places.append({"label": lab, "kind": "table", "chapter": title, "heading": heading,
                               "page": None, "caption": caption,
                               "text": " ".join(c for r in rows for c in r), "rows": rows})
                continue
            i += 1
            if p[0]:
                heading = p[0]
            places.append({"label": f"{n}.{i}", "kind": "paragraph", "chapter": title,
                           "heading": p[0] if p[0] else heading, "page": None, "text": p[1]})
    for i, r in enumerate(RECS, 1):
        places.append({"label": f"R{i}", "kind": "recommendation", "chapter": "8 Recommendations",
                       "heading": None, "page": None, "text": r})
    return {"title": "Best Value Inspection of Oxley District Council", "kind": "report",
            "file": "report.pdf", "producer": "LibreOffice from python-docx",
            "numbering": "two-level", "page_offset": 0,
            "furniture": ["Oxley District Council – Best Value Inspection – Page N"],
            "places": places, "footnotes": []}

LETTER = [
 "I am writing to inform you that I have today published the report of the Best Value inspection of Oxley District Council, which I commissioned in May 2024. I am grateful to the Lead Inspector and the inspection team for their thorough work, and to the council's members and officers for their cooperation.",
 "The report makes for deeply concerning reading. The inspectors have concluded that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture and the use of resources. They found a council whose financial position has deteriorated sharply, whose decision-making lacks transparency, and in which officers do not feel able to give candid advice.",
 "I am therefore satisfied that the council is failing to comply with its duty under Part 1 of the Local Government Act 1999 and that it is necessary and expedient to exercise my powers of intervention under section 15 of that Act.",
 "I am minded to give Directions that would require the council to take the actions set out in the proposed Directions published alongside this letter, including the preparation of an Improvement and Recovery Plan, and to appoint three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The Commissioners would exercise certain functions of the council, including those relating to the appointment and dismissal of statutory officers and the disposal of assets, for a period of three years until 31 March 2028.",
 "I want to be clear that this intervention is not a judgement on the council's frontline staff, many of whom have continued to deliver services in difficult circumstances. Nor is it intended to remove democratic accountability: the council will remain responsible for the delivery of its services, and I expect the Commissioners to work closely with members.",
 "I invite the council to make representations on this proposed intervention by 5pm on 4 March 2025. I will consider any representations carefully before deciding whether to proceed. Representations may also be made by any other person who wishes to do so.",
 "In the meantime, I expect the council to cooperate fully with my officials and to take no decisions that would commit it to significant new expenditure or borrowing, or to the disposal of significant assets, without first consulting my department.",
 "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council's external auditor and the Members of Parliament whose constituencies cover the district.",
]

def letter():
    return {"title": "Letter from the Secretary of State to the Interim Chief Executive of Oxley District Council, 4 February 2025",
            "kind": "letter", "file": "letter.pdf", "producer": "LibreOffice from python-docx",
            "numbering": "unnumbered", "page_offset": 0, "furniture": [],
            "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                        "page": None, "text": t} for i, t in enumerate(LETTER, 1)],
            "footnotes": []}

if False:
    json.dump(report(), open("report.json", "w"), ensure_ascii=False, indent=1)
    json.dump(letter(), open("letter.json", "w"), ensure_ascii=False, indent=1)
    r = report()
    print(len(r["places"]), "places;", sum(len(p["text"].split()) for p in r["places"]), "words")

ANNEX = [
 "The Secretary of State directed the inspectors to assess the council's compliance with the requirements of Part 1 of the Local Government Act 1999, with particular reference to its leadership, governance, culture and use of resources.",
 "The inspectors were asked to examine the decisions taken since 2019 to acquire commercial property, including the Kingsmere Retail Park, and the arrangements for the award, extension and oversight of the contract with Oxley Works Limited.",
 "The inspectors were asked to report on the council's capacity to make improvements and on whether the exercise of the Secretary of State's powers of intervention would be appropriate.",
 "The inspectors were to report by 30 November 2024. With the agreement of the Department, the report was submitted on 13 December 2024.",
]

def _report_with_annex():
    r = _report_plain()
    for i, t in enumerate(ANNEX, 1):
        r["places"].append({"label": f"A.{i}", "kind": "annex", "chapter": "Annex A Terms of reference",
                            "heading": None, "page": None, "text": t})
    return r

_report_plain, report = report, _report_with_annex

if __name__ == "__main__":
    json.dump(report(), open("report.json", "w"), ensure_ascii=False, indent=1)
    json.dump(letter(), open("letter.json", "w"), ensure_ascii=False, indent=1)
    r = report()
    print(len(r["places"]), "places;", sum(len(p["text"].split()) for p in r["places"]), "words")
