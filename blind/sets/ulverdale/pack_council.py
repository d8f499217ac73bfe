# -*- coding: utf-8 -*-
"""Pack 1: modern.gov agenda pack, Extraordinary Council, 12 February 2025."""

TITLE = "Ulverdale Metropolitan Borough Council, Council (Extraordinary), 12 February 2025"
MEETING = "Council"
DATE = "Wednesday, 12th February, 2025"

CSS = """
.mg-head { font-size: 9pt; color: #333; border-bottom: 1px solid #999; margin-bottom: 10pt; }
.council { font-size: 16pt; font-weight: bold; }
.agenda td { padding: 5pt 4pt; }
.pages { white-space: nowrap; font-weight: bold; }
.track-del { text-decoration: none; }
"""

# ------------------------------------------------------------------ cover and agenda

def cover():
    return f"""
<p class="right small"><b>Public Document Pack</b></p>
<p class="council">Ulverdale Metropolitan Borough Council</p>
<p class="small">Civic Hall, Market Street, Ulverdale, WF12 4AQ<br>
Contact: Democratic Services &nbsp;&nbsp; Tel: 01924 305 112 &nbsp;&nbsp;
Email: democratic.services@ulverdale.gov.uk</p>
<br>
<p>To: The Mayor and all Members of the Council</p>
<p>Dear Councillor,</p>
<p>You are hereby summoned to attend an <b>EXTRAORDINARY MEETING</b> of the <b>COUNCIL</b> to be held
in the <b>Council Chamber, Civic Hall, Ulverdale</b> on <b>{DATE} at 6.30 pm</b> for the
purpose of transacting the business set out in the agenda below.</p>
<p>The meeting has been called by the Mayor at the request of the Interim Chief Executive, under
Council Procedure Rule 3, to consider the report of the Best Value inspection of the council and the
Secretary of State's proposals for intervention.</p>
<br>
<p>Yours faithfully,</p>
<br>
<p><b>Helen Marsden</b><br>Interim Chief Executive</p>
<p>Date of despatch: Tuesday, 4 February 2025</p>
<br><br>
<div class="box small">
<p><b>Webcasting:</b> This meeting will be filmed for live and subsequent broadcast on the council's
website. By entering the Council Chamber you are consenting to being filmed and to the possible use
of those images and sound recordings.</p>
<p><b>Public seating</b> is limited. Members of the public wishing to attend are asked to arrive by
6.15 pm. If you need this agenda in another format, please contact Democratic Services.</p>
</div>
"""


def agenda(r):
    """r: item number -> (first printed page, last printed page)."""
    def pg(n):
        a, b = r[n]
        return f"(Pages {a} - {b})" if a != b else f"(Page {a})"
    rows = [
        ("1.", "Apologies for Absence", "To receive apologies for absence.", ""),
        ("2.", "Declarations of Interest",
         "To receive any declarations of disclosable pecuniary or other registrable interests in any "
         "matter to be considered at the meeting.", ""),
        ("3.", "Minutes of the Previous Meeting",
         "To approve as a correct record the minutes of the ordinary meeting of the Council held on "
         "11 December 2024.", pg("3")),
        ("4.", "Announcements", "To receive any announcements from the Mayor, the Leader of the "
         "Council or the Interim Chief Executive.", ""),
        ("5.", "Public Questions", "To receive questions from members of the public in accordance "
         "with Council Procedure Rule 10. Questions and written answers are attached.", pg("5")),
        ("6.", "Best Value Inspection and Proposed Statutory Intervention",
         "Report of the Interim Chief Executive.", pg("6")),
        ("7.", "Notice of Motion: Best Value Inspection",
         "Motion submitted by Councillor Margaret Holroyd and seconded by Councillor David Firth.",
         pg("7")),
        ("8.", "Amendment to the Notice of Motion at Item 7",
         "Amendment submitted by Councillor Imran Siddiqui and seconded by Councillor Ruth Oldroyd.",
         pg("8")),
        ("9.", "Questions from Members",
         "Questions submitted under Council Procedure Rule 11, with written answers.", pg("9")),
        ("10.", "Minutes of the Audit and Governance Committee",
         "To receive for information the minutes of the meeting of the Audit and Governance Committee "
         "held on 28 November 2024.", pg("10")),
    ]
    trs = "".join(f"<tr><td class='num'><b>{a}</b></td><td><b>{b}</b><br>{c}</td>"
                  f"<td class='pages right'>{d}</td></tr>" for a, b, c, d in rows)
    return f"""
<p class="council">Agenda</p>
<p><b>Council (Extraordinary)</b><br>{DATE}, 6.30 pm<br>Council Chamber, Civic Hall, Ulverdale</p>
<table class="agenda">{trs}</table>
<br>
<p class="small">Members are reminded that the report at Item 6 and its appendices are public. The
Secretary of State's letter of 4 February 2025 is reproduced at Appendix 2 to that report.</p>
"""


# ------------------------------------------------------------------ item 3: minutes

