"""Standards Committee, 8 July 2025: the papers."""

TITLE = "Corrington Metropolitan Borough Council, Standards Committee, 8 July 2025"
DATE = "Tuesday, 8 July 2025 at 2.00 pm"
COMMITTEE = "Standards Committee"
VENUE = "Committee Room 2, Town Hall, Market Street, Corrington CR1 1TH"
MEMBERS = ["Councillor Margaret Pilling (Chair)", "Councillor Imran Sadiq (Vice-Chair)", "Councillor Joan Hartley",
           "Councillor Peter Gledhill", "Councillor Susan Ormerod", "Councillor Neil Tasker", "Councillor Ruth Abara",
           "Independent Persons (non-voting): Mr Anthony Lowe, Ms Carol Denby"]
CONTACT = "Helen Quayle, Democratic Services Officer, tel. 0161 496 0732, e-mail democratic.services@corrington.gov.uk"
SHORT_ITEMS = {"1": "Apologies for Absence and Substitutions", "2": "Declarations of Interest"}
LATE_ITEMS = {"9": "Date of Next Meeting"}
import pack_extra

NOLAN = [
    ("Selflessness", "Holders of public office should act solely in terms of the public interest."),
    ("Integrity", "Holders of public office must avoid placing themselves under any obligation to people or organisations that might try inappropriately to influence them in their work."),
    ("Objectivity", "Holders of public office must act and take decisions impartially, fairly and on merit, using the best evidence and without discrimination or bias."),
    ("Accountability", "Holders of public office are accountable to the public for their decisions and actions and must submit themselves to the scrutiny necessary to ensure this."),
    ("Openness", "Holders of public office should act and take decisions in an open and transparent manner."),
    ("Honesty", "Holders of public office should be truthful."),
    ("Leadership", "Holders of public office should exhibit these principles in their own behaviour."),
]


