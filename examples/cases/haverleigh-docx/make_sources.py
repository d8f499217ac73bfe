"""Draw report.pdf for the haverleigh-docx case (fictional London Borough of Haverleigh).

python-docx writes report.docx; LibreOffice converts it to PDF. Chapters 1-2 hang the
paragraph number in the margin ("2.4<TAB>Text" with a hanging indent); chapters 3-5 print the
number on a line of its own above the paragraph. Title Case subheadings sit between numbered
paragraphs, bullet lists continue a numbered paragraph, interviewees are quoted in double
quotes, a paragraph opens with a figure ("2023/24 was …"), the header is a running title and
the footer "Page N of M" (fields), and automatic hyphenation is on (en-GB).

    .venv/bin/python examples/cases/haverleigh-docx/make_sources.py
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
TITLE = "Best Value Inspection of the London Borough of Haverleigh"

# Items: ("H1", text) chapter heading; ("H2", text) Title Case subheading; (num, text) numbered
# paragraph; ("B", text) bullet continuing the paragraph above; ("T", text) text after bullets.
CHAPTERS = [
    ("1. Introduction", "hang", [
        ("1.1", "In March 2024 the Secretary of State directed an inspection of the London Borough of Haverleigh under section 10 of the Local Government Act 1999. The inspection team comprised a lead inspector and two assistant inspectors."),
        ("1.2", "We were asked to assess the Authority's compliance with its Best Value Duty in relation to leadership, culture, governance and the use of resources, and to report our findings by the end of August 2024."),
        ("1.3", "The fieldwork took place between April and July 2024. We interviewed 74 people, including councillors of every political group, officers at all levels, partners from the health service, the police and the voluntary sector, and a number of residents."),
        ("1.4", "We also ran an anonymous staff survey, to which 1,146 officers responded, and reviewed the papers of every meeting of the Cabinet and of the Overview and Scrutiny Committee held since May 2022."),
        ("1.5", "Where we quote interviewees, we do so without naming them. The quotations have been chosen because they express views that we heard repeatedly, not because they are the most striking."),
    ]),
    ("2. The Borough and the Council", "hang", [
        ("2.1", "Haverleigh is an outer London borough with a population of about 268,000. It has some of the most affluent wards in London and some of the most deprived, often within a mile of one another."),
        ("H2", "Political Leadership"),
        ("2.2", "The Council has 54 councillors representing 18 wards. The Leader was first elected in 2018 and re-elected as group leader after the elections of 2022, when the majority group lost eleven seats."),
        ("2.3", "The Cabinet has eight members. Three were appointed for the first time in 2022, and two portfolios have changed hands twice since then."),
        ("2.4", "The majority group's internal procedures are not a matter for us, except where they affect the conduct of the Council's business. We found that they do, in ways that we describe in Chapter 3."),
        ("H2", "The Officer Structure"),
        ("2.5", "The Chief Executive was appointed in January 2023 after a period of eighteen months in which the post was held by two successive interim appointees."),
        ("2.6", "The corporate leadership team was restructured in the autumn of 2023. The number of directors was reduced from seven to five, and the posts of Director of Resources and Director of Law and Governance were combined."),
        ("2.7", "We were told that the restructuring was intended to save money. The saving achieved was £310,000 a year, but the combined post has been vacant for most of the time since, and the interim cover has cost more than the saving."),
        ("2.8", "The Authority's statutory officers are therefore, at the time of writing, an interim Section 151 Officer, a monitoring officer who also acts as the interim director, and the Chief Executive."),
    ]),
    ("3. Leadership and Culture", "own", [
        ("3.1", "The Leader and the Chief Executive describe their relationship as a good one, and we saw evidence of regular and constructive meetings between them."),
        ("3.2", "However, the relationship between the Cabinet as a whole and the senior officer team is more difficult. Several Cabinet members told us that they did not trust the advice they received, and several officers told us that their advice was not wanted."),
        ("H2", "Relationships Between Members and Officers"),
        ("3.3", "The member-officer protocol was revised in 2021. It is a clear document, but it is not followed. We heard many accounts of members giving instructions directly to officers below the level of director, and of officers being criticised by members in public meetings."),
        ("3.4", "Interviewees described three recurring features of the relationship:"),
        ("B", "members contacting junior officers directly, by text message and outside working hours;"),
        ("B", "requests for information being treated as instructions to act;"),
        ("B", "officers being excluded from meetings at which decisions in their area were discussed."),
        ("T", "We heard these accounts from officers in every directorate."),
        ("3.5", "We do not doubt that some members act in good faith, out of frustration at the pace of change. But the effect is to undermine the authority of senior officers and to leave junior staff exposed."),
        ("3.6", "Many officers told us about the experience of bringing unwelcome advice to members. One senior officer told us: \u201cYou learn quickly that the answer has been decided before the question is asked. If you say otherwise, you are not invited back.\u201d Another described the Cabinet as \u201ca room where bad news goes to die\u201d."),
        ("3.7", "The staff survey supports these accounts. Only 29% of respondents agreed that it is safe to challenge the way things are done, and 41% said that they had seen behaviour at work that was inconsistent with the Authority's values."),
        ("H2", "The Culture of the Organisation"),
        ("3.8", "The Authority's stated values are respect, openness and ambition. Staff told us that they recognised these values in their own teams but not in the way the organisation is led."),
        ("3.9", "We found that staff at all levels are committed to the borough and proud of the services they provide. That commitment is a considerable asset, and it is at risk."),
        ("3.10", "Turnover among managers has risen sharply. Of the 62 officers at head of service level or above in April 2022, 27 had left the Authority by April 2024."),
        ("3.11", "Exit interviews are offered but rarely taken up. Of those that were held, more than half mentioned the behaviour of members as a reason for leaving."),
        ("3.12", "The Chief Executive has begun a programme of work on culture and values, but it is at an early stage and has not yet been endorsed by the Cabinet."),
    ]),
    ("4. Governance and Scrutiny", "own", [
        ("4.1", "The Authority's constitution is up to date and broadly fit for purpose. The scheme of delegation was revised in 2023 and is clearly written."),
        ("H2", "Decision-Making"),
        ("4.2", "Key decisions are published in the forward plan, but the plan is frequently amended at short notice. In 2023, 23 key decisions were added to the plan less than 28 days before they were taken, and in eleven of those cases the general exception procedure was used."),
        ("4.3", "\u201cUrgent\u201d decisions are taken too often. The urgency procedure was used 19 times in 2023, compared with four times in 2021."),
        ("4.4", "Reports to Cabinet do not always set out the options considered. Where they do, the preferred option has sometimes been changed after the report was cleared by the statutory officers."),
        ("4.5", "We found no evidence of unlawful decision-making. We did find a pattern of decisions being taken in a way that makes them hard to challenge and hard to scrutinise."),
        ("4.6", "2023/24 was the first year in which the Authority's external auditor issued a statutory recommendation. It concerned the Authority's arrangements for the governance of its wholly owned housing company."),
        ("H2", "Overview and Scrutiny"),
        ("4.7", "The Overview and Scrutiny Committee is chaired by a member of the majority group. The committee has three sub-committees, two of them chaired by opposition members."),
        ("4.8", "Scrutiny is under-resourced. The scrutiny team has two officers, one of whom is also the clerk to the licensing committee."),
        ("4.9", "Members of the committee were candid about its weaknesses. One told us that the committee \u201cnever gets the papers in time to do anything useful with them\u201d, and another that \u201cthe real decisions are made before we see them\u201d."),
        ("4.10", "Call-in has been used twice since 2022. On both occasions the call-in was rejected at the first meeting, without the relevant Cabinet member attending."),
        ("4.11", "We recommend that the Authority review the resourcing of scrutiny and adopt a protocol setting out how the Cabinet will respond to scrutiny recommendations."),
    ]),
    ("5. Conclusions", "own", [
        ("5.1", "Haverleigh has many strengths: committed staff, a Chief Executive who has the confidence of partners, and services that residents value."),
        ("5.2", "But the way in which the Authority is led does not allow those strengths to be used to the full. Relationships between members and officers are poor, advice is not welcomed, and scrutiny is weak."),
        ("5.3", "We have concluded that the Authority is not meeting its Best Value Duty in respect of leadership, culture and governance. We do not consider that it is failing in respect of the use of resources, although the risks are growing."),
        ("5.4", "We recommend that the Secretary of State issue directions requiring the Authority to prepare an improvement plan, and appoint a Ministerial Envoy to oversee its delivery."),
    ]),
]

SUMMARY = [
    "This report sets out the findings of the Best Value inspection of the London Borough of Haverleigh, carried out between April and July 2024.",
    "We found an organisation with committed staff and a Chief Executive who is respected by partners, but one in which relationships between members and officers have broken down to a degree that prevents the Authority from improving.",
    "Officers told us that unwelcome advice is not wanted, and that those who give it are not invited back. Scrutiny is weak and under-resourced, and the use of urgency powers has increased nearly fivefold in two years.",
]
SUMMARY_BULLETS = [
    "The Authority is not meeting its Best Value Duty in respect of leadership, culture and governance.",
    "Turnover among senior managers is high: 27 of 62 senior officers left in two years.",
    "Scrutiny lacks the resources and the independence it needs to hold the Cabinet to account.",
    "The Authority's finances are not in crisis, but the cost of interim staff is rising.",
]


def add_field(run, instr):
    for tag, attrs in (("w:fldChar", {"w:fldCharType": "begin"}),
                       ("w:instrText", None), ("w:fldChar", {"w:fldCharType": "end"})):
        el = OxmlElement(tag)
        if attrs:
            for k, v in attrs.items():
                el.set(qn(k), v)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._r.append(el)


def build_docx(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Sans", Pt(11)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "en-GB"); rpr.append(lang)
    settings = doc.settings.element
    auto = OxmlElement("w:autoHyphenation"); settings.append(auto)

    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL \u2013 " + TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    add_field(fp.add_run(), "NUMPAGES")

    for _ in range(8):
        doc.add_paragraph()
    t = doc.add_paragraph(TITLE); t.runs[0].font.size = Pt(24); t.runs[0].bold = True
    doc.add_paragraph("Report of the inspection team, August 2024")
    doc.add_paragraph("Presented to the Secretary of State for Housing, Communities and Local Government")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Executive Summary", level=1)
    for text in SUMMARY:
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading("Our Main Findings", level=2)
    for text in SUMMARY_BULLETS:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for ci, (heading, mode, items) in enumerate(CHAPTERS):
        if ci in (2, 4):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(heading, level=1)
        for key, text in items:
            if key == "H2":
                doc.add_heading(text, level=2)
            elif key == "B":
                p = doc.add_paragraph(text, style="List Bullet")
                p.paragraph_format.left_indent = Cm(2.2)
            elif key == "T":
                p = doc.add_paragraph(text)
                p.paragraph_format.left_indent = Cm(1.5)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif mode == "hang":
                p = doc.add_paragraph(f"{key}\t{text}")
                pf = p.paragraph_format
                pf.left_indent, pf.first_line_indent = Cm(1.5), Cm(-1.5)
                pf.tab_stops.add_tab_stop(Cm(1.5))
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                n = doc.add_paragraph()
                r = n.add_run(key); r.bold = True
                n.paragraph_format.space_after = Pt(2)
                n.paragraph_format.keep_with_next = True
                p = doc.add_paragraph(text)
                p.paragraph_format.left_indent = Cm(1.5)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(path)


def to_pdf(docx_path):
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    build_docx(HERE / "report.docx")
    to_pdf(HERE / "report.docx")
    print("wrote", HERE / "report.pdf")