def minutes():
    return """
<div class="mg-head">Public Document Pack</div>
<h1>ULVERDALE METROPOLITAN BOROUGH COUNCIL</h1>
<p><b>MINUTES</b> of a meeting of the <b>COUNCIL</b> held in the Council Chamber, Civic Hall, Ulverdale,
on Wednesday, 11 December 2024 at 6.30 pm.</p>
<p><b>PRESENT:</b> The Mayor (Councillor Pauline Greenwood) in the Chair; Councillors Ackroyd,
Ahmed, Armitage, Bates, Beaumont, Brook, Crowther, Dyson, Ellis, Firth, Gledhill, Haigh, Hirst,
Holroyd, Hussain, Jagger, Kaye, Lockwood, Lumb, Mallinson, Naylor, Oldroyd, Pickles, Quarmby,
Ramsden, Rhodes, Schofield, Shaw, Siddiqui, Sugden, Sykes, Taylor, Wadsworth, Walker, Whiteley,
Wilby and Wood.</p>
<p><b>OFFICERS:</b> Interim Chief Executive; Director of Finance and Section 151 Officer; Interim
Monitoring Officer; Head of Democratic Services.</p>

<h3>45. APOLOGIES FOR ABSENCE</h3>
<p>Apologies for absence were received from Councillors Bentley, Crossley, Hanson, Moorhouse,
Pearson and Senior.</p>

<h3>46. DECLARATIONS OF INTEREST</h3>
<p>Councillor Sugden declared an other registrable interest in Minute 50 as a trustee of the
Friends of Aire Street Library and took no part in the debate or vote on that item.</p>

<h3>47. MINUTES</h3>
<p><b>RESOLVED</b> that the minutes of the meeting held on 16 October 2024 be approved as a correct
record and signed by the Mayor.</p>

<h3>48. ANNOUNCEMENTS</h3>
<p>The Mayor thanked the emergency services, council staff and volunteers for their work during the
flooding in the Calder valley and announced that the Mayor's Appeal had raised £41,260 for the
Ulverdale Flood Recovery Fund.</p>
<p>The Leader of the Council (Councillor Ackroyd) reported that the inspection team appointed by
the Secretary of State had completed its work on site in October and had shared its draft findings
with the council for factual accuracy checking. He said it would be wrong to comment on a draft,
but that he expected the final report to be published early in the new year and that Council would
be given the opportunity to debate it in full.</p>
<p>Councillor Holroyd asked whether group leaders would see the draft. The Interim Chief Executive
advised that the draft had been shared under embargo with the statutory officers and the Leader
only, as the inspectors had requested.</p>

<h3>49. PUBLIC QUESTIONS</h3>
<p>Three questions had been received from members of the public. The questions and the answers
given are published with these minutes.</p>

<h3>50. PETITION: AIRE STREET LIBRARY</h3>
<p>The Council received a petition containing 2,118 signatures, presented by Ms Anne Brierley on
behalf of the Friends of Aire Street Library. The petition read:</p>
<blockquote>“We the undersigned call on Ulverdale Council to keep Aire Street Library open and to
consult residents properly before any decision is taken about its future.”</blockquote>
<p>Ms Brierley addressed the Council for five minutes. The Cabinet Member for Communities
(Councillor Whiteley) responded that no decision had been taken, and that any proposal would be
subject to a full public consultation.</p>
<p><b>RESOLVED</b> that the petition be referred to the Cabinet Member for Communities for a
written response within 28 days.</p>

<h3>51. TREASURY MANAGEMENT MID-YEAR REVIEW 2024/25</h3>
<p>The Cabinet Member for Finance (Councillor Lumb) moved the report, which set out the council's
borrowing and investment activity for the six months to 30 September 2024. He reminded members that
the council's Treasury Management Strategy required that its investments be managed so that
“security and liquidity come before yield”, and confirmed that no breaches of the prudential
indicators had occurred in the period.</p>
<p>Councillor Siddiqui asked about the level of borrowing associated with the council's commercial
portfolio. Councillor Lumb replied that the total external borrowing at 30 September 2024 was
£402.7 million, of which the commercial portfolio accounted for the amount reported to Council in
February 2024, and that no new borrowing for commercial purposes had been undertaken since 2020.</p>
<p><b>RESOLVED</b> that the Treasury Management Mid-Year Review 2024/25 be noted.</p>

<h3>52. COUNCIL TAX REDUCTION SCHEME 2025/26</h3>
<p>Councillor Lumb moved the recommendation of Cabinet that the local Council Tax Reduction Scheme
for 2025/26 be adopted without change from the 2024/25 scheme. He noted that the Corporate Plan
2023-2027 committed the council to “a fairer, greener Ulverdale where everyone can thrive”, and
that retaining the scheme protected around 21,400 households on low incomes.</p>
<p>Upon being put to the vote, the motion was carried.</p>
<p><b>RESOLVED</b> that the Council Tax Reduction Scheme for 2025/26 be adopted as set out in
Appendix A to the Cabinet report of 26 November 2024.</p>

<h3>53. REVIEW OF POLLING DISTRICTS AND POLLING PLACES</h3>
<p><b>RESOLVED</b> that the polling districts and polling places set out in the report be approved
with effect from 1 January 2025, subject to the change to the Thornhill Lees polling place
agreed at the meeting.</p>

<h3>54. NOTICE OF MOTION: FLOOD RESILIENCE</h3>
<p>Moved by Councillor Haigh and seconded by Councillor Naylor:</p>
<p><i>“This Council thanks all those who responded to the flooding in February and November 2024,
and asks the Leader to write to the Environment Agency and to the Mayor of West Yorkshire seeking
investment in flood defences in the Calder valley.”</i></p>
<p>Upon being put to the vote, the motion was carried unanimously.</p>

<h3>55. QUESTIONS FROM MEMBERS</h3>
<p>Eleven questions had been received under Council Procedure Rule 11. The questions and written
answers were circulated in the supplementary agenda. Supplementary questions were asked and
answered on questions 2, 5, 7 and 10.</p>
<p>In answer to a supplementary question from Councillor Wood about the cost of the inspection,
the Leader said that the council was not charged for the inspectors' time but had incurred officer
time and some legal costs in supporting it, and that he would provide a written answer.</p>

<h3>56. APPOINTMENTS TO COMMITTEES</h3>
<p><b>RESOLVED</b> that Councillor Ramsden replace Councillor Wilby on the Audit and Governance
Committee, and that Councillor Wilby be appointed to the Licensing Committee.</p>
<br>
<p>The meeting closed at 9.12 pm.</p>
<br>
<p class="right">MAYOR</p>
"""


# ------------------------------------------------------------------ item 5: public questions

def public_questions():
    return """
<h1>Council, 12 February 2025</h1>
<h2>Item 5: Public Questions</h2>
<p>The following questions have been received under Council Procedure Rule 10. Each questioner may
ask one supplementary question. Written answers are set out below.</p>

<h3>Question 1 from Mr Graham Whitworth, Dewsbury Road</h3>
<p>The inspectors say the council’s general fund reserve “fell from £18.4 million at 31 March 2021
to £5.2 million at 31 March 2024” (paragraph 4.2.1). Over the same period the council paid
consultants to advise on the Castlegate Centre. How much has been spent on consultants’ fees for
the Castlegate Centre since it was bought, and who approved that spending?</p>
<p><b>Answer from the Cabinet Member for Finance, Councillor Andrew Lumb</b></p>
<p>I thank Mr Whitworth for his question. The council has spent £1.37 million on professional
advice relating to the Castlegate Centre since February 2019, including valuation, legal and
letting advice. Those costs were approved under delegated authority and reported in the annual
statement of accounts.</p>
<p>I would however gently point out that the inspectors themselves accept that the council’s
difficulties are “largely a matter of national funding” (para 2.1.2). Ulverdale has lost
£61 million a year in real terms from its core grant since 2010, and no amount of local decision
making can make up for that.</p>

<h3>Question 2 from Ms Shabana Akhtar, Ravensthorpe</h3>
<p>I work with families in temporary accommodation. The report says that the number of households
in temporary accommodation rose from 186 to 511, and that “nearly two-thirds of them were placed
in bed and breakfast or hotel accommodation” (page 16 of the report). What is the council doing to
get children out of hotel rooms?</p>
<p><b>Answer from the Cabinet Member for Housing, Councillor Zahid Hussain</b></p>
<p>Ms Akhtar is right to raise this, and I share her concern. Since the inspection the council has
leased 46 additional self-contained units and opened a family hub at the former Marsh Lane depot.
The number of families with children in bed and breakfast accommodation for more than six weeks
has fallen from 38 in October to 19 at the end of January.</p>

<h3>Question 3 from Mr Keith Lodge, Mirfield</h3>
<p>The report says the council “made large financial commitments without understanding the risks”
(Foreword) and that “the risks were never explained to members” (para 4.3.4). Will the Leader now
apologise to residents for the Castlegate Centre?</p>
<p><b>Answer from the Leader of the Council, Councillor Peter Ackroyd</b></p>
<p>The decision to buy the Castlegate Centre was taken in 2019, before this administration took
office. I have said publicly, and I say again, that I am sorry for the position the council is in.
The inspectors were careful to say that “We do not suggest that members acted unlawfully in
approving these investments” (paragraph 4.3.4), and I think residents deserve an accurate account
of what the report says as well as an apology.</p>
"""


# ------------------------------------------------------------------ item 6: CX report