def papers(Q):
    out = []
    # ---------------------------------------------------------------- item 3: minutes (LibreOffice)
    Q.item = "3"
    b = [("banner", "Item 3 – Minutes of the Meeting held on 18 March 2025"),
         ("p", "**STANDARDS COMMITTEE**"),
         ("p", "Minutes of the meeting held on Tuesday, 18 March 2025 at 2.00 pm in Committee Room 2, Town Hall, Corrington."),
         ("p", "**Present:** Councillor M. Pilling (Chair); Councillors I. Sadiq, J. Hartley, P. Gledhill, S. Ormerod and R. Abara. Independent Persons: Mr A. Lowe and Ms C. Denby."),
         ("p", "**Officers:** L. Grainger (Director of Law and Governance and Monitoring Officer); R. Cheetham (Deputy Monitoring Officer); H. Quayle (Democratic Services)."),
         ("h2", "21. Apologies"),
         ("p", "An apology for absence was received from Councillor N. Tasker."),
         ("h2", "22. Declarations of Interest"),
         ("p", "None."),
         ("h2", "23. Minutes"),
         ("p", "Resolved: That the minutes of the meeting held on 12 November 2024 be approved as a correct record."),
         ("h2", "24. Best Value Inspection – Implications for the Standards Framework"),
         ("p", "The Monitoring Officer introduced a short covering note on the inspection report. She reminded the committee that under section 27(1) of the Localism Act 2011 " +
          Q.other("A relevant authority must promote and maintain high standards of conduct by members and co-opted members of the authority.", "Localism Act 2011, s.27(1)") +
          " She drew attention to the inspectors’ finding that " +
          Q("The Standards Committee has met four times in three years", "verbatim", "correct", "3.10", cited=["3.10"]) +
          " (paragraph 3.10) and said that this committee would now meet at least quarterly."),
         ("p", "Councillor Gledhill said that the inspectors had found that the code of conduct process was " +
          Q("used as a political weapon", "out_of_context", "missing", "3.8",
            cd="Many members told us that the code of conduct process is",
            kind="attribution_dropped", note="in 3.8 this is what many members told the inspectors, not the inspectors’ finding") +
          " and that the committee should say so publicly. Mr Lowe (Independent Person) said that in his experience most complaints were made in good faith and that the committee should be careful not to discourage officers from complaining."),
         ("p", "Councillor Hartley asked how many complaints were outstanding. The Deputy Monitoring Officer said there were 14, of which 6 were more than six months old."),
         ("p", "Resolved: (1) That the report be noted. (2) That the Monitoring Officer bring a full report on the inspection’s governance findings and a review of the members’ code of conduct to the next meeting."),
         ("h2", "25. Register of Interests – Annual Check"),
         ("p", "The committee noted that 51 of 57 members had confirmed that their register entries were up to date. The Monitoring Officer would write to the remaining six members."),
         ("h2", "26. Gifts and Hospitality"),
         ("p", "The committee noted the register of gifts and hospitality for the period October 2024 to February 2025. Eleven entries had been made, none above £100."),
         ("p", "The meeting ended at 3.25 pm."),
         ("p", "Chair ………………………………")]
    out.append(("3", "Minutes of the Meeting held on 18 March 2025", "docx", b, "Standards Committee – minutes 18 March 2025"))

    # ---------------------------------------------------------------- item 4: MO report (reportlab)
    Q.item = "4"
    b = [("banner", "Item 4 – Best Value Inspection: Governance Findings"),
         ("meta", [("Report to", "Standards Committee"), ("Date", "8 July 2025"), ("Report of", "Director of Law and Governance and Monitoring Officer"),
                   ("Report author", "Louise Grainger, Monitoring Officer"), ("Wards", "None specifically"), ("Exempt", "No")]),
         ("h1", "1. Purpose"),
         ("p", "1.1 To report to the committee on the findings of the Best Value inspection that concern governance, the role of the statutory officers and the conduct of members, and on the action taken and proposed."),
         ("h1", "2. Recommendations"),
         ("bullets", ["That the committee notes the inspection’s governance findings set out in section 3 and the table at section 4;",
                      "That the committee notes the action taken to date and endorses the actions proposed;",
                      "That the committee agrees to receive a six-monthly report on progress against Recommendations 2 and 6."]),
         ("h1", "3. The inspection’s findings"),
         ("p", "3.1 The inspection report was published on 22 January 2025. Members will have read it. I draw attention in this report to the findings that bear most directly on the work of this committee and on my own role."),
         ("p", "3.2 The inspectors found that the real forum for decision-making was an informal weekly meeting of the Leader, the Deputy Leader and two senior officers, and that " +
          Q("the monitoring officer does not attend the Leader’s weekly meeting and is not routinely consulted on reports before they are published", "verbatim", "correct", "2.6", cited=["2.6"]) +
          " (paragraph 2.6). They also recorded that on at least two occasions my " +
          Q("written advice was withheld from the members who took the decision", "paraphrase", "correct", "2.8", cited=["2.8"],
            st="on at least two occasions advice given in writing was not reported to the members who took the decision",
            kind="reworded", note="‘not reported to’ rendered as ‘withheld from’, a shade stronger", strict=False) +
          " (paragraph 2.8)."),
         ("p", "3.3 " + Q("The statutory officers do not meet together as a group on any regular basis", "verbatim", "missing", "2.7", kind="exact, uncited") +
          ", the inspectors said, and " +
          Q("the absence of a functioning statutory officers’ group has contributed directly to the governance failures [they identified]", "minor", "correct", "2.7", cited=["2.7"],
            st="the absence of a functioning statutory officers’ group has contributed directly to the governance failures we describe in this report",
            kind="bracketed insertion") +
          " (para 2.7)."),
         ("p", "3.4 On member conduct, the inspectors observed meetings at which members of all groups behaved badly. " +
          Q("Personal remarks, interruptions and accusations of bad faith were common at full council", "verbatim", "wrong", "3.6", cited=["3.5"], kind="wrong_paragraph",
            note="the sentence is 3.6; 3.5 is the member survey") +
          " (paragraph 3.5). Of the members who completed the inspectors’ survey, 22 said they had witnessed bullying or intimidating behaviour by a member towards an officer."),
         ("p", "3.5 Training has been poor. The inspectors record that in 2023/24 " +
          Q("19 of 57 members attended", "verbatim", "correct", "3.9", cited=["3.9"]) +
          " code of conduct training (paragraph 3.9)."),
         ("p", "3.6 The inspectors made two recommendations that fall to me to lead. Recommendation 2 asks the council to establish a statutory officers’ group and to " +
          Q("ensure that the monitoring officer and the section 151 officer are consulted on every report to Cabinet and full council before it is published", "verbatim", "correct", "R2", cited=["R2"]) +
          ". Recommendation 6 reads in full: " +
          Q("Adopt a new members’ code of conduct and a revised complaints procedure, make code of conduct training mandatory, and resolve complaints within three months", "verbatim", "correct", "R6", cited=["R6"], kind="exact; repeated in item 5") +
          "."),
         ("p", "3.7 The Secretary of State’s directions of 26 February 2025 require an improvement and recovery plan " +
          Q("addressing each of the inspectors’ nine recommendations", "verbatim", "correct", "5", source="letter", doc="letter") +
          " (Secretary of State’s letter, 22 January 2025). This committee’s part in that plan is the code of conduct, the complaints procedure and training."),
         ("h1", "4. Findings and action"),
         ("p", "4.1 The table below lists the findings, with the inspectors’ words, and the action taken or proposed."),
         ("table", [["Finding (inspectors’ words)", "Report ref.", "Action"],
                    [Q("no agenda is published and no notes are kept", "verbatim", "correct", "2.3", cited=["2.3"], kind="table cell"), "2.3", "Notes of the Leader’s meeting published since March 2025; Monitoring Officer attends."],
                    [Q("The chair did not intervene on any of the occasions we observed", "verbatim", "correct", "3.6", cited=["3.6"], kind="table cell"), "3.6", "Chairing skills training for the Mayor and committee chairs, September 2025."],
                    [Q("has never considered a report on the council’s arrangements for dealing with complaints", "verbatim", "correct", "3.10", cited=["3.10"], kind="table cell"), "3.10", "This report; annual complaints report at item 6."],
                    [Q("Nine were referred for investigation and breaches were found in two", "verbatim", "correct", "3.7", cited=["3.7"], kind="table cell"), "3.7", "Complaints procedure revised (item 5, Appendix B)."],
                    [Q("code of conduct training becomes mandatory for all members within six months of election", "misquote", "correct", "3.11", cited=["3.11"],
                       st="code of conduct training becomes mandatory for all members within three months of election", kind="table cell; number changed", note="three months in 3.11"), "3.11", "Training to be mandatory from September 2025."],
                    [Q("advice given in writing was not reported to the members who took the decision", "verbatim", "correct", "2.8", cited=["2.8"], kind="table cell"), "2.8", "MO sign-off on all Cabinet and council reports since February 2025."]],
          [70, 20, 76]),
         ("h1", "5. Action taken"),
         ("p", "5.1 Since February 2025 the statutory officers have met fortnightly. I now attend the Leader’s weekly meeting with senior officers, a note of which is published. Every report to Cabinet and council now carries legal and financial sign-off before publication. In the period from 1 March to 30 June 2025 I declined to sign off three reports until they were amended."),
         ("p", "5.2 I have also reviewed the two occasions referred to in paragraph 2.8 of the report. I am satisfied that in each case the decision was lawful, but members should have had my advice before them and did not."),
         ("h1", "6. Implications"),
         ("p", "6.1 Legal: the council must comply with the Secretary of State’s directions. Financial: the cost of training and of the independent investigator framework is £38,000, met from existing budgets. Equalities: none arising directly."),
         ("p", "Background papers: Best Value Inspection of Corrington Metropolitan Borough Council (January 2025); Letter from the Secretary of State to the Chief Executive, 22 January 2025; Directions, 26 February 2025."),
         ("p", "Contact: Louise Grainger, Director of Law and Governance, louise.grainger@corrington.gov.uk"),
         ("pagebreak",),
         ("banner", "Appendix 1 – Member training attendance 2024/25"),
         ("p", "Yes: attended; No: not attended; Booked: booked for a session before 30 September 2025."),
         ("table", pack_extra.training_table(), [42, 34, 24, 24, 22, 22])]
    out.append(("4", "Best Value Inspection: Governance Findings", "rl", b, "Standards Committee 8 July 2025 – Governance findings"))

    # ---------------------------------------------------------------- item 5: code review (Chromium)
    Q.item = "5"
    nolan_rows = [["Principle", "Description (Committee on Standards in Public Life)"]] + [
        [n, Q.other(t, f"Nolan principle ({n}), Committee on Standards in Public Life; not a source")] for n, t in NOLAN]
    b = [("banner", "Item 5 – Members’ Code of Conduct Review"),
         ("meta", [("Report to", "Standards Committee"), ("Date", "8 July 2025"), ("Report of", "Monitoring Officer"),
                   ("Decision", "Recommendation to full council on 23 July 2025")]),
         ("h1", "1. Summary"),
         ("p", "1.1 This report proposes a new members’ code of conduct and a revised procedure for dealing with complaints, in response to Recommendation 6 of the Best Value inspection. The inspectors recommended " +
          Q("that the council adopts a new members’ code of conduct, based on the Local Government Association’s model code", "verbatim", "correct", "3.11", cited=["3.11"]) +
          " (paragraph 3.11)."),
         ("h1", "2. Recommendations"),
         ("bullets", ["That the committee recommends to full council the adoption of the members’ code of conduct at Appendix A, with effect from 1 September 2025;",
                      "That the committee recommends to full council the revised arrangements for dealing with complaints at Appendix B;",
                      "That code of conduct training be mandatory for all members, and that a member who has not completed it within three months of election or of adoption of the new code be reported to this committee."]),
         ("h1", "3. The legal framework"),
         ("p", "3.1 Under section 28(1) of the Localism Act 2011 the council " +
          Q.other("must secure that a code adopted by it", "Localism Act 2011, s.28(1)") +
          " is, when viewed as a whole, consistent with the seven principles of public life. The principles, as set out by the Committee on Standards in Public Life, are:"),
         ("table", nolan_rows),
         ("p", "3.2 The council’s constitution, at Article 9.03, provides that " +
          Q.other("The Standards Committee shall meet at least twice in each municipal year.", "the council’s constitution, Article 9.03; not a source") +
          " The inspectors found that the committee had met four times in three years. The constitution (Part 5, Section A, paragraph 3.1) also contains the present code’s rule that " +
          Q.other("You must treat others with respect.", "the council’s current code of conduct (2019), in the constitution") +
          " That rule is retained in the new code, with examples."),
         ("h1", "4. Why a new code"),
         ("p", "4.1 The present code was adopted in 2012 and last amended in 2019. It does not define bullying or harassment, and it says nothing about the use of social media. The inspectors were blunt about the consequences. They said that " +
          Q("the length of time taken to deal with complaints, and the small number investigated, have also left genuine complainants, including officers, with little confidence in the process", "verbatim", "correct", "3.8", cited=["3.8"]) +
          " (para 3.8), and that " +
          Q("the Standards Committee … has not reviewed the code of conduct since 2019", "minor", "correct", "3.10", cited=["3.10"],
            st="The Standards Committee has met four times in three years and has not reviewed the code of conduct since 2019", kind="ellipsis") +
          " (para 3.10)."),
         ("p", "4.2 Some members have suggested that the review goes further than the inspectors intended. I do not agree. Recommendation 6 is in clear terms: " +
          Q("Adopt a new members’ code of conduct and a revised complaints procedure, make code of conduct training mandatory, and resolve complaints within three months", "verbatim", "correct", "R6", cited=["R6"], kind="exact; repeats item 4") +
          ". The inspectors also noted that " +
          Q("Member induction after the 2024 elections consisted of a single evening session", "verbatim", "missing", "3.9", kind="exact, uncited") +
          "."),
         ("p", "4.3 It has been put to me that the inspectors regarded the Leader’s informal meetings with senior officers as " +
          Q("improper in themselves", "out_of_context", "correct", "2.4", cited=["2.4"], cd="We do not suggest that informal meetings between the Leader and senior officers",
            kind="negation_dropped", note="2.4 says the inspectors do NOT suggest that such meetings are improper in themselves") +
          " (paragraph 2.4), and that the code should forbid them. It is not for the code of conduct to regulate how the Leader organises the business of the executive, and the constitution review will address the point."),
         ("p", "4.4 Members should also be aware of the member survey. Paragraph 3.5 reports that " +
          Q("a majority of councillors have seen members bully officers", "paraphrase", "correct", "3.5", cited=["3.5"],
            st="Of the 41 members who completed our survey, 22 said that they had witnessed bullying or intimidating behaviour by a member towards an officer in the previous two years",
            kind="reworded; base changed", note="22 of 41 respondents is a majority of respondents, not of all 57 councillors", strict=False, also_verdict=["misquote"]) +
          ". In its recommendation the report also calls for " +
          Q("a zero-tolerance approach to disrespect", "not_found", "wrong", None, cited=["R6"], kind="invented", note="no such words in R6 or anywhere in the report") +
          " (R6)."),
         ("p", "4.5 Some members have said the inspectors found that the Standards Committee " +
          Q("has met only twice in three years", "misquote", "correct", "3.10", cited=["3.10"], st="The Standards Committee has met four times in three years",
            kind="number_changed", note="four times, not twice") +
          " (paragraph 3.10). That is incorrect: the committee met four times in that period."),
         ("h1", "5. The Local Government Association model code"),
         ("p", "5.1 The proposed code at Appendix A follows the LGA Model Councillor Code of Conduct 2020 closely. Its general obligations include, for example, " +
          Q.other("I do not bully any person.", "LGA Model Councillor Code of Conduct 2020, para 3.3") +
          " The code applies whenever a member is acting, claims to act or gives the impression of acting as a councillor, including on social media."),
         ("h1", "6. Consultation"),
         ("p", "6.1 All members were invited to comment on the draft code between 2 and 20 June 2025. Fourteen responses were received. The Independent Persons and the group leaders have been consulted. The main changes made as a result are listed below."),
         ("bullets", ["the definition of bullying has been aligned with the ACAS definition;",
                      "the section on social media now distinguishes personal and councillor accounts;",
                      "the threshold for registering gifts and hospitality remains at £50."]),
         ("pagebreak",),
         ("banner", "Appendix A – Members’ Code of Conduct (draft, extract)"),
         ("p", "**1. General conduct.** 1.1 I treat other councillors, officers and members of the public with respect. 1.2 I do not bully or harass any person. 1.3 I do not discriminate unlawfully against any person. 1.4 I promote equalities and do not discriminate unlawfully against any person."),
         ("p", "**2. Impartiality of officers.** 2.1 I do not compromise, or attempt to compromise, the impartiality of anyone who works for or on behalf of the council. 2.2 I do not ask officers to change the content of a report in order to reflect a political view."),
         ("p", "**3. Confidentiality and access to information.** 3.1 I do not disclose information given to me in confidence. 3.2 I do not prevent anyone from getting information they are entitled to by law, including other councillors."),
         ("p", "**4. Disrepute.** 4.1 I do not bring my role or the council into disrepute."),
         ("p", "**5. Use of position.** 5.1 I do not use, or attempt to use, my position improperly to the advantage or disadvantage of myself or anyone else."),
         ("p", "**6. Use of council resources and facilities.** 6.1 I do not misuse council resources. 6.2 I use council resources only for the purposes for which they are provided."),
         ("p", "**7. Complying with the code of conduct.** 7.1 I undertake code of conduct training provided by the council within three months of election. 7.2 I cooperate with any code of conduct investigation and determination. 7.3 I do not intimidate anyone involved in an investigation."),
         ("p", "**8. Interests.** 8.1 I register and declare my interests in accordance with Appendix C."),
         ("p", "**9. Gifts and hospitality.** 9.1 I register any gift or hospitality with an estimated value of at least £50 within 28 days of its receipt."),
         ("pagebreak",),
         ("banner", "Appendix B – Arrangements for Dealing with Complaints (summary)"),
         ("table", [["Stage", "What happens", "Target time"],
                    ["1. Receipt", "Complaint acknowledged; copy sent to member complained of", "5 working days"],
                    ["2. Initial assessment", "Monitoring Officer, after consulting an Independent Person, decides whether to investigate, seek informal resolution or take no action", "20 working days"],
                    ["3. Informal resolution", "Apology, training or mediation agreed", "30 working days"],
                    ["4. Investigation", "Investigator appointed from a framework of independent investigators", "8 weeks"],
                    ["5. Hearing", "Hearing Sub-Committee with Independent Person’s views", "4 weeks after report"],
                    ["6. Outcome", "Decision published on the council’s website", "5 working days"],
                    ["Overall", "From complaint to outcome", "3 months"]]),
         ("pagebreak",),
         ("banner", "Appendix C – Disclosable pecuniary interests (summary)"),
         ("table", [["Subject", "Description"],
                    ["Employment, office, trade, profession or vocation", "Any employment, office, trade, profession or vocation carried on for profit or gain."],
                    ["Sponsorship", "Any payment or provision of any other financial benefit (other than from the council) made to the member during the previous 12 months in respect of any expenses incurred in carrying out duties as a member, or towards election expenses."],
                    ["Contracts", "Any contract made between the member or their spouse or civil partner (or a firm or body in which they have a beneficial interest) and the council for goods, works or services which has not been fully discharged."],
                    ["Land and property", "Any beneficial interest in land which is within the area of the council."],
                    ["Licences", "Any licence (alone or jointly with others) to occupy land in the area of the council for a month or longer."],
                    ["Corporate tenancies", "Any tenancy where the landlord is the council and the tenant is a body in which the member has a beneficial interest."],
                    ["Securities", "Any beneficial interest in securities of a body with a place of business or land in the area of the council, above the statutory thresholds."]]),
         ("p", "Other registrable interests (Appendix C, Table 2) include any unpaid directorship, membership of any body exercising functions of a public nature, and any body directed to charitable purposes or whose principal purposes include the influence of public opinion or policy, including any political party or trade union."),
         ("p", "Non-registrable interests must be declared where a matter directly relates to the member’s financial interest or well-being, or that of a relative or close associate."),
         ("pagebreak",),
         ("banner", "Appendix D – Protocol on Member/Officer Relations (revised draft)"),
         ] + [("p", x) for x in pack_extra.PROTOCOL]
    out.append(("5", "Members’ Code of Conduct Review", "html", b, "Standards Committee 8 July 2025 – Code of Conduct Review"))

    # ---------------------------------------------------------------- item 6: complaints annual report (groff)
    Q.item = "6"
    b = [("banner", "Item 6 – Code of Conduct Complaints: Annual Report 2024/25"),
         ("meta", [("Report to", "Standards Committee"), ("Date", "8 July 2025"), ("Report of", "Deputy Monitoring Officer"), ("Status", "For information")]),
         ("h1", "1. Introduction"),
         ("p", "1.1 This is the first annual report to the committee on complaints about member conduct. The inspectors noted that the committee had never received one. In the three years to March 2024, the inspectors found, the council received 86 complaints, and " +
          Q("The average time from complaint to outcome was six months", "misquote", "correct", "3.7", cited=["3.7"],
            st="The average time from complaint to outcome was seven months", kind="number_changed", note="seven months in 3.7") +
          " (paragraph 3.7)."),
         ("p", "1.2 We do not dispute that some complaints are politically motivated. Nor did the inspectors, who wrote: " +
          Q("We do not doubt that some complaints are made for tactical reasons", "verbatim", "correct", "3.8", cited=["3.8"]) +
          " (paragraph 3.8). But the council’s own Annual Governance Statement 2024/25 repeats the inspectors’ judgement that officers who complain have " +
          Q("little confidence in the process", "verbatim", "unverifiable", "3.8", doc="other", kind="cited to a document not among the sources",
            note="the words are 3.8’s but the paper cites the Annual Governance Statement", strict=False) +
          " (AGS 2024/25, section 4.2)."),
         ("h1", "2. Complaints received in 2024/25"),
         ("table", [["Category", "Received", "No further action", "Informal resolution", "Investigated", "Breach found"],
                    ["Member against member", "19", "12", "4", "3", "1"], ["Officer against member", "6", "1", "2", "3", "2"],
                    ["Public against member", "11", "8", "2", "1", "0"], ["Parish councils", "4", "3", "1", "0", "0"],
                    ["Total", "40", "24", "9", "7", "3"]], [1.7, 0.8, 0.9, 0.9, 0.9, 0.8]),
         ("p", "2.1 Forty complaints were received in 2024/25, compared with an average of 29 a year in the three previous years. Seven were investigated, and breaches were found in three. The average time from complaint to outcome was 5.2 months, against a new target of three months."),
         ("h1", "3. Themes"),
         ("bullets", ["Failure to treat others with respect, including at full council and on social media (22 complaints).",
                      "Bullying of officers (5 complaints; 2 breaches found).",
                      "Failure to register or declare interests (6 complaints).",
                      "Misuse of position (3 complaints)."]),
         ("h1", "4. Outstanding complaints"),
         ("p", "4.1 At 30 June 2025, 11 complaints were outstanding, of which 4 were more than three months old. All four are at the investigation stage and are expected to conclude by September 2025."),
         ("h1", "5. Sanctions"),
         ("p", "5.1 Where a breach was found, sanctions were: a formal censure reported to full council (1); a requirement to undertake training (3); removal from a committee for six months, recommended to the member’s group leader (1). The council has no power to suspend members."),
         ("p", "Contact: Rebecca Cheetham, Deputy Monitoring Officer"),
         ("pagebreak",),
         ("banner", "Appendix – Anonymised case summaries 2024/25"),
         ("table", [["Ref", "Category", "Summary", "Outcome"]] + [list(c) for c in pack_extra.CASES], [0.7, 1.2, 2.4, 2.0])]
    out.append(("6", "Code of Conduct Complaints: Annual Report 2024/25", "groff", b, "Standards Committee 8 July 2025 – Complaints annual report"))

    Q.item = "7"
    b = [("banner", "Item 7 – Register of Interests and Gifts and Hospitality: Annual Review"),
         ("meta", [("Report to", "Standards Committee"), ("Date", "8 July 2025"), ("Report of", "Deputy Monitoring Officer"), ("Status", "For information")]),
         ("h1", "1. Summary"),
         ("p", "1.1 Every member must register their disclosable pecuniary interests and other registrable interests within 28 days of taking office and keep the register up to date. Members were asked in April 2025 to confirm or update their entries. The results are set out in the Appendix."),
         ("p", "1.2 At 30 June 2025, 54 of 57 members had confirmed their entries. The remaining three have been reminded in writing. Failure to register a disclosable pecuniary interest without reasonable excuse is a criminal offence."),
         ("h1", "2. Gifts and hospitality"),
         ("p", "2.1 Members registered 38 gifts or items of hospitality in 2024/25, with a total estimated value of £2,140. None was above £150. The most common were invitations to civic and community events and dinners hosted by partner organisations."),
         ("h1", "3. Recommendation"),
         ("p", "3.1 That the committee notes the report."),
         ("pagebreak",),
         ("banner", "Appendix – Register of interests: annual check 2025"),
         ("table", pack_extra.register_table(), [45, 38, 28, 26, 24]),
         ("banner", "Appendix – Gifts and hospitality registered 2024/25"),
         ("table", pack_extra.gifts_table(), [22, 40, 45, 45, 18])]
    out.append(("7", "Register of Interests and Gifts and Hospitality: Annual Review", "rl", b, "Standards Committee 8 July 2025 – Register of Interests"))

    # ---------------------------------------------------------------- item 8: work programme (LibreOffice)
    Q.item = "8"
    b = [("banner", "Item 8 – Standards Committee Work Programme 2025/26"),
         ("p", "The committee is asked to agree its work programme for 2025/26. The programme reflects the inspectors’ observation that the committee " +
          Q("has never considered a report on the council’s arrangements for dealing with complaints against members", "verbatim", "correct", "3.10", pages=[8], kind="page citation") +
          " (inspection report, p. 8) and the directions of 26 February 2025."),
         ("table", [["Meeting", "Items"],
                    ["8 July 2025", "Governance findings; code of conduct review; complaints annual report; work programme"],
                    ["14 October 2025", "Training attendance; register of interests audit; complaints quarterly update; independent persons recruitment"],
                    ["13 January 2026", "Complaints quarterly update; gifts and hospitality review; progress on Recommendations 2 and 6"],
                    ["14 April 2026", "Complaints quarterly update; annual report of the committee to council; review of the new code after six months"]]),
         ("p", "Contact: Helen Quayle, Democratic Services")]
    out.append(("8", "Standards Committee Work Programme 2025/26", "docx", b, "Standards Committee – Work Programme 2025/26"))
    return out
