#!/usr/bin/env python3
"""Writes report.json and letter.json for the Elmsworth set (the source texts).

build.py then renders them (report.docx, letter.docx -> letter.pdf)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

FOREWORD = (
    "We were appointed by the Secretary of State in April 2026 to inspect Elmsworth District Council's "
    "compliance with its best value duty. Over eleven weeks we interviewed 96 members, officers and partners, "
    "observed 14 meetings and read more than 1,900 documents. We found a council whose staff are committed "
    "to the district but whose leadership has not confronted the scale of its financial and governance "
    "problems. We do not consider that the council, acting alone, has the capacity to make the improvements "
    "required within a reasonable timescale. We are grateful to everyone who gave their time to this inspection."
)

# chapter title -> list of (subheading, [paragraph texts]) ; numbering 1-based
CHAPTERS = [
 ("Introduction and scope", [
  ("Background", [
   "Elmsworth District Council serves a population of about 118,000 residents across the market towns of Elmsworth and Holcombe Cross and 31 rural parishes. It has 43 councillors elected across 19 wards. Since May 2023 the council has been led by a minority administration supported on most votes by a group of independent members.",
   "In February 2026 the council's external auditor issued a statement of significant weakness in the council's arrangements for financial sustainability and governance. The auditor also made two statutory recommendations under the Local Audit and Accountability Act 2014, the first such recommendations made to the council.",
   "On 8 April 2026 the Secretary of State appointed us under section 10 of the Local Government Act 1999 to inspect the council's compliance with the best value duty, with particular reference to governance, financial management, leadership and culture, and scrutiny.",
  ]),
  ("Our approach", [
   "We carried out our fieldwork between 20 April and 3 July 2026. We interviewed 96 people, including 31 of the council's 43 members, the senior leadership team, statutory officers, trade union representatives and partner organisations.",
   "We observed 14 council and committee meetings, both in person and online, and reviewed more than 1,900 documents, including committee papers, internal audit reports, legal advice and correspondence supplied to us by the council and by members.",
   "With the council's agreement we ran a confidential staff survey between 11 and 29 May 2026. It was sent to all 1,320 employees and received 812 responses, a response rate of 62%. The results are set out in Table 1.",
   "The council's own submission to the inspection, received on 6 May 2026, stated that its governance arrangements were robust and well understood by members. Our findings, set out below, do not support that assessment.",
  ]),
 ]),
 ("Leadership and culture", [
  ("Political leadership", [
   "The Leader has held office since May 2023 and leads a Cabinet of seven members. Members of all groups described the Leader to us as hard-working and committed to the district.",
   "The Leader told us that the council's finances are stable and that the reserves are sufficient to meet any foreseeable pressure. We do not share that view, for the reasons given in chapter 4.",
   "We found that key decisions are often shaped in informal meetings between the Leader, two Cabinet members and a small number of senior officers, of which no notes are kept. Several members told us they learned of significant proposals from the local press.",
   "We do not suggest that the Leader acted improperly in approving the purchase of the Westgate Retail Park. However, the decision was taken under urgency procedures without a business case being presented to Cabinet, and that should not have happened.",
   "Political relationships are poor. Members of the opposition groups described a culture in which challenge is treated as disloyalty. One Cabinet member told us that opposition members were only interested in scoring points, a view we heard repeated by others in the administration.",
  ]),
  ("Officer leadership", [
   "The council has had three chief executives, two of them interim, in the last four years. The present Chief Executive took up post in January 2026 and has begun to stabilise the senior team.",
   "The post of Monitoring Officer was vacant for seven months in 2025, during which the statutory role was covered by a deputy working three days a week. We consider that this left the council without adequate legal advice at a critical time.",
   "The senior leadership team has been reduced from nine posts to five since 2021. Officers told us that the remaining directors carry workloads that leave little room for strategic planning.",
   "We found that the Chief Executive has a clear understanding of the council's weaknesses. The Chief Executive has not yet been able to secure the political support needed to address them.",
  ]),
  ("Relations between members and officers", [
   "The council's member-officer protocol was last revised in 2014 and does not reflect current practice. Several officers told us that they did not know it existed.",
   "We heard consistent accounts of members contacting junior officers directly to press for particular outcomes, particularly in planning and housing allocations.",
   "One officer told us that staff were frightened of some members and avoided putting advice in writing. We were not able to corroborate every account we heard, but the pattern was repeated in enough interviews to cause us real concern.",
   "We do not consider that these behaviours are universal. Many members and officers work together constructively, particularly in the committees on licensing and on the environment.",
   "The council has no effective mechanism for resolving disputes between members and officers. Complaints are dealt with informally by the Chief Executive and are not recorded.",
  ]),
  ("Staff survey", [
   "Staff views of the council as an employer are mixed. In our survey 78% of respondents said that they were proud to work for the council and 69% said that their line manager supported them well.",
   "Views of senior leadership were markedly less positive. Only 34% of respondents agreed that senior leaders communicated a clear vision, and 47% said that they would not feel safe raising concerns about the conduct of a member or senior officer.",
   "Nearly a quarter of respondents, 23%, said that they had experienced or witnessed bullying or harassment at work in the previous twelve months. In most cases the behaviour was not reported.",
   "These results are broadly consistent with the council's own staff survey of 2024, which had a lower response rate of 41%. We found no evidence that the council had acted on the findings of that survey.",
  ]),
 ]),
 ("Governance and decision-making", [
  ("The constitution", [
   "The council's constitution was last fully reviewed in 2017. Amendments since then have been made piecemeal and the published version does not match the version used by officers.",
   "The scheme of delegation allows officers to take decisions of up to £500,000 without reference to members. This threshold is high for a council of Elmsworth's size and we found that it is not consistently monitored.",
   "The Audit and Governance Committee has no independent member, contrary to CIPFA guidance. Meetings were inquorate on three occasions in 2025.",
   "We found that members' understanding of the constitution is uneven. Only 12 members attended the constitution training offered after the 2023 elections.",
  ]),
  ("Key decisions and urgency", [
   "The council took 23 key decisions under urgency procedures in 2023/24, compared with 8 in 2021/22. Eleven of those decisions were not reported to the Overview and Scrutiny Committee as the constitution requires.",
   "Of the 23 urgent decisions, nine concerned the council's commercial property portfolio and had a combined value of £61.4 million.",
   "The forward plan of key decisions is published but is routinely incomplete. In the six months to March 2026, 17 key decisions were taken that had not appeared on it.",
   "Reports to Cabinet often lack options appraisal and risk analysis. We reviewed 40 Cabinet reports from 2024 and 2025 and found that 26 contained no assessment of alternatives.",
   "The council's own submission stated that urgency procedures were used only where a delay would seriously prejudice the council's interests. We found that urgency was frequently used to meet deadlines that had been known for months.",
  ]),
  ("Standards and conduct", [
   "The council received 29 complaints under the members' code of conduct in 2024 and 2025, compared with 9 in the previous two years. Seventeen of the complaints were made by one member against another.",
   "We found no evidence of fraud or corruption. We do not consider that the standards framework is working effectively, however, and the length of time taken to resolve complaints, an average of 147 days, undermines confidence in it.",
   "The register of members' interests was incomplete for 11 members when we examined it in May 2026.",
   "The Standards Committee met only twice in 2025 and has not published an annual report since 2022.",
  ]),
 ]),
 ("Financial management", [
  ("Medium-term financial strategy", [
   "The council's medium-term financial strategy, approved in February 2026, identifies a budget gap of £9.8 million over the three years to 2028/29. The council has identified savings of only £3.1 million towards that gap.",
   "The strategy relies on assumptions about commercial income that we consider optimistic. It assumes that rental income from the commercial portfolio will rise by 4% a year from 2026/27.",
   "Budget monitoring reports to Cabinet have been late and inconsistent. The outturn for 2024/25 showed an overspend of £2.7 million, mainly in temporary accommodation and waste services.",
   "The Section 151 Officer told us that the council's financial position was serious but recoverable if action was taken in the 2026/27 budget. We agree with that assessment.",
   "Unless the council acts quickly to close the budget gap, we consider that the general fund reserve will be exhausted by March 2028.",
  ]),
  ("Reserves", [
   "The council's general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024. Earmarked reserves fell over the same period from £22.8 million to £11.5 million.",
   "The council has used reserves to balance its budget in each of the last four years. In 2024/25 it drew £3.9 million from reserves for that purpose.",
   "The minimum level of general fund reserve set by the council is £4 million. On present plans that level would be breached during 2027/28.",
   "Table 2 summarises the movement in the council's reserves.",
  ]),
  ("Commercial investment", [
   "Between 2019 and 2023 the council borrowed £186 million to acquire three commercial properties outside the district: the Westgate Retail Park, an office building in Kettering and a hotel in Stevenage.",
   "Income from the portfolio fell short of the budgeted level by £3.4 million in 2023/24. The office building has been 40% vacant since 2024.",
   "We found that the acquisitions were approved on the basis of external advice that was not tested by members. The Audit and Governance Committee was not consulted on any of them.",
   "The council's borrowing costs now amount to £7.9 million a year, equivalent to about 38% of its net revenue budget.",
   "We do not suggest that the council should sell the portfolio immediately. A forced sale in the present market could crystallise losses of more than £40 million.",
  ]),
 ]),
 ("Scrutiny", [
  ("Committee arrangements", [
   "The council has a single Overview and Scrutiny Committee of 11 members, chaired by a member of the administration. It met six times in 2025.",
   "Scrutiny is supported by one officer working 0.6 of a full-time post. The committee has not been given the resources it needs to carry out its role.",
   "The committee's work programme is largely made up of performance reports and presentations from officers. It has carried out only one in-depth review since 2022.",
   "We heard that the Cabinet regards the committee as a forum for explaining decisions rather than testing them.",
  ]),
  ("Effectiveness of scrutiny", [
   "One officer told us that scrutiny was treated as an obstacle to be managed rather than a source of challenge. Members of the committee we spoke to did not share that view, but acknowledged that their recommendations were rarely acted on.",
   "Of 32 recommendations made by the committee to Cabinet since 2023, Cabinet accepted 14 and we could find evidence that only 6 had been implemented.",
   "We do not consider that scrutiny has been effective in holding the executive to account for the council's commercial strategy. None of the nine urgent property decisions was considered by the committee before it was taken.",
   "The chair of the committee told us that the committee had been prevented from seeing confidential financial information. We found that the committee had never formally requested it.",
  ]),
  ("Call-in", [
   "Four decisions were called in during 2024 and 2025. In none of those cases did the committee refer the decision back to Cabinet.",
   "The call-in procedure requires the signatures of five members, which the smaller groups cannot reach alone. We consider that the threshold should be reviewed.",
   "Members of the committee had received no training on scrutiny since 2023.",
  ]),
 ]),
 ("Procurement and contract management", [
  ("Procurement", [
   "The council awarded 38 contracts with a combined value of £12.7 million without competition, by means of waivers of contract procedure rules, in 2024 and 2025.",
   "Waivers were approved by a single director in 29 of those cases. The contract procedure rules require the approval of two.",
   "We found no evidence that any waiver was granted for an improper purpose. However, the volume of waivers means that the council cannot show that it obtained value for money.",
   "The council's contracts register listed only 64% of contracts above £25,000 when we examined it.",
  ]),
  ("Contract management", [
   "The waste collection contract, worth £8.2 million a year, has been in dispute since 2024. Missed collections rose from 1,150 in 2023 to 4,870 in 2025.",
   "The council has no corporate contract management function. Responsibility rests with individual services, which have varying levels of expertise.",
   "The internal audit service gave limited assurance on contract management in both 2024 and 2025.",
   "Officers told us that a new procurement strategy would be adopted in autumn 2026. We have not seen a draft.",
  ]),
 ]),
 ("Housing and planning", [
  ("Housing", [
   "The number of households in temporary accommodation rose from 97 in March 2021 to 212 in March 2026. The council spent £4.3 million on temporary accommodation in 2025/26.",
   "There were 2,640 households on the housing register in March 2026.",
   "The council has not adopted a homelessness and rough sleeping strategy since its previous strategy expired in 2024.",
   "We found that staff in the housing options service are committed and knowledgeable, but caseloads of more than 90 households per officer are well above those of comparable councils.",
  ]),
  ("Planning", [
   "In the two years to March 2026 the council determined 58% of major planning applications within 13 weeks or an agreed extension of time, against a national figure of 88%.",
   "The council's local plan dates from 2011 and the council cannot demonstrate a five-year supply of housing land.",
   "Members overturned officer recommendations on 15 occasions in 2025. The council lost 6 of the 7 appeals that followed and paid £212,000 in costs.",
   "We do not consider that members have received adequate training in planning law. Attendance at the training offered in 2025 was voluntary and only 9 members attended.",
  ]),
 ]),
 ("Partnerships", [
  ("Working with partners", [
   "Partners told us that the council's officers are helpful and accessible at working level.",
   "Partners were less positive about the council's strategic leadership. Two partners told us that the council had withdrawn from joint commitments at short notice without explanation.",
   "The county council and the integrated care board both described the council's contribution to the Elmsworth Towns Partnership as inconsistent since 2023.",
   "We found that the council does not monitor or report on the outcomes of its partnership working.",
  ]),
 ]),
 ("Capacity for improvement and conclusions", [
  ("Capacity for improvement", [
   "The council has an improvement plan, adopted in March 2026, containing 64 actions. Only 11 had been completed when we finished our fieldwork.",
   "The plan does not address the council's financial position or the relationship between members and officers, which we consider to be the most serious issues it faces.",
   "The Chief Executive and the Section 151 Officer have a realistic view of the council's position. We are not confident that the political leadership shares that view.",
   "The council has not been given the capacity it needs by its own leadership to deliver improvement at the pace required.",
  ]),
  ("Conclusions", [
   "We conclude that Elmsworth District Council is failing to comply with its best value duty in respect of governance, financial management, leadership and culture, and scrutiny.",
   "We consider that the council is unlikely to make the necessary improvements without external support and intervention. We recommend that the Secretary of State exercises the powers of intervention available under section 15 of the Local Government Act 1999.",
   "Our recommendations are set out in chapter 10.",
  ]),
 ]),
]

RECS = [
 "The council should prepare and agree with the Secretary of State a financial recovery plan that closes the budget gap and restores the general fund reserve to at least £4 million by March 2028.",
 "The council should carry out an independent review of its commercial property portfolio, including options for disposal, and report the results to full council within six months.",
 "The council should revise its constitution, including the scheme of delegation and the rules on urgent decisions, and provide training to all members on the revised version.",
 "The council should review its scrutiny arrangements, including the resources available to the Overview and Scrutiny Committee and the threshold for call-in.",
 "The council should adopt a new member-officer protocol and a mechanism for resolving disputes between members and officers.",
 "The council should strengthen the Audit and Governance Committee, including by appointing at least one independent member.",
 "The council should review its procurement arrangements, reduce its reliance on waivers and establish a complete contracts register.",
 "The council should address the weaknesses in its planning service, including member training and the preparation of a new local plan.",
 "The council should act on the results of our staff survey, including by providing a safe route for staff to raise concerns about the conduct of members and senior officers.",
]

TABLE1 = {
 "label": "Table 1", "chapter_index": 2, "sub_index": 4, "after_para": 2,
 "caption": "Table 1: Staff survey results, May 2026 (812 respondents)",
 "rows": [["Statement", "Agree", "Disagree"],
          ["I am proud to work for the council", "78%", "9%"],
          ["My line manager supports me well", "69%", "14%"],
          ["Senior leaders communicate a clear vision", "34%", "41%"],
          ["I would feel safe raising concerns about a member or senior officer", "38%", "47%"],
          ["I have experienced or witnessed bullying or harassment in the last year", "23%", "65%"]],
}
TABLE2 = {
 "label": "Table 2", "chapter_index": 4, "sub_index": 2, "after_para": 4,
 "caption": "Table 2: Usable reserves, £ million (31 March)",
 "rows": [["Reserve", "2021", "2022", "2023", "2024"],
          ["General fund", "14.2", "11.8", "8.7", "6.1"],
          ["Earmarked", "22.8", "19.4", "15.0", "11.5"],
          ["Total", "37.0", "31.2", "23.7", "17.6"]],
}

# footnotes: attached to a paragraph label, after the sentence ending with `after`
FOOTNOTES = [
 {"number": 1, "place": "1.1.2", "after": "financial sustainability and governance.",
  "text": "External auditor's annual report 2024/25, published February 2026."},
 {"number": 2, "place": "1.2.3", "after": "a response rate of 62%.",
  "text": "The survey was administered by an independent research company. Percentages are rounded and exclude those who answered 'don't know'."},
 {"number": 3, "place": "3.1.3", "after": "contrary to CIPFA guidance.",
  "text": "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition."},
 {"number": 4, "place": "4.3.4", "after": "about 38% of its net revenue budget.",
  "text": "Net revenue budget for 2025/26 of £20.8 million."},
 {"number": 5, "place": "7.2.1", "after": "against a national figure of 88%.",
  "text": "Ministry of Housing, Communities and Local Government, planning application statistics, table P151."},
]

MULTILEVEL_CHAPTER = 5  # chapter whose numbers come from a Word multilevel list


def table_text(t):
    return " ".join(" ".join(r) for r in t["rows"])


def build_report():
    places = [{"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None,
               "page": None, "text": FOREWORD}]
    for ci, (ctitle, subs) in enumerate(CHAPTERS, start=1):
        chap = f"{ci} {ctitle}"
        for si, (stitle, paras) in enumerate(subs, start=1):
            for pi, text in enumerate(paras, start=1):
                places.append({"label": f"{ci}.{si}.{pi}", "kind": "paragraph", "chapter": chap,
                               "heading": stitle, "page": None, "text": text})
                for t in (TABLE1, TABLE2):
                    if (t["chapter_index"], t["sub_index"], t["after_para"]) == (ci, si, pi):
                        places.append({"label": t["label"], "kind": "table", "chapter": chap,
                                       "heading": stitle, "page": None, "text": table_text(t)})
    for ri, text in enumerate(RECS, start=1):
        places.append({"label": f"R{ri}", "kind": "recommendation", "chapter": "10 Recommendations",
                       "heading": None, "page": None, "text": text})
    labels = [p["label"] for p in places]
    assert len(labels) == len(set(labels))
    for f in FOOTNOTES:
        p = next(p for p in places if p["label"] == f["place"])
        assert f["after"] in p["text"], f
    return {
        "title": "Best Value Inspection of Elmsworth District Council",
        "kind": "report",
        "file": "report.docx",
        "producer": "python-docx (Word .docx)",
        "numbering": "three-level",
        "page_offset": 0,
        "furniture": ["OFFICIAL", "Best Value Inspection of Elmsworth District Council"],
        "places": places,
        "footnotes": [{"number": f["number"], "page": None, "text": f["text"]} for f in FOOTNOTES],
    }


LETTER_DATE = "12 November 2026"
LETTER_PARAS = [
 "I am writing following the publication of the report of the Best Value inspection of Elmsworth District Council, which I received on 30 September 2026. I am grateful to the inspectors for their work and to the members and staff of the council who contributed to it.",
 "The report makes for sobering reading. The inspectors concluded that the council is failing to comply with its best value duty in respect of governance, financial management, leadership and culture, and scrutiny. They found a culture in which challenge is discouraged and a financial position that, unless addressed, will exhaust the council's general fund reserve by March 2028.",
 "I wrote to you on 7 October 2026 setting out my proposal to intervene and inviting representations. I have considered the council's representations of 28 October 2026 carefully. I welcome the council's acceptance of the report's findings, but I am not persuaded that the council can deliver the necessary improvements without support.",
 "I have therefore today made Directions under section 15(5) and (6) of the Local Government Act 1999. I am appointing three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The Commissioners will exercise functions relating to the council's financial management, the appointment and dismissal of statutory officers, and the council's governance and scrutiny arrangements.",
 "The Directions will remain in force until 30 November 2029, unless I consider it appropriate to amend or revoke them earlier. The council must prepare an improvement and recovery plan, to the satisfaction of the Commissioners, within six months.",
 "I expect the Commissioners to provide me with their first report within six months and every six months thereafter. I will keep the intervention under review and will not hesitate to extend it if the council does not make sufficient progress.",
 "I want to be clear that this intervention is not a judgement on the many dedicated staff of the council, whom the inspectors found to be committed to the district. It is about the leadership and governance of the council.",
 "I am copying this letter to the Leader of the council, the leaders of the other political groups, the Section 151 Officer and the Monitoring Officer, and to the council's external auditor.",
]


def build_letter():
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
               "page": None, "text": t} for i, t in enumerate(LETTER_PARAS, start=1)]
    return {
        "title": "Best Value Inspection of Elmsworth District Council: intervention",
        "kind": "letter",
        "file": "letter.pdf",
        "producer": "LibreOffice from python-docx",
        "numbering": "unnumbered",
        "page_offset": 0,
        "furniture": [],
        "date": LETTER_DATE,
        "places": places,
        "footnotes": [],
    }


if __name__ == "__main__":
    r = build_report()
    with open(os.path.join(HERE, "report.json"), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1)
    l = build_letter()
    lp = os.path.join(HERE, "letter.json")
    # keep pages filled in by build.py if present
    if os.path.exists(lp):
        old = json.load(open(lp, encoding="utf-8"))
        pages = {p["label"]: p["page"] for p in old["places"]}
        for p in l["places"]:
            p["page"] = pages.get(p["label"])
    with open(lp, "w", encoding="utf-8") as f:
        json.dump(l, f, ensure_ascii=False, indent=1)
    print(len(r["places"]), "report places;", len(l["places"]), "letter places")