def cx_report():
    return """
<div class="mg-head">Ulverdale Metropolitan Borough Council</div>
<table class="grid small">
<tr><th style="width:30%">Report to</th><td>Council (Extraordinary)</td></tr>
<tr><th>Date</th><td>12 February 2025</td></tr>
<tr><th>Title</th><td>Best Value Inspection and Proposed Statutory Intervention</td></tr>
<tr><th>Report of</th><td>Helen Marsden, Interim Chief Executive</td></tr>
<tr><th>Key decision?</th><td>No</td></tr>
<tr><th>Is it in the Forward Plan?</th><td>No (Council function)</td></tr>
<tr><th>Is it eligible for call in?</th><td>No</td></tr>
<tr><th>Exempt information?</th><td>No</td></tr>
<tr><th>Wards affected</th><td>All</td></tr>
</table>

<h2>1. Purpose of the report</h2>
<p>1.1 To inform Council of the findings of the Best Value inspection of the council, published by
the Ministry of Housing, Communities and Local Government on 4 February 2025, and of the Secretary
of State’s proposal to intervene under section 15 of the Local Government Act 1999.</p>
<p>1.2 To seek Council’s agreement to the representations the council will make to the Secretary of
State by the deadline of 5pm on 18 February 2025.</p>

<h2>2. Recommendations</h2>
<p>Council is recommended to:</p>
<p>2.1 note the report of the Best Value inspection (Appendix 1 summarises its findings) and the
letter from the Secretary of State dated 4 February 2025 (Appendix 2);</p>
<p>2.2 accept the inspectors’ findings in full and apologise to residents for the failings the report
identifies;</p>
<p>2.3 approve the representations at Appendix 3 for submission to the Secretary of State, and
delegate to the Interim Chief Executive, in consultation with the Group Leaders, authority to make
minor changes before they are sent;</p>
<p>2.4 establish a cross-party Improvement Steering Group of seven members (3 Labour, 2
Conservative, 1 Liberal Democrat, 1 Independent).</p>

<h2>3. Background</h2>
<p>3.1 On 18 June 2024 the Secretary of State directed a Best Value inspection of the council under
section 10 of the Local Government Act 1999. The inspection followed the external auditor’s
statutory recommendations of November 2023, which Council considered on 24 January 2024.</p>
<p>3.2 The inspectors were on site between 9 September and 18 October 2024. The Leader, the
statutory officers and I received the draft report in November 2024 for factual accuracy checking.
The council’s comments, and its proposals for a voluntary improvement board, were sent to the
Ministry on 24 January 2025.</p>
<p>3.3 The final report was published on 4 February 2025, with the Secretary of State’s letter. Both
are available on the council’s website and in the Members’ Library.</p>

<h2>4. Summary of the inspectors’ findings</h2>
<p>4.1 The inspectors concluded that the council is “failing to comply with its best value duty in
respect of governance, culture and leadership, financial management, and the use of resources”
(paragraph 7.1.1). That is the most serious finding an inspection can make.</p>
<p>4.2 On finance, the report finds that the general fund reserve has fallen below the minimum set
by the council’s own reserves policy, and that “Unless the council delivers its savings programme
in full and brings its overspending under control, we estimate that its usable reserves will be
exhausted during 2026/27” (paragraph 4.2.3). The inspectors also state that “We do not consider the
medium-term financial strategy to be credible as it stands” (4.1.4).</p>
<p>4.3 On the commercial portfolio, the report notes that the council borrowed £112.5 million
between 2018 and 2020 and that the investments, “taken together … now cost the council more to
finance than they earn” (4.3.1). Appendix 1 sets out the detailed findings.</p>
<p>4.4 On culture, the inspectors found “a culture in which bad news does not travel upwards”
(2.3.1) and reported that 46% of respondents to their staff survey would not feel safe raising a
concern. I want to say plainly to staff that this must change, and that it will.</p>
<p>4.5 On governance and scrutiny, the report records that the council’s own submission described
its governance arrangements as “robust and proportionate” (3.1.3), and that the inspectors did not
agree. It also finds that the statutory officers “have not been given the resources or the
authority to discharge their roles effectively” (paragraph 2.2.3).</p>
<p>4.6 The report is not wholly negative. The inspectors found that front-line staff were
“knowledgeable, committed and frank about what needed to change” (paragraph 2.3.5), and praised
the community safety partnership and the council’s response to the floods in February 2024.</p>

<h2>5. The Secretary of State’s proposals</h2>
<p>5.1 In his letter of 4 February the Secretary of State says that he is “satisfied that the
council is failing to comply with its best value duty” and proposes to intervene under section 15
of the 1999 Act.</p>
<p>5.2 He proposes to appoint three commissioners (a Lead Commissioner, a Finance Commissioner and a
Governance Commissioner) from 1 March 2025 for three years. The functions that would pass to the
commissioners are those relating to the appointment and dismissal of statutory officers, the
budget and medium-term financial strategy, the disposal of commercial assets, and the governance of
the council’s companies.</p>
<p>5.3 He also proposes to direct the council to prepare an improvement and recovery plan “within
three months, to the satisfaction of the commissioners”. The inspectors’ first recommendation
(R1) also asks for a plan, and officers have begun work on it so that a first draft can be
considered by Cabinet in March.</p>
<p>5.4 The Secretary of State makes clear that the intervention “is not a judgement on the
council’s front-line staff” (Letter from SoS to CEX 04/02/25). I know that staff will welcome
that.</p>

<h2>6. Proposed representations</h2>
<p>6.1 The draft representations at Appendix 3 accept the inspectors’ findings and do not oppose
intervention. They ask the Secretary of State to keep the period of intervention under review, to
allow the council to lead on the improvement plan, and to confirm that the commissioners’ costs
will be met in part by the Ministry.</p>
<p>6.2 I do not recommend that the council contest the findings. The inspectors say in terms that
“We do not consider that the council has the capacity to make the improvements needed without
external support” (7.1.2), and the Secretary of State says he is “not persuaded that the council
can make the changes needed on its own”. Officers’ advice is that a challenge would not succeed
and would delay the improvement residents need.</p>

<h2>7. Financial implications</h2>
<p>7.1 The costs of commissioners are normally met by the council. Based on recent interventions,
officers estimate these at £0.6 million to £0.8 million a year, for which no provision is made in
the 2025/26 budget. This will be addressed in the budget report to Council on 26 February 2025.</p>
<p>7.2 The Director of Finance (Section 151 Officer) comments that the inspectors’ findings on
reserves are consistent with her own assessment in the Robustness of Estimates report to be
presented with the 2025/26 budget.</p>

<h2>8. Legal implications</h2>
<p>8.1 Section 15(1) of the Local Government Act 1999 provides that the Secretary of State may act
“If the Secretary of State is satisfied that a best value authority is failing to comply with the
requirements of this Part”. Under section 15(11) he must give the authority an opportunity to make
representations before giving a direction, save in cases of urgency.</p>
<p>8.2 The Interim Monitoring Officer advises that the draft representations are a matter for
Council, and that members may amend them at this meeting.</p>

<h2>9. Equality implications</h2>
<p>9.1 There are no direct equality implications arising from this report. Equality impact
assessments will be prepared for the improvement and recovery plan as it is developed.</p>

<h2>10. Risks</h2>
<p>10.1 The principal risk is financial. The report finds that the general fund reserve fell to
£5.2 million at 31 March 2024. If the council does not act quickly, it risks being unable to set a
balanced budget in 2026/27.</p>

<h2>11. Background papers</h2>
<p>Best Value Inspection of Ulverdale Metropolitan Borough Council, December 2024 (published 4
February 2025); letter from the Secretary of State to the Interim Chief Executive, 4 February 2025;
External Auditor’s Annual Report 2022/23 (November 2023).</p>
<p><b>Contact officer:</b> Helen Marsden, Interim Chief Executive, 01924 305 001</p>
"""


def appendix1():
    rows = [
        ("Finance", "“The council overspent its revenue budget by £14.9 million in 2023/24.”", "4.1.2",
         "Accept. Spending controls reinstated from 3 February 2025.", "Director of Finance"),
        ("Finance", "“Savings are too often approved without a delivery plan or a named officer "
         "responsible for them.”", "4.1.3",
         "Accept. All 2025/26 savings to have a delivery plan before budget Council.", "Director of Finance"),
        ("Reserves", "The general fund reserve is “below the minimum of 5% of the net revenue budget”",
         "4.2.1", "Accept. Reserves recovery plan to form part of the MTFS.", "Director of Finance"),
        ("Commercial", "“Scrutiny has not examined the council’s commercial investments since 2020”",
         "3.2.4", "Accept. Scrutiny Management Board to review the portfolio in March 2025.",
         "Head of Democratic Services"),
        ("Commercial", "Ulverdale Energy Ltd “has made a loss in every year since it was set up”",
         "4.3.3", "Accept. Independent review of the company commissioned.", "Director of Place"),
        ("Procurement", "“The contracts register is incomplete.”", "5.1.2",
         "Accept. Register to be completed by 31 May 2025.", "Head of Procurement"),
        ("Procurement", "The council “could not be confident” that no officer had benefited from "
         "waivers", "5.2.2", "Accept. Internal audit review of all 2023/24 waivers.", "Chief Internal Auditor"),
        ("Governance", "“three different versions of the scheme of delegation”", "3.1.4",
         "Accept. Consolidated constitution to Council in July 2025.", "Interim Monitoring Officer"),
        ("Culture", "“the culture here is that you don’t bring bad news upstairs”", "2.3.2",
         "Accept. Staff listening programme and new whistleblowing policy.", "Director of People"),
        ("Audit", "Appoint “at least two independent members to the Audit and Governance Committee”",
         "R7", "Accept. Recruitment under way; appointments to Council in April 2025.",
         "Interim Monitoring Officer"),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td class='centre'>{c}</td><td>{d}</td><td>{e}</td></tr>"
                  for a, b, c, d, e in rows)
    return f"""
<h2>Appendix 1: Summary of the inspectors’ findings and the council’s initial response</h2>
<p class="small">References are to paragraph numbers in the inspection report. This summary is not a
substitute for the report, which members are asked to read in full.</p>
<table class="grid small">
<tr><th style="width:11%">Theme</th><th style="width:33%">Finding (as reported)</th>
<th style="width:8%">Report ref.</th><th style="width:32%">Initial response</th>
<th style="width:16%">Lead officer</th></tr>
{trs}
</table>
"""


