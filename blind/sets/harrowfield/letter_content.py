"""The Secretary of State's letter of 26 November 2024 to the council's Chief Executive."""
import html

TITLE = "Letter from the Secretary of State to the Chief Executive of Harrowfield District Council, 26 November 2024"

PARAS = [
    "Dear Ms Whitcombe,",
    "Today I have laid before Parliament the report of the Best Value inspection of Harrowfield District Council, carried out by Margaret Ellison and her team under section 10 of the Local Government Act 1999. I am grateful to the inspectors for their thorough work, and to the members and officers of the council who gave their time to the inspection.",
    "The report makes for deeply concerning reading. The inspectors found that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture, use of resources and continuous improvement, and that it does not have the capacity to make the necessary improvements without external support.",
    "I am particularly concerned by the inspectors' findings on the council's finances. General fund reserves have fallen by almost two-thirds since 2020, the council has borrowed heavily to fund commercial investments that have not delivered what was promised, and it now faces a budget gap of £7.8 million over the next three years.",
    "Having considered the report carefully, I am satisfied that the council is failing to comply with its Best Value duty. I am therefore minded to exercise my powers of intervention under section 15 of the 1999 Act, and to issue the directions set out in the annex to this letter.",
    "The proposed intervention package would see the appointment of three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The commissioners would exercise the council's functions relating to financial governance and scrutiny of strategic financial decision-making, the appointment and dismissal of the statutory officers, and decisions about the future of the Kingsgate Centre and the council's companies.",
    "I also propose to direct the council to prepare and agree, within six months, an Improvement and Recovery Plan to the satisfaction of the commissioners, and to report on its progress to the commissioners every six months. The intervention would remain in place until 30 November 2027.",
    "I want to be clear that intervention is not a punishment. It is intended to give the council the support and challenge it needs to become a well-run council that serves its residents well. I expect the council's leadership to work constructively with the commissioners from the outset.",
    "Before making a final decision, I invite the council to make representations on these proposals. Representations should be sent to my officials by 5pm on 10 December 2024. I will consider any representations carefully before deciding whether to proceed.",
    "I am copying this letter to the Leader of the council, to the leaders of the other political groups, to the Member of Parliament for Harrowfield and to the council's external auditor.",
    "Yours sincerely,",
    "The Rt Hon Richard Hallam MP, Secretary of State for Housing, Communities and Local Government",
]

ANNEX = [
    "The Secretary of State proposes to direct the council, under section 15(5) of the Local Government Act 1999, to take the following actions:",
    "Within six months of the date of the directions, prepare and agree an Improvement and Recovery Plan to the satisfaction of the commissioners, including a financial recovery plan that closes the budget gap without further use of general fund reserves.",
    "Within twelve months, take a decision on the future of the Kingsgate Centre, on the basis of independent advice and with the agreement of the commissioners.",
    "Undertake a review of the council's constitution, scrutiny arrangements and member-officer protocol, and implement the changes the commissioners consider necessary.",
    "Report to the commissioners on the delivery of the Improvement and Recovery Plan at six-monthly intervals, and publish those reports.",
    "The Secretary of State further proposes to direct that the functions described in the letter be exercised by the commissioners, acting jointly or severally, until 30 November 2027.",
]

CSS = """
@page { size: a4 portrait; margin: 2cm 2.2cm 2cm 2.2cm;
  @frame footer_frame { -pdf-frame-content: footer_content; left: 2.2cm; right: 2.2cm; bottom: 0.8cm; height: 1cm; } }
body { font-family: Helvetica; font-size: 10pt; line-height: 1.28; }
#footer_content { font-size: 8pt; color: #505a5f; text-align: center; }
p { margin: 0 0 6pt 0; }
.addr { font-size: 9pt; }
"""


def build_data():
    return {
        "title": TITLE,
        "kind": "letter",
        "file": "letter.pdf",
        "producer": "xhtml2pdf (HTML and CSS through xhtml2pdf.pisa.CreatePDF)",
        "numbering": "unnumbered",
        "page_offset": 0,
        "furniture": ["Page N of M"],
        "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                    "page": None, "text": t} for i, t in enumerate(PARAS + ANNEX, 1)],
        "footnotes": [],
    }


def letter_html():
    e = lambda t: html.escape(t, quote=False)
    out = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<div id='footer_content'>Page <pdf:pagenumber> of <pdf:pagecount></div>",
           "<table><tr><td style='width:60%'><b style='font-size:13pt'>Ministry of Housing,<br/>Communities &amp; Local Government</b></td>",
           "<td class='addr'>The Rt Hon Richard Hallam MP<br/>Secretary of State for Housing,<br/>Communities and Local Government<br/>2 Marsham Street<br/>London SW1P 4DF</td></tr></table>",
           "<p class='addr' style='margin-top:14pt'>Ms Claire Whitcombe<br/>Interim Chief Executive<br/>Harrowfield District Council<br/>Civic Offices, Station Road<br/>Harrowfield<br/>Hampshire</p>",
           "<p style='text-align:right'>26 November 2024</p>",
           "<p><b>BEST VALUE INSPECTION OF HARROWFIELD DISTRICT COUNCIL</b></p>"]
    for i, t in enumerate(PARAS):
        if i == len(PARAS) - 1:
            out.append("<p style='margin-top:24pt'><b>THE RT HON RICHARD HALLAM MP</b><br/>Secretary of State for Housing, Communities and Local Government</p>")
            continue
        out.append(f"<p>{e(t)}</p>")
    out.append("<pdf:nextpage/><p><b>ANNEX: PROPOSED DIRECTIONS</b></p>")
    out.append(f"<p>{e(ANNEX[0])}</p>")
    for i, t in enumerate(ANNEX[1:-1], 1):
        out.append(f"<p style='margin-left:0.8cm'>({chr(96 + i)}) {e(t)}</p>")
    out.append(f"<p>{e(ANNEX[-1])}</p>")
    out.append("</body></html>")
    return "\n".join(out)
