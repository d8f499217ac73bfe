"""The text of the fictional Best Value inspection report of the London Borough of Eastmarsh,
and of the Secretary of State's covering letter, as structured data.

Everything here is invented for verifier's examples and tests: the borough, its people, its
figures and its events. The style follows real English Best Value inspection reports (numbered
chapter.paragraph paragraphs, a foreword and an unnumbered executive summary, footnotes at the
page foot, a staff-survey table, interviewees quoted in single quotes).

`make_examples.py` renders this text three ways (LibreOffice, Chromium, a letter) and writes
`report.json`, the ground truth the tests compare a PDF reader's output against.

Markup inside text:
  [^8]        a footnote marker; the footnote's text is FOOTNOTES["8"]. In the ground truth the
              marker is removed ("budgets.[^8] The" reads "budgets. The").
  ‘…’         interviewees' words, in curly single quotes, as printed.
A paragraph may carry bullets (printed as a list inside the paragraph), a table, and a `tail`
(text printed after the bullets or table, still part of the same numbered paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class P:
    """One paragraph: `number` ("4.50") or None for unnumbered text."""

    number: str | None
    text: str
    bullets: tuple[str, ...] = ()
    table: Table | None = None
    tail: str = ""
    sub: str | None = None          # a subheading printed just before this paragraph


@dataclass(frozen=True)
class Chapter:
    number: int | None              # None for the foreword and the executive summary
    heading: str
    paragraphs: tuple[P, ...]


TITLE = "Best Value Inspection of the London Borough of Eastmarsh"
RUNNING_HEADER = "Best Value Inspection: London Borough of Eastmarsh"
COVER_LINES = (
    "Best Value Inspection",
    "London Borough of Eastmarsh",
    "Report of the Inspection Team appointed under section 10 of the Local Government Act 1999",
    "Dame Ruth Callender, Lead Inspector",
    "Martin Osei, Inspector",
    "Priya Ventnor, Inspector",
    "October 2024",
    "Published 12 November 2024",
)

# ----------------------------------------------------------------------------- foreword

FOREWORD = Chapter(None, "Foreword", (
    P(None, "Eastmarsh is a borough of real energy and ambition. Its residents are young, diverse "
            "and, in many cases, living with hardship that few other parts of London would "
            "recognise. They deserve a council that spends every pound carefully, listens before it "
            "acts and tells the truth about its own performance. In many of the services we saw, "
            "dedicated staff are doing exactly that, often despite the organisation around them "
            "rather than because of it."),
    P(None, "We were asked to establish whether the London Borough of Eastmarsh is complying with "
            "its Best Value Duty. Over five months we read more than two thousand documents, "
            "interviewed 187 people and surveyed every member of staff. We are grateful to all of "
            "them, and particularly to those who spoke to us knowing that doing so might not be "
            "welcomed by everyone in the Town Hall."),
    P(None, "Our conclusion is that the Authority is failing to comply with its Best Value Duty in "
            "relation to the themes of culture, leadership and governance, and that there are "
            "serious weaknesses in its use of resources and in partnership working. The reasons "
            "are set out in the chapters that follow. They are not, for the most part, about a "
            "shortage of money or of talent; they are about how power is exercised and how "
            "challenge is received."),
    P(None, "None of this is beyond repair. The Authority has appointed a permanent Chief "
            "Executive, its frontline services are in several cases strong, and we met many "
            "councillors of every group who want the Council to succeed. What is needed is an "
            "honest acknowledgement of the problems and a sustained programme of change that the "
            "Authority owns but does not mark for itself."),
    P(None, "Dame Ruth Callender, Lead Inspector, on behalf of the Inspection Team"),
))

# ----------------------------------------------------------------------------- summary

SUMMARY = Chapter(None, "Executive Summary", (
    P(None, "The Inspection Team was appointed by the Secretary of State on 3 April 2024 to "
            "inspect the London Borough of Eastmarsh’s compliance with the Best Value Duty. This "
            "summary sets out our principal findings; the evidence for each is given in the "
            "numbered paragraphs of the report."),
    P(None, "Culture. We found a divided organisation in which trust between the political "
            "leadership, senior officers and many partners has broken down. Staff at every level "
            "told us that they are reluctant to raise concerns, and our staff survey found that "
            "fewer than half of respondents feel safe to do so. A perception of favouritism in "
            "appointments is widespread and damaging."),
    P(None, "Leadership. The Mayor’s vision for the borough is clear and widely understood, and "
            "the appointment of a permanent Chief Executive in January 2024 has brought some "
            "welcome stability. However, the boundaries between political and officer roles have "
            "become blurred, and several senior officers have left in circumstances that staff "
            "associate with their willingness to give unwelcome advice."),
    P(None, "Governance. The Authority’s constitution is fundamentally sound as written, but decision-making "
            "in practice too often bypasses it. Mayoral decisions have been taken without "
            "adequate reports, key decisions have been missing from the Forward Plan, and the "
            "statutory officers have not always been able to exercise their functions freely. "
            "Scrutiny has not provided the robust check on the executive that the Authority "
            "needs."),
    P(None, "Use of resources. The Authority’s finances are not in immediate crisis, but the "
            "Medium Term Financial Strategy relies on savings that are not yet identified, and "
            "the governance of grants and of the Authority’s wholly owned companies is weak."),
    P(None, "Partnerships, service delivery and continuous improvement. Relationships with "
            "several statutory and voluntary sector partners have deteriorated. Many services "
            "perform well, but the Authority lacks a reliable corporate view of its own "
            "performance and has not acted on earlier external advice."),
    P(None, "We make eleven recommendations in Chapter 10. In our view the Authority will need "
            "external support and oversight to implement them."),
))

# ----------------------------------------------------------------------------- chapters

CHAPTER_1 = Chapter(1, "Introduction", (
    P("1.1", "On 3 April 2024 the Secretary of State for Housing, Communities and Local "
             "Government appointed an Inspection Team under section 10 of the Local Government "
             "Act 1999 to carry out a Best Value inspection of the London Borough of Eastmarsh "
             "(‘the Authority’ or ‘the Council’). The Secretary of State’s decision followed "
             "correspondence from the Authority’s external auditor and a number of complaints "
             "from members of the public and from councillors."),
    P("1.2", "The Inspection Team comprised Dame Ruth Callender (Lead Inspector), Mr Martin Osei "
             "and Ms Priya Ventnor. The Inspectors were supported by two officials seconded from "
             "the Ministry, who carried out document analysis and arranged interviews but took "
             "no part in forming the findings."),
    P("1.3", "The terms of reference required the Inspectors to assess the Authority’s "
             "compliance with the Best Value Duty under Part 1 of the Local Government Act 1999, "
             "and in particular its arrangements in respect of:",
      bullets=(
          "culture, including the relationships between members and officers;",
          "leadership, both political and managerial;",
          "governance, including decision-making, scrutiny and the role of the statutory officers;",
          "the use of resources, including financial management and the oversight of companies;",
          "partnerships and community engagement; and",
          "service delivery and continuous improvement.",
      ),
      tail="The Inspectors were also asked to recommend any action the Secretary of State might "
           "take using the powers available under the 1999 Act."),
    P("1.4", "The inspection began on 15 April 2024 and the evidence-gathering phase ended on 30 "
             "August 2024. During that period we read more than 2,300 documents, observed 41 "
             "formal meetings of the Council, the Cabinet and their committees, and held 187 "
             "interviews, some of them with groups. A small number of interviewees were seen "
             "more than once."),
    P("1.5", "In June 2024 we invited all of the Authority’s employees to complete an anonymous "
             "online survey. The survey was open for three weeks and received 1,206 responses, a "
             "response rate of 25%.[^1] We are conscious that a self-selecting survey cannot be "
             "taken as representative of the whole workforce, and we have used its results "
             "alongside, rather than in place of, the evidence from interviews and documents."),
    P("1.6", "Interviewees were promised that their words would not be attributed to them. "
             "Where we quote an interviewee or a survey respondent, the words appear in single "
             "quotation marks and are reproduced as they were said or written. We have quoted "
             "only where the view expressed was shared by others or was supported by other "
             "evidence."),
    P("1.7", "The Best Value Duty requires an authority to ‘make arrangements to secure "
             "continuous improvement in the way in which its functions are exercised, having "
             "regard to a combination of economy, efficiency and effectiveness’.[^2] It is not "
             "a test of whether individual services are good or poor, but of whether the "
             "authority as a whole is run in a way that secures value for its residents."),
    P("1.8", "In assessing compliance we have had regard to the statutory guidance on the Best "
             "Value Duty published in 2024, which describes the characteristics of a "
             "well-functioning authority and the indicators of potential failure across seven "
             "themes.[^3] The guidance does not set a checklist, and we have not used it as one."),
    P("1.9", "Chapter 2 describes the borough and the Authority. Chapters 3 to 9 set out our "
             "findings on each of the themes in the terms of reference, and Chapter 10 draws our "
             "conclusions together and makes recommendations. Paragraph numbers are used for "
             "cross-reference throughout."),
    P("1.10", "Where the report says that ‘many’ or ‘most’ interviewees expressed a view, it "
              "means that the view was put to us independently by a substantial number of "
              "people in different parts of the organisation. Where a view was held by only a "
              "few, we say so."),
    P("1.11", "A draft of the factual sections of this report was shared with the Chief "
              "Executive on 14 October 2024 so that any factual inaccuracies could be corrected. "
              "We are grateful for the Authority’s response, which we have taken into account. "
              "The judgements in the report are ours alone."),
    P("1.12", "We would like to thank the Mayor, councillors of all groups, the Chief Executive "
              "and the many officers, partners and residents who gave their time to the "
              "inspection, and the staff of the Democratic Services team who organised our "
              "access to meetings and papers with great efficiency."),
))

CHAPTER_2 = Chapter(2, "The London Borough of Eastmarsh", (
    P("2.1", "Eastmarsh is an inner London borough lying on the north bank of the Thames, "
             "bounded by the River Lea to the west and by the former marshland from which it "
             "takes its name to the east. Much of its riverside was docks and heavy industry "
             "until the 1980s, and the borough has since been transformed by successive waves "
             "of regeneration."),
    P("2.2", "The borough’s population was estimated at 331,400 in mid-2023, an increase of "
             "almost 18% in ten years.[^4] It is one of the youngest populations in England: "
             "the median age is 31, and more than a quarter of residents are under twenty. Over "
             "ninety languages are spoken in the borough’s schools."),
    P("2.3", "Prosperity is unevenly shared. New riverside developments sit alongside estates "
             "that are among the most deprived in the country, and eleven of the borough’s "
             "neighbourhoods fall within the most deprived tenth nationally.[^5] Child poverty, "
             "after housing costs, is estimated at 44%, and overcrowding is the highest in "
             "London."),
    P("2.4", "Since May 2010 the Authority has operated a directly elected Mayor and Cabinet "
             "model of executive arrangements. The current Mayor, Mayor Idris Halloran, was "
             "first elected in 2018 and re-elected in May 2022 with 51% of first-preference "
             "votes. He leads the Eastmarsh First group."),
    P("2.5", "The Council has 45 councillors elected from 19 wards. Following the 2022 "
             "elections, Eastmarsh First holds 26 seats, the Progressive Alliance 15 and the "
             "Green Party 3, with one independent member. The Mayor appoints a Cabinet of up "
             "to nine members, all currently drawn from his own group."),
    P("2.6", "The Authority employs approximately 4,800 staff, excluding those in schools. Its "
             "gross revenue expenditure in 2024/25 is budgeted at £1.42 billion, of which the net "
             "General Fund budget is £412.6 million. It owns and manages some 11,900 homes "
             "through its Housing Revenue Account, having brought housing management back in "
             "house from an arm’s-length organisation in 2021."),
    P("2.7", "The Authority has three wholly owned companies: Eastmarsh Homes Limited, which "
             "develops homes for sale and market rent; Marshgate Energy Limited, a district "
             "heating company; and Eastmarsh Trading Services Limited, which provides building "
             "maintenance to the Council and to other public bodies."),
    P("2.8", "The Authority has experienced significant turnover in its senior management. "
             "Between May 2018 and January 2024 it had three permanent and four interim Chief "
             "Executives, and the post of Director of Finance and Section 151 Officer was filled "
             "on an interim basis for nineteen of those months."),
    P("2.9", "External bodies have raised concerns before. A Local Government Association "
             "corporate peer challenge in November 2021 recommended a review of member and "
             "officer relationships and of the scrutiny function.[^6] The external auditor’s "
             "annual report for 2022/23 identified significant weaknesses in governance "
             "arrangements and made two statutory recommendations."),
    P("2.10", "Children’s services were judged ‘good’ by Ofsted in March 2023, and the "
              "Authority’s adult social care services were among the first in London to be "
              "assessed by the Care Quality Commission, which found them to be performing "
              "well in most areas. We refer to these services again in Chapter 8."),
))

CHAPTER_3 = Chapter(3, "Culture", (
    P("3.1", "An authority’s culture is the set of shared values and behaviours that determine "
             "how it actually works, as distinct from how its constitution and policies say it "
             "should work. The statutory guidance identifies a culture of openness, respect and "
             "challenge as the foundation of good governance.", sub="Introduction"),
    P("3.2", "We met many officers who are proud to work for Eastmarsh and deeply committed "
             "to its residents. In frontline services in particular, staff spoke warmly of "
             "their teams and of their immediate managers, and several described the borough "
             "as ‘the best place I have ever worked, apart from the Town Hall’."),
    P("3.3", "That pride sits alongside widespread unease about the organisation’s corporate "
             "culture. Interviewees described a Town Hall in which information is closely held, "
             "in which decisions are understood to be made informally before they reach formal "
             "meetings, and in which disagreement with the political leadership is treated as "
             "disloyalty.", sub="Trust"),
    P("3.4", "Trust between the key groups on which good governance depends has broken down. "
             "Opposition councillors told us they do not believe the information they are "
             "given; some Cabinet members told us they do not believe that senior officers "
             "are on their side; and several partners said that commitments made to them in "
             "meetings were not honoured. The lack of trust between councillors, officers, and "
             "partners is extremely worrying and is not conducive to good governance and "
             "decision-making."),
    P("3.5", "The breakdown is visible in public. At the meetings we observed, exchanges "
             "between members were frequently personal and occasionally abusive, and we saw "
             "officers interrupted or contradicted by members while presenting reports. The "
             "Monitoring Officer has written to group leaders on three occasions since 2022 "
             "about conduct at Council meetings."),
    P("3.6", "We recognise that robust political debate is a legitimate part of local "
             "democracy and that Eastmarsh has a long history of closely fought elections. The "
             "problem we identify is not the existence of disagreement but the absence of any "
             "shared space in which disagreement can be resolved on the evidence."),
    P("3.7", "Our staff survey asked employees about the organisation’s culture and about "
             "their confidence in raising concerns. The results for the main questions are "
             "shown in Table 1.[^7]", sub="The staff survey",
      table=Table(
          "Table 1: Staff survey, selected results (1,206 respondents)",
          ("Statement", "Agree", "Neither", "Disagree"),
          (
              ("I am proud to work for Eastmarsh Council", "71%", "17%", "12%"),
              ("I feel comfortable raising concerns at work", "41%", "11%", "48%"),
              ("I believe concerns I raise will be appropriately dealt with", "27%", "30%", "43%"),
              ("Senior leaders act with integrity", "33%", "29%", "38%"),
              ("Appointments are made fairly and on merit", "24%", "28%", "48%"),
              ("My line manager supports me", "78%", "10%", "12%"),
          ),
      )),
    P("3.8", "The contrast between the first and last rows of Table 1 and the rest is "
             "striking. Staff think well of their own teams and managers, but 48% of "
             "respondents said they do not feel comfortable raising concerns, and only 27% "
             "believe that concerns they raise will be appropriately dealt with. Fewer than a "
             "quarter believe that appointments are made fairly and on merit."),
    P("3.9", "The free-text responses to the survey reinforced these figures. Of the 412 "
             "respondents who wrote about raising concerns, more than half referred to fear of "
             "consequences for their careers. Typical comments were ‘you learn to keep your head "
             "down’ and ‘people who ask questions do not last long here’."),
    P("3.10", "The Authority’s whistleblowing policy was last revised in 2019 and names an "
              "officer who left in 2021 as the contact for concerns. Only four whistleblowing "
              "disclosures were recorded in the two years to March 2024, a low number for an "
              "organisation of this size, which in our view reflects a lack of confidence in "
              "the process rather than an absence of concerns.", sub="Raising concerns"),
    P("3.11", "The Member and Officer Relations Protocol was adopted in 2016 and has not been "
              "reviewed since. Few of the members or officers we interviewed had read it, and "
              "it does not address the circumstances, which we found to be common, in which "
              "Cabinet members give instructions directly to officers below director level."),
    P("3.12", "There is, however, some evidence of change. The Chief Executive has introduced "
              "regular all-staff briefings and a staff network for raising concerns outside the "
              "management line, and staff who had used it spoke positively about it. These "
              "initiatives are recent and their effect is not yet visible in the survey."),
    P("3.13", "Overall, we found that the Authority’s culture does not support the openness, "
              "respect and challenge on which compliance with the Best Value Duty depends. We "
              "return to the consequences of this for leadership and for governance in "
              "Chapters 4 and 5.", sub="Conclusion on culture"),
))

CHAPTER_4 = Chapter(4, "Leadership", (
    P("4.1", "Strong leadership, both political and managerial, is essential if an authority is "
             "to set a clear direction, make difficult choices and deliver them. The statutory "
             "guidance stresses that leaders should model the behaviours they expect of others "
             "and should welcome challenge.", sub="Political leadership"),
    P("4.2", "The Mayor’s priorities for the borough are clearly articulated in the Eastmarsh "
             "Together Strategic Plan 2022–2026, and we found them to be widely known among "
             "officers and partners. The commitments to build council homes, to extend free "
             "school meals and to keep youth centres open are popular with residents and have "
             "in large part been delivered."),
    P("4.3", "The Mayor is a visible presence in the borough and is regarded by many residents "
             "as accessible and responsive. Several community organisations told us that he had "
             "personally intervened to resolve problems that officers had been unable to fix. "
             "That approach has strengths, but it also carries risks, to which we return below."),
    P("4.4", "Since 2022 the Mayor’s Office has grown from four to eleven posts, several of "
             "which were filled without open competition. We have seen evidence that staff are "
             "also concerned by some appointments and consider them inappropriate. In our staff "
             "survey we heard about a ‘friends and family culture,’ ‘cronyism’ and that some "
             "staff are concerned that existing relationships between councillors and officers "
             "changes the way work is done in the Council."),
    P("4.5", "We examined the files for twenty senior and politically sensitive appointments "
             "made since 2022. In most cases the Authority’s recruitment procedures had been "
             "followed, but in six the record of shortlisting or interview was incomplete, and "
             "in two a candidate known to a Cabinet member had been appointed after the "
             "person specification was changed during the process."),
    P("4.6", "The Authority employs four political advisers under section 9 of the Local "
             "Government and Housing Act 1989.[^8] Their role is lawful and, properly managed, "
             "can be valuable. We were told by many officers, however, that political advisers "
             "regularly attend officer meetings, request information directly from junior "
             "staff and convey what are understood to be the Mayor’s instructions."),
    P("4.7", "The boundary between political advice and management direction is not "
             "understood consistently. Several officers described receiving conflicting "
             "instructions from a Cabinet member, a political adviser and their own director on "
             "the same day, with no agreed means of resolving the conflict."),
    P("4.8", "The Cabinet meets formally once a month. Cabinet members told us that the "
             "substantive discussion of policy takes place at the Mayor’s weekly ‘Leadership "
             "Group’, which has no formal status, keeps no minutes and is attended by political "
             "advisers and, on occasion, by people who are neither members nor officers."),
    P("4.9", "We do not doubt the commitment of Cabinet members to their portfolios. But the "
             "concentration of decision-making in an informal group weakens collective "
             "responsibility, makes it difficult for officers to give advice at the right time "
             "and leaves no record against which decisions can later be tested."),
    P("4.10", "The Authority has made important progress in stabilising its senior officer "
              "team. It has permanently appointed a Chief Executive Officer, a Section 151 "
              "Officer and several other key director positions during the past year, ending a "
              "long period of reliance on interim managers. We commend the Mayor and the "
              "Appointments Committee for this.", sub="The officer leadership"),
    P("4.11", "The Chief Executive, Ms Sarah Okafor, took up post in January 2024. She is "
              "respected by staff, many of whom told us that her arrival had brought ‘a "
              "breath of fresh air’. She has begun to rebuild the corporate centre and has "
              "been open with us about the scale of the task."),
    P("4.12", "The Corporate Leadership Team now comprises the Chief Executive, five Corporate "
              "Directors and the three statutory officers. Most members of the team are new to "
              "their posts or to the Authority, and the team is still establishing ways of "
              "working together."),
    P("4.13", "Directors told us that they meet as a team weekly but that the agenda is often "
              "overtaken by urgent requests from the Mayor’s Office. We saw little evidence of "
              "the team considering the Authority’s overall performance, its strategic risks or "
              "its financial position in the round."),
    P("4.14", "The Authority’s senior management structure was last reviewed in 2019. Since "
              "then, responsibilities have been added to directorates piecemeal, and the "
              "resulting spans of control are uneven: one Corporate Director is responsible for "
              "fourteen services, another for four.[^9]"),
    P("4.15", "We heard repeatedly that officers at head of service level and below feel "
              "disconnected from the corporate centre. Several described the Corporate "
              "Leadership Team as ‘invisible’, and in our survey only 33% of respondents agreed "
              "that senior leaders act with integrity."),
    P("4.16", "The Chief Executive is aware of these perceptions and has taken steps to "
              "address them, including a programme of visits to services and a leadership "
              "forum for the top two hundred managers. These are welcome, but they cannot "
              "succeed unless the behaviour of the political leadership changes too."),
    P("4.17", "Officer leadership also depends on adequate corporate capacity. The Authority’s "
              "policy, performance and programme management functions were reduced "
              "significantly between 2019 and 2022, and the Chief Executive inherited a "
              "corporate centre that was, in the words of one director, ‘a shell’."),
    P("4.18", "We found the relationship between the Mayor and the Chief Executive to be "
              "professional and, on both sides, respectful. Both told us that they meet "
              "frequently and speak openly. That relationship is an asset, but it is relatively "
              "new and it has not yet been tested by a serious disagreement."),
    P("4.19", "The relationship between members and officers more widely is more troubled. "
              "Officers described being asked to prepare reports to reach a predetermined "
              "conclusion, being told to remove options from reports, and being criticised in "
              "public for advice given in private.", sub="Members and officers"),
    P("4.20", "We reviewed the drafting history of twelve Cabinet reports. In five of them, "
              "material passages setting out risks or alternative options had been removed "
              "between the director’s draft and the published version. In no case was the "
              "reason for the change recorded."),
    P("4.21", "Officers are entitled to be challenged by members, and members are entitled to "
              "reject officers’ advice. But the advice must first be given, and given in "
              "writing, so that those taking the decision and those scrutinising it can see "
              "what was advised and why it was not followed."),
    P("4.22", "Some Cabinet members told us that they had lost confidence in particular "
              "officers and that this justified their direct involvement in operational "
              "matters. We understand the frustration behind that view, but the remedy lies in "
              "performance management through the Chief Executive, not in members managing "
              "staff themselves."),
    P("4.23", "We also heard from officers who felt that they had been unfairly criticised by "
              "opposition members, both in meetings and on social media. Poor behaviour is not "
              "confined to one group, and the Authority’s efforts to improve relationships "
              "must include all members."),
    P("4.24", "Group leaders meet the Chief Executive individually but there is no regular "
              "forum at which the leaders of all groups meet together. Opposition leaders told "
              "us that they learn of significant decisions from the local press."),
    P("4.25", "Member development is limited. Induction after the 2022 elections consisted of "
              "a single evening session, and attendance at subsequent training has been low. "
              "Only 14 of the 45 councillors attended the training on the Code of Conduct "
              "offered in 2023."),
    P("4.26", "We were told that some members regard training as an imposition by officers. "
              "In our view a programme designed with the group leaders, and led in part by "
              "experienced councillors from other authorities, would be more likely to "
              "succeed."),
    P("4.27", "The Authority’s approach to the Mayor’s engagement with residents deserves "
              "particular mention. The Mayor holds regular ‘Mayor’s Surgeries’ at which "
              "residents raise problems directly with him, and officers are then instructed to "
              "resolve them.[^10] Between April 2023 and March 2024 more than 3,100 cases were "
              "referred to services in this way.", sub="Mayoral casework"),
    P("4.28", "Officers told us that cases referred from the Mayor’s Surgeries are expected to "
              "be given priority over others, regardless of need. In housing, we found examples "
              "of residents referred by the Mayor’s Office being offered homes ahead of "
              "households with higher priority under the Allocations Policy."),
    P("4.29", "We raised these cases with the Authority, which has commissioned an internal "
              "audit review of housing allocations. We regard this as an appropriate response "
              "and expect the findings to be reported to the Audit Committee in public."),
    P("4.30", "We do not suggest that the Mayor has sought improperly to benefit particular "
              "residents. The risk arises from a system in which political intervention is "
              "routine, in which its effect on decisions is not recorded, and in which officers "
              "do not feel able to say no."),
    P("4.31", "The Authority has no written protocol governing the handling of casework "
              "referred by the Mayor or by Cabinet members. Officers in several services "
              "maintain their own spreadsheets of ‘Mayor’s cases’, and these are not reconciled "
              "with the corporate complaints system or reported to any committee."),
    P("4.32", "We recommend that the Authority adopts such a protocol and that it reports "
              "annually on the volume and outcome of member referrals. As noted in paragraph "
              "4.31, there is at present no corporate record of them."),
    P("4.33", "Turnover among senior managers has been high. Of the 38 officers at head of "
              "service level or above in May 2022, 21 had left the Authority by May 2024. "
              "Exit interviews were offered to only nine of them.",
      sub="Senior turnover and capacity"),
    P("4.34", "Some turnover is healthy, and several of those who left did so for promotion or "
              "retirement. But the rate at Eastmarsh is well above that of comparable London "
              "boroughs, and the loss of experience has been felt in legal services, finance "
              "and housing in particular."),
    P("4.35", "The Authority has relied heavily on interim and agency staff to fill the gaps. "
              "Expenditure on agency staff was £31.8 million in 2023/24, an increase of 22% on "
              "the previous year, and nine of the 38 senior posts were filled by interim "
              "managers at the time of our inspection."),
    P("4.36", "Interim managers bring useful skills, but they are less likely to challenge "
              "the leadership, and they take their knowledge with them when they leave. Several "
              "permanent staff told us that they had seen the same problem ‘fixed’ three times "
              "by three different interims."),
    P("4.37", "We asked for the Authority’s workforce strategy. The most recent was adopted "
              "in 2018 and expired in 2021. A new strategy is in preparation but had not been "
              "agreed when our fieldwork ended."),
    P("4.38", "The Authority’s own analysis shows that it finds it hard to recruit to "
              "professional posts in planning, legal services, social work and finance, in "
              "common with much of local government.[^11] The reputational damage of recent "
              "years has made this more difficult: two candidates for director posts told the "
              "recruitment agency that they had withdrawn because of press coverage."),
    P("4.39", "Capacity at the corporate centre is particularly stretched. The policy team "
              "consists of three officers, and there is no corporate programme management "
              "office. The Authority cannot, at present, reliably track the delivery of its own "
              "Strategic Plan commitments."),
    P("4.40", "We were impressed by the commitment of the Authority’s middle managers, many of "
              "whom have remained through a difficult period out of loyalty to their teams and "
              "to residents. They represent a considerable asset for any improvement programme, "
              "and they need to be engaged in designing it."),
    P("4.41", "The question of why good people leave, and why others stay silent, is central "
              "to this chapter. We asked every senior interviewee whether they felt able to "
              "give candid advice to the political leadership.", sub="Speaking up"),
    P("4.42", "Most directors said they did. A significant minority did not, and several "
              "gave examples of advice being met with anger, with a request that it be "
              "withdrawn, or with the exclusion of the officer concerned from later "
              "discussions."),
    P("4.43", "One former senior officer described being told by a Cabinet member that his "
              "written advice on a procurement was ‘unhelpful’ and ‘political’, and being "
              "removed from the project shortly afterwards. The documents we have seen are "
              "consistent with that account."),
    P("4.44", "Other accounts were harder to verify, and we have given weight only to those "
              "supported by documents or by more than one witness. Even on that basis, the "
              "pattern was consistent across directorates and over several years."),
    P("4.45", "In 2023 the Authority paid £1.9 million in settlements to former employees "
              "under settlement agreements containing confidentiality clauses. We have not "
              "examined the merits of individual cases, but the sum is high and the use of "
              "confidentiality clauses makes it harder for the Authority to learn from them."),
    P("4.46", "The Authority’s policy on settlement agreements requires the approval of the "
              "Head of Paid Service and the Monitoring Officer for any payment above £50,000. "
              "We found three agreements in 2023 where that approval had not been obtained "
              "before the agreement was signed."),
    P("4.47", "Staff at more junior levels described the same reluctance to speak up. In our "
              "survey, 48% of respondents disagreed that they feel comfortable raising concerns "
              "at work, and respondents in corporate and regulatory services were the least "
              "likely to agree.[^12]"),
    P("4.48", "Officers who had raised concerns about procurement, planning or housing "
              "allocations described being ignored rather than penalised. The effect, however, "
              "was similar: they had concluded that raising concerns was pointless and that "
              "the safest course was to do what was asked."),
    P("4.49", "Several interviewees told us that the departure of particular officers was "
              "widely understood as a signal. Whether or not that understanding was accurate in "
              "every case, it has shaped behaviour throughout the organisation."),
    P("4.50", "The perception of many interviewees was that many good managers had exited the "
              "organisation as a result of ‘speaking truth to power.’ That perception, whether "
              "or not it is accurate in every case, is in itself damaging, because it "
              "discourages those who remain from offering the candid advice that good "
              "decision-making requires."),
    P("4.51", "We conclude that the Authority’s political leadership has a clear vision and "
              "has delivered many of its commitments, but that the way in which power is "
              "exercised has undermined the officer structure, discouraged challenge and "
              "created real risks of unfairness.", sub="Conclusion on leadership"),
    P("4.52", "The appointment of a permanent Chief Executive and statutory officers is an "
              "opportunity to reset the relationship between members and officers. That "
              "opportunity will be lost unless the Mayor and Cabinet visibly support officers "
              "who give them unwelcome advice."),
))

CHAPTER_5 = Chapter(5, "Governance", (
    P("5.1", "Good governance means that decisions are taken lawfully, on the basis of proper "
             "advice, by the people entitled to take them, and in a way that allows them to be "
             "scrutinised and challenged.", sub="Introduction"),
    P("5.2", "This chapter considers the Authority’s constitution, its decision-making, the "
             "role of the statutory officers, member conduct, audit and risk, procurement, "
             "grants, its companies, information governance and scrutiny."),
    P("5.3", "The constitution was comprehensively revised in 2020 and follows a widely used "
             "model.[^13] On paper it is sound. Our concern is less with the rules than with how "
             "consistently they are followed.", sub="The constitution"),
    P("5.4", "The scheme of delegation is long and in places out of date. Several posts it "
             "names no longer exist, and some officers were unsure which delegations they "
             "actually held."),
    P("5.5", "No review of the constitution has been reported to Council since 2021. The "
             "Monitoring Officer has a review in hand, which we support."),
    P("5.6", "Members of all groups told us they found the constitution hard to navigate. A "
             "short plain-English guide would help members and residents alike."),
    P("5.7", "Under the executive arrangements, most executive functions are exercised by the "
             "Mayor personally, by the Cabinet or by officers under delegation. The Mayor took "
             "214 individual decisions in 2023/24.", sub="Executive decision-making"),
    P("5.8", "Each individual Mayoral decision should be supported by a written report setting "
             "out the options, the financial and legal implications and the equalities "
             "assessment. We sampled forty of them."),
    P("5.9", "In eleven cases the report was prepared after the decision had been announced. "
             "In four there was no legal comment, and in three the finance comment had been "
             "written by an officer outside the finance service."),
    P("5.10", "Retrospective reports defeat the purpose of written advice. They record a "
              "decision rather than inform it, and they leave the decision-maker unaware of "
              "risks that officers would otherwise have identified."),
    P("5.11", "Several officers described being asked to ‘write up’ decisions already agreed at "
              "the Leadership Group described in paragraph 4.8. That practice must stop."),
    P("5.12", "Cabinet agendas are published on time, and reports generally follow the "
              "Authority’s template. The quality of analysis within them, however, varies "
              "considerably between directorates."),
    P("5.13", "Options appraisals are often perfunctory. In a third of the Cabinet reports we "
              "read, the only alternative considered was ‘do nothing’."),
    P("5.14", "Equality impact assessments were attached to most reports but were frequently "
              "generic. Several had been copied from earlier reports on unrelated subjects, "
              "with the old title left in place."),
    P("5.15", "Cabinet meetings are short; the median length in 2023/24 was 38 minutes. Few "
              "reports are discussed in any depth, and recommendations are rarely amended."),
    P("5.16", "Brevity is not in itself a fault. But combined with the informal pre-meeting "
              "described in Chapter 4, it means that the public record rarely reveals how or "
              "why a decision was reached."),
    P("5.17", "Officer decisions taken under delegation are recorded inconsistently. Some "
              "directorates publish them promptly; others had published none for the year we "
              "examined."),
    P("5.18", "The Local Authorities (Executive Arrangements) (Meetings and Access to "
              "Information) (England) Regulations 2012 require certain officer decisions to be "
              "recorded and published. The Authority is not complying with that requirement "
              "consistently."),
    P("5.19", "Key decisions must be published in the Forward Plan at least 28 clear days "
              "before they are taken, unless the urgency provisions apply. Of 63 key decisions "
              "taken in 2023/24, 17 did not appear in the Forward Plan in time.",
      sub="Key decisions and urgency"),
    P("5.20", "In nine of those seventeen cases the general exception procedure was used, and "
              "in four the special urgency procedure.[^14] In the remaining four no procedure "
              "was followed at all."),
    P("5.21", "The chair of the Overview and Scrutiny Committee was notified of the urgent "
              "decisions, as the rules require, but told us that the notifications usually "
              "arrived after the decision had effectively been made."),
    P("5.22", "Not every use of urgency was unjustified. Two decisions related to a building "
              "safety emergency and were plainly urgent."),
    P("5.23", "Others were not. The award of a £2.6 million contract for youth services was "
              "taken under special urgency although the previous contract’s expiry date had "
              "been known for two years."),
    P("5.24", "Repeated use of urgency procedures removes key decisions from scrutiny before "
              "they are taken. It should be exceptional, and its use should be reported to "
              "Council with reasons."),
    P("5.25", "The Authority’s quarterly urgency report to Council has not been produced "
              "since March 2023, so members have had no regular account of how often, or why, "
              "the urgency procedures were invoked."),
    P("5.26", "The definition of a key decision in the constitution uses a financial "
              "threshold of £1 million, which is high for a London borough. A lower threshold "
              "would bring more decisions into the Forward Plan."),
    P("5.27", "We also found decisions that were, in substance, key decisions but had been "
              "divided into smaller parts, each below the threshold. The Monitoring Officer "
              "has since issued guidance on this practice."),
    P("5.28", "Taken together, these findings indicate that the Forward Plan is not a "
              "reliable guide to forthcoming decisions, and that members and the public "
              "cannot depend on it."),
    P("5.29", "The three statutory officers, the Head of Paid Service, the Monitoring Officer "
              "and the Chief Finance Officer, have personal duties which they must be free to "
              "exercise without fear or favour.", sub="The statutory officers"),
    P("5.30", "All three posts are now filled on a permanent basis, which is an improvement. "
              "The current Monitoring Officer took up post in February 2024 and the Chief "
              "Finance Officer in March 2024."),
    P("5.31", "The statutory officers meet fortnightly as a ‘golden triangle’. This is good "
              "practice, but the meetings have no terms of reference and no record is kept of "
              "the matters discussed or of action agreed."),
    P("5.32", "Previous holders of the Monitoring Officer post told us that they had been "
              "excluded from key meetings and that their advice on several occasions had not "
              "been sought until after a decision had been made."),
    P("5.33", "The Monitoring Officer’s reporting duty under section 5 of the Local Government "
              "and Housing Act 1989 has not been used at Eastmarsh.[^15] We do not criticise that "
              "in itself, but we note that some earlier advice came close to the circumstances "
              "in which such a report would be expected."),
    P("5.34", "The legal services team is under severe pressure. Eight of its 31 posts were "
              "vacant in June 2024, and a significant proportion of advice is bought in from "
              "external firms at considerable cost."),
    P("5.35", "Spending on external legal advice rose from £2.1 million in 2021/22 to £3.4 "
              "million in 2023/24. There is no central record of which firms were instructed, "
              "for what, or by whom."),
    P("5.36", "External advice has, in some cases, been commissioned directly by the Mayor’s "
              "Office, without the knowledge of the Monitoring Officer. That undermines the "
              "Monitoring Officer’s role and should cease."),
    P("5.37", "The Chief Finance Officer has direct access to the Mayor and the Chief "
              "Executive, and we found her advice to be well founded and clearly expressed."),
    P("5.38", "She has not yet been able, however, to ensure that finance comments on every "
              "report are written by qualified finance staff, for the reason given in "
              "paragraph 5.9."),
    P("5.39", "The Head of Paid Service’s report on the Authority’s staffing structure, "
              "required by section 4 of the 1989 Act, was last made in 2017."),
    P("5.40", "We recommend that the statutory officers’ protocol be refreshed and agreed "
              "with the Mayor and group leaders, and that it set out clearly how they will be "
              "involved in decisions from the outset."),
    P("5.41", "The Authority adopted the Local Government Association’s model Code of Conduct "
              "for members in 2021. It has a Standards Committee of five members with two "
              "independent persons.", sub="Member conduct"),
    P("5.42", "There were 46 complaints about member conduct in 2023/24, an unusually high "
              "number. Most were made by one councillor about another."),
    P("5.43", "The assessment of complaints is slow. The median time between a complaint being "
              "received and its initial assessment was 97 days, against a local target of 20 "
              "working days."),
    P("5.44", "Several complaints remained unresolved after more than a year. Complainants and "
              "subjects alike told us that the delays were damaging and that they had lost "
              "confidence in the process."),
    P("5.45", "Political tension is evident in the Standards Committee itself. Members told us "
              "that its decisions are seen, and sometimes made, along group lines."),
    P("5.46", "The Register of Members’ Interests is published, but ten members’ entries had "
              "not been updated since 2022, and gifts and hospitality declarations are "
              "rare."),
    P("5.47", "Declarations of interest at meetings were made inconsistently. We observed a "
              "Cabinet member take part in a decision about a grant to an organisation of "
              "which a close relative was a trustee, without making any declaration."),
    P("5.48", "The Monitoring Officer is now investigating that case, and we make no finding "
              "about it here."),
    P("5.49", "Social media conduct was raised with us by members of every group. Some posts "
              "we were shown were abusive, and several were directed at named officers."),
    P("5.50", "A member social media protocol, agreed across groups and supported by training, "
              "would give the Standards Committee a clearer basis for action."),
    P("5.51", "The Audit Committee meets five times a year and is chaired by a member of the "
              "opposition, which is good practice. It has no independent member, contrary to "
              "current guidance.", sub="Audit and risk"),
    P("5.52", "Internal audit is provided by a shared service with a neighbouring borough. The "
              "Head of Internal Audit’s annual opinion for 2023/24 was ‘limited assurance’, the "
              "second year running."),
    P("5.53", "Of 112 internal audit recommendations due for implementation by March 2024, 47 "
              "were outstanding. Nineteen of those were classed as high priority."),
    P("5.54", "Follow-up of overdue recommendations is weak. Directors are rarely asked to "
              "attend the Audit Committee to explain delays, and when they are, the answers are "
              "seldom tested."),
    P("5.55", "The external auditor’s opinion on the 2022/23 accounts was not issued until May "
              "2024, largely because of delays in the Authority’s preparation of its working "
              "papers."),
    P("5.56", "The auditor’s statutory recommendations of 2023 concerned the governance of "
              "the Authority’s companies and the management of its capital programme. Neither "
              "had been fully implemented by the end of our fieldwork."),
    P("5.57", "The corporate risk register was last reviewed by the Corporate Leadership Team "
              "in October 2023. It contains 34 risks, of which only two relate to governance."),
    P("5.58", "Culture, the loss of senior staff and the relationship between members and "
              "officers do not appear on the register at all, despite their prominence in our "
              "findings."),
    P("5.59", "Risk management training for members has not been offered since 2021, and "
              "none of the current members of the Audit Committee has received it."),
    P("5.60", "We consider that the Audit Committee should appoint at least one independent "
              "member, and that it should require directors to attend when high-priority "
              "recommendations become overdue."),
    P("5.61", "The Authority spends around £520 million a year with third parties. Its Contract "
              "Procedure Rules are comprehensive and were updated in 2023.",
      sub="Procurement and contract management"),
    P("5.62", "Compliance with the rules is poor. The Authority’s own review found that 23% of "
              "contracts above £100,000 awarded in 2022/23 had no record of a compliant "
              "procurement process.[^16]"),
    P("5.63", "Waivers of the rules are frequent. There were 138 waivers in 2023/24, with a "
              "combined value of £41.2 million."),
    P("5.64", "A waiver is a legitimate tool for genuinely exceptional circumstances. At "
              "Eastmarsh it has become a routine way of avoiding competition."),
    P("5.65", "In several cases we examined, waivers were approved retrospectively, after the "
              "supplier had begun work."),
    P("5.66", "The central procurement team has eleven staff and cannot oversee every "
              "procurement. Directorates therefore run their own, with variable expertise."),
    P("5.67", "Contract management is weaker still. Many large contracts have no named "
              "contract manager, and performance is reviewed only when problems arise."),
    P("5.68", "The contract register is incomplete. We identified fourteen contracts worth "
              "more than £500,000 each that did not appear on it."),
    P("5.69", "The Procurement Act 2023 will bring new obligations from 2025. The Authority "
              "is not yet prepared for them."),
    P("5.70", "We welcome the Chief Executive’s decision to commission an external review of "
              "procurement, and we expect its findings to be published."),
    P("5.71", "The Authority awards around £14 million a year in grants to voluntary and "
              "community organisations through several schemes.", sub="Grants"),
    P("5.72", "The largest, the Eastmarsh Community Fund, awarded £6.8 million over three "
              "years from 2022. Its criteria were agreed by Cabinet, but the assessment "
              "process was changed afterwards by a Mayoral decision."),
    P("5.73", "Under the revised process, officers’ assessment scores were moderated by a "
              "panel including the Cabinet member. The moderation changed the outcome for 29 "
              "applications."),
    P("5.74", "Reasons for the changes were not recorded in most cases. Unsuccessful "
              "applicants were not told that their scores had been altered."),
    P("5.75", "Officers raised concerns about the process at the time, in writing.[^17] We "
              "found no evidence that those concerns were considered by the Mayor before the "
              "awards were confirmed."),
    P("5.76", "Grant monitoring is light. Some organisations had received funding for three "
              "years without submitting a monitoring report."),
    P("5.77", "We make no finding that any individual grant was improperly awarded. But the "
              "process did not meet the standard of transparency that public money requires."),
    P("5.78", "Several voluntary organisations told us that they believed funding decisions "
              "were influenced by their relationship with the administration. That belief, "
              "whether justified or not, damages trust in the Authority."),
    P("5.79", "The Authority should ensure that grant decisions follow published criteria, "
              "that any departure from officers’ assessments is recorded with reasons, and "
              "that the results are reported to scrutiny."),
    P("5.80", "We note that the next round of the Community Fund, due to open in 2025, has "
              "been delayed pending a review. We support that decision."),
    P("5.81", "The three wholly owned companies described in paragraph 2.7 are overseen by a "
              "Shareholder Committee of the Cabinet.", sub="The Authority’s companies"),
    P("5.82", "The Shareholder Committee met twice in 2023/24. Neither meeting considered the "
              "companies’ business plans, although both were overdue."),
    P("5.83", "Eastmarsh Homes Limited has drawn loans of £87 million from the Authority. Its "
              "development programme is behind schedule and its latest business plan shows a "
              "deficit until at least 2029."),
    P("5.84", "Marshgate Energy Limited has not filed its accounts on time in two of the last "
              "three years."),
    P("5.85", "Board appointments to the companies have included serving Cabinet members and "
              "political advisers, creating conflicts between their duties to the company and "
              "to the Authority."),
    P("5.86", "The Authority’s own guidance recommends against appointing Cabinet members to "
              "company boards. That guidance has not been followed."),
    P("5.87", "The external auditor’s recommendation on company governance, noted in paragraph "
              "5.56, has not yet been acted upon."),
    P("5.88", "We consider the oversight of the companies to be inadequate for the scale of "
              "the Authority’s financial exposure to them."),
    P("5.89", "The Authority received 1,874 requests under the Freedom of Information Act "
              "2000 in 2023/24. It answered 61% of them within the statutory time limit.",
      sub="Information governance and transparency"),
    P("5.90", "Requests about the Mayor’s Office, grants and procurement were markedly less "
              "likely to be answered on time than others."),
    P("5.91", "The Information Commissioner’s Office has issued the Authority with a practice "
              "recommendation on its handling of requests."),
    P("5.92", "Record-keeping is weak. Several of the decisions we examined could not be "
              "reconstructed from the Authority’s records, and we were told that relevant "
              "discussions had taken place on personal messaging applications."),
    P("5.93", "The Authority’s policy on the use of messaging applications for council "
              "business was issued in May 2024. It has not yet been widely communicated."),
    P("5.94", "Publication of data under the Local Government Transparency Code is "
              "incomplete, and spending data for several months of 2023 was missing from the "
              "Authority’s website."),
    P("5.95", "Transparency is not a technical matter. An authority that publishes its "
              "information promptly and fully is less exposed to suspicion and better able "
              "to answer its critics."),
    P("5.96", "We recommend that the Authority treat compliance with the Transparency Code "
              "and with information requests as a corporate priority, with regular reporting "
              "to members."),
    P("5.97", "Scrutiny is the principal means by which non-executive members hold the "
              "executive to account. In a directly elected mayoral authority, where executive "
              "power is concentrated, its role is especially important.", sub="Scrutiny"),
    P("5.98", "The Authority has one Overview and Scrutiny Committee and four scrutiny "
              "sub-committees. The committee is chaired by a member of the Mayor’s group."),
    P("5.99", "Statutory guidance encourages authorities to consider appointing an opposition "
              "chair of scrutiny, particularly where the executive is drawn from a single "
              "group.[^18] The Authority has not done so."),
    P("5.100", "The committee’s work programme for 2023/24 was agreed in October, six months "
               "into the municipal year. It contained 31 items, of which 19 were performance or "
               "progress reports requested by officers."),
    P("5.101", "Few items were chosen because members had identified a problem. None "
               "concerned the governance issues set out in this chapter."),
    P("5.102", "The Mayor attended the committee twice during the year. On both occasions the "
               "session was largely taken up by a presentation, leaving little time for "
               "questions."),
    P("5.103", "Pre-decision scrutiny is rare. Only three Cabinet reports were considered by "
               "scrutiny before the decision was taken in 2023/24."),
    P("5.104", "Call-in has been used four times since 2022. On each occasion the decision was "
               "confirmed without amendment, and the meetings were, by several accounts, "
               "heated and unproductive."),
    P("5.105", "Members from the opposition groups told us they regard scrutiny as ‘a "
               "waste of time’. Some members of the Mayor’s group told us that they see it "
               "as an opportunity for opponents to score points."),
    P("5.106", "Neither view is compatible with effective scrutiny. It requires members of "
               "every group to treat it as a shared responsibility."),
    P("5.107", "Scrutiny is supported by two officers, one of them part-time. That is low "
               "for an authority of this size and limits the committee’s capacity for "
               "in-depth work."),
    P("5.108", "Requests for information from scrutiny members are often answered late or "
               "not at all. Two chairs of sub-committees gave us examples of requests "
               "outstanding for more than six months."),
    P("5.109", "Officers told us that they are sometimes discouraged from giving scrutiny "
               "members full information, on the grounds that it will be ‘used politically’."),
    P("5.110", "Task and finish reviews have produced some useful work, notably a 2023 review "
               "of temporary accommodation. Its recommendations were accepted by Cabinet "
               "but have not been monitored since."),
    P("5.111", "Scrutiny’s recommendations are not tracked. There is no regular report showing "
               "which have been accepted, which implemented and which rejected."),
    P("5.112", "Training for scrutiny members has been limited to an annual briefing. "
               "Members told us they would welcome support in questioning techniques and in "
               "using performance data.[^19]"),
    P("5.113", "Meetings we observed were dominated by long officer introductions. "
               "Questioning was often unfocused, and follow-up questions were rare."),
    P("5.114", "The budget scrutiny process consisted of a single meeting in January 2024 at "
               "which the committee received the draft budget. No changes were proposed."),
    P("5.115", "Crime and disorder scrutiny, a statutory function, has not been undertaken "
               "since 2022, although anti-social behaviour is consistently among residents’ "
               "top concerns."),
    P("5.116", "Health scrutiny is more effective, and partners spoke well of the joint "
               "health scrutiny arrangements with neighbouring boroughs."),
    P("5.117", "Residents are rarely involved. No scrutiny meeting in 2023/24 heard evidence "
               "from a resident or from a community organisation."),
    P("5.118", "We heard, too, that members of the Mayor’s group who had asked searching "
               "questions at scrutiny had later been removed from the committee."),
    P("5.119", "The Monitoring Officer has proposed a scrutiny improvement plan. It is at an "
               "early stage and has not yet been agreed by the committee."),
    P("5.120", "Against the scale of the governance weaknesses we identified, scrutiny has "
               "made little difference. The level of challenge or in-depth scrutiny offered, "
               "or exhibited has in our view been inadequate."),
    P("5.121", "We conclude that the Authority’s governance arrangements are sound on paper "
               "but are not consistently followed in practice.", sub="Conclusion on governance"),
    P("5.122", "Decisions are taken informally, advice is not always sought or recorded, and "
               "the statutory officers have not been able to exercise their roles freely."),
    P("5.123", "Procurement, grants and companies are overseen weakly, and scrutiny has not "
               "compensated for these failings."),
    P("5.124", "These are failures of the Best Value Duty in respect of governance. We make "
               "recommendations to address them in Chapter 10."),
))

CHAPTER_6 = Chapter(6, "Use of Resources", (
    P("6.1", "The Best Value Duty requires an authority to secure economy, efficiency and "
             "effectiveness in the use of its resources. We considered the Authority’s "
             "financial planning and control, its reserves, its capital programme and its "
             "approach to value for money.", sub="Financial position"),
    P("6.2", "The Authority set a balanced budget for 2024/25, with a net General Fund budget "
             "of £412.6 million. It increased council tax by 4.99%, the maximum permitted "
             "without a referendum, of which 2% was the adult social care precept."),
    P("6.3", "In 2023/24 the General Fund outturn was an overspend of £3.4 million, after "
             "the use of £7.2 million of one-off contingencies.[^20] Overspending was "
             "concentrated in temporary accommodation, children’s placements and home to "
             "school transport, as in many London boroughs."),
    P("6.4", "Usable General Fund reserves stood at £62.1 million at 31 March 2024, of which "
             "£21.0 million was unallocated. This is a reasonable level for an authority of "
             "Eastmarsh’s size, though reserves have fallen by a third since 2021."),
    P("6.5", "The Medium Term Financial Strategy for 2024/25 to 2027/28 forecasts a cumulative "
             "budget gap of £38.7 million. Savings proposals of £14.2 million have been "
             "identified; the remainder are described as ‘to be developed’."),
    P("6.6", "The strategy assumes that council tax will rise by 4.50% in each of the next "
             "three years and that government grant will rise in line with inflation. Neither "
             "assumption has been tested against alternative scenarios in reports to members."),
    P("6.7", "Savings delivery has been weak. Of the £19.5 million of savings agreed for "
             "2023/24, £11.3 million was delivered; the shortfall was met from one-off "
             "resources."),
    P("6.8", "Budget monitoring reports to Cabinet are produced quarterly. They are clear, "
             "but they are long and they do not distinguish between overspending that is "
             "within the Authority’s control and overspending driven by demand.",
      sub="Financial management"),
    P("6.9", "Budget holders told us they receive monthly information but that forecasting "
             "is weak, and that budgets are sometimes changed in year without their knowledge. "
             "The Chief Finance Officer has begun a programme of training.[^21]"),
    P("6.10", "Several growth items were added to the 2024/25 budget at a late stage, by the "
              "Mayor, without a full report on their financial implications. Their combined "
              "cost is £5.6 million a year."),
    P("6.11", "The capital programme for 2024/25 to 2028/29 totals £1.1 billion, of which "
              "£640 million relates to housing. Slippage has been high: only 58% of the "
              "2023/24 programme was delivered.", sub="Capital"),
    P("6.12", "Capital projects are approved individually, and there is no corporate "
              "mechanism for prioritising them against available resources. Capital financing "
              "costs are forecast to rise from £24 million to £39 million by 2027/28."),
    P("6.13", "The Housing Revenue Account is under severe pressure from the cost of repairs, "
              "building safety works and higher interest rates. Its thirty-year business plan "
              "had not been updated since 2022 when our fieldwork ended."),
    P("6.14", "The Authority has no corporate approach to value for money. Benchmarking is "
              "rarely used, and the Authority does not routinely compare its unit costs with "
              "those of similar boroughs.", sub="Value for money"),
    P("6.15", "Where comparisons are available, they suggest that the Authority’s costs are "
              "high in several corporate services, including legal services, for the reasons "
              "described in paragraph 5.35, and in facilities management."),
    P("6.16", "We conclude that the Authority’s finances are not in immediate crisis, but that "
              "its medium-term position depends on savings that are not yet identified, and "
              "that its arrangements for securing value for money are weak."),
))

CHAPTER_7 = Chapter(7, "Partnerships and Community Engagement", (
    P("7.1", "Eastmarsh has a long tradition of partnership working. The borough’s community "
             "and voluntary sector is large, diverse and energetic, and several partnership "
             "arrangements, notably in health and in community safety, were held up to us as "
             "examples of good practice in the past.", sub="Statutory partners"),
    P("7.2", "Relationships with statutory partners have become more difficult. The police, "
             "the integrated care board and the further education college each told us that "
             "they had found it harder to agree priorities with the Authority since 2022."),
    P("7.3", "Partners described a pattern in which agreements reached with officers were "
             "later reversed by the Mayor’s Office without explanation. Several said that they "
             "now seek meetings with the Mayor directly, which reinforces the pattern."),
    P("7.4", "The Eastmarsh Partnership Board, which brings together the principal public "
             "bodies in the borough, met only twice in 2023/24. Its strategy expired in 2022 "
             "and has not been replaced."),
    P("7.5", "Community safety arrangements are an exception. The Community Safety "
             "Partnership is well attended, and the police spoke highly of the Authority’s "
             "officers in this area."),
    P("7.6", "Voluntary sector organisations told us that relationships with the Authority "
             "depend heavily on personal contacts. Those with links to the administration "
             "described good access; those without described being ‘frozen out’.",
      sub="The voluntary and community sector"),
    P("7.7", "The Authority’s Voluntary Sector Compact was last revised in 2015. Few "
             "organisations we spoke to knew of it."),
    P("7.8", "The concerns about grants that we set out in paragraphs 5.72 to 5.79 have "
             "damaged trust in the sector, including among organisations that received "
             "funding."),
    P("7.9", "Residents’ engagement with the Authority is strong in some respects. The "
             "Mayor’s Surgeries are well attended, and the Authority’s online consultation "
             "platform has over 14,000 registered users.[^22]", sub="Residents"),
    P("7.10", "Consultation is, however, frequently late and its results are not always "
              "reflected in decisions. In three of the consultations we examined, the decision "
              "had been announced before the consultation closed."),
    P("7.11", "Complaints handling is slow. The Local Government and Social Care Ombudsman "
              "upheld 74% of the complaints it investigated about the Authority in 2023/24, "
              "above the London average."),
    P("7.12", "We conclude that partnership working, once a strength, has weakened, and that "
              "the Authority needs to rebuild relationships based on consistency, openness "
              "and the honouring of commitments."),
))

CHAPTER_8 = Chapter(8, "Service Delivery", (
    P("8.1", "Our terms of reference did not require us to inspect individual services, and "
             "we have not done so. We have, however, considered the evidence available about "
             "service performance and the Authority’s arrangements for managing it.",
      sub="Overview"),
    P("8.2", "Many of the Authority’s services perform well. Children’s services were judged "
             "‘good’ by Ofsted in March 2023, with ‘outstanding’ leadership of the virtual "
             "school, and the adult social care assessment found strong practice in "
             "safeguarding and in support for carers."),
    P("8.3", "Waste collection and street cleansing, brought back in house in 2020, achieve "
             "high levels of resident satisfaction. The recycling rate, at 27%, remains low, "
             "although it has improved."),
    P("8.4", "Housing services are weaker. The Authority’s performance on repairs completed "
             "on time has fallen from 82% to 64% since 2022, and it has self-referred to the "
             "Regulator of Social Housing in respect of building safety compliance.",
      sub="Housing"),
    P("8.5", "The number of households in temporary accommodation has risen to 3,940, of whom "
             "612 are in bed and breakfast accommodation. Some families have been placed "
             "outside London."),
    P("8.6", "The Authority’s council house building programme has completed 1,260 homes since "
             "2018, a considerable achievement, but the programme is now behind schedule and "
             "its costs have risen sharply."),
    P("8.7", "Planning performance is mixed. Major applications are determined on time, but "
             "the backlog of minor applications has grown, and the planning enforcement "
             "service has only two of its six posts filled.", sub="Other services"),
    P("8.8", "Special educational needs services are under great pressure. Only 31% of "
             "education, health and care plans were issued within twenty weeks in 2023, "
             "against a national figure of around half."),
    P("8.9", "The Authority’s corporate performance framework was suspended in 2022 and has "
             "not been replaced. Directorates report performance in different formats, and "
             "there is no single report to Cabinet.", sub="Performance management"),
    P("8.10", "Without a corporate view of performance, the Authority cannot identify failing "
              "services early, and members cannot hold officers to account for results."),
    P("8.11", "Data quality is a concern. We found several indicators for which the figures "
              "reported to members did not match the underlying records."),
    P("8.12", "We conclude that service delivery is, in many areas, a strength that the "
              "Authority can build upon, but that the absence of corporate performance "
              "management puts that strength at risk."),
))

CHAPTER_9 = Chapter(9, "Continuous Improvement", (
    P("9.1", "An authority committed to continuous improvement seeks out external challenge, "
             "learns from it and acts on it. We considered how the Authority has responded to "
             "external reviews and to its own evidence of weakness.", sub="Response to challenge"),
    P("9.2", "The corporate peer challenge of 2021 made eleven recommendations. The Authority "
             "published an action plan in 2022 but did not report progress against it, and the "
             "follow-up visit offered by the Local Government Association was declined."),
    P("9.3", "We assessed progress against each of the recommendations. Two have been "
             "implemented in full, four in part, and five not at all, including those on "
             "member and officer relationships and on scrutiny."),
    P("9.4", "The external auditor’s statutory recommendations, discussed in paragraph 5.56, "
             "had also not been fully implemented eighteen months after they were made."),
    P("9.5", "In interviews, some members of the political leadership described external "
             "reviews as politically motivated. That response makes it more difficult for the "
             "Authority to learn from them."),
    P("9.6", "There are encouraging signs. Since January 2024 the Chief Executive has "
             "commissioned reviews of procurement, housing allocations and the constitution, "
             "and has established an improvement board of directors.", sub="Recent progress"),
    P("9.7", "The Authority also prepared a self-assessment against the statutory guidance "
             "for our inspection.[^23] It was candid in places, but it did not identify "
             "culture, leadership behaviour or scrutiny as areas of weakness."),
    P("9.8", "Improvement activity is not yet coordinated. The reviews are led by different "
             "officers, report to different bodies and have no common timetable."),
    P("9.9", "Nor has the improvement work been discussed at Cabinet or at Council. Members "
             "of all groups told us that they had little knowledge of it."),
    P("9.10", "We conclude that the Authority has not in the past responded adequately to "
              "external challenge, and that its recent improvement activity, while welcome, "
              "is not yet owned by the political leadership."),
))

CHAPTER_10 = Chapter(10, "Conclusions and Recommendations", (
    P("10.1", "Our overall conclusion is that the London Borough of Eastmarsh is failing to "
              "comply with its Best Value Duty. The failure is most serious in relation to "
              "culture, leadership and governance, which are closely connected.",
      sub="Overall conclusion"),
    P("10.2", "In relation to culture, we have found a lack of trust between councillors, "
              "officers and partners; a reluctance among staff to raise concerns; and a "
              "widespread perception that appointments and decisions are influenced by "
              "personal relationships."),
    P("10.3", "In relation to leadership, we have found that the Mayor’s clear vision is "
              "undermined by the informal exercise of power, the blurring of political and "
              "officer roles, and the loss of experienced officers."),
    P("10.4", "In relation to governance, we have found decisions taken without proper "
              "advice or publicity, weaknesses in procurement, grants and company oversight, "
              "and a statutory officer framework that has not functioned as it should."),
    P("10.5", "In relation to the use of resources, partnerships, service delivery and "
              "continuous improvement, we have found significant weaknesses that do not in "
              "themselves amount to failure but which will worsen unless the underlying "
              "problems are addressed."),
    P("10.6", "We recognise the Authority’s strengths: committed staff, several good services, "
              "a permanent senior team and a Chief Executive who has begun the work of "
              "improvement. These give us confidence that change is possible."),
    P("10.7", "However, the Authority’s past response to external challenge, described in "
              "Chapter 9, leads us to conclude that improvement will not be secured without "
              "external support and oversight.", sub="Capacity to improve"),
    P("10.8", "The political leadership has not, in our view, yet accepted the nature and "
              "scale of the problems. Without that acceptance, officer-led improvement will "
              "stall."),
    P("10.9", "The Authority should be given the opportunity to lead its own improvement, but "
              "within a framework of directions that sets clear expectations and provides "
              "independent assurance of progress."),
    P("10.10", "We therefore recommend that the Secretary of State considers exercising the "
               "powers available under section 15 of the Local Government Act 1999 to issue "
               "directions to the Authority and to appoint Commissioners or an Envoy with "
               "powers to oversee its improvement.[^24]"),
    P("10.11", "We recommend that the Authority be required to prepare and deliver an "
               "improvement plan addressing the following matters:", sub="Recommendations",
      bullets=(
          "the relationship between members and officers, including a revised protocol and "
          "the ending of informal decision-making;",
          "the role and independence of the statutory officers;",
          "the transparency of appointments, grants and procurement;",
          "the governance of the Authority’s companies; and",
          "the effectiveness of scrutiny.",
      ),
      tail="The plan should be published, and progress against it reported to Council at "
           "least every six months."),
    P("10.12", "The Authority should adopt a protocol for the handling of casework referred by "
               "the Mayor and Cabinet members, as recommended in paragraph 4.32."),
    P("10.13", "The Authority should review its recruitment procedures for senior and "
               "politically sensitive posts, and should publish annually the number of "
               "appointments made without open competition."),
    P("10.14", "The Audit Committee should appoint at least one independent member and should "
               "receive quarterly reports on overdue audit recommendations."),
    P("10.15", "The Authority should establish a corporate performance framework, reporting "
               "quarterly to Cabinet and to scrutiny."),
    P("10.16", "The Authority should commission an independent review of its scrutiny "
               "function, drawing on the statutory guidance and on the practice of other "
               "mayoral authorities, and should consider appointing a chair from outside the "
               "Mayor’s group."),
    P("10.17", "This recommendation reflects our findings in Chapter 5. Members and officers "
               "of every group described the scrutiny culture to us as ‘weak and confused’, "
               "and we found little evidence that scrutiny has changed any significant "
               "decision of the executive since 2022."),
    P("10.18", "The Authority should update its whistleblowing policy and should report "
               "annually to the Audit Committee on the number and outcome of disclosures."),
    P("10.19", "The Authority should agree, with all group leaders, a programme of member "
               "development including training on the Code of Conduct, scrutiny and the "
               "respective roles of members and officers."),
    P("10.20", "The Authority should adopt a new workforce strategy and should undertake, and "
               "publish the results of, an annual staff survey."),
    P("10.21", "Taken together, these recommendations are demanding. But they describe no more "
               "than the arrangements that any well-run authority should have in place.",
      sub="Final remarks"),
    P("10.22", "The residents of Eastmarsh deserve a council that is as open, fair and "
               "well-governed as its best services are dedicated. We hope that this report "
               "will help the Authority to become one."),
))

CHAPTERS = (CHAPTER_1, CHAPTER_2, CHAPTER_3, CHAPTER_4, CHAPTER_5, CHAPTER_6, CHAPTER_7,
            CHAPTER_8, CHAPTER_9, CHAPTER_10)

# ----------------------------------------------------------------------------- footnotes

FOOTNOTES = {
    "1": "The survey was hosted by the Ministry and the Authority had no access to individual "
         "responses. Respondents could skip any question, so the number answering each "
         "question varies.",
    "2": "Local Government Act 1999, section 3(1).",
    "3": "Best Value Standards and Intervention: a statutory guide for best value authorities, "
         "May 2024. The seven themes are continuous improvement, leadership, governance, "
         "culture, use of resources, service delivery and partnerships and community "
         "engagement.",
    "4": "Office for National Statistics, mid-year population estimates for 2023, published "
         "July 2024.",
    "5": "English Indices of Deprivation 2019, at the level of lower-layer super output areas.",
    "6": "Local Government Association, Corporate Peer Challenge: London Borough of Eastmarsh, "
         "feedback report, February 2022.",
    "7": "Percentages are of those answering each question and may not sum to 100 because of "
         "rounding. ‘Agree’ combines ‘strongly agree’ and ‘agree’.",
    "8": "Section 9 of the Local Government and Housing Act 1989 permits the appointment of "
         "assistants to political groups, subject to limits on their number and pay.",
    "9": "Senior management structure charts supplied by the Authority, dated 1 May 2024.",
    "10": "The surgeries are held fortnightly at the Town Hall and monthly in each of four "
          "neighbourhood hubs.",
    "11": "Local Government Association, Local Government Workforce Survey 2022/23.",
    "12": "Results by directorate are not published in this report in order to protect the "
          "anonymity of respondents in small teams.",
    "13": "The Authority’s constitution was adopted by Council on 22 July 2020 and has been "
          "amended eleven times since.",
    "14": "Regulations 10 and 11 of the Local Authorities (Executive Arrangements) (Meetings "
          "and Access to Information) (England) Regulations 2012.",
    "15": "Section 5 of the Local Government and Housing Act 1989 requires the Monitoring "
          "Officer to report to the authority where a proposal, decision or omission would "
          "give rise to unlawfulness or maladministration.",
    "16": "Internal Audit, Procurement Compliance Review 2022/23, final report, September 2023.",
    "17": "Email from the Head of Community Partnerships to the Corporate Director, 14 February "
          "2023, and reply of the same date.",
    "18": "Overview and scrutiny: statutory guidance for councils and combined authorities, "
          "May 2019, paragraph 2.",
    "19": "The Centre for Governance and Scrutiny offered support to the Authority in 2023. "
          "The offer was not taken up.",
    "20": "Revenue Outturn Report 2023/24, Cabinet, 26 June 2024.",
    "21": "The programme began in May 2024 and had been attended by 64 budget holders by the "
          "end of our fieldwork.",
    "22": "Figures supplied by the Authority’s Communications and Engagement Service, July 2024.",
    "23": "London Borough of Eastmarsh, Best Value Self-Assessment, May 2024.",
    "24": "Section 15 of the Local Government Act 1999 allows the Secretary of State to direct "
          "an authority to take any action considered necessary or expedient to secure its "
          "compliance with the Best Value Duty.",
}

# ----------------------------------------------------------------------------- the letter

LETTER_TITLE = ("Letter from the Secretary of State to the Chief Executive, 12 November 2024")
LETTER = {
    "sender": (
        "The Rt Hon Margaret Ellery MP",
        "Secretary of State for Housing, Communities and Local Government",
        "2 Marsham Street",
        "London SW1P 4DF",
    ),
    "recipient": (
        "Sarah Okafor",
        "Chief Executive",
        "London Borough of Eastmarsh",
        "Eastmarsh Town Hall",
        "1 Marsh Lane",
        "London E19 2EM",
    ),
    "date": "12 November 2024",
    "salutation": "Dear Ms Okafor,",
    "subject": "BEST VALUE INSPECTION OF THE LONDON BOROUGH OF EASTMARSH",
    "paragraphs": (
        "On 3 April 2024 I appointed Dame Ruth Callender, Martin Osei and Priya Ventnor as "
        "Inspectors under section 10 of the Local Government Act 1999 to carry out a Best "
        "Value inspection of the London Borough of Eastmarsh. I am writing to let you know "
        "that I have today received their report, which I am publishing alongside this "
        "letter, and to set out the steps I propose to take.",
        "I would like to thank the Inspectors for their thorough work, and the Authority’s "
        "staff, members and partners for their cooperation with the inspection.",
        "The Inspectors have concluded that the Authority is failing to comply with its Best "
        "Value Duty in respect of culture, leadership and governance, and that there are "
        "serious weaknesses in its use of resources and in partnership working. They describe "
        "a lack of trust between councillors, officers and partners, a reluctance among staff "
        "to raise concerns, and decision-making that too often bypasses the Authority’s own "
        "constitution.",
        "The Inspectors recognise that the Authority has begun to make changes, including the "
        "permanent appointment of its Chief Executive and statutory officers, and that many of "
        "its frontline services perform well. I welcome this. However, they found "
        "insufficient evidence that the organisation is open and transparent, and values the "
        "constructive criticism required to drive improvement. The Inspectors therefore "
        "express concern that the Authority will not make sufficient progress to deliver and "
        "embed these changes without external accountability.",
        "Having carefully considered the report, I am satisfied that the Authority is failing "
        "to comply with its Best Value Duty. I am therefore minded to exercise my powers of "
        "intervention under section 15 of the 1999 Act. I propose to appoint a Ministerial "
        "Envoy for a period of up to three years, and to direct the Authority to prepare and "
        "publish, within six months, an improvement plan addressing the Inspectors’ "
        "recommendations, with progress reported to the Envoy and to me every six months.",
        "I do not propose at this stage to transfer any of the Authority’s functions to "
        "Commissioners. I want the Authority to lead its own improvement, and I believe that "
        "it can. Should progress prove insufficient, however, I will not hesitate to consider "
        "further intervention.",
        "I invite the Authority to make representations on the proposed directions by 10 "
        "December 2024. Representations from other interested parties are also welcome and "
        "should be sent to the Ministry by the same date.",
        "I am copying this letter to the Mayor of Eastmarsh, to the leaders of the political "
        "groups on the Council, and to the Authority’s external auditor.",
    ),
    "closing": "Yours sincerely,",
    "signature": (
        "The Rt Hon Margaret Ellery MP",
    ),
}