def scanned_letter():
    import build as B
    paras = "".join(f"<p>{p}</p>" for p in B.LETTER_PARAS)
    return f"""
<div style="font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height:1.3">
<p class="centre"><b>Ministry of Housing, Communities and Local Government</b><br>
<span class="small">2 Marsham Street, London SW1P 4DF</span></p>
<p class="right">From the Secretary of State for Housing,<br>Communities and Local Government<br>
4 February 2025</p>
<p>The Interim Chief Executive<br>Ulverdale Metropolitan Borough Council<br>Civic Hall<br>Market
Street<br>Ulverdale<br>WF12 4AQ</p>
<p>Dear Chief Executive,</p>
<p><b>BEST VALUE INSPECTION OF ULVERDALE METROPOLITAN BOROUGH COUNCIL: PROPOSED INTERVENTION</b></p>
{paras}
<p>Yours sincerely,</p>
<p style="font-family: 'DejaVu Serif'; font-style: italic; font-size: 20pt; margin: 4pt 0">&nbsp;&nbsp;J. R. W.</p>
<p><b>Secretary of State for Housing, Communities and Local Government</b></p>
<p class="small" style="margin-top:30pt">RECEIVED &nbsp; 05 FEB 2025 &nbsp; CHIEF EXECUTIVE'S OFFICE</p>
</div>
"""


def appendix3():
    return """
<h2>Appendix 3: Draft representations to the Secretary of State</h2>
<p><i>Draft for approval by Council, 12 February 2025</i></p>
<p>Dear Secretary of State,</p>
<p><b>Best Value Inspection of Ulverdale Metropolitan Borough Council: representations under
section 15(11) of the Local Government Act 1999</b></p>
<p>Thank you for your letter of 4 February 2025. Council considered the inspectors’ report and your
proposals at an extraordinary meeting on 12 February 2025 and has asked me to make the following
representations on its behalf.</p>
<p>First, the council accepts the inspectors’ findings in full. We recognise the report’s conclusion
that the council is “failing to comply with its best value duty”, and we do not seek to contest it.
We note in particular the inspectors’ finding that the council “tolerated a culture in which
difficult advice is unwelcome” (Foreword), and we have apologised to residents and to staff.</p>
<p>Secondly, the council does not oppose the appointment of commissioners. We ask, however, that the
period of intervention be kept under review, and that the council be given the opportunity to show
progress before the end of the three-year period. The inspectors themselves recommended
commissioners “for a period of at least three years” (paragraph 7.1.3), and we would ask that the
first formal review take place after eighteen months.</p>
<p>Thirdly, we ask that the council be allowed to lead on the preparation of the improvement and
recovery plan, working with the commissioners. We note that the inspectors found “much to build
on” (paragraph 2.3.5), including a workforce that is proud to work for the council.</p>
<p>Fourthly, the council’s financial position is, as the report says, extremely fragile: the
inspectors estimate that reserves “will be exhausted during 2026/27” without action. We therefore
ask that the Ministry meet part of the cost of the commissioners, and that it consider an
application for exceptional financial support for 2025/26 if one proves necessary.</p>
<p>Finally, the council welcomes your recognition that the intervention is “not a judgement on the
council’s front-line staff”. We would be grateful if that message could be repeated when the
commissioners are introduced.</p>
<p>Yours sincerely,</p>
<p><b>Interim Chief Executive</b><br>on behalf of Ulverdale Metropolitan Borough Council</p>
"""


# ------------------------------------------------------------------ items 7 and 8: motion and amendment

def motion():
    return """
<h1>Council, 12 February 2025</h1>
<h2>Item 7: Notice of Motion – Best Value Inspection</h2>
<p><i>Submitted in accordance with Council Procedure Rule 13 by Councillor Margaret Holroyd (Leader
of the Conservative Group) and seconded by Councillor David Firth.</i></p>
<p>This Council notes the publication on 4 February 2025 of the report of the Best Value inspection
and the letter of the same date from the Secretary of State.</p>
<p>This Council notes that the inspectors found that the administration allowed the council’s
reserves to fall “to a dangerously low level” (Foreword), that the council’s commercial
investments “now cost the council more to finance than they earn” (para 4.3.1), and that the
Castlegate Centre, bought for £47.6 million, “is now worth less than half what the council paid
for it” (para 4.3.2).</p>
<p>This Council further notes that the inspectors found that “the Leader has personally bullied
staff” (para 2.3.3) and that “the Leader has not challenged behaviour by Cabinet colleagues that
others regarded as intimidating” (para 2.3.3).</p>
<p>This Council notes that the report warns that “its usable reserves will be exhausted during
2026/27” (para 4.2.3) and that the statutory officers lack the resources and authority they need
to do their jobs properly.</p>
<p>This Council believes that the people of Ulverdale have been badly let down, and that the
administration has lost the confidence of residents, staff and partners, who told the inspectors
that the council was a “nightmare to do business with” (para 6.3.1).</p>
<p>This Council therefore:</p>
<p>1. has no confidence in the Leader of the Council and the Cabinet;</p>
<p>2. calls on the Leader to resign with immediate effect;</p>
<p>3. asks the Interim Chief Executive to write to the Secretary of State welcoming the appointment
of commissioners.</p>
"""


def amendment():
    return """
<h1>Council, 12 February 2025</h1>
<h2>Item 8: Amendment to the Notice of Motion at Item 7</h2>
<p><i>Moved by Councillor Imran Siddiqui (Leader of the Liberal Democrat Group) and seconded by
Councillor Ruth Oldroyd. The amendment is shown as submitted: deleted words are shown
[deleted: …] and inserted words [inserted: …].</i></p>
<p>This Council notes the publication on 4 February 2025 of the report of the Best Value inspection
and the letter of the same date from the Secretary of State.</p>
<p>This Council notes that the inspectors found that the [deleted: administration] [inserted:
council] allowed the council’s reserves to fall “to a dangerously low level” (Foreword), that the
council’s commercial investments “now cost the council more to finance than they earn” (para
4.3.1), and that the Castlegate Centre, bought for £47.6 million, [deleted: “is now worth less than
half what the council paid for it” (para 4.3.2)] [inserted: was valued at £19.3 million at 31
March 2024 (para 4.3.2)].</p>
<p>This Council further notes that the inspectors [deleted: found that “the Leader has personally
bullied staff” (para 2.3.3) and that] [inserted: stated that “We do not suggest that the Leader has
personally bullied staff”, but found that] “the Leader has not challenged behaviour by Cabinet
colleagues that others regarded as intimidating” (para 2.3.3).</p>
<p>This Council notes that the report warns that [inserted: “Unless the council delivers its
savings programme in full and brings its overspending under control”,] “its usable reserves will
be exhausted during 2026/27” (para 4.2.3) and that the statutory officers [deleted: lack the
resources and authority they need to do their jobs properly] [inserted: “have not been given the
resources or the authority to discharge their roles effectively” (para 2.2.3)].</p>
<p>This Council believes that the people of Ulverdale have been badly let down[deleted: , and that
the administration has lost the confidence of residents, staff and partners, who told the
inspectors that the council was a “nightmare to do business with” (para 6.3.1)] [inserted: by
decisions taken over several years and under more than one administration, as the inspectors
themselves observe (para 1.2.4)].</p>
<p>This Council therefore:</p>
<p>1. [deleted: has no confidence in the Leader of the Council and the Cabinet] [inserted: accepts
the inspectors’ findings in full];</p>
<p>2. [deleted: calls on the Leader to resign with immediate effect] [inserted: calls on all groups
to take part in the cross-party Improvement Steering Group];</p>
<p>3. asks the Interim Chief Executive to write to the Secretary of State welcoming the appointment
of commissioners.</p>
<p><b>If carried, the substantive motion would read:</b></p>
<p>This Council notes that the inspectors found that the council allowed the council’s reserves to
fall “to a dangerously low level” (Foreword) and that the Castlegate Centre, bought for £47.6
million, was valued at £19.3 million at 31 March 2024 (para 4.3.2). It notes that the inspectors
stated that “We do not suggest that the Leader has personally bullied staff”, but found that “the
Leader has not challenged behaviour by Cabinet colleagues that others regarded as intimidating”.
It accepts the inspectors’ findings in full, calls on all groups to take part in the cross-party
Improvement Steering Group, and asks the Interim Chief Executive to write to the Secretary of State
welcoming the appointment of commissioners.</p>
"""


