# -*- coding: utf-8 -*-
"""Pack 2: CMIS agenda pack, Cabinet, 18 March 2025."""

TITLE = "Ulverdale Metropolitan Borough Council, Cabinet, 18 March 2025"
DATE = "Tuesday 18 March 2025"

CSS = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 14pt; color: #00427a; }
h2 { font-size: 11.5pt; color: #00427a; }
.itemhead { font-size: 13pt; font-weight: bold; border-bottom: 2px solid #00427a; padding-bottom: 4pt;
            margin-bottom: 10pt; color: #00427a; }
.cmis-top { font-size: 8pt; color: #555; margin-bottom: 6pt; }
.big { font-size: 30pt; font-weight: bold; color: #00427a; }
.grid th { background: #dce6f0; }
"""

FOOT_L = "Cabinet – 18 March 2025"


def cover(r):
    def pg(n):
        a, b = r[n]
        return f"{a} - {b}" if a != b else f"{a}"
    rows = [
        ("1", "Apologies for absence", ""),
        ("2", "Declarations of interest", ""),
        ("3", "Minutes of the meeting held on 11 February 2025", pg("3")),
        ("4", "Deputations and petitions", pg("4")),
        ("5", "Best Value Inspection: Improvement and Recovery Plan", pg("5")),
        ("6", "Revenue Budget Monitoring 2024/25 – Quarter 3", pg("6")),
        ("7", "Castlegate Centre – Options Appraisal", pg("7")),
        ("8", "Ulverdale Local Plan Review – Regulation 18 Consultation", pg("8")),
        ("9", "Recommendations of the Overview and Scrutiny Management Board: Best Value Inspection",
         pg("9")),
        ("10", "Forward Plan of Key Decisions", pg("10")),
    ]
    trs = "".join(f"<tr><td class='num'>{a}</td><td>{b}</td><td class='right'>{c}</td></tr>"
                  for a, b, c in rows)
    return f"""
<p class="big">Agenda</p>
<h1>Cabinet</h1>
<table class="small" style="width:70%">
<tr><td><b>Date:</b></td><td>{DATE}</td></tr>
<tr><td><b>Time:</b></td><td>10.00 am</td></tr>
<tr><td><b>Venue:</b></td><td>Committee Room 1, Civic Hall, Market Street, Ulverdale</td></tr>
</table>
<p class="small"><b>Membership:</b> Councillor Peter Ackroyd (Chair, Leader of the Council),
Councillor Sarah Whiteley (Deputy Leader, Communities), Councillor Andrew Lumb (Finance),
Councillor Zahid Hussain (Housing), Councillor Claire Dyson (Children and Families), Councillor
Neil Crowther (Place and Regeneration), Councillor Anita Gledhill (Corporate Resources).</p>
<p class="small"><b>In attendance:</b> the Lead Commissioner and the Finance Commissioner have been
invited to attend for Items 5, 6 and 7.</p>
<p class="small"><b>Contact:</b> Sophie Lister, Democratic Services Officer, 01924 305 118,
sophie.lister@ulverdale.gov.uk</p>
<h2>Items</h2>
<table class="grid small">
<tr><th style="width:8%">Item</th><th>Subject</th><th style="width:14%">Page</th></tr>
{trs}
</table>
<p class="small" style="margin-top:14pt">Items 5 and 7 are key decisions and were included in the
Forward Plan published on 14 February 2025. No item on this agenda contains exempt information.</p>
<div class="pb"></div>
<h2>Information for members of the public</h2>
<p><b>Access to information.</b> You have the right to inspect the agenda, reports and background
papers for this meeting, and the minutes once published, on the council's website or at the Civic
Hall. Reports are published at least five clear working days before the meeting.</p>
<p><b>Recording.</b> The meeting will be webcast. Members of the public may film, photograph or
record the meeting, provided that they do not disrupt it. Please tell the Democratic Services
Officer if you intend to do so.</p>
<p><b>Deputations and petitions.</b> Requests to address Cabinet must be received by 12 noon three
working days before the meeting. A deputation may speak for up to five minutes.</p>
<p><b>Call-in.</b> Decisions taken at this meeting, other than urgent decisions, may be called in by
any five non-executive members within five working days of the publication of the decision notice.
Decisions will not be implemented until the call-in period has ended.</p>
<p><b>Fire alarm.</b> If the fire alarm sounds, please leave by the nearest exit and assemble in
Market Square. Do not use the lifts.</p>
<p><b>Accessibility.</b> Committee Room 1 has step-free access and a hearing loop. If you need this
agenda in large print, Braille, audio or another language, please contact Democratic Services.</p>
"""


def head(item, title):
    return (f"<div class='cmis-top'>Ulverdale Metropolitan Borough Council – Cabinet – 18 March 2025</div>"
            f"<div class='itemhead'>Item {item} – {title}</div>")


# ------------------------------------------------------------------ item 3

def minutes():
    return head(3, "Minutes of the meeting held on 11 February 2025") + """
<p><b>CABINET</b></p>
<p>Minutes of the meeting held on Tuesday 11 February 2025 at 10.00 am in Committee Room 1, Civic
Hall, Ulverdale.</p>
<p><b>Present:</b> Councillor Ackroyd (Chair); Councillors Crowther, Dyson, Gledhill, Hussain, Lumb
and Whiteley.</p>
<p><b>Also present:</b> Councillor Holroyd (Leader of the Conservative Group), Councillor Siddiqui
(Leader of the Liberal Democrat Group).</p>

<h2>CAB 71 Apologies for absence</h2>
<p>There were no apologies.</p>

<h2>CAB 72 Declarations of interest</h2>
<p>None.</p>

<h2>CAB 73 Minutes</h2>
<p><b>Resolved:</b> That the minutes of the meeting held on 14 January 2025 be approved as a correct
record.</p>

<h2>CAB 74 Best Value Inspection: Initial Response</h2>
<p>The Leader introduced a verbal report on the Best Value inspection report published on 4
February. He said that the report was a hard read and that he accepted it, although the inspectors
had also recognised that the council’s difficulties were “largely a matter of national funding”. He drew attention to
the inspectors’ finding that the council had “allowed its reserves to fall to a dangerously low
level” and said that the budget to be proposed to Council on 26 February would begin to rebuild
them.</p>
<p>Councillor Holroyd, attending at the invitation of the Chair, said the report showed that the
Cabinet had “ignored every warning from its own officers” and asked what the Cabinet would do
differently. The Leader replied that he did not accept that characterisation, and that the report
said that the Section 151 Officer had considered a section 114 report and “decided against it after
Cabinet agreed a spending freeze”.</p>
<p>Councillor Siddiqui asked about the inspectors’ view of scrutiny. The Leader said that he
accepted that scrutiny “has had little influence on the council’s most important decisions” and
that he would welcome proposals from the Scrutiny Management Board.</p>
<p><b>Resolved:</b> (1) That the verbal report be noted. (2) That a report on the improvement and
recovery plan be brought to the March meeting of Cabinet.</p>

<h2>CAB 75 Budget 2025/26 and Medium-Term Financial Strategy 2025/26 to 2028/29</h2>
<p>The Cabinet Member for Finance presented the proposed budget. He said that the proposals closed
the 2025/26 gap in full and set a path to restore the general fund reserve to £14.9 million by
March 2028. The Director of Finance confirmed that she would report to Council on the robustness
of the estimates, as section 25 of the Local Government Act 2003 requires.</p>
<p><b>Resolved:</b> That Council be recommended to approve the budget and council tax for 2025/26,
including a council tax increase of 4.99%.</p>

<h2>CAB 76 Marsh Lane Depot – Family Hub</h2>
<p><b>Resolved:</b> That the lease of the former Marsh Lane depot to Ulverdale Homes LLP for use as
a family hub be approved.</p>

<h2>CAB 77 Library Service Review</h2>
<p>The Cabinet Member for Communities reported on the response to the petition about Aire Street
Library, which had asked the council to “consult residents properly before any decision is taken
about its future”. She confirmed that a consultation would open in April.</p>
<p><b>Resolved:</b> That the consultation on the future of the library service be approved.</p>
<p>The meeting closed at 11.40 am.</p>
"""


# ------------------------------------------------------------------ item 4

def deputations():
    return head(4, "Deputations and petitions") + """
<h2>4.1 Petition: Castlegate Market traders</h2>
<p>A petition with 612 signatures has been received from the Castlegate Market Traders’ Association.
It reads:</p>
<blockquote>“We ask the Cabinet to guarantee that the indoor market at the Castlegate Centre stays
open, at no more than the current rents, until at least 2027.”</blockquote>
<p>Under the council’s petition scheme a petition of more than 500 signatures is reported to the
relevant decision-making body. The petition will be considered with Item 7.</p>

<h2>4.2 Deputation: Ulverdale Trades Union Council</h2>
<p>The Ulverdale Trades Union Council has asked to address Cabinet on Item 5. The written statement
it has submitted is reproduced below as received.</p>
<div class="box">
<p>We speak for members in UNISON, GMB and Unite who work for the council. The inspectors found
that 46 per cent of staff did not feel safe raising a concern, and that “staff are frightened of
their managers” (paragraph 2.3.1). That is a damning finding, and our members recognise it.</p>
<p>The inspectors describe a workplace where “the culture here is that you don't bring bad news
upstairs, you take it to the pub”. The inspectors also found that “Members treat officers with respect” was true for only 29% of
staff (Table 1). We ask Cabinet to agree a new whistleblowing policy with the unions, not just
consult us on one.</p>
<p>We welcome the Secretary of State’s statement that the intervention “is not a judgement on the
council’s front-line staff”, but warm words will not protect jobs. The inspectors themselves
recommend that the council “cut its workforce by a fifth” to balance the books. We ask Cabinet
to rule this out.</p>
</div>
<p>The Leader will respond to the deputation at the meeting.</p>
"""


# ------------------------------------------------------------------ item 5

def bv_report():
    return head(5, "Best Value Inspection: Improvement and Recovery Plan") + """
<table class="grid small">
<tr><th style="width:28%">Report of</th><td>Interim Chief Executive</td></tr>
<tr><th>Cabinet Member</th><td>Councillor Peter Ackroyd, Leader of the Council</td></tr>
<tr><th>Key decision</th><td>Yes (Forward Plan reference FP/25/014)</td></tr>
<tr><th>Wards</th><td>All</td></tr>
</table>

<h2>1. Summary</h2>
<p>1.1 The Secretary of State confirmed his intervention in the council on 27 February 2025 and
appointed three commissioners from 1 March 2025. This report presents the first draft of the
Improvement and Recovery Plan (Appendix A) and the Lead Commissioner’s letter of 7 March 2025
(Appendix B).</p>
<p>1.2 The Best Value inspection found that the council is “failing to comply with its best value
duty” (para 7.1.1 of the inspection report). The plan responds to each of the inspectors’ eight
recommendations.</p>

<h2>2. Recommendations</h2>
<p>Cabinet is recommended to:</p>
<p>(a) approve the draft Improvement and Recovery Plan at Appendix A for consultation with staff,
partners and the Overview and Scrutiny Management Board;</p>
<p>(b) note the Lead Commissioner’s letter at Appendix B; and</p>
<p>(c) recommend the final plan to Council on 23 April 2025.</p>

<h2>3. Background</h2>
<p>3.1 The inspectors’ first recommendation (R1) is that the council “should prepare, within three
months, an improvement and recovery plan agreed with the commissioners”. The Secretary of State’s
directions allow six months. Officers propose to work to the shorter timescale, so that the plan
can be approved by Council in April.</p>
<p>3.2 The inspectors found that the council’s difficulties had developed over several years and
“under more than one administration” (para 1.2.4). They were also clear that “We do not consider
that the council has the capacity to make the improvements needed without external support” (para
7.1.2). The plan has been prepared with the commissioners.</p>

<h2>4. The draft plan</h2>
<p>4.1 The plan has five themes: leadership and culture; governance and scrutiny; financial
recovery; commercial investments; and procurement and contracts. Each theme has a lead member, a
lead officer, milestones and measures of success.</p>
<p>4.2 <b>Leadership and culture.</b> The inspectors reported that only 38% of staff agreed that
senior leaders were visible and approachable, and that some members had addressed officers “in a
hostile or belittling way, including at public meetings” (para 2.3.3). The plan proposes a new
member-officer protocol (R8), a staff listening programme and quarterly all-staff briefings.</p>
<p>4.3 <b>Governance and scrutiny.</b> The plan responds to the finding that “27 were not considered
by any overview and scrutiny body before they were taken” (para 3.1.1) by requiring every key
decision to appear on the Forward Plan for 28 days and to be offered for pre-decision scrutiny.</p>
<p>4.4 <b>Financial recovery.</b> The inspectors estimated that usable reserves “will be exhausted
during 2026/27” unless the council delivers its savings in full and brings its overspending under
control (para 4.2.3). The plan adopts the reserves recovery path agreed by Council on 26 February.</p>
<p>4.5 <b>Commercial investments.</b> The inspectors found that the risks of the investments “were
not properly explained” to members and that the business cases “relied on income forecasts that
were not tested independently” (para 4.3.4). An independent review of each investment (R5) was
commissioned on 10 March 2025; the Castlegate Centre is considered separately at Item 7.</p>
<p>4.6 <b>Procurement.</b> The plan will reduce waivers from 143 in 2023/24 to fewer than 40 in
2025/26. The inspectors found that “In 31 of the waivers we examined, the waiver was approved after
the contract had been let” (para 5.1.2).</p>

<h2>5. Consultation</h2>
<p>5.1 The draft plan will be published for comment by staff, partners and trade unions between 19
March and 9 April 2025. The Overview and Scrutiny Management Board will consider it on 2 April.</p>

<h2>6. Financial implications</h2>
<p>6.1 The commissioners’ costs are estimated at £0.7 million in 2025/26 and are provided for in the
approved budget. The cost of the independent reviews of the commercial investments (R5) is
estimated at £240,000.</p>

<h2>7. Legal implications</h2>
<p>7.1 The Secretary of State’s directions were made under section 15(5) and (6) of the Local
Government Act 1999. The directions require the council to “prepare and agree an improvement and
recovery plan to the satisfaction of the Commissioners”, and give the commissioners power to
exercise the functions listed in Annex A to the directions.</p>

<h2>8. Risks</h2>
<p>8.1 The main risk is that the plan is not delivered. The inspectors warned that the council’s
reserves “will be exhausted by 2025/26” (para 4.2.3) if nothing changes. The plan will be monitored
monthly by the Improvement Steering Group and reported to Cabinet quarterly.</p>
<p><b>Background papers:</b> Best Value Inspection of Ulverdale Metropolitan Borough Council
(December 2024); letter from the Secretary of State, 4 February 2025; Directions under section 15,
27 February 2025.</p>
"""


def action_plan():
    rows = [
        ("LC1", "Leadership and culture", "“We found a culture in which bad news does not travel upwards.”",
         "2.3.1", "Staff listening programme; new whistleblowing policy agreed with unions",
         "Jun 2025", "Director of People"),
        ("LC2", "Leadership and culture", "Member-officer protocol “last revised in 2011”", "2.3.4",
         "New protocol adopted; all members trained (R8)", "Sep 2025", "Interim Monitoring Officer"),
        ("GS1", "Governance and scrutiny", "Scrutiny supported by “1.4 full-time equivalent officers”",
         "3.2.2", "Scrutiny team increased to 4 FTE", "Jul 2025", "Head of Democratic Services"),
        ("GS2", "Governance and scrutiny", "Audit committee “met on only three of the six occasions "
         "scheduled”", "3.3.1", "Independent members appointed (R7); annual work plan", "Apr 2025",
         "Chief Internal Auditor"),
        ("GS3", "Governance and scrutiny", "“61 internal audit recommendations were overdue”", "3.3.2",
         "All overdue recommendations cleared or re-risked", "Dec 2025", "Chief Internal Auditor"),
        ("FR1", "Financial recovery", "General fund reserve fell “from £18.4 million … to £5.2 "
         "million”", "4.2.1", "Restore reserve to £14.9m by March 2028 (R4)", "Mar 2028",
         "Director of Finance"),
        ("FR2", "Financial recovery", "Savings delivery of “57%” in three years", "4.1.3",
         "Every saving to have a delivery plan and named officer", "Apr 2025", "Director of Finance"),
        ("CI1", "Commercial investments", "Castlegate Centre “valued at £19.3 million”", "Table 1",
         "Options appraisal (Item 7); exit strategy (R5)", "Mar 2025", "Director of Place"),
        ("CI2", "Commercial investments", "Ulverdale Energy Ltd board “has not reported to any committee "
         "of the council since 2021”", "4.3.3", "Company reports quarterly to Audit and Governance "
         "Committee", "Jun 2025", "Director of Finance"),
        ("PC1", "Procurement and contracts", "“212 contracts worth more than £25,000 each”", "5.1.3",
         "Complete contracts register", "May 2025", "Head of Procurement"),
        ("PC2", "Procurement and contracts", "Highways contract extended “three times without "
         "competition”", "5.2.1", "Re-procure highways maintenance", "Apr 2026", "Director of Place"),
        ("PC3", "Procurement and contracts", "Waivers rose to “143 in 2023/24” from 52", "5.1.1",
         "Waivers below 40 a year; monthly report to Audit and Governance Committee", "Mar 2026",
         "Head of Procurement"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return head(5, "Best Value Inspection: Improvement and Recovery Plan") + f"""
<h2>Appendix A: Draft Improvement and Recovery Plan – actions and milestones</h2>
<p class="small">Draft for consultation. “Ref.” gives the paragraph of the inspection report the
action responds to.</p>
<table class="grid small">
<tr><th style="width:5%">No.</th><th style="width:12%">Theme</th><th style="width:27%">Inspection finding</th>
<th style="width:6%">Ref.</th><th style="width:26%">Action</th><th style="width:8%">By</th>
<th style="width:16%">Lead</th></tr>
{trs}
</table>
"""


def commissioner_letter():
    return """
<div style="font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.35">
<p class="right"><b>Ulverdale Commissioners</b><br>Civic Hall, Market Street<br>Ulverdale WF12 4AQ</p>
<p>7 March 2025</p>
<p>Councillor Peter Ackroyd<br>Leader of the Council<br>Ulverdale Metropolitan Borough Council</p>
<p>Dear Councillor Ackroyd,</p>
<p><b>Improvement and Recovery Plan</b></p>
<p>Thank you for meeting my fellow commissioners and me in our first week. We were struck by the
willingness of members and officers to talk frankly about the council's position, and by the
commitment of the staff we have met.</p>
<p>We have seen the first draft of the Improvement and Recovery Plan that will go to Cabinet on 18
March. It is a reasonable start. We would ask that the final version says more about how the
council will measure a change in culture, and that the financial recovery section sets out the
savings for 2026/27 in the same detail as those for 2025/26.</p>
<p>We support the council's wish to work to the inspectors' three-month timescale. We will want the
plan to be agreed with us before it is recommended to Council, as the directions require.</p>
<p>We look forward to working with you, the Cabinet and all members of the council.</p>
<p>Yours sincerely,</p>
<p style="font-family: 'DejaVu Serif'; font-style: italic; font-size: 20pt; margin: 6pt 0">M. Caldwell</p>
<p><b>Lead Commissioner</b></p>
<p class="small">cc Interim Chief Executive; Director of Finance; Interim Monitoring Officer</p>
</div>
"""


# ------------------------------------------------------------------ item 6

def budget_monitoring():
    return head(6, "Revenue Budget Monitoring 2024/25 – Quarter 3") + """
<table class="grid small">
<tr><th style="width:28%">Report of</th><td>Director of Finance (Section 151 Officer)</td></tr>
<tr><th>Cabinet Member</th><td>Councillor Andrew Lumb, Finance</td></tr>
<tr><th>Key decision</th><td>No</td></tr>
</table>
<h2>1. Summary</h2>
<p>1.1 At the end of December 2024 the council forecasts an overspend of £8.6 million on its net
revenue budget of £298.4 million for 2024/25, an improvement of £2.1 million since Quarter 2. The
largest pressures remain in children’s social care (£5.9 million) and temporary accommodation
(£2.4 million).</p>
<p>1.2 If the forecast is borne out, the general fund reserve would fall from £5.2 million to nil
and the council would need to draw £3.4 million from earmarked reserves.</p>

<h2>2. Recommendations</h2>
<p>Cabinet is recommended to note the forecast outturn, to note the savings tracker at Appendix 2,
and to approve the budget virements in Appendix 1.</p>

<h2>3. Context: the Best Value inspection</h2>
<p>3.1 The inspectors found that the council overspent by £14.9 million in 2023/24 and that the
pressures “had been forecast in the previous year’s budget monitoring” (para 4.1.2). They were
critical that early warnings had not led to action.</p>
<p>3.2 The inspectors also found that the general fund reserve was “below the minimum of 5% of the
net revenue budget that the council’s own reserves policy sets” (para 4.2.1). The minimum for
2024/25 is £14.9 million.</p>
<p>3.3 CIPFA’s Financial Management Code states that the authority should be able to “demonstrate
that the processes it has in place satisfy the principles of good financial management”. The
Finance Commissioner has asked for a self-assessment against the Code by June 2025.</p>

<h2>4. Forecast by directorate</h2>
<table class="grid small">
<tr><th>Directorate</th><th class="right">Budget £m</th><th class="right">Forecast £m</th><th class="right">Variance £m</th></tr>
<tr><td>Children and Families</td><td class="right">94.2</td><td class="right">100.1</td><td class="right">5.9</td></tr>
<tr><td>Adults and Health</td><td class="right">102.6</td><td class="right">103.4</td><td class="right">0.8</td></tr>
<tr><td>Place (incl. housing)</td><td class="right">48.9</td><td class="right">51.6</td><td class="right">2.7</td></tr>
<tr><td>Corporate Resources</td><td class="right">31.4</td><td class="right">31.0</td><td class="right">(0.4)</td></tr>
<tr><td>Central budgets</td><td class="right">21.3</td><td class="right">20.9</td><td class="right">(0.4)</td></tr>
<tr><td><b>Total</b></td><td class="right"><b>298.4</b></td><td class="right"><b>307.0</b></td><td class="right"><b>8.6</b></td></tr>
</table>

<h2>5. Spending controls</h2>
<p>5.1 Spending controls were reinstated on 3 February 2025. The inspectors noted that the previous
spending freeze “was lifted in February 2024 without any assessment of its effect” (para 4.2.4). The
controls will therefore stay in place until the Finance Commissioner agrees that they can be
relaxed.</p>
<p>5.2 The Section 151 Officer notes that the inspectors made no criticism of her decision not to
issue a report under section 114 in November 2023: the report states “We do not criticise that
judgement” (para 4.2.4). She has, however, advised Cabinet that she will not hesitate to do so if
the forecast worsens.</p>

<h2>6. Savings delivery</h2>
<p>6.1 Of £12.4 million of savings planned for 2024/25, £8.1 million (65%) is forecast to be
delivered. The inspectors found that savings were too often approved “without a delivery plan or a
named officer responsible for them” (para 4.1.3). From 2025/26 every saving has a delivery plan.</p>
"""


# ------------------------------------------------------------------ item 7

def castlegate():
    return head(7, "Castlegate Centre – Options Appraisal") + """
<table class="grid small">
<tr><th style="width:28%">Report of</th><td>Director of Place</td></tr>
<tr><th>Cabinet Member</th><td>Councillor Neil Crowther, Place and Regeneration</td></tr>
<tr><th>Key decision</th><td>Yes (FP/25/009)</td></tr>
</table>
<h2>1. Purpose</h2>
<p>1.1 To set out the options for the future of the Castlegate Centre and to seek approval to market
the centre for sale, subject to the agreement of the Finance Commissioner, whose consent is required
for the disposal of commercial assets under the Secretary of State’s directions.</p>

<h2>2. Background</h2>
<p>2.1 The council bought the Castlegate Centre in February 2019 for £47.6 million, funded entirely
by borrowing. The Best Value inspection report records that “At 31 March 2024 it was valued at
£19.3 million, and 58% of its units were let” (paragraph 4.3.2).</p>
<p>2.2 The inspectors did not suggest that members acted unlawfully, but found that “the risks were
not properly explained to them” (para 4.3.4). The inspectors also said that the purchase was
“the single worst decision the council has taken in a generation”.</p>
<p>2.3 Across the commercial portfolio as a whole, the annual cost of borrowing of £6.8 million
compares with net income of £1.8 million (para 4.3.5). In short, the investments “cost the
council more in borrowing costs than they bring in” (para 4.3.1). The Castlegate Centre contributes £1.2
million of that income (Table 2 of the inspection report).</p>

<h2>3. Options</h2>
<table class="grid small">
<tr><th style="width:22%">Option</th><th>Summary</th><th style="width:22%">Net effect on revenue (annual)</th></tr>
<tr><td>A. Retain and manage</td><td>Continue to let units; invest £4.2m in repairs.</td><td>Cost of £3.1m a year continues</td></tr>
<tr><td>B. Retain and redevelop</td><td>Partial demolition; housing and leisure use.</td><td>Requires £28m further borrowing</td></tr>
<tr><td>C. Sell</td><td>Market the centre for sale in 2025.</td><td>Saving of £1.9m to £2.6m a year</td></tr>
<tr><td>D. Sell with market leaseback</td><td>Sell, lease back the indoor market.</td><td>Saving of £1.5m to £2.2m a year</td></tr>
</table>

<h2>4. Preferred option</h2>
<p>4.1 Officers recommend Option D. It would deliver most of the savings of an outright sale while
keeping the indoor market open, as the traders’ petition asks (Item 4). The inspectors recommended
that the council “commission an independent review of each of its commercial investments,
including Ulverdale Energy Ltd, and prepare an exit strategy where one is needed” (R5). The
independent review of the Castlegate Centre, by the council’s external valuer, supports Option D.</p>
<p>4.2 A sale at the March 2024 valuation would crystallise a loss of about £28.3 million against
the purchase price. The loss is on paper: the outstanding debt would be repaid from the sale
proceeds and from the minimum revenue provision already set aside.</p>

<h2>5. Planning position</h2>
<p>5.1 The centre lies within the town centre boundary in the adopted Local Plan, which supports
“a diverse mix of retail, leisure, cultural and residential uses in Ulverdale town centre”
(Policy TC1). Any future redevelopment would be for the purchaser and subject to planning
permission.</p>

<h2>6. Financial implications</h2>
<p>6.1 The Director of Finance advises that Option D would reduce the net cost of the centre by
between £1.5 million and £2.2 million a year once completed.</p>
"""


# ------------------------------------------------------------------ item 8

def local_plan():
    return head(8, "Ulverdale Local Plan Review – Regulation 18 Consultation") + """
<table class="grid small">
<tr><th style="width:28%">Report of</th><td>Director of Place</td></tr>
<tr><th>Cabinet Member</th><td>Councillor Neil Crowther, Place and Regeneration</td></tr>
<tr><th>Key decision</th><td>Yes (FP/25/011)</td></tr>
</table>
<h2>1. Purpose</h2>
<p>1.1 To approve the Ulverdale Local Plan Review: Issues and Options document for consultation
under Regulation 18 of the Town and Country Planning (Local Planning) (England) Regulations 2012.</p>

<h2>2. National policy</h2>
<p>2.1 The National Planning Policy Framework (December 2024) states that “The purpose of the
planning system is to contribute to the achievement of sustainable development”. It also requires
that local plans be reviewed at least once every five years.</p>
<p>2.2 The revised standard method gives a local housing need for Ulverdale of 1,286 homes a year,
compared with the 1,040 a year in the adopted plan. The Framework says that strategic policies
“should, as a minimum, provide for objectively assessed needs for housing”.</p>

<h2>3. Issues and options</h2>
<p>3.1 The document sets out three spatial options: (1) urban concentration; (2) growth along the
Calder valley transport corridor; and (3) a new settlement at Hopton Moor. The council’s Corporate
Plan commits it to “a fairer, greener Ulverdale where everyone can thrive”, and each option has been
assessed against that aim.</p>
<p>3.2 Ulverdale Homes LLP is not expected to deliver any of the sites in the first five years of
the plan. Its delivery record is being reviewed as part of the Improvement and Recovery Plan.</p>

<h2>4. Consultation</h2>
<p>4.1 Consultation will run for eight weeks from 7 April 2025, in line with the Statement of
Community Involvement, which commits the council to “engage early and meaningfully with
communities”.</p>

<h2>5. Financial implications</h2>
<p>5.1 The cost of the Local Plan Review is met from the planning policy budget and a £150,000
earmarked reserve. The Director of Finance notes that this reserve has been protected in the
2025/26 budget.</p>
"""


# ------------------------------------------------------------------ item 9

def scrutiny_recs():
    return head(9, "Recommendations of the Overview and Scrutiny Management Board: Best Value "
                   "Inspection") + """
<table class="grid small">
<tr><th style="width:28%">Report of</th><td>Chair of the Overview and Scrutiny Management Board</td></tr>
<tr><th>Key decision</th><td>No</td></tr>
</table>
<h2>1. Introduction</h2>
<p>1.1 The Overview and Scrutiny Management Board met on 4 March 2025 to consider the Best Value
inspection report. This report sets out its recommendations to Cabinet.</p>
<p>1.2 The Board discussed the inspectors’ view that scrutiny “has had little influence on the
council’s most important decisions” (3.2.3). Members did not dispute it. As chair, I accept that
my own description of scrutiny, which the inspectors quote, was intended to provoke; the
inspectors noted that they “saw some good questioning in the panels”.</p>
<p>1.3 The Board also noted the inspectors’ finding that “Scrutiny is supported by 1.4 full-time
equivalent officers, which is not enough to support four committees” (para 3.2.2), and the
finding repeated in the draft Improvement and Recovery Plan that some members addressed officers
“in a hostile or belittling way, including at public meetings” (para 2.3.3).</p>

<h2>2. Recommendations to Cabinet</h2>
<p>The Board recommends that Cabinet:</p>
<p>(1) increases the scrutiny support team to at least four full-time equivalent officers;</p>
<p>(2) refers every key decision with a value above £1 million for pre-decision scrutiny, given
the inspectors’ finding that 27 of 41 key decisions in 2023/24 were not scrutinised;</p>
<p>(3) asks the Board to review the commercial portfolio in June 2025, since, as the inspectors
put it, “Scrutiny has not examined the council’s commercial investments since 2020” (paragraph
3.2.4); and</p>
<p>(4) publishes a response to the Scrutiny Board’s “Scrutiny Improvement Review 2023”, which
recommended that “scrutiny be resourced at no less than the median for metropolitan
authorities”.</p>

<h2>3. Cabinet response (to be completed at the meeting)</h2>
<table class="grid small">
<tr><th style="width:10%">Rec.</th><th>Response</th></tr>
<tr><td>(1)</td><td></td></tr><tr><td>(2)</td><td></td></tr><tr><td>(3)</td><td></td></tr><tr><td>(4)</td><td></td></tr>
</table>
"""


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

    # item 3: minutes
    q("K1", "allowed its reserves to fall to a dangerously low level", "3", ["verbatim"], ["missing"],
      "foreword", "report", [], "exact, no citation", "Words of the foreword; no citation.")
    q("K2", "ignored every warning from its own officers", "3", ["not_found"], ["missing"], None, None,
      [], "invented", "An opposition leader's phrase presented as what 'the report showed'; no "
      "source says it.", strict=False)
    q("K3", "decided against it after Cabinet agreed a spending freeze", "3", ["verbatim"], ["missing"],
      "4.2.4", "report", [], "exact, attribution kept",
      "4.2.4: the Section 151 Officer 'had decided against it after Cabinet agreed a spending freeze'; "
      "the Leader keeps the attribution ('the report said that the Section 151 Officer ...').")
    q("K4", "has had little influence on the council’s most important decisions", "3", ["verbatim"],
      ["missing"], "3.2.3", "report", [], "exact", "Words of 3.2.3; no citation.")
    q("K6", "largely a matter of national funding", "3", ["out_of_context"], ["missing"], "2.1.2",
      "report", [], "attribution and denial dropped",
      "The Leader's own words to the inspectors, which they rejected ('We do not share that view'), "
      "presented as what the inspectors 'had also recognised'.",
      context_dropped="We do not share that view.")
    q("K5", "consult residents properly before any decision is taken about its future", "3", None, None,
      None, None, [], "petition", "The library petition, not the sources.", concerns=False)

    # item 4: deputations and petitions
    q("D1", "We ask the Cabinet to guarantee that the indoor market at the Castlegate Centre stays "
      "open, at no more than the current rents, until at least 2027.", "4", None, None, None, None, [],
      "petition", "Traders' petition, not the sources.", concerns=False)
    q("D2", "staff are frightened of their managers", "4", ["not_found"], ["wrong"], None, None,
      ["2.3.1"], "invented, cited",
      "No source says this; 2.3.1 reports survey figures about raising concerns.")
    q("D3", "Members treat officers with respect", "4", ["verbatim"], ["correct"], "Table 1", "report",
      ["Table 1"], "exact, table statement",
      "A survey statement in Table 1, quoted as such, with its 29% agree figure.")
    q("D4", "is not a judgement on the council’s front-line staff", "4", ["verbatim"], ["missing",
      "correct"], "7", "letter", [], "exact, letter",
      "Letter paragraph 7; 'the Secretary of State's statement', no date or document named.",
      strict=False)
    q("D6", "the culture here is that you don't bring bad news upstairs, you take it to the pub", "4",
      ["out_of_context"], ["missing"], "2.3.2", "report", [], "attribution dropped",
      "One senior officer's words, presented as the inspectors' description.",
      context_dropped="One senior officer told us that")
    q("D5", "cut its workforce by a fifth", "4", ["not_found"], ["missing"], None, None, [],
      "invented recommendation", "No recommendation or paragraph says this.")

    # item 5: report
    q("B1", "failing to comply with its best value duty", "5", ["verbatim"], ["correct"], "7.1.1",
      "report", ["7.1.1"], "exact", "Words of 7.1.1, cited 'para 7.1.1 of the inspection report'.")
    q("B2", "should prepare, within three months, an improvement and recovery plan agreed with the "
      "commissioners", "5", ["verbatim"], ["correct"], "R1", "report", ["R1"], "exact, recommendation",
      "Words of R1.")
    q("B3", "under more than one administration", "5", ["verbatim"], ["correct"], "1.2.4", "report",
      ["1.2.4"], "exact", "Words of 1.2.4.")
    q("B4", "We do not consider that the council has the capacity to make the improvements needed "
      "without external support", "5", ["verbatim"], ["correct"], "7.1.2", "report", ["7.1.2"],
      "exact", "Words of 7.1.2.")
    q("B5", "in a hostile or belittling way, including at public meetings", "5", ["verbatim"],
      ["correct"], "2.3.3", "report", ["2.3.3"], "exact", "Words of 2.3.3.")
    q("B6", "27 were not considered by any overview and scrutiny body before they were taken", "5",
      ["verbatim"], ["correct"], "3.1.1", "report", ["3.1.1"], "exact", "Words of 3.1.1.")
    q("B7", "will be exhausted during 2026/27", "5", ["verbatim"], ["correct"], "4.2.3", "report",
      ["4.2.3"], "exact, condition restated", "The report keeps the 'unless' condition in its own "
      "words: a control.")
    q("B8", "were not properly explained", "5", ["verbatim"], ["correct"], "4.3.4", "report", ["4.3.4"],
      "exact", "Words of 4.3.4.")
    q("B9", "relied on income forecasts that were not tested independently", "5", ["verbatim"],
      ["correct"], "4.3.4", "report", ["4.3.4"], "exact", "Words of 4.3.4.")
    q("B10", "In 31 of the waivers we examined, the waiver was approved after the contract had been let",
      "5", ["verbatim"], ["correct"], "5.1.2", "report", ["5.1.2"], "exact", "Words of 5.1.2.")
    q("B11", "prepare and agree an improvement and recovery plan to the satisfaction of the "
      "Commissioners", "5", None, None, None, None, [], "directions",
      "Quotes the Secretary of State's directions of 27 February 2025, which are not among the "
      "sources (the letter only proposes them).", concerns=False)
    q("B12", "will be exhausted by 2025/26", "5", ["misquote"], ["correct"], "4.2.3", "report", ["4.2.3"],
      "year changed", "4.2.3 says 'during 2026/27'.",
      source_text="its usable reserves will be exhausted during 2026/27")

    q("B13", "Ref.", "5", None, None, None, None, [], "column heading",
      "A column heading named in quotation marks, not words of any source.", concerns=False)

    # item 5: appendix A table cells
    q("T1", "We found a culture in which bad news does not travel upwards.", "5", ["verbatim"],
      ["correct"], "2.3.1", "report", ["2.3.1"], "exact, table cell", "Words of 2.3.1.")
    q("T2", "last revised in 2011", "5", ["verbatim"], ["correct"], "2.3.4", "report", ["2.3.4"],
      "exact, table cell", "Words of 2.3.4.")
    q("T3", "1.4 full-time equivalent officers", "5", ["verbatim"], ["correct"], "3.2.2", "report",
      ["3.2.2"], "exact, table cell", "Words of 3.2.2.")
    q("T4", "met on only three of the six occasions scheduled", "5", ["verbatim"], ["correct"], "3.3.1",
      "report", ["3.3.1"], "exact, table cell", "Words of 3.3.1.")
    q("T5", "61 internal audit recommendations were overdue", "5", ["verbatim"], ["correct"], "3.3.2",
      "report", ["3.3.2"], "exact, table cell", "Words of 3.3.2.")
    q("T6", "from £18.4 million … to £5.2 million", "5", ["minor"], ["correct"], "4.2.1", "report",
      ["4.2.1"], "ellipsis, table cell", "The dates are cut with a marked ellipsis.",
      source_text="fell from £18.4 million at 31 March 2021 to £5.2 million at 31 March 2024")
    q("T7", "57%", "5", ["verbatim"], ["correct"], "4.1.3", "report", ["4.1.3"], "figure, table cell",
      "'or 57%' in 4.1.3.", strict=False)
    q("T8", "valued at £19.3 million", "5", ["verbatim"], ["wrong"], "4.3.2", "report", ["Table 1"],
      "exact, wrong table cited, table cell",
      "Words of 4.3.2; the Ref. column gives 'Table 1' (the staff survey); the portfolio is Table 2.")
    q("T9", "has not reported to any committee of the council since 2021", "5", ["verbatim"],
      ["correct"], "4.3.3", "report", ["4.3.3"], "exact, table cell", "Words of 4.3.3.")
    q("T10", "212 contracts worth more than £25,000 each", "5", ["verbatim"], ["correct"], "5.1.3",
      "report", ["5.1.3"], "exact, table cell", "Words of 5.1.3.")
    q("T11", "three times without competition", "5", ["verbatim"], ["correct"], "5.2.1", "report",
      ["5.2.1"], "exact, table cell", "Words of 5.2.1.")
    q("T12", "143 in 2023/24", "5", ["minor", "paraphrase"], ["correct"], "5.1.1", "report",
      ["5.1.1"], "word dropped unmarked, table cell",
      "5.1.1 says 'There were 143 waivers in 2023/24'; the cell drops 'waivers' inside the marks "
      "without an ellipsis; the meaning is kept.",
      source_text="There were 143 waivers in 2023/24", strict=False)

    # item 6: budget monitoring
    q("F1", "had been forecast in the previous year’s budget monitoring", "6", ["verbatim"],
      ["correct"], "4.1.2", "report", ["4.1.2"], "exact", "Words of 4.1.2.")
    q("F2", "below the minimum of 5% of the net revenue budget that the council’s own reserves policy "
      "sets", "6", ["verbatim"], ["correct"], "4.2.1", "report", ["4.2.1"], "exact", "Words of 4.2.1.")
    q("F3", "demonstrate that the processes it has in place satisfy the principles of good financial "
      "management", "6", None, None, None, None, [], "CIPFA code",
      "CIPFA Financial Management Code, not the sources.", concerns=False)
    q("F4", "was lifted in February 2024 without any assessment of its effect", "6", ["verbatim"],
      ["correct"], "4.2.4", "report", ["4.2.4"], "exact", "Words of 4.2.4.")
    q("F5", "We do not criticise that judgement", "6", ["verbatim"], ["correct"], "4.2.4", "report",
      ["4.2.4"], "exact, qualified in context",
      "Accurate; the report's 'but ...' follows, and the paper goes on to the lifted freeze.")
    q("F6", "without a delivery plan or a named officer responsible for them", "6", ["verbatim"],
      ["correct"], "4.1.3", "report", ["4.1.3"], "exact", "Words of 4.1.3.")

    # item 7: Castlegate
    q("G1", "At 31 March 2024 it was valued at £19.3 million, and 58% of its units were let", "7",
      ["verbatim"], ["correct"], "4.3.2", "report", ["4.3.2"], "exact", "Words of 4.3.2.")
    q("G2", "the risks were not properly explained to them", "7", ["verbatim"], ["correct"], "4.3.4",
      "report", ["4.3.4"], "exact, denial restated", "The paper restates the denial first "
      "('did not suggest that members acted unlawfully'): a control.")
    q("G3", "the single worst decision the council has taken in a generation", "7", ["not_found"],
      ["missing"], None, None, [], "invented", "No source says it.")
    q("G4", "commission an independent review of each of its commercial investments, including "
      "Ulverdale Energy Ltd, and prepare an exit strategy where one is needed", "7", ["verbatim"],
      ["correct"], "R5", "report", ["R5"], "exact, recommendation", "Words of R5.")
    q("G6", "cost the council more in borrowing costs than they bring in", "7", ["paraphrase"],
      ["correct"], "4.3.1", "report", ["4.3.1"], "reworded",
      "4.3.1: 'they now cost the council more to finance than they earn'; same meaning, other words.",
      source_text="Taken together they now cost the council more to finance than they earn.")
    q("G5", "a diverse mix of retail, leisure, cultural and residential uses in Ulverdale town centre",
      "7", None, None, None, None, [], "local plan policy", "Local Plan Policy TC1, not the sources.",
      concerns=False)

    # item 8: local plan
    q("L1", "The purpose of the planning system is to contribute to the achievement of sustainable "
      "development", "8", None, None, None, None, [], "NPPF", "NPPF, not the sources.", concerns=False)
    q("L2", "should, as a minimum, provide for objectively assessed needs for housing", "8", None, None,
      None, None, [], "NPPF", "NPPF, not the sources.", concerns=False)
    q("L3", "a fairer, greener Ulverdale where everyone can thrive", "8", None, None, None, None, [],
      "corporate plan", "The council's Corporate Plan, not the sources.", concerns=False)
    q("L4", "engage early and meaningfully with communities", "8", None, None, None, None, [],
      "SCI", "Statement of Community Involvement, not the sources.", concerns=False)

    # item 9: scrutiny recommendations (repeats item 5's and item 3's quotations)
    q("S1", "has had little influence on the council’s most important decisions", "9", ["verbatim"],
      ["correct"], "3.2.3", "report", ["3.2.3"], "exact, repeated", "Repeats item 3's quotation, "
      "now cited (3.2.3).")
    q("S2", "saw some good questioning in the panels", "9", ["verbatim"], ["missing"], "3.2.3", "report",
      [], "exact", "Words of 3.2.3.")
    q("S3", "Scrutiny is supported by 1.4 full-time equivalent officers, which is not enough to support "
      "four committees", "9", ["verbatim"], ["correct"], "3.2.2", "report", ["3.2.2"], "exact",
      "Words of 3.2.2.")
    q("S4", "in a hostile or belittling way, including at public meetings", "9", ["verbatim"],
      ["correct"], "2.3.3", "report", ["2.3.3"], "exact, repeated from item 5",
      "The same quotation as item 5 paragraph 4.2, repeated.")
    q("S5", "Scrutiny has not examined the council’s commercial investments since 2020", "9",
      ["verbatim"], ["correct"], "3.2.4", "report", ["3.2.4"], "exact", "Words of 3.2.4.")
    q("S6", "scrutiny be resourced at no less than the median for metropolitan authorities", "9",
      None, None, None, None, [], "other council document",
      "The Scrutiny Improvement Review 2023, not the sources.", concerns=False)
    q("S7", "Scrutiny Improvement Review 2023", "9", None, None, None, None, [], "document title",
      "The title of the Board's own 2023 review, not the sources.", concerns=False)
    return Q


# ------------------------------------------------------------------ appendices and further papers

def _grid(headers, rows, widths=None):
    ws = widths or [""] * len(headers)
    th = "".join(f"<th style='width:{w}'>{h}</th>" if w else f"<th>{h}</th>" for h, w in zip(headers, ws))
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='grid small'><tr>{th}</tr>{trs}</table>"


def budget_appendices():
    vir = [
        ("V01", "Children and Families", "Placements – external residential", "Corporate contingency", "1,850"),
        ("V02", "Place", "Temporary accommodation – nightly paid", "Homelessness prevention grant", "920"),
        ("V03", "Adults and Health", "Home care – inflation", "Market sustainability grant", "640"),
        ("V04", "Corporate Resources", "ICT licences", "ICT reserve", "310"),
        ("V05", "Place", "Winter maintenance", "Highways revenue budget", "275"),
        ("V06", "Central", "Commissioners' costs (part year)", "Corporate contingency", "180"),
        ("V07", "Place", "Flood recovery – Calder valley", "Flood recovery grant", "1,120"),
        ("V08", "Children and Families", "Agency social workers", "Vacancy factor", "460"),
    ]
    sav = [
        ("CF-01", "Reduce external residential placements", "2,400", "1,100", "Red"),
        ("CF-02", "In-house foster carer recruitment", "650", "420", "Amber"),
        ("AH-01", "Reablement and home care review", "1,800", "1,750", "Green"),
        ("AH-02", "Day services redesign", "500", "500", "Green"),
        ("PL-01", "Temporary accommodation: leased units", "1,200", "650", "Amber"),
        ("PL-02", "Waste round optimisation", "700", "700", "Green"),
        ("PL-03", "Car parking charges", "450", "380", "Amber"),
        ("CR-01", "Agency and interim reduction", "1,500", "700", "Red"),
        ("CR-02", "Office accommodation: Aire Street", "600", "0", "Red"),
        ("CR-03", "Digital customer service", "900", "850", "Green"),
        ("CE-01", "Procurement savings", "1,100", "400", "Red"),
        ("CE-02", "Fees and charges review", "600", "650", "Green"),
    ]
    return head(6, "Revenue Budget Monitoring 2024/25 – Quarter 3") + \
        "<h2>Appendix 1: Budget virements for approval (£000)</h2>" + \
        _grid(["Ref.", "Directorate", "Budget to", "Funded from", "£000"], vir) + \
        "<p class='small'>Virements above £250,000 require Cabinet approval under the Financial " \
        "Procedure Rules.</p>" + \
        "<h2 class='pb'>Appendix 2: Savings tracker 2024/25 (£000)</h2>" + \
        _grid(["Ref.", "Saving", "Planned", "Forecast", "RAG"], sav) + \
        "<p class='small'>Total planned £12,400k; forecast £8,100k (65%). RAG: Red – less than 50% " \
        "forecast; Amber – 50% to 90%; Green – over 90%.</p>"


def castlegate_appendix():
    rows = [
        ("Ground", "Indoor market (42 stalls)", "Let (licences)", "31 of 42 stalls occupied"),
        ("Ground", "Units 1–8", "Let", "6 of 8 let; 2 vacant since 2022"),
        ("Ground", "Units 9–16", "Part let", "3 of 8 let"),
        ("Ground", "Former department store", "Vacant", "Vacant since January 2021"),
        ("First", "Units 17–30", "Part let", "7 of 14 let"),
        ("First", "Food court", "Let", "4 of 6 let"),
        ("Second", "Gym", "Let", "Lease to 2031"),
        ("Second", "Offices", "Vacant", "Marketed since 2023"),
        ("Multi-storey car park", "610 spaces", "Council operated", "Average weekday occupancy 41%"),
    ]
    return head(7, "Castlegate Centre – Options Appraisal") + \
        "<h2>Appendix A: Tenancy schedule (summary, February 2025)</h2>" + \
        _grid(["Level", "Unit", "Status", "Notes"], rows) + \
        "<p class='small'>Source: council's managing agent. Commercially sensitive lease terms are " \
        "not included.</p>"


def local_plan_appendix():
    rows = [
        ("1. Urban concentration", "Most new homes on brownfield land in Ulverdale, Dewsbury Road "
         "and Ravensthorpe", "Makes best use of previously developed land; supports town centres",
         "Viability on some sites; limited family housing"),
        ("2. Calder valley corridor", "Growth around rail stations at Mirfield and Thornhill",
         "Good public transport; links to Leeds and Manchester", "Flood risk; Green Belt release needed"),
        ("3. New settlement", "A new settlement of about 3,500 homes at Hopton Moor",
         "Comprehensive planning of infrastructure", "Long lead-in; high infrastructure costs"),
    ]
    return head(8, "Ulverdale Local Plan Review – Regulation 18 Consultation") + \
        "<h2>Appendix 1: Summary of spatial options</h2>" + \
        _grid(["Option", "Description", "Advantages", "Disadvantages"], rows,
              ["18%", "30%", "26%", "26%"]) + \
        "<h2>Appendix 2: Timetable</h2>" + \
        _grid(["Stage", "Date"], [("Regulation 18 consultation", "April – June 2025"),
                                   ("Preferred options", "Spring 2026"),
                                   ("Regulation 19 publication", "Autumn 2026"),
                                   ("Submission for examination", "Spring 2027"),
                                   ("Adoption", "2028")])


def forward_plan():
    rows = [
        ("FP/25/014", "Best Value Inspection: Improvement and Recovery Plan", "Cabinet", "18 Mar 2025", "Leader"),
        ("FP/25/009", "Castlegate Centre – Options Appraisal", "Cabinet", "18 Mar 2025", "Place and Regeneration"),
        ("FP/25/011", "Local Plan Review – Regulation 18", "Cabinet", "18 Mar 2025", "Place and Regeneration"),
        ("FP/25/016", "Ulverdale Energy Ltd – Independent Review", "Cabinet", "15 Apr 2025", "Finance"),
        ("FP/25/017", "Contracts Register and Procurement Strategy", "Cabinet", "15 Apr 2025", "Corporate Resources"),
        ("FP/25/018", "Highways Maintenance – Procurement", "Cabinet", "13 May 2025", "Place and Regeneration"),
        ("FP/25/019", "Residential Children's Homes – Delivery", "Cabinet", "13 May 2025", "Children and Families"),
        ("FP/25/020", "Temporary Accommodation Strategy", "Cabinet", "10 Jun 2025", "Housing"),
        ("FP/25/021", "Library Service Review – outcome of consultation", "Cabinet", "8 Jul 2025", "Communities"),
        ("FP/25/022", "Medium-Term Financial Strategy refresh", "Cabinet", "8 Jul 2025", "Finance"),
        ("FP/25/023", "Member–Officer Protocol", "Council", "16 Jul 2025", "Leader"),
        ("FP/25/024", "Constitution – consolidated version", "Council", "16 Jul 2025", "Leader"),
    ]
    return head(10, "Forward Plan of Key Decisions") + \
        "<p>The Forward Plan for the period 1 April to 31 July 2025, published on 14 March 2025, is " \
        "attached for information. Decisions marked for Council are recommended by Cabinet.</p>" + \
        _grid(["Ref.", "Decision", "Decision-maker", "Date", "Portfolio"], rows) + \
        "<p class='small'>Each decision will be available for pre-decision scrutiny for at least 28 " \
        "days before it is taken.</p>"
