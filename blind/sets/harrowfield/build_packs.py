"""Build the two modern.gov agenda packs for Harrowfield District Council, 23 January 2025.

Each paper is made the way a council makes it: officers' reports and minutes written in Word
(here python-docx from the light markup in papers/*.txt) and saved as PDF by LibreOffice; the
public questions, the motion and the amendments as HTML printed by Chromium. The papers are
merged with pypdf, then every page after the front pages is stamped "Page N" at the foot and the
first page of each item gets an "Agenda Item N" banner, as modern.gov does. The front pages
(summons and agenda, with "(Pages X - Y)") are drawn last, once the page ranges are known.

    /opt/blindtools/bin/python build_packs.py       (after build.py has made letter.pdf)
"""
import io
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
BUILD = HERE / "papers" / "build"


# ------------------------------------------------------------------ papers

def _field(run, code):
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _footer(section, title):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2)
    r = p.add_run(title + "\t")
    r.font.size = Pt(8)
    r = p.add_run("Page ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    _field(r, "PAGE")
    r = p.add_run(" of ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    _field(r, "NUMPAGES")


def docx_from_markup(src: Path, out: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    lines = src.read_text(encoding="utf-8").split("\n")
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        keyvalue = table_rows[0][0].endswith(":")
        t = doc.add_table(rows=0, cols=len(table_rows[0]))
        t.style = "Table Grid"
        widths = {5: [1.3, 5.6, 3.2, 2.5, 4.0], 3: None, 4: None}.get(len(table_rows[0]))
        for ri, row in enumerate(table_rows):
            cells = t.add_row().cells
            for ci, text in enumerate(row):
                cells[ci].text = ""
                par = cells[ci].paragraphs[0]
                par.paragraph_format.space_after = Pt(2)
                if widths:
                    cells[ci].width = Cm(widths[ci])
                run = par.add_run(text)
                run.font.size = Pt(10 if len(row) > 3 else 11)
                if (ri == 0 and not keyvalue) or (keyvalue and ci == 0):
                    run.bold = True
        if widths:
            t.autofit = False
            for ci, col in enumerate(t.columns):
                col.width = Cm(widths[ci])
        doc.add_paragraph()
        table_rows.clear()

    first = True
    for line in lines:
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("@footer "):
            if first:
                _footer(doc.sections[0], line[8:])
                first = False
            else:
                _footer(doc.sections[-1], line[8:])
            continue
        if line.startswith("@pagebreak"):
            doc.add_section(WD_SECTION.NEW_PAGE)
            continue
        if line.startswith("### "):
            p = doc.add_paragraph()
            r = p.add_run(line[4:])
            r.bold, r.italic = True, True
        elif line.startswith("## "):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(line[3:])
            r.bold = True
        elif line.startswith("# "):
            p = doc.add_paragraph()
            r = p.add_run(line[2:])
            r.bold = True
            r.font.size = Pt(15)
        elif re.match(r"^\d+\.\d+ ", line):
            num, text = line.split(" ", 1)
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.2)
            p.paragraph_format.first_line_indent = Cm(-1.2)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
            p.add_run(num + "\t" + text)
        elif re.match(r"^\([a-z]\) ", line):
            p = doc.add_paragraph(line)
            p.paragraph_format.left_indent = Cm(1.2)
        elif line in ("Finance", "Commercial activity", "Governance, culture and scrutiny",
                      "Virement limit", "Call-in", "Options appraisals"):
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            r = p.add_run(line)
            r.italic = True
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.save(out)


def libreoffice_pdf(docx: Path) -> Path:
    profile = tempfile.mkdtemp(prefix="lo-harrow-")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True)
    shutil.rmtree(profile, ignore_errors=True)
    return docx.with_suffix(".pdf")


def chromium_pdf(html: Path, out: Path) -> Path:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", html.as_uri()], check=True, capture_output=True)
    return out


def paper(name: str) -> Path:
    src = PAPERS / name
    BUILD.mkdir(parents=True, exist_ok=True)
    if src.suffix == ".txt":
        d = BUILD / (src.stem + ".docx")
        docx_from_markup(src, d)
        return libreoffice_pdf(d)
    return chromium_pdf(src, BUILD / (src.stem + ".pdf"))


# ------------------------------------------------------------------ front pages

FRONT_CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; }
.logo { font-size: 22pt; font-weight: bold; color: #2b5d34; letter-spacing: 1px; }
.sub { font-size: 10pt; color: #2b5d34; }
table.meta td { padding: 2px 10px 2px 0; vertical-align: top; }
h1 { font-size: 18pt; margin: 20pt 0 6pt 0; }
.agenda td { padding: 5px 8px 5px 0; vertical-align: top; }
.num { width: 28px; font-weight: bold; }
.pages { white-space: nowrap; text-align: right; width: 110px; }
.brk { page-break-before: always; }
.small { font-size: 9.5pt; }
"""


def front_html(pack: dict, ranges: dict) -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{FRONT_CSS}</style></head><body>",
           "<div class='logo'>Harrowfield</div><div class='sub'>District Council</div>",
           f"<h1>{pack['heading']}</h1>",
           "<table class='meta'>",
           "<tr><td><b>Date:</b></td><td>Thursday, 23 January 2025</td></tr>",
           "<tr><td><b>Time:</b></td><td>7.00 pm</td></tr>",
           "<tr><td><b>Venue:</b></td><td>Council Chamber, Civic Offices, Station Road, Harrowfield</td></tr>",
           "<tr><td><b>Contact:</b></td><td>Karen Hollis, Head of Democratic Services<br>democratic.services@harrowfield.gov.uk</td></tr>",
           "</table>"]
    out += pack["front_text"]
    out.append("<div class='brk'></div><h1>" + pack["agenda_heading"] + "</h1>")
    if pack.get("agenda_intro"):
        out.append(pack["agenda_intro"])
    out.append("<table class='agenda'>")
    for num, title, desc, has in pack["agenda"]:
        pr = ""
        if has:
            a, b = ranges[num]
            pr = f"(Pages {a} - {b})" if a != b else f"(Page {a})"
        out.append(f"<tr><td class='num'>{num}.</td><td><b>{title}</b><br><span class='small'>{desc}</span></td>"
                   f"<td class='pages'>{pr}</td></tr>")
    out.append("</table>")
    out += pack.get("agenda_after", [])
    out.append("</body></html>")
    return "\n".join(out)


# ------------------------------------------------------------------ stamping

def stamp(page, number=None, banner=None):
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h))
    if number is not None:
        c.setFont("Helvetica", 10)
        c.drawCentredString(w / 2, 16, f"Page {number}")
    if banner:
        c.setFont("Helvetica-Bold", 13)
        tw = c.stringWidth(banner, "Helvetica-Bold", 13)
        x, y = w - 36 - tw - 12, h - 34
        c.setFillGray(1)
        c.rect(x, y - 6, tw + 12, 22, stroke=1, fill=1)
        c.setFillGray(0)
        c.drawString(x + 6, y, banner)
    c.save()
    buf.seek(0)
    page.merge_page(PdfReader(buf).pages[0])


def build_pack(pack: dict) -> dict:
    parts = []                      # (item number, pdf path)
    for num, names in pack["papers"]:
        for name in names:
            parts.append((num, HERE / name if name.endswith(".pdf") and "/" not in name
                          and (HERE / name).exists() else paper(name)))
    pages, ranges, printed = [], {}, 0
    for num, path in parts:
        for i, pg in enumerate(PdfReader(str(path)).pages):
            printed += 1
            first_of_item = num not in ranges
            ranges.setdefault(num, [printed, printed])[1] = printed
            pages.append((pg, printed, f"Agenda Item {num}" if first_of_item else None))
    # front pages, drawn with the page ranges
    front_path = BUILD / (pack["file"].replace(".pdf", "-front.html"))
    front_path.write_text(front_html(pack, ranges), encoding="utf-8")
    front_pdf = chromium_pdf(front_path, front_path.with_suffix(".pdf"))
    writer = PdfWriter()
    front = PdfReader(str(front_pdf)).pages
    for pg in front:
        writer.add_page(pg)
    for pg, n, banner in pages:
        added = writer.add_page(pg)
        stamp(added, n, banner)
    writer.add_metadata({"/Title": pack["title"], "/Creator": "modern.gov", "/Producer": "pypdf"})
    with open(HERE / pack["file"], "wb") as f:
        writer.write(f)
    offset = len(front)
    items = [{"number": num, "title": title, "first_page": ranges[num][0] + offset,
              "last_page": ranges[num][1] + offset} for num, title, _, has in pack["agenda"] if has]
    return {"offset": offset, "pages": offset + len(pages), "items": items}


# ------------------------------------------------------------------ the two packs

PACK1 = {
 "file": "pack-council-2025-01-23.pdf",
 "title": "Harrowfield District Council, Council, 23 January 2025",
 "heading": "Council",
 "front_text": [
  "<p style='margin-top:18pt'>To: All Members of the Council</p>",
  "<p>You are hereby summoned to attend a meeting of Harrowfield District Council to be held at the time and place shown above, for the purpose of transacting the business set out in the agenda.</p>",
  "<p style='margin-top:16pt'>Claire Whitcombe<br>Interim Chief Executive<br>Published: Tuesday, 14 January 2025</p>",
  "<p class='small' style='margin-top:40pt'>This meeting will be webcast live and recorded. By entering the Council Chamber you consent to being filmed. Members of the public may ask questions in accordance with Council Procedure Rule 10. If you require this agenda in another format, please contact Democratic Services.</p>",
  "<p class='small'><b>Fire evacuation:</b> In the event of the fire alarm sounding, please leave the building by the nearest exit and assemble in the Station Road car park.</p>",
 ],
 "agenda_heading": "Agenda",
 "agenda": [
  ("1", "Apologies for Absence", "To receive apologies for absence.", False),
  ("2", "Minutes", "To confirm as a correct record the minutes of the extraordinary meeting of the Council held on 10 December 2024.", True),
  ("3", "Declarations of Interest", "To receive any declarations of interest from members in respect of items on this agenda.", False),
  ("4", "Chairman's Announcements", "", False),
  ("5", "Questions from Members of the Public", "To receive questions from members of the public under Council Procedure Rule 10. The questions and written answers are attached.", True),
  ("6", "Questions from Members", "To receive questions from members under Council Procedure Rule 11. The questions and written answers are attached.", True),
  ("7", "Best Value Inspection: Response to the Report and Draft Improvement and Recovery Plan", "Report of the Interim Chief Executive.", True),
  ("8", "Notice of Motion: Best Value Inspection - Accountability and a Fresh Start", "Motion submitted by Councillor Rao, and an amendment submitted by Councillor Pettifer.", True),
  ("9", "Treasury Management Mid-Year Review 2024/25", "Report of the Interim Director of Finance.", True),
  ("10", "Appointments to Committees and Outside Bodies", "Report of the Head of Democratic Services.", True),
  ("11", "Urgent Business", "To consider any other business which the Chairman decides is urgent.", False),
 ],
 "agenda_after": ["<p class='small' style='margin-top:20pt'>Note: Appendix B to item 7 (the Secretary of State's letter of 26 November 2024) is reproduced as received. The inspection report itself is available at www.gov.uk and on the council's website and is not reprinted in this pack.</p>"],
 "papers": [
  ("2", ["p1_02_minutes.txt"]),
  ("5", ["p1_05_public_questions.html"]),
  ("6", ["p1_06_members_questions.txt"]),
  ("7", ["p1_07_officer_report.txt", "letter.pdf"]),
  ("8", ["p1_08_motion.html"]),
  ("9", ["p1_09_treasury.txt"]),
  ("10", ["p1_10_appointments.html"]),
 ],
}

PACK2 = {
 "file": "pack-council-2025-01-23-supplementary.pdf",
 "title": "Harrowfield District Council, Council, 23 January 2025, Supplementary Agenda",
 "heading": "Council<br><span style='font-size:14pt'>Supplementary Agenda</span>",
 "front_text": [
  "<p style='margin-top:18pt'>To: All Members of the Council</p>",
  "<p>Further to the agenda for the meeting of the Council on Thursday, 23 January 2025, which was published on 14 January 2025, please find attached the following papers, which were not available when the agenda was published.</p>",
  "<p>The Chairman has agreed that the late report at item 7 and the reports at items 12 and 13 be considered as matters of urgency under section 100B(4)(b) of the Local Government Act 1972, for the reasons set out in each report.</p>",
  "<p style='margin-top:16pt'>Claire Whitcombe<br>Interim Chief Executive<br>Published: Friday, 17 January 2025</p>",
 ],
 "agenda_heading": "Supplementary Agenda",
 "agenda_intro": "<p>Agenda items for which further papers are now available:</p>",
 "agenda": [
  ("5", "Questions from Members of the Public", "A corrected answer to Question 4, and two late questions accepted by the Chairman, with written answers.", True),
  ("7", "Best Value Inspection: Secretary of State's Decision and Revised Recommendation", "Late report of the Interim Chief Executive, with Appendix A (revised), Appendix B (the Secretary of State's decision letter and directions of 14 January 2025) and Appendix C (letter from the external auditor). The revised recommendation replaces recommendation 2.1 of the report in the main agenda.", True),
  ("8", "Notice of Motion: Best Value Inspection - Amendments", "A revised amendment from Councillor Pettifer, replacing the amendment printed in the main agenda, and an amendment from Councillor Ferris.", True),
  ("12", "Constitution: Interim Changes to the Financial Procedure Rules and the Overview and Scrutiny Procedure Rules", "Report of the Interim Monitoring Officer (urgent item), with Appendix 1 (proposed changes) and Appendix 2 (extract from the current rules).", True),
  ("13", "Council Tax Base 2025/26", "Report of the Interim Director of Finance (urgent item).", True),
 ],
 "papers": [
  ("5", ["p2_05_late_questions.html"]),
  ("7", ["p2_07_late_report.txt", "p2_07b_directions.html", "p2_07c_auditor_letter.html"]),
  ("8", ["p2_08_amendments.html"]),
  ("12", ["p2_12_constitution.txt", "p2_12b_scrutiny_rules.txt"]),
  ("13", ["p2_13_council_tax_base.txt"]),
 ],
}


def main():
    out = {}
    for pack in (PACK1, PACK2):
        out[pack["file"]] = build_pack(pack)
        print(pack["file"], out[pack["file"]])
    (BUILD / "layout.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