# ------------------------------------------------------------------ item 9: members' questions

def members_questions():
    return """
<h1>Council, 12 February 2025</h1>
<h2>Item 9: Questions from Members (Council Procedure Rule 11)</h2>

<h3>1. Question from Councillor Tom Sugden to the Leader of the Council</h3>
<p>The report says that scrutiny is “a rubber stamp with a tea break” (para 3.2.3). Does the Leader
agree with the inspectors, and what will he do to give scrutiny real teeth?</p>
<p><b>Answer</b></p>
<p>Those were the words of the chair of the Overview and Scrutiny Management Board, not the
inspectors, who said that they “would not go so far”. But I accept the inspectors’ conclusion that
scrutiny “has had little influence on the council’s most important decisions” (3.2.3), and the
Improvement Steering Group will look at resourcing scrutiny properly.</p>

<h3>2. Question from Councillor Judith Armitage to the Cabinet Member for Finance</h3>
<p>The report states at paragraph 4.1.1 that the council overspent by “£14.9 million in 2023/24”,
mainly in children’s social care and temporary accommodation. How much of the £9.1 million gap
with no savings plan will be closed in the 2025/26 budget?</p>
<p><b>Answer</b></p>
<p>The budget report to Council on 26 February will set out proposals to close the gap in full for
2025/26. I would add that the report describes the medium-term financial strategy as “not yet fully
credible” (p. 11), which I accept, and the new strategy will be reviewed by the Finance
Commissioner.</p>

<h3>3. Question from Councillor Jonathan Wood to the Leader of the Council</h3>
<p>Can the Leader confirm what the report says about the number of Chief Executives the council has
had?</p>
<p><b>Answer</b></p>
<p>The report says that the council has had “four Chief Executives, two of them interim, in the five
years since 2019” (paragraph 2.2.1). Recruitment of a permanent Chief Executive will be a matter for
the commissioners if the Secretary of State confirms his proposals.</p>

<h3>4. Question from Councillor Ruth Oldroyd to the Cabinet Member for Corporate Resources</h3>
<p>Agency spending is said to have “more than doubled” in three years. Can the Cabinet Member
confirm the figures, and say when the council will stop relying on interim directors?</p>
<p><b>Answer</b></p>
<p>The report gives agency spending of “£4.1 million in 2020/21 to £9.7 million in 2023/24”
(paragraph 2.2.2). The council has begun permanent recruitment to three Corporate Leadership Team
posts, and I expect two appointments to be confirmed by June.</p>

<h3>5. Question from Councillor Mohammed Ahmed to the Cabinet Member for Children and Families</h3>
<p>The inspectors say children’s services are not “the cause of the council’s wider failings”
(paragraph 6.1.1). Will the Cabinet Member thank staff in children’s services for their work?</p>
<p><b>Answer</b></p>
<p>Gladly. The inspectors were clear that leaders in children’s services “have a clear improvement
plan”. The rise in placement costs, from £31.5 million to £52.8 million, is a national problem as
much as a local one, and the four residential homes are now expected to open in 2025/26.</p>

<h3>6. Question from Councillor Sajid Hussain to the Leader of the Council</h3>
<p>In the draft report the council saw last November, the inspectors said the council had been “let
down by its own culture of complacency”. Why was that phrase removed from the final report, and did
the council ask for it to be taken out?</p>
<p><b>Answer</b></p>
<p>The council’s factual accuracy comments were limited to matters of fact, and the final text is
entirely a matter for the inspectors. I am not able to comment on the wording of a draft.</p>
""" + extra_questions()


# ------------------------------------------------------------------ the quotations

def labels():
    Q = []

    def q(id, text, item, verdict, citation, section, source, cited, kind, note,
          source_text=None, context_dropped=None, concerns=True, strict=True,
          cited_pages=None, cited_document=None):
        d = {"id": id, "text": text, "concerns": concerns, "item": item}
        if concerns:
            d.update({"verdict": verdict, "citation": citation, "section": section, "source": source,
                      "cited": cited, "cited_pages": cited_pages or [],
                      "cited_document": cited_document})
            if source_text:
                d["source_text"] = source_text
            if context_dropped:
                d["context_dropped"] = context_dropped
            d.update({"kind": kind, "strict": strict})
        else:
            d.update({"verdict": [], "citation": [], "section": None, "source": None, "cited": [],
                      "kind": kind})
        d["note"] = note
        Q.append(d)

    # item 3: minutes (none concern the sources)
    q("C1", "We the undersigned call on Ulverdale Council to keep Aire Street Library open and to "
      "consult residents properly before any decision is taken about its future.", "3",
      None, None, None, None, [], "petition", "A resident's petition, not the sources.", concerns=False)
    q("C2", "security and liquidity come before yield", "3", None, None, None, None, [],
      "council strategy", "The council's Treasury Management Strategy, not the sources.", concerns=False)
    q("C3", "a fairer, greener Ulverdale where everyone can thrive", "3", None, None, None, None, [],
      "council strategy", "The council's Corporate Plan, not the sources.", concerns=False)
    q("C4", "This Council thanks all those who responded to the flooding in February and November "
      "2024, and asks the Leader to write to the Environment Agency and to the Mayor of West Yorkshire "
      "seeking investment in flood defences in the Calder valley.", "3", None, None, None, None, [],
      "motion text", "A motion's own words (flood resilience), not the sources.", concerns=False)

    # item 5: public questions
    q("P1", "fell from £18.4 million at 31 March 2021 to £5.2 million at 31 March 2024", "5",
      ["verbatim"], ["correct"], "4.2.1", "report", ["4.2.1"], "exact", "Words of 4.2.1, cited correctly.")
    q("P2", "largely a matter of national funding", "5", ["out_of_context"], ["correct"], "2.1.2",
      "report", ["2.1.2"], "attribution and denial dropped",
      "The Leader's words, which the inspectors reject ('We do not share that view'), presented as "
      "what the inspectors 'themselves accept'.",
      source_text="the council's financial difficulties were \u201clargely a matter of national funding\u201d",
      context_dropped="We do not share that view.")
    q("P3", "nearly two-thirds of them were placed in bed and breakfast or hotel accommodation", "5",
      ["verbatim"], ["correct"], "6.2.1", "report", [], "exact, page citation",
      "Words of 6.2.1, which starts on report page 16; cited as 'page 16 of the report'.",
      cited_pages=[16])
    q("P4", "made large financial commitments without understanding the risks", "5", ["verbatim"],
      ["correct"], "foreword", "report", ["foreword"], "exact",
      "Words of the foreword, cited as (Foreword).")
    q("P5", "the risks were never explained to members", "5", ["misquote"], ["correct"], "4.3.4",
      "report", ["4.3.4"], "changed words",
      "Report says the risks were 'not properly explained to them'; 'never' hardens the finding.",
      source_text="the risks were not properly explained to them")
    q("P6", "We do not suggest that members acted unlawfully in approving these investments", "5",
      ["verbatim"], ["correct"], "4.3.4", "report", ["4.3.4"], "exact, denial kept",
      "The Leader quotes the inspectors' denial itself, accurately.")

    # item 6: CX report
    q("R1", "failing to comply with its best value duty in respect of governance, culture and "
      "leadership, financial management, and the use of resources", "6", ["verbatim"], ["correct"],
      "7.1.1", "report", ["7.1.1"], "exact", "Words of 7.1.1.")
    q("R2", "Unless the council delivers its savings programme in full and brings its overspending "
      "under control, we estimate that its usable reserves will be exhausted during 2026/27", "6",
      ["verbatim"], ["correct"], "4.2.3", "report", ["4.2.3"], "exact, condition kept",
      "Whole sentence of 4.2.3 with its condition.")
    q("R3", "We do not consider the medium-term financial strategy to be credible as it stands", "6",
      ["verbatim"], ["correct"], "4.1.4", "report", ["4.1.4"], "exact", "Words of 4.1.4, cited '(4.1.4)'.")
    q("R4", "taken together … now cost the council more to finance than they earn", "6", ["minor"],
      ["correct"], "4.3.1", "report", ["4.3.1"], "ellipsis, changed capital",
      "4.3.1 reads 'Taken together they now cost...'; the cut of 'they' is marked and the lower-case "
      "capital is harmless.",
      source_text="Taken together they now cost the council more to finance than they earn.")
    q("R5", "a culture in which bad news does not travel upwards", "6", ["verbatim"], ["correct"],
      "2.3.1", "report", ["2.3.1"], "exact", "Words of 2.3.1.")
    q("R6", "robust and proportionate", "6", ["verbatim"], ["correct"], "3.1.3", "report", ["3.1.3"],
      "exact, attribution kept",
      "The council's submission's words, and the document says so ('the council's own submission "
      "described ...') and that the inspectors did not agree: not out of context.")
    q("R7", "have not been given the resources or the authority to discharge their roles effectively",
      "6", ["verbatim"], ["correct"], "2.2.3", "report", ["2.2.3"], "exact", "Words of 2.2.3.")
    q("R8", "knowledgeable, committed and frank about what needed to change", "6", ["verbatim"],
      ["correct"], "2.3.5", "report", ["2.3.5"], "exact",
      "Words of 2.3.5: cited '(paragraph 2.3.5)', correct.")
    q("R9", "satisfied that the council is failing to comply with its best value duty", "6",
      ["verbatim"], ["correct"], "3", "letter", [], "exact, letter",
      "Letter paragraph 3; the document names 'his letter of 4 February'.", cited_document="letter")
    q("R10", "within three months, to the satisfaction of the commissioners", "6", ["misquote"],
      ["correct"], "6", "letter", [], "number changed",
      "The letter proposes a plan 'within six months'; 'three months' comes from the report's R1. "
      "Presented as the Secretary of State's proposed direction.",
      source_text="prepare an improvement and recovery plan within six months, to the satisfaction of "
                  "the commissioners", cited_document="letter")
    q("R11", "is not a judgement on the council’s front-line staff", "6", ["verbatim"], ["correct"],
      "7", "letter", [], "exact, letter alias", "Letter paragraph 7, cited as 'Letter from SoS to CEX "
      "04/02/25'.", cited_document="letter")
    q("R12", "We do not consider that the council has the capacity to make the improvements needed "
      "without external support", "6", ["verbatim"], ["correct"], "7.1.2", "report", ["7.1.2"],
      "exact", "Words of 7.1.2.")
    q("R13", "not persuaded that the council can make the changes needed on its own", "6",
      ["verbatim"], ["missing", "correct"], "8", "letter", [], "exact, no citation",
      "Letter paragraph 8; attributed to 'the Secretary of State' but no paragraph or date given in "
      "this sentence (the letter is named elsewhere in the report).")
    q("R14", "If the Secretary of State is satisfied that a best value authority is failing to comply "
      "with the requirements of this Part", "6", None, None, None, None, [], "statute",
      "Quotes the Local Government Act 1999, not the sources.", concerns=False)

    # appendix 1 table (item 6)
    q("T1", "The council overspent its revenue budget by £14.9 million in 2023/24.", "6", ["verbatim"],
      ["correct"], "4.1.2", "report", ["4.1.2"], "exact, table cell", "Words of 4.1.2, in a table cell.")
    q("T2", "Savings are too often approved without a delivery plan or a named officer responsible "
      "for them.", "6", ["verbatim"], ["correct"], "4.1.3", "report", ["4.1.3"], "exact, table cell",
      "Words of 4.1.3, in a table cell.")
    q("T3", "Scrutiny has not examined the council’s commercial investments since 2020", "6",
      ["verbatim"], ["correct"], "3.2.4", "report", ["3.2.4"], "exact, table cell", "Words of 3.2.4.")
    q("T4", "has made a loss in every year since it was set up", "6", ["misquote"], ["correct"],
      "4.3.3", "report", ["4.3.3"], "changed scope, table cell",
      "4.3.3 says a loss 'in each of the last four years', not every year since it was set up.",
      source_text="has made a loss in each of the last four years")
    q("T5", "The contracts register is incomplete.", "6", ["verbatim"], ["wrong"], "5.1.3", "report",
      ["5.1.2"], "exact, wrong paragraph, table cell",
      "Words of 5.1.3; the table's reference column says 5.1.2 (waivers approved after letting).")
    q("T6", "could not be confident", "6", ["verbatim"], ["correct"], "5.2.2",
      "report", ["5.2.2"], "short phrase, table cell", "The cell reports accurately that the council "
      "could not be confident no officer had benefited; it does not allege fraud.")
    q("T10", "below the minimum of 5% of the net revenue budget", "6", ["verbatim"], ["correct"],
      "4.2.1", "report", ["4.2.1"], "exact, table cell", "Words of 4.2.1.")
    q("T7", "three different versions of the scheme of delegation", "6", ["verbatim"], ["correct"],
      "3.1.4", "report", ["3.1.4"], "exact, table cell", "Words of 3.1.4.")
    q("T8", "the culture here is that you don’t bring bad news upstairs", "6", ["out_of_context",
      "verbatim"], ["correct"], "2.3.2", "report", ["2.3.2"], "attribution dropped, table cell",
      "One senior officer's words, listed in the 'Finding' column as the inspectors' finding.",
      context_dropped="One senior officer told us that", strict=False)
    q("T9", "at least two independent members to the Audit and Governance Committee", "6",
      ["verbatim"], ["correct"], "R7", "report", ["R7"], "exact, recommendation, table cell",
      "Words of Recommendation 7.")

    # appendix 3 (item 6)
    q("A1", "failing to comply with its best value duty", "6", ["verbatim"], ["missing"], "7.1.1",
      "report", [], "exact, no citation",
      "Words of 7.1.1 (also in the executive summary and letter); no citation in this sentence.")
    q("A2", "tolerated a culture in which difficult advice is unwelcome", "6", ["verbatim"],
      ["correct"], "foreword", "report", ["foreword"], "exact", "Foreword, cited '(Foreword)'.")
    q("A3", "for a period of at least three years", "6", ["verbatim"], ["correct"], "7.1.3", "report",
      ["7.1.3"], "exact", "Words of 7.1.3.")
    q("A4", "much to build on", "6", ["verbatim"], ["correct"], "2.3.5", "report", ["2.3.5"],
      "exact, short", "'There is much to build on.' 2.3.5.")
    q("A5", "will be exhausted during 2026/27", "6", ["verbatim", "out_of_context"], ["missing"],
      "4.2.3", "report", [], "condition kept in own words",
      "The representations keep the condition in their own words ('without action'), close to the "
      "report's 'Unless ...'; a strict reader might call the condition softened.", strict=False)

    q("A6", "not a judgement on the council’s front-line staff", "6", ["verbatim"],
      ["missing", "correct"], "7", "letter", [], "exact, letter",
      "Letter paragraph 7; the representations answer 'your letter of 4 February 2025' named in "
      "their opening, but this sentence names nothing.", strict=False)

    # item 7: motion
    q("M1", "to a dangerously low level", "7", ["verbatim"], ["correct"], "foreword", "report",
      ["foreword"], "exact", "Foreword, cited (Foreword).")
    q("M2", "now cost the council more to finance than they earn", "7", ["verbatim"], ["correct"],
      "4.3.1", "report", ["4.3.1"], "exact", "Words of 4.3.1.")
    q("M3", "is now worth less than half what the council paid for it", "7", ["paraphrase",
      "not_found"], ["correct"], "4.3.2", "report", ["4.3.2"], "figures recast as words",
      "4.3.2 gives £47.6m cost and £19.3m value (less than half is true), but the words are the "
      "motion's own.",
      source_text="The council bought the Castlegate Centre in February 2019 for £47.6 million. At "
                  "31 March 2024 it was valued at £19.3 million")
    q("M4", "the Leader has personally bullied staff", "7", ["out_of_context"], ["correct"], "2.3.3",
      "report", ["2.3.3"], "denial dropped",
      "2.3.3 says 'We do not suggest that the Leader has personally bullied staff'.",
      context_dropped="We do not suggest that")
    q("M5", "the Leader has not challenged behaviour by Cabinet colleagues that others regarded as "
      "intimidating", "7", ["verbatim"], ["correct"], "2.3.3", "report", ["2.3.3"], "exact",
      "Words of 2.3.3.")
    q("M6", "its usable reserves will be exhausted during 2026/27", "7", ["out_of_context"],
      ["correct"], "4.2.3", "report", ["4.2.3"], "condition dropped",
      "4.2.3 makes this conditional: 'Unless the council delivers ...'.",
      context_dropped="Unless the council delivers its savings programme in full")
    q("M7", "nightmare to do business with", "7", ["misquote"], ["correct"], "6.3.1", "report",
      ["6.3.1"], "word changed",
      "Partners said 'hard to do business with'.", source_text="hard to do business with")

    # item 8: amendment (repeats of the motion's quotations, and restorations)
    q("N1", "is now worth less than half what the council paid for it", "8", ["paraphrase",
      "not_found"], ["correct"], "4.3.2", "report", ["4.3.2"], "repeat (deleted text)",
      "The motion's quotation repeated inside the amendment's [deleted: ...] text.",
      source_text="The council bought the Castlegate Centre in February 2019 for £47.6 million. At "
                  "31 March 2024 it was valued at £19.3 million")
    q("N2", "We do not suggest that the Leader has personally bullied staff", "8", ["verbatim"],
      ["correct"], "2.3.3", "report", ["2.3.3"], "exact, context restored",
      "The amendment restores the denial the motion dropped.")
    q("N3", "Unless the council delivers its savings programme in full and brings its overspending "
      "under control", "8", ["verbatim"], ["correct"], "4.2.3", "report", ["4.2.3"],
      "exact, condition restored", "The amendment restores 4.2.3's condition.")
    q("N4", "nightmare to do business with", "8", ["misquote"], ["correct"], "6.3.1", "report",
      ["6.3.1"], "repeat (deleted text)", "The motion's misquotation repeated in the deleted text.",
      source_text="hard to do business with")
    q("N5", "the Leader has not challenged behaviour by Cabinet colleagues that others regarded as "
      "intimidating", "8", ["verbatim"], ["correct"], "2.3.3", "report", ["2.3.3"], "repeat",
      "The motion's accurate quotation repeated in the amendment.")

    q("N6", "to a dangerously low level", "8", ["verbatim"], ["correct"], "foreword", "report",
      ["foreword"], "exact, repeated", "The motion's quotation, kept by the amendment (twice).")
    q("N7", "now cost the council more to finance than they earn", "8", ["verbatim"], ["correct"],
      "4.3.1", "report", ["4.3.1"], "exact, repeated", "The motion's quotation, kept by the amendment.")
    q("N8", "the Leader has personally bullied staff", "8", ["out_of_context"], ["correct"], "2.3.3",
      "report", ["2.3.3"], "denial dropped, repeated in deleted text",
      "The motion's out-of-context quotation, repeated inside the amendment's [deleted: ...] text.",
      context_dropped="We do not suggest that")
    q("N9", "its usable reserves will be exhausted during 2026/27", "8", ["verbatim"], ["correct"],
      "4.2.3", "report", ["4.2.3"], "exact, condition restored",
      "Repeated from the motion, but the amendment inserts the 'Unless ...' condition before it.")
    q("N10", "have not been given the resources or the authority to discharge their roles effectively",
      "8", ["verbatim"], ["correct"], "2.2.3", "report", ["2.2.3"], "exact, inserted text",
      "The amendment replaces the motion's paraphrase with 2.2.3's words.")

    # item 9: members' questions
    q("Q1", "a rubber stamp with a tea break", "9", ["out_of_context"], ["correct"], "3.2.3", "report",
      ["3.2.3"], "attribution dropped",
      "The chair of scrutiny's words, which the inspectors 'would not go so far' as to accept, "
      "put to the Leader as the report's finding (the answer restores the context).",
      context_dropped="We would not go so far")
    q("Q2", "would not go so far", "9", ["verbatim"], ["missing"], "3.2.3", "report", [],
      "exact, short", "Words of 3.2.3; no citation in this sentence.")
    q("Q3", "has had little influence on the council’s most important decisions", "9", ["verbatim"],
      ["correct"], "3.2.3", "report", ["3.2.3"], "exact", "Words of 3.2.3, cited (3.2.3).")
    q("Q4", "£14.9 million in 2023/24", "9", ["verbatim"], ["wrong"], "4.1.2", "report", ["4.1.1"],
      "exact, wrong paragraph", "The overspend is at 4.1.2; the question cites 4.1.1 (the budget).")
    q("Q5", "not yet fully credible", "9", ["misquote", "paraphrase"], ["correct"], "4.1.4", "report",
      [], "softened",
      "4.1.4 says 'We do not consider the medium-term financial strategy to be credible as it stands'; "
      "'not yet fully credible' softens it. Cited 'p. 11', where 4.1.4 stands.",
      source_text="We do not consider the medium-term financial strategy to be credible as it stands",
      cited_pages=[11], strict=False)
    q("Q6", "four Chief Executives, two of them interim, in the five years since 2019", "9",
      ["verbatim"], ["correct"], "2.2.1", "report", ["2.2.1"], "exact", "Words of 2.2.1.")
    q("Q7", "more than doubled", "9", ["not_found", "paraphrase"], ["missing"], None, None, [],
      "invented phrase", "The report gives £4.1m and £9.7m but never says 'more than doubled'.",
      strict=False)
    q("Q8", "£4.1 million in 2020/21 to £9.7 million in 2023/24", "9", ["verbatim"], ["correct"],
      "2.2.2", "report", ["2.2.2"], "exact", "Words of 2.2.2.")
    q("Q9", "the cause of the council’s wider failings", "9", ["verbatim"], ["correct"], "6.1.1",
      "report", ["6.1.1"], "negation kept outside the quote",
      "The inspectors 'do not consider that the service is the cause...'; the question keeps the "
      "'not' outside the marks, so the meaning is kept (a control).")
    q("Q10", "have a clear improvement plan", "9", ["verbatim"], ["missing"], "6.1.1", "report", [],
      "exact", "Words of 6.1.1; no citation.")
    q("X1", "urgently strengthen its arrangements for financial planning and for the oversight of its "
      "commercial investments", "10", None, None, None, None, [], "external auditor",
      "The external auditor's statutory recommendations, not among the sources.", concerns=False)
    q("X2", "undertake an effective internal audit to evaluate the effectiveness of its risk "
      "management, control and governance processes", "10", None, None, None, None, [], "regulations",
      "Accounts and Audit Regulations 2015, not the sources.", concerns=False)
    q("Q11", "let down by its own culture of complacency", "9", ["not_found"], ["unverifiable"],
      None, None, [], "invented, cites a draft",
      "Attributed to the draft report, which is not a source; no source says it.",
      cited_document="other")
    return Q


# ------------------------------------------------------------------ further papers

def appendix4(proposal="Response to the Best Value inspection and the Secretary of State's proposed "
                        "intervention", date="5 February 2025", name="Appendix 4"):
    rows = [
        ("Age", "Neutral", "No direct effect. Older residents are more likely to rely on council services "
         "and will be considered as the improvement plan develops."),
        ("Disability", "Neutral", "No direct effect. Accessible versions of the report have been requested "
         "from the Ministry."),
        ("Gender reassignment", "Neutral", "No direct effect identified."),
        ("Marriage and civil partnership", "Neutral", "No direct effect identified."),
        ("Pregnancy and maternity", "Neutral", "No direct effect identified."),
        ("Race", "Neutral", "No direct effect. The staff survey results will be analysed by ethnicity "
         "when the provider's full data set is received."),
        ("Religion or belief", "Neutral", "No direct effect identified."),
        ("Sex", "Neutral", "No direct effect identified."),
        ("Sexual orientation", "Neutral", "No direct effect identified."),
        ("Socio-economic disadvantage", "Possible negative", "Any savings needed to restore reserves may "
         "affect services used by low-income households. Each saving will be assessed separately."),
        ("Carers", "Neutral", "No direct effect identified."),
        ("Armed forces community", "Neutral", "No direct effect identified."),
    ]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"""
<h2>{name}: Equality Impact Assessment – initial screening</h2>
<table class="grid small">
<tr><th style="width:30%">Name of proposal</th><td>{proposal}</td></tr>
<tr><th>Directorate</th><td>Chief Executive's Office</td></tr>
<tr><th>Assessment by</th><td>Corporate Policy and Equalities Officer</td></tr>
<tr><th>Date</th><td>{date}</td></tr>
</table>
<h3>1. What is proposed?</h3>
<p>{"Council is asked to note the inspection report, to agree representations to the Secretary of State, and to establish a cross-party Improvement Steering Group." if name == "Appendix 4" else "Cabinet is asked to approve the draft Improvement and Recovery Plan for consultation."} The proposal does not in itself
change any service, policy or budget.</p>
<h3>2. Screening by protected characteristic</h3>
<table class="grid small">
<tr><th style="width:26%">Characteristic</th><th style="width:16%">Likely impact</th><th>Comment</th></tr>
{trs}
</table>
<h3>3. Conclusion</h3>
<p>A full equality impact assessment is not required at this stage. Assessments will be completed
for the improvement and recovery plan and for each saving proposed in the medium-term financial
strategy, in accordance with the public sector equality duty in section 149 of the Equality Act
2010.</p>
"""


def audit_minutes():
    return """
<h1>ULVERDALE METROPOLITAN BOROUGH COUNCIL</h1>
<p><b>MINUTES</b> of a meeting of the <b>AUDIT AND GOVERNANCE COMMITTEE</b> held in Committee Room 2,
Civic Hall, Ulverdale, on Thursday, 28 November 2024 at 2.00 pm.</p>
<p><b>PRESENT:</b> Councillor Ramsden (Chair); Councillors Beaumont, Brook, Kaye, Mallinson and
Schofield.</p>
<p><b>IN ATTENDANCE:</b> Director of Finance; Chief Internal Auditor; Interim Monitoring Officer;
Engagement Lead and Audit Manager, external auditor.</p>

<h3>21. APOLOGIES AND SUBSTITUTIONS</h3>
<p>Apologies were received from Councillors Pickles and Taylor. There were no substitutions.</p>

<h3>22. DECLARATIONS OF INTEREST</h3>
<p>None.</p>

<h3>23. MINUTES</h3>
<p><b>RESOLVED</b> that the minutes of the meeting held on 26 September 2024 be approved as a correct
record.</p>

<h3>24. EXTERNAL AUDIT: PROGRESS REPORT AND STATUTORY RECOMMENDATIONS UPDATE</h3>
<p>The Engagement Lead presented the external auditor's progress report. The audit of the 2023/24
accounts had not been completed by the backstop date and a disclaimed opinion would be issued. She
reminded the Committee that the auditor's statutory recommendations of November 2023 required the
council to “urgently strengthen its arrangements for financial planning and for the oversight of
its commercial investments”.</p>
<p>The Director of Finance reported progress against the seven recommendations. Members asked why
several actions had been reported as on track at successive meetings without being completed. The
Director accepted that the reporting had been too optimistic and undertook to present a revised
action plan, with evidence, to the next meeting.</p>
<p><b>RESOLVED</b> that the report be noted and that a revised action plan be presented to the
meeting on 30 January 2025.</p>

<h3>25. INTERNAL AUDIT PROGRESS REPORT 2024/25</h3>
<p>The Chief Internal Auditor reported that 38% of the 2024/25 audit plan had been delivered by the
end of October. Five reports with limited assurance had been issued since the last meeting,
including reports on contract waivers, the management of Ulverdale Energy Ltd and payroll
overtime.</p>
<p>The Chair noted that the Accounts and Audit Regulations 2015 require the council to “undertake an
effective internal audit to evaluate the effectiveness of its risk management, control and
governance processes”, and asked whether the internal audit service had the resources to do so.
The Chief Internal Auditor said that two of six posts were vacant and that an external provider had
been engaged to complete the plan.</p>
<p><b>RESOLVED</b> that the report be noted, and that the Committee's concern about the resourcing of
internal audit be reported to Cabinet.</p>

<h3>26. CONTRACT WAIVERS: SIX-MONTHLY REPORT</h3>
<p>The Head of Procurement reported that 71 waivers with a total value of £5.3 million had been
approved between April and September 2024. Members asked for future reports to show which waivers
had been approved after the contract had been let.</p>
<p><b>RESOLVED</b> that the report be noted.</p>

<h3>27. RECRUITMENT OF INDEPENDENT MEMBERS</h3>
<p>The Interim Monitoring Officer reported that the previous recruitment exercise had not led to an
appointment. The Committee agreed that a further exercise should be run in the new year, and that
the role description should be revised in the light of CIPFA's guidance for audit committees.</p>
<p><b>RESOLVED</b> that the Interim Monitoring Officer be asked to begin recruitment of two independent
members in January 2025.</p>

<h3>28. WORK PROGRAMME</h3>
<p><b>RESOLVED</b> that the work programme be noted, with the addition of a report on the governance of
the council's companies to the meeting on 30 January 2025.</p>
<br>
<p>The meeting closed at 4.25 pm.</p>
<p class="right">CHAIR</p>
"""


def extra_questions():
    return """
<h3>7. Question from Councillor Helen Crowther to the Cabinet Member for Corporate Resources</h3>
<p>How many waivers of the contract procedure rules have been approved since 1 October 2024, and how
many of them were approved after the contract had been let?</p>
<p><b>Answer</b></p>
<p>Between 1 October 2024 and 31 January 2025, 48 waivers were approved with a total value of £2.9
million. Four were approved after the contract had been let, compared with 31 such cases in the
sample the inspectors examined. From 1 March every waiver will need the approval of the Head of
Procurement and the Section 151 Officer before any order is placed.</p>

<h3>8. Question from Councillor Paul Lockwood to the Leader of the Council</h3>
<p>Will the Leader publish the council's submission to the inspectors, which the report says
described our governance as robust?</p>
<p><b>Answer</b></p>
<p>Yes. The submission will be placed in the Members' Library and on the council's website this
week. I accept that its description of our governance was wrong.</p>

<h3>9. Question from Councillor Fiona Bates to the Cabinet Member for Housing</h3>
<p>When will Ulverdale Homes LLP complete the homes it was set up to build?</p>
<p><b>Answer</b></p>
<p>The LLP has completed 37 homes and a further 48 are under construction at Marsh Lane and Hollins
Road. The remaining sites will be reviewed as part of the independent review of the council's
commercial investments, and I will report to Council when that review is complete.</p>
"""
